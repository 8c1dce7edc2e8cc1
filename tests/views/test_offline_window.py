"""Issue 15 item 2: the offline mode's window is clearly marked, takes calls into the outbox
only, and leaves the mode when the server answers (or signs out when the account changed)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from console.models import Role, UnitKind
from console.profiles import load_profile
from console.services.account_check import SessionEndedError
from console.services.auth import AuthenticatedUser
from console.services.offline_api import OfflineApi
from console.services.outbox import Outbox
from console.views.offline_window import OfflineWindow
from tests.views.test_intake_dialog import save

NOW = datetime(2026, 3, 2, 21, 30)
OPERATOR = AuthenticatedUser(
    7,
    "dieuhanh1",
    "Nguyễn Thị Lan",
    1,
    "ioc",
    "Trung tâm IOC",
    UnitKind.IOC,
    frozenset({Role.OPERATOR}),
)


class Server:
    """What the recheck finds: nothing (silent), the account, or an ended session."""

    def __init__(self) -> None:
        self.answer: BaseException | AuthenticatedUser = ConnectionError("no route to host")

    def recheck(self) -> AuthenticatedUser:
        if isinstance(self.answer, BaseException):
            raise self.answer
        return self.answer


def offline_window(qtbot, tmp_path: Path, server: Server) -> OfflineWindow:
    outbox = Outbox(tmp_path / "outbox", clock=lambda: NOW)
    api = OfflineApi(
        "postgresql://ioc@10.0.0.5/ioc_console",
        load_profile("thai-nguyen"),
        OPERATOR,
        outbox,
        clock=lambda: NOW,
    )
    window = OfflineWindow(api, server.recheck, interval_ms=60_000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_offline_window_is_marked_and_takes_calls_into_the_outbox(
    qtbot, tmp_path: Path
) -> None:
    server = Server()
    window = offline_window(qtbot, tmp_path, server)
    assert "NGOẠI TUYẾN" in window.windowTitle()
    assert window.banner.isVisible() and "CHẾ ĐỘ NGOẠI TUYẾN" in window.banner.text()
    assert "Chỉ tiếp nhận phản ánh" in window.banner.text()
    assert "#b45309" in window.banner.styleSheet()  # the amber band across the window
    assert "dieuhanh1" in window.who.text() and "ngoại tuyến" in window.who.text()
    assert window.waiting.text() == "Chờ gửi: 0"
    window.grab().save(str(tmp_path / "offline.png"))

    window.open_intake()
    dialog = window.intake
    assert dialog is not None
    qtbot.waitUntil(dialog.is_ready, timeout=5000)
    assert not dialog.can.answer_on_the_line and not dialog.can.redirect_calls
    dialog.phone.setText("0912345678")
    dialog.title_edit.setText("Cháy nhà dân ở tổ 5 phường Phan Đình Phùng")
    dialog.title_edit.setFocus()
    with qtbot.waitSignal(dialog.queued, timeout=10000):
        save(qtbot, dialog)
    qtbot.waitUntil(lambda: window.waiting.text() == "Chờ gửi: 1", timeout=5000)
    (entry,) = window.api.outbox().pending()
    assert entry.username == "dieuhanh1" and entry.typed_at == NOW
    dialog.done(0)

    window.try_server()  # still silent: the mode stays
    qtbot.waitUntil(lambda: "chưa trả lời" in window.server.text(), timeout=5000)
    server.answer = OPERATOR
    with qtbot.waitSignal(window.back_online, timeout=5000) as back:
        window.try_server()
    assert back.args == [OPERATOR]


def test_an_account_changed_meanwhile_ends_the_offline_session(qtbot, tmp_path: Path) -> None:
    server = Server()
    window = offline_window(qtbot, tmp_path, server)
    server.answer = SessionEndedError()
    with qtbot.waitSignal(window.logout_requested, timeout=5000):
        window.try_server()
    box = window.ended_box
    assert isinstance(box, QMessageBox) and "hàng chờ" in box.text()
    box.close()
