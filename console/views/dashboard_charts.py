"""The dashboard's charts (QtCharts): bars whose every bar opens the reports it counts.

A chart is rebuilt whole on each new set of figures (a few dozen bars): simpler than
updating series in place, and fast enough.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from console.statistics import TrendPoint

LONG_PERIOD_DAYS = 62  # longer periods: the trend per week
MAX_BARS = 8  # units or categories per chart (the largest)
NAME_CHARS = 26


def short(name: str) -> str:
    return name if len(name) <= NAME_CHARS else name[: NAME_CHARS - 1] + "…"


def buckets(points: Sequence[TrendPoint]) -> list[tuple[date, int, int, int]]:
    """(first day, days, received, resolved) per day, or per 7 days for a long period."""
    step = 7 if len(points) > LONG_PERIOD_DAYS else 1
    out = []
    for i in range(0, len(points), step):
        chunk = points[i : i + step]
        out.append(
            (
                chunk[0].day,
                len(chunk),
                sum(p.received for p in chunk),
                sum(p.resolved for p in chunk),
            )
        )
    return out


class BarChart(QChartView):
    """Bars per category; ``bar_clicked(set index, category index)``."""

    bar_clicked = Signal(int, int)

    def __init__(self, title: str, horizontal: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(230)
        self._title = title
        self.set_data([], [])

    def set_data(
        self,
        categories: list[str],
        sets: list[tuple[str, str, list[float]]],
        *,
        percent: bool = False,
    ) -> None:
        chart = QChart()
        chart.setTitle(self._title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        series = QHorizontalBarSeries() if self.horizontal else QBarSeries()
        top = 0.0
        for i, (name, colour, values) in enumerate(sets):
            bar = QBarSet(name)
            bar.setColor(QColor(colour))
            bar.append(values)
            bar.clicked.connect(lambda index, s=i: self.bar_clicked.emit(s, index))
            series.append(bar)
            top = max([top, *values])
        chart.addSeries(series)
        names = QBarCategoryAxis()
        names.append(categories or [""])
        if not self.horizontal and len(categories) > 8:
            names.setLabelsAngle(-60)  # level they are elided to "01…" at 13 bars
        values_axis = QValueAxis()
        values_axis.setRange(0, 100 if percent else max(1.0, top * 1.1))
        values_axis.setLabelFormat("%.0f %%" if percent else "%.0f")
        values_axis.setTickCount(5)
        if not percent:
            values_axis.applyNiceNumbers()  # whole ticks (0, 20, 40…), not 0, 36, 73…
        name_side, value_side = (
            (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom)
            if self.horizontal
            else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft)
        )
        chart.addAxis(names, name_side)
        chart.addAxis(values_axis, value_side)
        series.attachAxis(names)
        series.attachAxis(values_axis)
        chart.legend().setVisible(len(sets) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()


def trend_labels(rows: list[tuple[date, int, int, int]]) -> list[str]:
    """A bar's first day (a week's too: its range is in the queue's title when clicked)."""
    return [f"{d:%d/%m}" for d, _n, _a, _b in rows]
