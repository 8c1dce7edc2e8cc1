"""The frame of a report document (báo cáo), Nghị định 30/2020/NĐ-CP Phụ lục I, reusing the
reply letters' page: header (parent and issuing body, "Số: …", place and date, the national
title and motto), the centred title, "Kính gửi", headings, body paragraphs, the signature block
with "Nơi nhận:", page numbers from page 2 (console/letters/render.py builds the PDF)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from console.letters import layout
from console.letters.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from console.letters.render import build_pdf, date_line

NBSP = "\u00a0"
TITLE = layout.paragraph_style("report-title", SERIF_BOLD, 14, 17)
ADDRESSEE = layout.paragraph_style("report-to", SERIF, 14, 17, spaceBefore=10, spaceAfter=8)
HEADING = layout.paragraph_style(
    "report-heading", SERIF_BOLD, 13, 16, TA_JUSTIFY, spaceBefore=8, spaceAfter=4
)
NOTE = layout.paragraph_style(
    "report-note", SERIF_ITALIC, 11, 13, TA_JUSTIFY, spaceBefore=2, spaceAfter=4
)
BODY = layout.BODY


@dataclass(frozen=True)
class Frame:
    """The lines around a report's content."""

    parent: str | None
    issuer: tuple[str, ...]
    number: str | None  # "05/BC-TTĐH"; None: a draft, the number left blank
    symbol: str  # used for the blank number
    place: str
    day: date
    title: tuple[str, ...]  # "BÁO CÁO", then the subject lines
    addressee: str
    signature: tuple[str, ...]
    recipients: tuple[str, ...]


def number_line(frame: Frame) -> str:
    return f"Số: {frame.number}" if frame.number else f"Số: {NBSP * 10}/{frame.symbol}"


class About(Flowable):
    """Zero-size: who issues the document and what it is about, for the PDF's metadata."""

    def __init__(self, author: str, subject: str) -> None:
        super().__init__()
        self.author, self.subject = author, subject

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        pass


def opening(frame: Frame) -> list[Flowable]:
    letter = _letter(frame)
    about = About(" ".join(" ".join(frame.issuer).split()), " ".join(" ".join(frame.title).split()))
    flow: list[Flowable] = [about, layout.header_table(letter), Spacer(1, 6)]
    flow += [layout.para(line, TITLE) for line in frame.title]
    flow.append(layout.para(f"Kính gửi: {frame.addressee}", ADDRESSEE))
    return flow


def closing(frame: Frame, last: str) -> Flowable:
    """The closing sentence kept on one page with the signature and "Nơi nhận"."""
    return KeepTogether(
        [layout.para(last, BODY), Spacer(1, 4), layout.signature_table(_letter(frame))]
    )


def heading(text: str) -> list[Flowable]:
    # Never a heading alone at the foot of a page.
    return [CondPageBreak(60), layout.para(text, HEADING)]


def body(*texts: str) -> list[Flowable]:
    return [layout.para(t, BODY) for t in texts]


def note(text: str) -> Flowable:
    return layout.para(text, NOTE)


def write(story: Sequence[Flowable], title: str, out: str | Path | BinaryIO | None) -> bytes:
    """Build the PDF; write it to a path or a binary buffer when given; return its bytes."""
    about = next((f for f in story if isinstance(f, About)), About("", ""))
    pdf = build_pdf([list(story)], None, title, author=about.author, subject=about.subject)
    if isinstance(out, str | Path):
        Path(out).write_bytes(pdf)
    elif out is not None:
        out.write(pdf)
    return pdf


def _letter(frame: Frame) -> layout.Letter:
    return layout.Letter(
        parent=frame.parent,
        issuer=frame.issuer,
        number=number_line(frame),
        subject="",
        date=date_line(frame.place, frame.day),
        salutation="",
        paragraphs=(),
        closing="",
        signature=frame.signature,
        signer="",
        signed=False,
        recipients=frame.recipients,
    )
