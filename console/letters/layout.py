"""The page of a công văn (Nghị định 30/2020/NĐ-CP, Phụ lục I; DESIGN §8), drawn with platypus.

``Letter`` is the fully worded letter; ``story`` turns it into flowables, ``draw_page_number``
puts "2", "3", … centred in the top margin from a letter's second page on. Sizes are in points.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from console.letters.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
    register_fonts,
    text_width,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_TOP, MARGIN_BOTTOM = 20 * mm, 20 * mm  # 20–25 mm
MARGIN_LEFT, MARGIN_RIGHT = 30 * mm, 15 * mm  # 30–35 mm, 15–20 mm
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
LEFT_COLUMN = 76 * mm  # issuing body, number, subject
RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN  # national title, motto, date
BODY_SIZE = 14
BODY_LEADING = 17  # line spacing ≈ 1.2 ("single" in a word processor)
FIRST_LINE_INDENT = 1.27 * cm
PARAGRAPH_GAP = 6
PAGE_NUMBER_SIZE = 13
SIGNATURE_SPACE = 24 * mm  # room for the wet signature and the seal
SIGN_COLUMN = 85 * mm
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


@dataclass(frozen=True)
class Letter:
    parent: str | None  # "UBND TỈNH THÁI NGUYÊN" (None: an Ủy ban nhân dân has no parent line)
    issuer: tuple[str, ...]  # upper-case lines, bold
    number: str  # "Số: 15/TTĐH-ĐHGS"
    subject: str  # "V/v trả lời phản ánh …"
    date: str  # "Thái Nguyên, ngày 05 tháng 3 năm 2026"
    salutation: str
    paragraphs: tuple[str, ...]
    closing: str
    signature: tuple[str, ...]  # authority and title lines, upper case
    signer: str
    signed: bool  # a copy for publication: "(Đã ký)" stands for the signature
    recipients: tuple[str, ...]


def paragraph_style(
    name: str,
    font: str,
    size: float,
    leading: float | None = None,
    align: Literal[0, 1, 2, 4] = TA_CENTER,  # TA_LEFT, TA_CENTER, TA_RIGHT, TA_JUSTIFY
    *,
    spaceBefore: float = 0,  # reportlab's own names and defaults
    spaceAfter: float = 0,
    firstLineIndent: float = 0,
) -> ParagraphStyle:
    # No squeezing of spaces below their width (reportlab's default allows 5 %): a line never
    # runs past the margin, as in the word processors the offices use.
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or size * 1.2,
        alignment=align,
        spaceShrinkage=0,
        spaceBefore=spaceBefore,
        spaceAfter=spaceAfter,
        firstLineIndent=firstLineIndent,
    )


register_fonts()
PARENT = paragraph_style("parent", SERIF, 12, 14)
ISSUER = paragraph_style("issuer", SERIF_BOLD, 12, 14)
NUMBER = paragraph_style("number", SERIF, 13, 15)
SUBJECT = paragraph_style("subject", SERIF, 12, 14, spaceBefore=6)
TITLE = paragraph_style("title", SERIF_BOLD, 12, 14)
MOTTO_STYLE = paragraph_style("motto", SERIF_BOLD, 13, 15)
DATE = paragraph_style("date", SERIF_ITALIC, 14, 15)
SALUTATION = paragraph_style(
    "salutation", SERIF, BODY_SIZE, BODY_LEADING, spaceBefore=14, spaceAfter=10
)
BODY = paragraph_style(
    "body",
    SERIF,
    BODY_SIZE,
    BODY_LEADING,
    TA_JUSTIFY,
    firstLineIndent=FIRST_LINE_INDENT,
    spaceAfter=PARAGRAPH_GAP,
)
SIGN_TITLE = paragraph_style("sign", SERIF_BOLD, 14, 16)
SIGNED = paragraph_style("signed", SERIF_ITALIC, 14, 16)
RECIPIENTS_HEAD = paragraph_style("recipients-head", SERIF_BOLD_ITALIC, 12, 14, TA_JUSTIFY)
RECIPIENT = paragraph_style("recipient", SERIF, 11, 13, TA_JUSTIFY)


class Rule(Flowable):
    """A horizontal line of a given length, centred in the space it is given."""

    def __init__(self, length: float, gap: float = 3.5, thickness: float = 0.6) -> None:
        super().__init__()
        self.length, self.gap, self.thickness = length, gap, thickness

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = avail_width
        return avail_width, self.gap + self.thickness

    def draw(self) -> None:
        x = (self.avail - self.length) / 2
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x, self.thickness / 2, x + self.length, self.thickness / 2)


class Lines(Flowable):
    """Plain text in one font, centred or flush left, wrapped to the width it is given.

    The header and the signature block are short lines; drawing them directly costs a fraction
    of a Paragraph (no markup to parse), which keeps a 500-letter batch within its 2 s.
    """

    def __init__(self, text: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.text, self.style = text, style
        self.centred = style.alignment == TA_CENTER

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        st = self.style
        if getattr(self, "avail", None) != avail_width:  # tables ask more than once
            self.avail = avail_width
            self.lines = [
                (line, text_width(line, st.fontName, st.fontSize))
                for part in self.text.split("\n")
                for line in _split(part, st.fontName, st.fontSize, avail_width)
            ]
            self.height = len(self.lines) * st.leading
        return avail_width, self.height

    def draw(self) -> None:
        st, canvas = self.style, self.canv
        canvas.setFont(st.fontName, st.fontSize)
        y = self.height - st.fontSize  # the first baseline, as a Paragraph puts it
        for line, width in self.lines:
            canvas.drawString((self.avail - width) / 2 if self.centred else 0, y, line)
            y -= st.leading


def _split(text: str, font: str, size: float, width: float) -> list[str]:
    if text_width(text, font, size) <= width:
        return [text]
    return simpleSplit(text, font, size, width) or [""]


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; line breaks kept)."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def balanced(line: str, style: ParagraphStyle, width: float) -> list[str]:
    """A heading too wide for its column as lines of even length ("TRUNG TÂM ĐIỀU HÀNH THÔNG /
    MINH" reads badly); a template can also break it itself with a newline."""
    size = style.fontSize
    words = line.split()
    if len(words) < 2 or text_width(line, style.fontName, size) <= width:
        return [line]

    def widest(i: int) -> float:
        halves = (" ".join(words[:i]), " ".join(words[i:]))
        return max(text_width(h, style.fontName, size) for h in halves)

    cut = min(range(1, len(words)), key=widest)
    return [" ".join(words[:cut]), *balanced(" ".join(words[cut:]), style, width)]


_GRID = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]
# The number and the date share a baseline (a first baseline is the font size below the top).
HEADER_STYLE = TableStyle(
    [
        *_GRID,
        ("TOPPADDING", (0, 1), (0, 1), 10 + DATE.fontSize - NUMBER.fontSize),
        ("TOPPADDING", (1, 1), (1, 1), 10),
    ]
)
# "Nơi nhận:" (bottom left) on the baseline of the signer's authority line (bottom right).
SIGNATURE_STYLE = TableStyle(
    [*_GRID, ("TOPPADDING", (0, 0), (0, 0), SIGN_TITLE.fontSize - RECIPIENTS_HEAD.fontSize)]
)


def header_table(letter: Letter) -> Table:
    left: list[Flowable] = []
    if letter.parent:
        left.append(Lines("\n".join(balanced(letter.parent, PARENT, LEFT_COLUMN)), PARENT))
    issuer = [part for line in letter.issuer for part in balanced(line, ISSUER, LEFT_COLUMN)]
    left.append(Lines("\n".join(issuer), ISSUER))
    widest = max(text_width(line, ISSUER.fontName, ISSUER.fontSize) for line in issuer)
    left.append(Rule(widest * 0.4))  # 1/3–1/2 of the name's width
    motto = text_width(MOTTO, MOTTO_STYLE.fontName, MOTTO_STYLE.fontSize)
    right = [Lines(NATIONAL_TITLE, TITLE), Lines(MOTTO, MOTTO_STYLE), Rule(motto)]
    rows: list[list[object]] = [
        [left, right],
        [Lines(letter.number, NUMBER), Lines(letter.date, DATE)],
        [Lines(letter.subject, SUBJECT), ""],
    ]
    table = Table(rows, colWidths=[LEFT_COLUMN, RIGHT_COLUMN], hAlign="LEFT")
    table.setStyle(HEADER_STYLE)
    return table


def signature_table(letter: Letter) -> Table:
    last = len(letter.recipients) - 1
    items = [Lines("Nơi nhận:", RECIPIENTS_HEAD)] + [
        Lines(f"- {r}{'.' if i == last else ';'}", RECIPIENT)
        for i, r in enumerate(letter.recipients)
    ]
    sign: list[Flowable] = [Lines("\n".join(letter.signature), SIGN_TITLE)]
    if letter.signed:
        sign += [Spacer(1, 8), Lines("(Đã ký)", SIGNED), Spacer(1, 8)]
    else:
        sign.append(Spacer(1, SIGNATURE_SPACE))
    if letter.signer:
        sign.append(Lines(letter.signer, SIGN_TITLE))
    table = Table([[items, sign]], colWidths=[TEXT_WIDTH - SIGN_COLUMN, SIGN_COLUMN])
    table.hAlign = "LEFT"
    table.setStyle(SIGNATURE_STYLE)
    return table


def story(letter: Letter) -> list[Flowable]:
    """The flowables of one letter; the closing stays with the signature on one page."""
    flow: list[Flowable] = [header_table(letter), Lines(letter.salutation, SALUTATION)]
    flow += [para(p, BODY) for p in letter.paragraphs]
    flow.append(KeepTogether([para(letter.closing, BODY), Spacer(1, 4), signature_table(letter)]))
    return flow


def draw_page_number(canvas: Canvas, number: int) -> None:
    """Centred in the top margin, from page 2 of a letter on (page 1 has none)."""
    if number < 2:
        return
    canvas.saveState()
    canvas.setFont(SERIF, PAGE_NUMBER_SIZE)
    y = PAGE_HEIGHT - MARGIN_TOP / 2 - PAGE_NUMBER_SIZE / 3
    canvas.drawCentredString(MARGIN_LEFT + TEXT_WIDTH / 2, y, str(number))
    canvas.restoreState()
