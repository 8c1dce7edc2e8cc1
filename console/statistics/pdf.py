"""The periodic report documents (issue 13, DESIGN §9) as PDF, in the reply letters' Nghị định
30/2020 layout: ``render_figures_pdf`` words the figures of a period with the province's
wording (pdf_wording.py) and draws its tables and charts.

An issued report (console/services/issued_reports.py) passes its ``IssuedReport``: the number
and the date of issue are printed; without it the document is a draft with a blank number.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from console.models import IssuedReport
from console.profiles import Profile
from console.statistics import pdf_doc as doc
from console.statistics.figures import Figures
from console.statistics.pdf_sections import sections
from console.statistics.pdf_wording import ReportWording, wording_for


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def unit_name(figures: Figures) -> str | None:
    if figures.unit_code is None:
        return None
    row = next((r for r in figures.by_unit if r.key == figures.unit_code), None)
    return row.name if row else figures.unit_code


def report_title(figures: Figures) -> tuple[str, ...]:
    subject = "Tình hình tiếp nhận, xử lý phản ánh, kiến nghị"
    name = unit_name(figures)
    if name:
        subject += f" của {name}"
    return ("BÁO CÁO", subject, figures.period.label)


def frame_for(figures: Figures, wording: ReportWording, issued: IssuedReport | None) -> doc.Frame:
    day = (issued.issued_at if issued else figures.generated_at).date()
    return doc.Frame(
        parent=wording.parent,
        issuer=wording.issuer,
        number=issued.number if issued else None,
        symbol=wording.symbol,
        place=wording.place,
        day=day,
        title=report_title(figures),
        addressee=wording.addressee,
        signature=wording.signature,
        recipients=wording.recipients,
    )


def render_figures_pdf(
    figures: Figures,
    profile: Profile,
    path_or_buffer: str | Path | BinaryIO | None = None,
    *,
    issued: IssuedReport | None = None,
) -> bytes:
    """The report of ``figures`` as a PDF: written to ``path_or_buffer`` if given, returned."""
    wording = wording_for(profile.key)
    frame = frame_for(figures, wording, issued)
    period = lower_first(figures.period.label)
    story = doc.opening(frame)
    story += doc.body(wording.basis.format(period=period))
    story += sections(figures, profile, wording)
    story.append(
        doc.closing(
            frame, f"Trên đây là báo cáo tình hình tiếp nhận, xử lý phản ánh, kiến nghị {period}./."
        )
    )
    title = " ".join(frame.title)
    return doc.write(story, title, path_or_buffer)
