"""Letters to PDF: word a ``LetterData`` with its province's template, lay it out, build the PDF.

``render_letter`` makes one letter; ``render_letters`` makes one PDF of many (batch printing),
each letter starting on a new page with its own page numbering.
"""

from __future__ import annotations

import io
import itertools
import re
from collections.abc import Callable, Iterable
from datetime import date

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from console.letters import archive, layout
from console.letters.data import CONFIDENTIAL_ADDRESSEE, LetterData, LetterError, Org, nfc, shown
from console.letters.templates import LetterTemplate, UnitHeader

_UBND = "ủy ban nhân dân"
_LOCAL_PREFIX = re.compile(
    r"^(tỉnh|thành phố|thị xã|huyện|quận|phường|xã|thị trấn)\s+(.+)$", re.IGNORECASE
)
_TRAILING_AREA = re.compile(r"\s+(tỉnh|thành phố|thị xã|huyện|quận)\s+\S.*$", re.IGNORECASE)
_SKIP_WORDS = {"và", "-", "&"}
NBSP = "\u00a0"


def _month(day: date) -> str:
    return f"{day.month:02d}" if day.month < 3 else str(day.month)


def date_line(place: str, day: date) -> str:
    """The date line, e.g. "Thái Nguyên, ngày 05 tháng 3 năm 2026" (Nghị định 30, Phụ lục I):
    a day below 10 and the months 1 and 2 are written with a leading 0."""
    return f"{place}, ngày {day.day:02d} tháng {_month(day)} năm {day.year}"


def short_date(day: date) -> str:
    """A date inside the text, with the same leading zeros: "05/3/2026", "15/02/2026"."""
    return f"{day.day:02d}/{_month(day)}/{day.year}"


def abbreviate(name: str, province: str = "") -> str:
    """Initials for a number symbol: "Sở Giao thông vận tải tỉnh X" -> "SGTVT", "Công ty Điện
    lực Thái Nguyên" -> "CTĐL" (a template may set any unit's symbol itself)."""
    if name.lower().startswith(_UBND):
        return "UBND"
    core = _TRAILING_AREA.sub("", re.sub(r"\(.*?\)", "", name)).strip()
    m = _LOCAL_PREFIX.match(province)
    if m and core.endswith(f" {m[2]}"):
        core = core[: -len(m[2])]
    return "".join(w[0].upper() for w in core.split() if w.lower() not in _SKIP_WORDS)


def _header_lines(
    issuer: Org, over: UnitHeader, default_parent: str, province: str
) -> tuple[str | None, tuple[str, ...]]:
    name = over.name or issuer.name
    if name.lower().startswith(_UBND):  # an Ủy ban nhân dân writes no parent body
        return over.parent, ("ỦY BAN NHÂN DÂN", *name[len(_UBND) :].strip().upper().split("\n"))
    if over.parent:
        parent = over.parent
    elif issuer.parent is not None and issuer.parent.kind != "team":
        parent = re.sub(_UBND, "UBND", issuer.parent.name, flags=re.IGNORECASE)
    else:
        parent = default_parent
    suffix = f" {province[0].lower()}{province[1:]}"
    if name.lower().endswith(suffix.lower()):  # the parent line already names the province
        name = name[: -len(suffix)]
    return parent.upper(), tuple(name.upper().split("\n"))


def _place(issuer: Org, template: LetterTemplate) -> str:
    if issuer.kind in ("district", "commune") and issuer.area:
        m = _LOCAL_PREFIX.match(issuer.area)
        if m and not m[2][0].isdigit():
            return m[2]
        return issuer.area
    return template.place


def body_paragraphs(
    templates: Iterable[str],
    text: str,
    values: dict[str, str],
    keep: Callable[[str], bool] = lambda _p: True,
) -> list[str]:
    """A letter's paragraphs: each template filled in, ``{text}`` standing for the answer's own
    non-empty lines; a template ``keep`` refuses is left out."""
    out: list[str] = []
    for p in templates:
        if p == "{text}":
            out += [line.strip() for line in text.splitlines() if line.strip()]
        elif keep(p):
            out.append(p.format_map(values))
    return out


def compose(data: LetterData, template: LetterTemplate) -> layout.Letter:
    """The letter's every line, worded by the template; text NFC-normalised."""
    data = shown(data)
    variant = template.variants.get(data.variant) or template.variants["answer"]
    handler = data.handler or data.ioc
    issuer = _issuer(data, template)
    over = template.units.get(issuer.code, UnitHeader())
    parent, issuer_lines = _header_lines(issuer, over, template.parent, data.province)
    symbol = over.symbol or template.symbol.format(abbr=abbreviate(issuer.name, data.province))
    number = f"{data.number:02d}" if data.number else NBSP * 10
    if data.public and data.confidential:
        addressee, reporter = CONFIDENTIAL_ADDRESSEE, "Ông/Bà"
    else:
        reporter = addressee = " ".join(filter(None, (data.honorific, data.reporter_name)))
    values = {
        "code": data.code,
        "title": data.title,
        "received": short_date(data.received_at),
        "addressee": addressee,
        "reporter": reporter,
        "honorific": data.honorific,
        "issuer": " ".join((over.name or issuer.name).split()),
        "handler": handler.name,
        "handler_short": handler.short_name,
        "ioc": data.ioc.name,
        "ioc_short": data.ioc.short_name,
        "text": " ".join(data.text.split()),
        "channel": data.channel,
        "hotline": data.hotline,
        "province": data.province,
        "drafter": symbol.rsplit("-", 1)[-1],
    }
    paragraphs = body_paragraphs(variant.paragraphs, data.text, values)
    signer = data.signer or over.signer or (data.approver if issuer is data.handler else "")
    return layout.Letter(
        parent=nfc(parent) if parent else None,
        issuer=tuple(nfc(x) for x in issuer_lines),
        number=f"Số: {number}/{symbol}",
        subject=nfc(variant.subject.format_map(values)),
        date=nfc(date_line(_place(issuer, template), data.letter_date)),
        salutation=nfc(variant.salutation.format_map(values)),
        paragraphs=tuple(nfc(p) for p in paragraphs),
        closing=nfc(variant.closing.format_map(values)),
        signature=over.signature or template.signature[issuer.kind],
        signer=nfc(signer),
        signed=data.public,
        recipients=tuple(nfc(r.format_map(values)) for r in variant.recipients),
    )


class _LetterStart(Flowable):
    """Zero-size mark at the top of each letter: restarts the page numbering there."""

    def __init__(self, pages: _Pages) -> None:
        super().__init__()
        self.pages = pages

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.pages.started(self.canv.getPageNumber())


class _Pages:
    def __init__(self, progress: Callable[[int], None] | None) -> None:
        self.first = 1
        self.letters = 0
        self.progress = progress

    def started(self, page: int) -> None:
        self.first = page
        if self.letters and self.progress:
            self.progress(1)  # the one before it is finished
        self.letters += 1

    def end_page(self, canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        layout.draw_page_number(canvas, canvas.getPageNumber() - self.first + 1)


def build_pdf(
    stories: Iterable[list[Flowable]],
    progress: Callable[[int], None] | None,
    title: str,
    *,
    author: str = "",
    subject: str = "",
) -> bytes:
    """The PDF of ``stories`` (each from a new page), PDF/A-2b for the archive
    (console/letters/archive.py): ``author`` is the issuing body, ``subject`` what it is about."""
    buf = io.BytesIO()
    pages = _Pages(progress)
    doc = BaseDocTemplate(
        buf,
        pagesize=A4,
        leftMargin=layout.MARGIN_LEFT,
        rightMargin=layout.MARGIN_RIGHT,
        topMargin=layout.MARGIN_TOP,
        bottomMargin=layout.MARGIN_BOTTOM,
        title=title,
        author=author or "Trung tâm Giám sát, điều hành đô thị thông minh",
        subject=subject or title,
        creator="IOC Console",
        lang=archive.LANG,
    )
    frame = Frame(
        layout.MARGIN_LEFT,
        layout.MARGIN_BOTTOM,
        layout.TEXT_WIDTH,
        layout.PAGE_HEIGHT - layout.MARGIN_TOP - layout.MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    doc.addPageTemplates([PageTemplate("letter", [frame], onPageEnd=pages.end_page)])
    flow: list[Flowable] = []
    for story in stories:
        if flow:
            flow.append(PageBreak())
        flow.append(_LetterStart(pages))
        flow += story
    if not flow:
        raise LetterError("Không có văn bản trả lời nào để in")
    doc.build(flow, canvasmaker=archive.ArchiveCanvas)
    if progress and pages.letters:
        progress(1)
    return buf.getvalue()


def issuing_body(data: LetterData, template: LetterTemplate) -> str:
    """The name of the body that issues the letter (the PDF's author)."""
    issuer = _issuer(data, template)
    return " ".join((template.units.get(issuer.code, UnitHeader()).name or issuer.name).split())


def _issuer(data: LetterData, template: LetterTemplate) -> Org:
    by_handler = data.variant == "answer" and template.answer_issuer == "handler"
    return data.handler if by_handler and data.handler else data.ioc


def render_letter(data: LetterData, template: LetterTemplate) -> bytes:
    """One letter as a PDF."""
    letter = compose(data, template)
    return build_pdf(
        [layout.story(letter)],
        None,
        f"Trả lời phản ánh {data.code}",
        author=issuing_body(data, template),
        subject=letter.subject,
    )


def render_letters(
    items: Iterable[tuple[LetterData, LetterTemplate]],
    progress: Callable[[int], None] | None = None,
) -> bytes:
    """Many letters in one PDF; ``progress(1)`` is called as each letter is finished."""
    items = iter(items)
    first = next(items, None)
    if first is None:
        raise LetterError("Không có văn bản trả lời nào để in")
    stories = (layout.story(compose(d, t)) for d, t in itertools.chain([first], items))
    # One issuing body for the bundle: the province's IOC, which prints and sends the batch.
    return build_pdf(
        stories,
        progress,
        "Văn bản trả lời phản ánh",
        author=" ".join(first[0].ioc.name.split()),
        subject=f"Văn bản trả lời phản ánh — {first[0].province}",
    )
