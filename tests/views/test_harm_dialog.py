"""The "Báo tin người phản ánh" button of a reputational report (Đắk Lắk Bước 2.3): the dialog
shows the letter to the district's UBND, saves it, and records how the reporter was told."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pypdf
from PySide6.QtWidgets import QRadioButton

from console.db import Database
from console.models import Restriction, Role
from tests.scenario_helpers import draft
from tests.views.pane_helpers import TIMEOUT, click_action, confirm, history, open_pane, world


def test_dak_lak_buoc_2_3_the_pane_offers_the_letter_and_records_the_phone_call(
    qtbot, sqlite_db: Database, tmp_path: Path
) -> None:
    w = world(sqlite_db, "dak-lak")
    r = w.op.submit(
        draft(
            channel="hotline",
            category="an_toan_thuc_pham",
            area="Phường Tân An",
            title="Quán ăn dùng lại dầu chiên nhiều lần",
            reporter_address="Số 7 đường Y Jút",
        )
    )
    r = w.op.restrict(
        r.report_id, r.version, Restriction.REPUTATIONAL.value, "Nêu tên cơ sở kinh doanh cụ thể"
    )
    pane = open_pane(qtbot, w.op, r.report_id)
    assert "Báo tin" in pane.action_buttons["notify_reporter"].text().replace("&", "")
    dialog = click_action(qtbot, pane, "notify_reporter")
    qtbot.waitUntil(lambda: bool(dialog.preview.pages), timeout=TIMEOUT)
    out = tmp_path / "van-ban.pdf"
    dialog.preview.save_to(out)
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Ủy ban nhân dân thành phố Buôn Ma Thuột" in " ".join(text.split())
    phone = dialog.findChild(QRadioButton, "means_phone")
    email = dialog.findChild(QRadioButton, "means_email")
    assert phone.isChecked() and not email.isEnabled()  # the draft has a phone, no e-mail
    if os.environ.get("SHOT_DIR"):
        dialog.grab().save(str(Path(os.environ["SHOT_DIR"]) / "harm-dialog.png"))
    dialog.note.setText("Gọi lúc 9 giờ 30")
    confirm(qtbot, pane, dialog)
    assert history(w.op, r.report_id)[-1] == "notify_reporter"
    last = w.op.detail(r.report_id).history[-1]
    assert last.note == (
        "Đã báo người phản ánh qua điện thoại: phản ánh đã được tiếp nhận, "
        "đang xử lý. Gọi lúc 9 giờ 30"
    )
    assert last.actor == w.op.actor.full_name


def test_no_button_for_a_report_not_marked(qtbot, sqlite_db: Database) -> None:
    w = world(sqlite_db, "dak-lak")
    r = w.op.submit(
        draft(channel="hotline", category="an_toan_thuc_pham", reporter_address="Số 7 đường Y Jút")
    )
    pane = open_pane(qtbot, w.op, r.report_id)
    assert "notify_reporter" not in pane.action_buttons
    assert Role.OPERATOR in w.op.actor.roles
