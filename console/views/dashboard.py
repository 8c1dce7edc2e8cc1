"""The supervision dashboard (DESIGN §9): a period's counters, trend, late reports and
satisfaction by unit, categories, the agency ranking and the accountability table.

The figures come from ``ConsoleApi.dashboard`` in the background (the service decides whose:
the province's, or a leader's own unit's). Every number is a door: ``drill`` carries the
queue filter of the reports it counted (console.services.dashboard) to the main window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from console.services.console_api import ConsoleApi
from console.services.dashboard import cell_filter, trend_filter
from console.services.queues import QueueFilter
from console.statistics import Figures, Period
from console.views.dashboard_charts import BarChart, buckets, short, trend_labels
from console.views.dashboard_export import Exporter
from console.views.dashboard_period import PeriodPicker
from console.views.dashboard_tables import HOLDINGS, RANKING, FiguresTable
from console.views.dashboard_tiles import Tiles, satisfaction
from console.views.messages import error_text
from console.views.operations import run_in_background

RECEIVED_COLOUR, RESOLVED_COLOUR, LATE_COLOUR = "#1f77b4", "#2ca02c", "#c62828"
SATISFIED_COLOUR = "#6a1b9a"


class DashboardWindow(QMainWindow):
    drill = Signal(object, str)  # QueueFilter, what it lists

    def __init__(self, api: ConsoleApi, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.api = api
        self.setObjectName("dashboardWindow")
        self.scope = api.dashboard_scope()
        self.scope_unit = self.scope.unit_code if self.scope else None
        whose = (
            self.scope.unit_name if self.scope and self.scope.unit_name else api.profile.province
        )
        self.setWindowTitle(self.tr("Thống kê — {0}").format(whose))
        self.resize(1366, 768)
        self.figures: Figures | None = None
        self._loading = 0  # the job whose answer counts (a newer period supersedes it)

        self.picker = PeriodPicker(api.clock().date(), self)
        self.picker.changed.connect(lambda _p: self.load())
        self.status = QLabel(self)
        self.status.setObjectName("dashboardStatus")
        self.export_button = QPushButton(self.tr("Xuất báo cáo…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        self.exporter = Exporter(self, api)
        self.tiles = Tiles(self)
        self.tiles.clicked.connect(self._tile_clicked)

        self.trend = BarChart(self.tr("Tiếp nhận và giải quyết"), False, self)
        self.trend.bar_clicked.connect(self._trend_clicked)
        self.late = BarChart(self.tr("Trễ hạn theo đơn vị"), True, self)
        self.late.bar_clicked.connect(self._late_clicked)
        self.satisfied = BarChart(self.tr("Hài lòng theo đơn vị"), True, self)
        self.satisfied.bar_clicked.connect(self._satisfied_clicked)
        self.categories = BarChart(self.tr("Theo lĩnh vực"), True, self)
        self.categories.bar_clicked.connect(self._category_clicked)
        charts = QWidget(self)
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, chart in enumerate((self.trend, self.late, self.categories, self.satisfied)):
            grid.addWidget(chart, i // 2, i % 2)

        self.ranking_model = FiguresTable(RANKING, self)
        self.holdings_model = FiguresTable(HOLDINGS, self)
        self.ranking = self._table(self.ranking_model, "rankingTable")
        self.holdings = self._table(self.holdings_model, "holdingsTable")
        self.rule = QLabel(self)
        self.rule.setWordWrap(True)
        ranking_page = QWidget(self)
        box = QVBoxLayout(ranking_page)
        box.addWidget(self.ranking, 1)
        box.addWidget(self.rule)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(charts, self.tr("Tổng quan"))
        self.tabs.addTab(ranking_page, self.tr("Xếp hạng đơn vị"))
        self.tabs.addTab(self.holdings, self.tr("Trách nhiệm qua các lần chuyển"))

        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.status, 1)
        top.addWidget(self.export_button)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.tiles)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(body)
        self.load()

    def _table(self, model: FiguresTable, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.verticalHeader().hide()
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.clicked.connect(lambda index, m=model: self._cell_clicked(m, index))
        return view

    # -- loading ---------------------------------------------------------------------------
    @property
    def period(self) -> Period:
        return self.picker.period

    def load(self) -> None:
        period, api = self.period, self.api
        self.status.setText(self.tr("Đang tính…"))
        self.status.setStyleSheet("color: #555;")
        self.export_button.setEnabled(False)
        self._loading += 1
        job = self._loading
        run_in_background(
            lambda: api.dashboard(period),
            lambda fig: self._loaded(job, fig),
            lambda exc: self._failed(job, exc),
            parent=self,
        )

    def _loaded(self, job: int, figures: Figures) -> None:
        if job != self._loading:
            return
        self.show_figures(figures)
        self.status.setText(
            self.tr("Số liệu lúc {0}").format(figures.generated_at.strftime("%H:%M %d/%m/%Y"))
        )
        self.export_button.setEnabled(True)

    def _failed(self, job: int, exc: BaseException) -> None:
        if job == self._loading:
            self.status.setText(error_text(exc))
            self.status.setStyleSheet("color: #b00020;")

    def show_figures(self, f: Figures) -> None:
        self.figures = f
        self.tiles.show_figures(f)
        rows = buckets(f.trend)
        self.trend.set_data(
            trend_labels(rows),
            [
                (self.tr("Tiếp nhận"), RECEIVED_COLOUR, [float(r[2]) for r in rows]),
                (self.tr("Đã giải quyết"), RESOLVED_COLOUR, [float(r[3]) for r in rows]),
            ],
        )
        self._late_rows = sorted(
            (r for r in f.by_unit if r.counts.late), key=lambda r: -r.counts.late
        )[:8][::-1]
        self.late.set_data(
            [short(r.name) for r in self._late_rows],
            [(self.tr("Trễ hạn"), LATE_COLOUR, [float(r.counts.late) for r in self._late_rows])],
        )
        self._sat_rows = [r for r in f.ranking if r.satisfaction_rate is not None][:8][::-1]
        self.satisfied.set_data(
            [short(r.unit_name) for r in self._sat_rows],
            [
                (
                    self.tr("Hài lòng"),
                    SATISFIED_COLOUR,
                    [100 * (r.satisfaction_rate or 0) for r in self._sat_rows],
                )
            ],
            percent=True,
        )
        self._cat_rows = [r for r in f.by_category if r.key][:8][::-1]
        self.categories.set_data(
            [short(r.name) for r in self._cat_rows],
            [
                (
                    self.tr("Tiếp nhận"),
                    RECEIVED_COLOUR,
                    [float(r.counts.received) for r in self._cat_rows],
                ),
                (self.tr("Trễ hạn"), LATE_COLOUR, [float(r.counts.late) for r in self._cat_rows]),
            ],
        )
        self.ranking_model.set_rows(f.ranking)
        self.holdings_model.set_rows(f.holdings)
        self.rule.setText(f.ranking_rule)

    # -- every number opens its reports -----------------------------------------------------
    def open(self, f: QueueFilter | None, what: str) -> None:
        if f is not None:
            self.drill.emit(f, f"{what} — {self.period.label}")

    def _cell(self, what: str, **kw: str | None) -> None:
        self.open(cell_filter(self.period, self.scope_unit, **kw), what)

    def _tile_clicked(self, key: str) -> None:
        caption = self.tiles.buttons[key].text().split("\n")[-1]
        if key == "satisfaction" and self.figures is not None:
            self._cell(caption, rating=satisfaction(self.figures)[0])
        else:
            self._cell(caption, outcome="on_time" if key == "on_time_rate" else key)

    def _trend_clicked(self, series: int, index: int) -> None:
        if self.figures is None:
            return
        first, days, _r, _s = buckets(self.figures.trend)[index]
        resolved = series == 1
        what = self.tr("Đã giải quyết") if resolved else self.tr("Tiếp nhận")
        self.open(
            trend_filter(self.period, self.scope_unit, first, days=days, resolved=resolved),
            f"{what} {first:%d/%m/%Y}",
        )

    def _late_clicked(self, _series: int, index: int) -> None:
        row = self._late_rows[index]
        self._cell(f"{row.name}, {self.tr('trễ hạn')}", unit=row.key, outcome="late")

    def _satisfied_clicked(self, _series: int, index: int) -> None:
        if self.figures is None:
            return
        row = self._sat_rows[index]
        self._cell(
            f"{row.unit_name}, {self.tr('hài lòng')}",
            unit=row.unit_code,
            rating=satisfaction(self.figures)[0],
        )

    def _category_clicked(self, series: int, index: int) -> None:
        row = self._cat_rows[index]
        late = series == 1
        self._cell(
            f"{row.name}{', ' + self.tr('trễ hạn') if late else ''}",
            category=row.key,
            outcome="late" if late else None,
        )

    def _cell_clicked(self, model: FiguresTable, index: object) -> None:
        target = model.drill(index)  # type: ignore[arg-type]
        if target is None or self.figures is None:
            return
        unit, figure = target
        name = model.data(model.index(index.row(), model._name_column()))  # type: ignore[attr-defined]
        if figure == "satisfied":
            self._cell(
                f"{name}, {self.tr('hài lòng')}", unit=unit, rating=satisfaction(self.figures)[0]
            )
        else:
            self._cell(f"{name}", unit=unit, outcome=figure)

    def export(self) -> None:
        if self.figures is not None:
            self.exporter.ask_and_run(self.period)
