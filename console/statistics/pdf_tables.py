"""Tables of the report documents: Vietnamese number formats and a grid whose header row repeats
on every page it breaks onto (``repeatRows``)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.platypus import Table, TableStyle

from console.letters.fonts import SERIF, SERIF_BOLD

if TYPE_CHECKING:
    from reportlab.platypus.tables import _TableCommand  # the stubs' name for one command
from console.letters.layout import TEXT_WIDTH, para, paragraph_style

CELL = paragraph_style("cell", SERIF, 10.5, 12.5, TA_LEFT)
CELL_NUM = paragraph_style("cell-num", SERIF, 10.5, 12.5, TA_RIGHT)
CELL_HEAD = paragraph_style("cell-head", SERIF_BOLD, 10.5, 12.5, TA_CENTER)
CELL_TOTAL = paragraph_style("cell-total", SERIF_BOLD, 10.5, 12.5, TA_LEFT)
CELL_TOTAL_NUM = paragraph_style("cell-total-num", SERIF_BOLD, 10.5, 12.5, TA_RIGHT)
CAPTION = paragraph_style("cell-caption", SERIF_BOLD, 11.5, 14, TA_CENTER)
DASH = "–"


def num(value: int | float | None, digits: int = 0) -> str:
    """12345 -> "12.345", 3.5 -> "3,5" (Vietnamese separators); None -> "–"."""
    if value is None:
        return DASH
    text = f"{value:,.{digits}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def pct(value: float | None) -> str:
    """0.857 -> "85,7%"; None (nothing to divide) -> "–"."""
    return DASH if value is None else f"{num(value * 100, 1)}%"


def grid(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    total: Sequence[object] | None = None,
    text_columns: int = 1,
    caption: str | None = None,
) -> Table:
    """A bordered table; the first ``text_columns`` columns are text, the rest numbers
    (already formatted). ``total`` is a bold last row. ``widths`` are fractions of the text
    width. ``caption`` ("Bảng 2. …") is the table's own first row, repeated with the header
    on every page: it can never be parted from its table, and the table may still break
    where the page ends (a caption kept with the next flowable pushed a whole table over)."""

    def cells(row: Sequence[object], bold: bool = False) -> list[object]:
        out: list[object] = []
        for i, value in enumerate(row):
            text = value if isinstance(value, str) else num(value)  # type: ignore[arg-type]
            if i < text_columns:
                out.append(para(text, CELL_TOTAL if bold else CELL))
            else:
                out.append(para(text, CELL_TOTAL_NUM if bold else CELL_NUM))
        return out

    top: list[list[object]] = []
    if caption is not None:
        top.append([para(caption, CAPTION)] + [""] * (len(header) - 1))
    head = len(top)
    data: list[list[object]] = [*top, [para(h, CELL_HEAD) for h in header]]
    data += [cells(r) for r in rows]
    if total is not None:
        data.append(cells(total, bold=True))
    table = Table(
        data, colWidths=[w * TEXT_WIDTH for w in widths], repeatRows=head + 1, hAlign="CENTER"
    )
    caption_style: list[_TableCommand] = (
        [("SPAN", (0, 0), (-1, 0)), ("BOTTOMPADDING", (0, 0), (-1, 0), 5)] if head else []
    )
    table.setStyle(
        TableStyle(
            [
                *caption_style,
                ("GRID", (0, head), (-1, -1), 0.5, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BACKGROUND", (0, head), (-1, head), colors.Color(0.92, 0.92, 0.92)),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
