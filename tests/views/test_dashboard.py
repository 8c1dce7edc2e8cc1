"""The supervision dashboard (offscreen, a real SQLite demo database): tiles show the service's
figures, the period picker changes them, a click opens the queue with the matching count, a
leader sees their unit, an officer has no dashboard; the table model passes qtmodeltester."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from console.db import Database
from console.demo import generate_demo
from console.models import User
from console.profiles import load_profile
from console.services.auth import AuthenticatedUser
from console.services.console_api import ConsoleApi
from console.statistics import parse_period
from console.views.dashboard import DashboardWindow
from console.views.dashboard_tables import HOLDINGS, FiguresTable
from console.views.dashboard_tiles import number
from console.views.main_window import MainWindow

NOW = datetime(2026, 11, 24, 10)


@pytest.fixture(autouse=True)
def own_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CONSOLE_SETTINGS", str(tmp_path / "settings.toml"))


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('dash') / 'demo.sqlite3'}"
    db = Database(url)
    generate_demo(db, load_profile("thai-nguyen"), reports=200, now=NOW, password="mat-khau-demo")
    db.close()
    return url


@pytest.fixture
def db(demo_url: str):
    database = Database(demo_url)
    yield database
    database.close()


def api_for(db: Database, username: str) -> ConsoleApi:
    with db.session() as s:
        actor = AuthenticatedUser.from_user(s.scalar(select(User).where(User.username == username)))
    return ConsoleApi(db, load_profile("thai-nguyen"), actor, clock=lambda: NOW)


def loaded(qtbot, window: DashboardWindow) -> None:
    qtbot.waitUntil(lambda: window.export_button.isEnabled(), timeout=20_000)


def tile(window: DashboardWindow, key: str) -> str:
    return window.tiles.buttons[key].text().split("\n")[0]


def test_tiles_show_the_figures_and_the_picker_changes_them(qtbot, db: Database) -> None:
    api = api_for(db, "truongca")
    window = DashboardWindow(api)
    qtbot.addWidget(window)
    assert window.status.text() == "Đang tính…"
    loaded(qtbot, window)
    month = api.figures(parse_period("2026-11"))
    assert window.period.code == "2026-11"
    for key in ("received", "answered", "on_time", "late", "open", "overdue_open"):
        assert tile(window, key) == number(getattr(month.totals, key)), key
    window.picker.kind.setCurrentIndex(window.picker.kind.findData("year"))
    loaded(qtbot, window)
    year = api.figures(parse_period("2026"))
    assert window.period.code == "2026"
    assert tile(window, "received") == number(year.totals.received) != number(month.totals.received)
    window.picker.back.click()
    loaded(qtbot, window)
    assert window.period.code == "2025" and window.figures is not None
    assert window.ranking_model.rowCount() == len(window.figures.ranking)


def test_a_click_opens_the_queue_with_the_same_count(qtbot, db: Database) -> None:
    api = api_for(db, "vanphong")
    main = MainWindow(api, interval_ms=3_600_000)
    qtbot.addWidget(main)
    assert main.dashboard_action.isVisible()
    main.open_dashboard()
    dash = main.dashboard
    assert isinstance(dash, DashboardWindow)
    dash.picker.kind.setCurrentIndex(dash.picker.kind.findData("year"))
    loaded(qtbot, dash)
    fig = dash.figures
    assert fig is not None and fig.totals.late > 0

    def opens(expected: int, click) -> None:
        with qtbot.waitSignal(main.queue_view.count_changed, timeout=20_000) as got:
            click()
        assert got.args == [expected]
        assert main.nav.currentItem() is None

    opens(fig.totals.late, dash.tiles.buttons["late"].click)
    assert "Trễ hạn" in main.statusBar().currentMessage()
    late_unit = max(fig.by_unit, key=lambda r: r.counts.late)
    index = next(i for i, r in enumerate(dash._late_rows) if r.key == late_unit.key)
    opens(late_unit.counts.late, lambda: dash._late_clicked(0, index))
    assert late_unit.name in main.statusBar().currentMessage()
    if fig.holdings:
        row = fig.holdings[0]
        cell = dash.holdings_model.index(0, 1)
        opens(row.reports, lambda: dash.holdings.clicked.emit(cell))
    # picking a queue in the navigation leaves the drill-down
    main.nav.setCurrentRow(0)
    assert main.queue_view._filter.outcome is None


def test_a_leader_sees_their_unit_and_an_officer_none(qtbot, db: Database) -> None:
    leader = api_for(db, "ld.so-gtvt")
    window = DashboardWindow(leader)
    qtbot.addWidget(window)
    loaded(qtbot, window)
    assert window.figures is not None and window.figures.unit_code == "so_gtvt"
    assert "Sở Giao thông" in window.windowTitle()
    officer = MainWindow(api_for(db, "cb.so-gtvt"), interval_ms=3_600_000)
    qtbot.addWidget(officer)
    assert not officer.dashboard_action.isVisible()
    officer.open_dashboard()
    assert officer.dashboard is None


def test_the_table_model(qtmodeltester, db: Database) -> None:
    fig = api_for(db, "truongca").figures(parse_period("2026"))
    model = FiguresTable(HOLDINGS)
    model.set_rows(fig.holdings)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 0)) == fig.holdings[0].unit_name
    assert model.drill(model.index(0, 4)) == (fig.holdings[0].unit_code, "late")
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ForegroundRole) is None


def test_export_writes_every_figure_and_a_pdf_is_an_issued_report(
    qtbot, db: Database, tmp_path: Path
) -> None:
    """'Xuất báo cáo…': the files carry the median and p90 the dashboard does not show; a PDF
    is the numbered report (Thái Nguyên Điều 13.5), kept in the register with its figures."""
    import json

    from pypdf import PdfReader

    from console.models import IssuedReport

    api = api_for(db, "truongca")
    window = DashboardWindow(api)
    qtbot.addWidget(window)
    loaded(qtbot, window)
    assert window.figures.totals.handling_hours_median is None  # the dashboard's own figures
    out = tmp_path / "thang.json"
    window.exporter.run(window.period, out)
    qtbot.waitUntil(lambda: out.exists() and window.exporter.progress is None, timeout=20_000)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["totals"]["received"] == window.figures.totals.received
    assert data["totals"]["handling_hours_median"] is not None
    with db.session() as s:
        before = s.query(IssuedReport).count()
    pdf = tmp_path / "bao-cao.pdf"
    window.exporter.run(window.period, pdf)
    qtbot.waitUntil(lambda: pdf.exists() and window.exporter.progress is None, timeout=20_000)
    with db.session() as s:
        issued = s.query(IssuedReport).order_by(IssuedReport.id.desc()).first()
        assert s.query(IssuedReport).count() == before + 1
    assert issued.number in window.statusBar().currentMessage()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert issued.number.split("/")[0] in text
