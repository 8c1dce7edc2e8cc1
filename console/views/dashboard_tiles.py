"""The dashboard's counters: one button a figure, a click opens the reports it counts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QToolButton, QWidget

from console.statistics import Figures
from console.views.typed import QT_TRANSLATE_NOOP

# (key, caption, colour): the key is a Counts field (opens that figure's queue), or a rate.
TILES = (
    ("received", QT_TRANSLATE_NOOP("Tiles", "Tiếp nhận"), "#1f4e79"),
    ("answered", QT_TRANSLATE_NOOP("Tiles", "Đã trả lời"), "#2e7d32"),
    ("on_time", QT_TRANSLATE_NOOP("Tiles", "Đúng hạn"), "#2e7d32"),
    ("late", QT_TRANSLATE_NOOP("Tiles", "Trễ hạn"), "#b00020"),
    ("open", QT_TRANSLATE_NOOP("Tiles", "Đang xử lý"), "#1f4e79"),
    ("overdue_open", QT_TRANSLATE_NOOP("Tiles", "Đang quá hạn"), "#b00020"),
    ("on_time_rate", QT_TRANSLATE_NOOP("Tiles", "Tỷ lệ đúng hạn"), "#2e7d32"),
    ("satisfaction", QT_TRANSLATE_NOOP("Tiles", "Hài lòng"), "#6a1b9a"),
)


def number(n: int) -> str:
    return f"{n:,}".replace(",", ".")  # Vietnamese thousands


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.1f} %".replace(".", ",")


def satisfaction(figures: Figures) -> tuple[str | None, float | None]:
    """(the best rating's code, its share of the rated answers) — the tile's figure."""
    rated = [r for r in figures.ratings if r.code != "none"]
    total = sum(r.count for r in rated)
    if not rated:
        return None, None
    return rated[0].code, (rated[0].count / total if total else None)


class Tiles(QWidget):
    clicked = Signal(str)  # the tile's key

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[str, QToolButton] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        for i, (key, _caption, colour) in enumerate(TILES):
            b = QToolButton(self)
            b.setObjectName(f"tile_{key}")
            b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            b.setMinimumHeight(58)
            b.setCursor(Qt.CursorShape.PointingHandCursor)
            b.setStyleSheet(
                f"QToolButton {{ border: 1px solid #c8ccd2; border-radius: 4px;"
                f" background: #fafbfc; color: {colour}; font-size: 11pt; }}"
                " QToolButton:hover { background: #eef3f8; }"
            )
            b.clicked.connect(lambda _c=False, k=key: self.clicked.emit(k))
            grid.addWidget(b, 0, i)
            self.buttons[key] = b
        self.show_figures(None)

    def show_figures(self, figures: Figures | None) -> None:
        for key, caption, _colour in TILES:
            text = "…" if figures is None else self.value(figures, key)
            self.buttons[key].setText(f"{text}\n{QCoreApplication.translate('Tiles', caption)}")

    @staticmethod
    def value(figures: Figures, key: str) -> str:
        if key == "on_time_rate":
            return percent(figures.totals.on_time_rate)
        if key == "satisfaction":
            return percent(satisfaction(figures)[1])
        return number(getattr(figures.totals, key))
