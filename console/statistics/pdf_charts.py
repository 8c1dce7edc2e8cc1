"""Charts of the report documents, drawn with reportlab.graphics (vector, in the PDF's fonts).

The trend is bucketed so that a chart never has more than ~31 points: days for a week or a
month, ISO weeks for a quarter, months for a year.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from console.letters.fonts import SERIF, SERIF_BOLD
from console.letters.layout import TEXT_WIDTH
from console.statistics.figures import Row, TrendPoint

RECEIVED = colors.Color(0.16, 0.36, 0.62)
RESOLVED = colors.Color(0.2, 0.6, 0.3)
LATE = colors.Color(0.75, 0.2, 0.15)
LABEL_SIZE = 8.5


def buckets(trend: Sequence[TrendPoint]) -> list[tuple[str, int, int]]:
    """(label, received, resolved) per day, ISO week or month, by the trend's length."""
    if len(trend) <= 31:
        return [(f"{p.day:%d/%m}", p.received, p.resolved) for p in trend]

    weekly = len(trend) <= 120

    def label(d: date) -> str:  # a week by its Monday (or the period's first day)
        return f"{d - timedelta(days=d.weekday()):%d/%m}" if weekly else f"Th{d.month}/{d.year}"

    out: dict[str, list[int]] = {}
    for p in trend:
        acc = out.setdefault(label(p.day), [0, 0])
        acc[0] += p.received
        acc[1] += p.resolved
    return [(k, a, b) for k, (a, b) in out.items()]


def _title(drawing: Drawing, text: str) -> None:
    drawing.add(
        String(
            drawing.width / 2,
            drawing.height - 12,
            text,
            fontName=SERIF_BOLD,
            fontSize=10.5,
            textAnchor="middle",
        )
    )


def trend_chart(trend: Sequence[TrendPoint], title: str) -> Drawing:
    points = buckets(trend)
    d = Drawing(TEXT_WIDTH, 190)
    _title(d, title)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 34, 38, TEXT_WIDTH - 50, 120  # type: ignore[assignment]  # stubs: int; reportlab takes points
    chart.data = [[p[1] for p in points] or [0], [p[2] for p in points] or [0]]
    chart.categoryAxis.categoryNames = [p[0] for p in points] or [""]
    ca, va = chart.categoryAxis, chart.valueAxis
    ca.labels.fontName = va.labels.fontName = SERIF
    ca.labels.fontSize = va.labels.fontSize = LABEL_SIZE
    ca.labels.angle, ca.labels.boxAnchor, ca.labels.dy = (
        (45, "ne", -2) if len(points) > 12 else (0, "n", -2)
    )
    top = max(max(chart.data[0]), max(chart.data[1]), 1)
    va.valueMin, va.valueMax = 0, top * 1.15
    va.valueStep = _step(top)
    va.labelTextFormat = "%d"
    chart.lines[0].strokeColor, chart.lines[1].strokeColor = RECEIVED, RESOLVED
    chart.lines[0].strokeWidth = chart.lines[1].strokeWidth = 1.6
    chart.joinedLines = 1
    d.add(chart)
    d.add(
        _legend(
            TEXT_WIDTH - 190,
            d.height - 26,
            [(RECEIVED, "Tiếp nhận"), (RESOLVED, "Đã có kết quả xử lý")],
        )
    )
    return d


def late_chart(by_unit: Sequence[Row], title: str, top: int = 10) -> Drawing | None:
    """Late reports by unit (the unit that held each missed clock), the ``top`` most late."""
    rows = sorted((r for r in by_unit if r.counts.late), key=lambda r: (-r.counts.late, r.key))
    rows = rows[:top]
    if not rows:
        return None
    bar = 15
    height = 40 + bar * len(rows)
    d = Drawing(TEXT_WIDTH, height + 20)
    _title(d, title)
    chart = HorizontalBarChart()
    label_width = 170
    chart.x, chart.y = label_width, 14
    chart.width, chart.height = TEXT_WIDTH - label_width - 30, bar * len(rows)  # type: ignore[assignment]  # stubs: int; reportlab takes points
    chart.data = [[r.counts.late for r in reversed(rows)]]
    chart.categoryAxis.categoryNames = [_short(r.name) for r in reversed(rows)]
    ca, va = chart.categoryAxis, chart.valueAxis
    ca.labels.fontName = va.labels.fontName = SERIF
    ca.labels.fontSize = va.labels.fontSize = LABEL_SIZE
    ca.labels.boxAnchor, ca.labels.dx = "e", -4
    most = rows[0].counts.late
    va.valueMin, va.valueMax, va.valueStep = 0, most * 1.1 + 0.5, _step(most)
    va.labelTextFormat = "%d"
    chart.bars[0].fillColor = LATE
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = SERIF, LABEL_SIZE
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    d.add(chart)
    return d


def _short(name: str, limit: int = 36) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _step(top: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 8:
            return step
    return int(top // 8) or 1


def _legend(x: float, y: float, items: list[tuple[colors.Color, str]]) -> Legend:
    legend = Legend()
    legend.x, legend.y = x, y  # type: ignore[assignment]  # stubs: int; reportlab takes points
    legend.fontName, legend.fontSize = SERIF, LABEL_SIZE
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 90
    legend.colorNamePairs = items
    legend.boxAnchor = "nw"
    return legend
