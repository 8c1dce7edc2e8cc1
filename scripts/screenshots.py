"""Screenshots of every screen, for the README: docs/screenshots/*.png at 1366x768.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]   (make screenshot)

Each province's demo database is made in a temporary folder at a fixed time, the app signs in
as the person whose screen it is, and every dialog is opened the way a person would open it
(the action button's path through the detail pane) and drawn over its window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Never the user's settings (language, last user name): a throwaway file.
os.environ["CONSOLE_SETTINGS"] = os.path.join(
    tempfile.gettempdir(), f"console-shots-{os.getpid()}.toml"
)

from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QLinearGradient, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from console.db import Database
from console.demo import generate_demo
from console.intake import ReportDraft
from console.models import ReportStatus
from console.profiles import load_profile
from console.services.auth import authenticate
from console.services.console_api import ConsoleApi
from console.services.queues import Queue, QueueFilter, QueueRow, Sort
from console.views.app import open_main_window
from console.views.i18n import install_translator
from console.views.login_dialog import LoginDialog
from console.views.main_window import MainWindow

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
NOW = datetime(2026, 11, 24, 10, 0)
PASSWORD = "mat-khau-demo"
W, H = 1366, 768
TITLE_BAR = 30


def settle(predicate: Callable[[], bool] = lambda: False, timeout_ms: int = 20000) -> bool:
    """Run the event loop until ``predicate`` holds (or the time is up)."""
    loop = QEventLoop()
    waited = 0
    while not predicate() and waited < timeout_ms:
        QTimer.singleShot(20, loop.quit)
        loop.exec()
        waited += 20
    QCoreApplication.processEvents()
    return predicate()


def desktop() -> QPixmap:
    canvas = QPixmap(W, H)
    painter = QPainter(canvas)
    gradient = QLinearGradient(0, 0, 0, H)
    gradient.setColorAt(0, QColor("#1f4e79"))
    gradient.setColorAt(1, QColor("#0b2239"))
    painter.fillRect(canvas.rect(), gradient)
    painter.end()
    return canvas


def over(background: QPixmap, dialog: QWidget) -> QPixmap:
    """``dialog`` with a title bar, centred over ``background`` (a window, dimmed)."""
    free_w, free_h = W - 40, H - 40 - TITLE_BAR
    if dialog.width() > free_w or dialog.height() > free_h:
        dialog.resize(min(dialog.width(), free_w), min(dialog.height(), free_h))
        settle(timeout_ms=200)
    shot = dialog.grab()
    canvas = background.copy()
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 70))
    x = (W - shot.width()) // 2
    y = max(4, (H - shot.height() - TITLE_BAR) // 2)
    frame = QRect(x - 1, y - 1, shot.width() + 2, shot.height() + TITLE_BAR + 2)
    painter.fillRect(frame.translated(4, 5), QColor(0, 0, 0, 90))  # shadow
    painter.fillRect(frame, QColor("#5a5a5a"))
    painter.fillRect(QRect(x, y, shot.width(), TITLE_BAR), QColor("#2b3a4a"))
    font = QFont(dialog.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(
        QRect(x + 12, y, shot.width() - 24, TITLE_BAR),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        dialog.windowTitle(),
    )
    painter.drawPixmap(x, y + TITLE_BAR, shot)
    painter.end()
    return canvas


class Province:
    """One province's demo database in a temporary folder."""

    def __init__(self, key: str, folder: Path) -> None:
        self.db = Database(f"sqlite:///{folder / f'{key}.sqlite3'}")
        self.profile = load_profile(key)
        generate_demo(self.db, self.profile, reports=400, now=NOW, password=PASSWORD)

    def api(self, username: str) -> ConsoleApi:
        actor = authenticate(self.db, username, PASSWORD, now=NOW)
        return ConsoleApi(self.db, self.profile, actor, lambda: NOW)

    def window(self, username: str, queue: Queue | None = None) -> MainWindow:
        window = open_main_window(self.db, self.profile, self.api(username).actor, lambda: NOW)
        window.resize(W, H)
        window.show()
        if queue is not None:
            window.nav.select_queue(queue)
        settle(lambda: bool(window.nav.counts) and window.queue_view.model.rowCount() > 0)
        settle(lambda: window.queue_view.category.count() > 1)
        return window


def rows(api: ConsoleApi, queue: Queue) -> Iterator[QueueRow]:
    f, after = QueueFilter(queue=queue), None
    while page := api.page(f, sort=Sort.NEWEST, after=after):
        yield from page
        after = page[-1].key(Sort.NEWEST)


def find(
    api: ConsoleApi,
    queue: Queue,
    status: ReportStatus | None = None,
    check: Callable[[int], bool] = lambda _id: True,
) -> int:
    for row in rows(api, queue):
        if (status is None or row.status is status) and check(row.id):
            return row.id
    raise LookupError(f"no report in {queue} with status {status}")


def show_report(window: MainWindow, report_id: int) -> None:
    row = window.queue_view.model.cached_row_of(report_id)
    if row is not None:
        window.queue_view.table.selectRow(row)
        window.queue_view.table.scrollTo(window.queue_view.model.index(row, 0))
    window.show_report(report_id)
    settle(
        lambda: (
            window.detail.detail is not None
            and window.detail.detail.id == report_id
            and not window.detail.status.text()
        )
    )


def open_action(window: MainWindow, action: str) -> QWidget:
    window.detail.start(action)
    settle(lambda: window.detail.dialog is not None and window.detail.dialog.isVisible())
    dialog = window.detail.dialog
    assert dialog is not None, action
    settle(timeout_ms=300)
    return dialog


def close(window: MainWindow) -> None:
    dialog = window.detail.dialog
    if dialog is not None:
        dialog.done(0)
        settle(lambda: window.detail.dialog is None)
    window.close()
    window.deleteLater()
    settle(timeout_ms=50)


class Shots:
    def __init__(self, out: Path) -> None:
        self.out = out
        self.written: list[Path] = []
        out.mkdir(parents=True, exist_ok=True)

    def save(self, name: str, image: QPixmap) -> None:
        path = self.out / f"{name}.png"
        if image.isNull() or not image.save(str(path)):
            raise RuntimeError(f"could not write {path}")
        self.written.append(path)
        print(f"wrote {path} ({image.width()}x{image.height()})")

    def window(self, name: str, window: MainWindow) -> QPixmap:
        settle(timeout_ms=150)
        image = window.grab()
        self.save(name, image)
        return image


def thai_nguyen(shots: Shots, tn: Province) -> None:
    login = LoginDialog(tn.db, tn.profile)
    login.username.setText("dieuhanh1")
    login.password.setText(PASSWORD)
    login.show()
    settle(timeout_ms=200)
    shots.save("login", over(desktop(), login))
    login.close()

    operator = tn.api("dieuhanh1")
    window = tn.window("dieuhanh1", Queue.NEW)
    complete = find(operator, Queue.NEW, check=lambda i: "forward" in operator.detail(i).actions)
    show_report(window, complete)
    background = shots.window("main-window", window)
    shots.save("routing-dialog", over(background, open_action(window, "forward")))
    close(window)

    # a report just received from the app, with what Điều 5 still misses
    fresh = operator.submit(
        ReportDraft(
            channel=tn.profile.channels[0].code,
            title="Rác thải đổ trộm ven đường",
            description="Có người đổ trộm rác thải xây dựng ven đường, bốc mùi, cản trở đi lại.",
            reporter_phone="0988 123 456",
            received_at=NOW,
        )
    ).report_id
    window = tn.window("dieuhanh1", Queue.NEW)
    show_report(window, fresh)
    shots.window("triage", window)
    close(window)

    window = tn.window("dieuhanh1", Queue.TO_PUBLISH)
    show_report(window, find(operator, Queue.TO_PUBLISH))
    dialog = open_action(window, "publish")
    settle(lambda: bool(dialog.preview.pages))  # type: ignore[attr-defined]
    shots.save("publish-dialog", over(window.grab(), dialog))
    close(window)

    window = tn.window("dieuhanh1", Queue.ALL)
    show_report(
        window,
        find(
            operator,
            Queue.ALL,
            ReportStatus.PUBLISHED,
            check=lambda i: "rate" in operator.detail(i).actions,
        ),
    )
    shots.save("rating-dialog", over(window.grab(), open_action(window, "rate")))
    close(window)

    # the agency: its officer (accept, handle) and its leader (approve)
    in_progress = find(operator, Queue.ALL, ReportStatus.IN_PROGRESS)
    unit = operator.detail(in_progress).unit_code or ""
    slug = unit.replace("_", "-")
    officer = tn.api(f"cb.{slug}")
    window = tn.window(f"cb.{slug}", Queue.UNIT)
    try:
        show_report(window, find(officer, Queue.UNIT, ReportStatus.FORWARDED))
    except LookupError:
        window.queue_view.table.selectRow(0)
        settle(lambda: window.detail.detail is not None)
    shots.window("main-window-officer", window)
    show_report(window, find(officer, Queue.UNIT, ReportStatus.IN_PROGRESS))
    shots.window("handling", window)
    close(window)

    pending = find(operator, Queue.AWAITING_APPROVAL)
    slug = (operator.detail(pending).unit_code or "").replace("_", "-")
    leader = tn.api(f"ld.{slug}")
    window = tn.window(f"ld.{slug}", Queue.AWAITING_APPROVAL)
    show_report(window, find(leader, Queue.AWAITING_APPROVAL))
    shots.save("approval-dialog", over(window.grab(), open_action(window, "approve")))
    close(window)


def unsent_list(shots: Shots, tn: Province, folder: Path) -> None:
    """ "Chưa gửi được": a note typed while the server did not answer, on a report that moved
    meanwhile (typed against the version before its last step)."""
    os.environ["CONSOLE_OUTBOX_DIR"] = str(folder / "outbox")  # never the user's outbox
    operator = tn.api("dieuhanh1")
    window = tn.window("dieuhanh1", Queue.RETURNED)
    rid = find(operator, Queue.RETURNED, check=lambda i: "forward" in operator.detail(i).actions)
    d = operator.detail(rid)
    operator.outbox().put_action(
        "forward",
        (rid, d.code, d.version - 1),
        {"unit": "so_gtvt", "note": "Chuyển Sở Giao thông vận tải xử lý theo thẩm quyền."},
        operator.actor,
        at=max(h.at for h in d.history) - timedelta(minutes=25),  # typed before it moved
    )
    operator.send_waiting()
    window.outbox.refresh()
    window.open_unsent()
    dialog = window.unsent_dialog
    assert dialog is not None
    settle(timeout_ms=300)
    shots.save("unsent-list", over(window.grab(), dialog))
    dialog.close()
    close(window)


def dashboard(shots: Shots, tn: Province) -> None:
    """The IOC supervisor's dashboard for the quarter (Ctrl+D)."""
    window = tn.window("truongca", Queue.NEW)
    window.open_dashboard()
    dash = window.dashboard
    assert dash is not None
    dash.resize(W, H)
    picker = dash.picker  # type: ignore[attr-defined]
    picker.kind.setCurrentIndex(picker.kind.findData("quarter"))
    settle(lambda: dash.export_button.isEnabled())  # type: ignore[attr-defined]
    settle(timeout_ms=300)
    shots.save("dashboard", dash.grab())
    dash.close()
    close(window)


def english(shots: Shots, tn: Province) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translator(app, "en")
    try:
        window = tn.window("dieuhanh1", Queue.NEW)
        window.queue_view.table.selectRow(0)
        settle(lambda: window.detail.detail is not None)
        shots.window("main-window-en", window)
        close(window)
    finally:
        for translator in translators:
            app.removeTranslator(translator)


def tien_giang(shots: Shots, tg: Province) -> None:
    """A hotline call from someone who has called before: their history beside the form."""
    operator = tg.api("dieuhanh1")
    phone = "0912 345 678"
    for days, channel, title in (
        (30, "hotline", "Đèn chiếu sáng hỏng trên đường Ấp Bắc"),
        (12, "zalo", "Rác thải tồn đọng ở chợ Mỹ Tho"),
        (2, "hotline", "Nước sinh hoạt có mùi lạ tại phường 5"),
    ):
        operator.submit(
            ReportDraft(
                channel=channel,
                title=title,
                reporter_phone=phone,
                reporter_name="Trần Văn Bình",
                reporter_honorific="Ông",
                received_at=NOW - timedelta(days=days),
            )
        )
    window = tg.window("dieuhanh1", Queue.NEW)
    window.open_intake()
    intake = window.intake
    assert intake is not None
    settle(lambda: intake.category.count() > 1)
    intake.phone.setText(phone)
    settle(lambda: intake.history.topLevelItemCount() == 3)
    intake.reporter_name.setText("Trần Văn Bình")
    intake.honorific.setCurrentText("Ông")
    intake.title_edit.setText("Đèn tín hiệu giao thông không hoạt động")
    intake.description.setPlainText(
        "Đèn tín hiệu tại ngã tư Ấp Bắc – Nguyễn Trãi không hoạt động từ sáng nay, "
        "xe cộ đi lại lộn xộn, nguy cơ tai nạn cao."
    )
    intake.place.setText("Ngã tư Ấp Bắc – Nguyễn Trãi, Phường 5, thành phố Mỹ Tho")
    settle(timeout_ms=600)
    shots.save("intake-dialog", over(window.grab(), intake))
    intake.done(0)
    close(window)


def admin_accounts_calendar_audit(shots: Shots, tn: Province) -> None:
    """Issue 11 part A as Thái Nguyên's administrator: an account just made (its password
    shown once) beside one locked by wrong passwords; a day off's preview; the audit trail."""
    import contextlib

    from PySide6.QtCore import QDate

    from console.models import Role
    from console.services.auth import AuthError
    from console.views.admin.user_forms import UserForm

    for _ in range(5):  # dieuhanh2 mistypes five times: locked for 15 minutes
        with contextlib.suppress(AuthError):
            authenticate(tn.db, "dieuhanh2", "mat-khau-sai", now=NOW - timedelta(minutes=3))
    window = tn.window("quantri")
    assert window.admin_menu is not None
    users = window.admin_menu.open("users")
    form = UserForm(users.units, parent=users)  # type: ignore[attr-defined]
    form.username.setText("cb2.so-gtvt")
    form.full_name.setText("Vũ Thị Thanh Hằng")
    form.unit.setCurrentIndex(form.unit.findData("so_gtvt"))
    form.roles[Role.OFFICER].setChecked(True)
    users.apply_add(form)  # type: ignore[attr-defined]
    users.select("cb2.so-gtvt")  # type: ignore[attr-defined]
    settle(timeout_ms=200)
    background = over(window.grab(), users)
    once = users.once  # type: ignore[attr-defined]
    shots.save("admin-users", over(background, once))
    once.close()
    users.close()

    calendar = window.admin_menu.open("calendar")
    calendar.year.setValue(2026)  # type: ignore[attr-defined]
    calendar.day.setDate(QDate(2026, 11, 25))  # type: ignore[attr-defined]
    calendar.reason.setText("Nghỉ bù theo Quyết định 2150/QĐ-UBND")  # type: ignore[attr-defined]
    calendar.preview()  # type: ignore[attr-defined]
    settle(timeout_ms=200)
    shots.save("admin-calendar", over(window.grab(), calendar))
    calendar.apply()  # type: ignore[attr-defined]
    settle(lambda: not calendar.progress.isVisible(), timeout_ms=20000)  # type: ignore[attr-defined]
    calendar.close()

    users.admin.update_user("dieuhanh1", roles=["operator", "supervisor"])  # type: ignore[attr-defined]
    audit = window.admin_menu.open("audit")
    audit.reload()  # type: ignore[attr-defined]
    settle(timeout_ms=200)
    shots.save("admin-audit", over(window.grab(), audit))
    audit.close()
    keys = window.admin_menu.open("api_keys")  # issue 12: a citizen app's key, made just now
    keys.name.setText("c-thainguyen")  # type: ignore[attr-defined]
    keys.add()  # type: ignore[attr-defined]
    settle(timeout_ms=200)
    shots.save("admin-api-keys", over(window.grab(), keys))
    keys.close()
    close(window)


def admin_units_categories_connection(shots: Shots, folder: Path) -> None:
    """Issue 11 part B: Đắk Lắk's unit tree (a district team that still holds open reports
    refuses to close), Lai Châu's categories with their Điều 7.4 clocks, the connection dialog."""
    from console.services.connection import ServerConfig, schema_state
    from console.views.admin.connection import ConnectionDialog

    dl = Province("dak-lak", folder)
    window = dl.window("quantri")
    assert window.admin_menu is not None
    units = window.admin_menu.open("units")
    held = next(n for n in units.nodes if n.kind == "team" and n.open_reports)  # type: ignore[attr-defined]
    units.select(held.code)  # type: ignore[attr-defined]
    units.deactivate()  # type: ignore[attr-defined]
    settle(timeout_ms=200)
    shots.save("admin-units", over(window.grab(), units))
    units.close()
    close(window)
    dl.db.close()

    lc = Province("lai-chau", folder)
    window = lc.window("quantri")
    assert window.admin_menu is not None
    cats = window.admin_menu.open("categories")
    cats.select("atgt_antt")  # type: ignore[attr-defined]
    settle(timeout_ms=200)
    shots.save("admin-categories", over(window.grab(), cats))
    cats.close()
    os.environ["CONSOLE_SETTINGS"] = str(folder / "settings.toml")  # never the user's own
    config = ServerConfig("csdl.ioc.laichau.gov.vn", 5432, "ioc_laichau", "ioc")
    dialog = ConnectionDialog(
        window, admin_name="quantri", result=schema_state("0010", config.label)
    )
    dialog.server.setChecked(True)
    for field, value in (
        ("host", config.host),
        ("database", config.database),
        ("user", config.user),
    ):
        getattr(dialog, field).setText(value)
    dialog.password_edit.setText("••••••••••")
    dialog.show()
    settle(timeout_ms=200)
    shots.save("admin-connection", over(window.grab(), dialog))
    dialog.close()
    close(window)
    lc.db.close()


def main(argv: list[str]) -> int:
    app = QApplication.instance() or QApplication(argv)
    shots = Shots(Path(argv[1]) if len(argv) > 1 else OUT)
    with tempfile.TemporaryDirectory(prefix="console-shots-") as tmp:
        tn = Province("thai-nguyen", Path(tmp))
        thai_nguyen(shots, tn)
        unsent_list(shots, tn, Path(tmp))
        dashboard(shots, tn)
        english(shots, tn)
        admin_accounts_calendar_audit(shots, tn)
        tn.db.close()
        tg = Province("tien-giang", Path(tmp))
        tien_giang(shots, tg)
        tg.db.close()
        admin_units_categories_connection(shots, Path(tmp))
    print(f"{len(shots.written)} screenshots in {shots.out}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
