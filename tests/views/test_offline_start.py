"""Issue 15 item 2 at start: a sign-in on the server keeps the verifier; when the server does
not answer, the app offers the offline sign-in (for people known here) instead of stopping."""

from __future__ import annotations

from datetime import datetime

from console.db import Database, DatabaseError
from console.models import Role
from console.profiles import load_profile
from console.services.offline_auth import OfflineVerifiers, default_path
from console.views.login_dialog import LoginDialog
from console.views.offline_start import OfflineLoginDialog, offline_possible
from tests.outbox_helpers import UNREACHABLE_URL
from tests.scenario_helpers import make_province

NOW = datetime(2026, 3, 2, 8, 0)
PASSWORD = "mat-khau-thu"


def test_a_server_sign_in_keeps_a_verifier_and_an_outage_offers_the_offline_sign_in(
    qtbot, pg_db: Database
) -> None:
    p = make_province(pg_db, load_profile("thai-nguyen"), NOW)
    p.add("dieuhanh1", "ioc", Role.OPERATOR)
    login = LoginDialog(pg_db, p.profile)
    qtbot.addWidget(login)
    login._sign_in("dieuhanh1", PASSWORD)  # what the dialog runs in the background
    verifiers = OfflineVerifiers(default_path(pg_db.url))
    assert verifiers.known() == ["dieuhanh1"]
    assert verifiers.profile_of("dieuhanh1") == "thai-nguyen"

    try:
        Database(UNREACHABLE_URL, bounded=True)
    except DatabaseError as exc:
        down = exc
    assert offline_possible(pg_db.url, down)  # someone known here: offer it
    assert not offline_possible(UNREACHABLE_URL, down)  # nobody signed in there
    assert not offline_possible(pg_db.url, DatabaseError("Tệp hỏng"))  # not an outage

    dialog = OfflineLoginDialog(verifiers, "Không kết nối được cơ sở dữ liệu")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.username.setText("dieuhanh1")
    dialog.password.setText("sai-mat-khau")
    dialog._submit()
    assert dialog.user is None and "không đúng" in dialog.error.text()
    dialog.password.setText(PASSWORD)
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog._submit()
    assert dialog.user is not None and dialog.user.actor.username == "dieuhanh1"
