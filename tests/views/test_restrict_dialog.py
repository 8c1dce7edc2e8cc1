"""The "Hạn chế công khai" button of the detail pane: the dialog marks the report through the
service, the pane shows the mark, and the publish dialog then offers only what it allows."""

from __future__ import annotations

from console.db import Database
from console.models import Publication, Report, Restriction, Role
from tests.scenario_helpers import draft
from tests.views.pane_helpers import click_action, confirm, history, open_pane, tick, world


def test_operator_marks_a_state_secret_and_publish_offers_only_none(
    qtbot, sqlite_db: Database
) -> None:
    w = world(sqlite_db)
    officer = w.api("cb.xl", "so_gtvt", Role.OFFICER, Role.LEADER)
    r = w.op.submit(draft(category="giao_thong"))
    r = w.op.act("forward", r.report_id, r.version, unit="so_gtvt")
    r = officer.act("accept", r.report_id, r.version)
    r = officer.act("submit_result", r.report_id, r.version, text="Đã xử lý xong.")
    r = officer.act("approve", r.report_id, r.version)

    pane = open_pane(qtbot, w.op, r.report_id)
    dialog = click_action(qtbot, pane, "restrict")
    secret = dialog.findChild(type(dialog.group.button(0)), "restriction_state_secret")
    assert "không công khai" in secret.text()  # the service's answer for this profile
    assert dialog.findChild(type(secret), "restriction_none").isChecked()
    dialog.confirm()  # nothing chosen yet: said in the dialog, nothing sent
    assert "Chọn mức khác" in dialog.error_label.text()
    tick(qtbot, secret)
    dialog.note.setPlainText("Kết quả xử lý có thông tin thuộc bí mật nhà nước")
    confirm(qtbot, pane, dialog)

    with sqlite_db.session() as s:
        assert s.get(Report, r.report_id).restriction is Restriction.STATE_SECRET
    assert history(w.op, r.report_id)[-1] == "restrict"
    assert pane.findChild(type(pane.status), "badgeStateSecret") is not None

    publish = click_action(qtbot, pane, "publish")
    assert publish.radios[Publication.NONE].isChecked()
    assert not publish.radios[Publication.PUBLIC].isEnabled()
    assert not publish.radios[Publication.PRIVATE].isEnabled()
    publish.reject()
