"""The IOC marks a report as a state secret or harmful to a reputation (issue 17 item 8); the
publication choices and letters follow the profile's [publication] rule for the mark."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import func, select

from console.db import Database
from console.letters import letter_data_for
from console.letters.data import LetterError
from console.models import HistoryEntry, Publication, ReportStatus, Restriction, Role
from console.profiles import load_profile
from console.services.action_base import ConflictError
from console.services.answer_actions import AnswerActions
from console.services.console_api import ConsoleApi
from console.workflow import WorkflowError
from tests.scenario_helpers import Province, draft, make_province

MON = datetime(2026, 3, 2, 9, 0)


def _thai_nguyen(db: Database) -> tuple[Province, ConsoleApi]:
    p = make_province(db, load_profile("thai-nguyen"), MON)
    return p, ConsoleApi(db, p.profile, p.add("dieuhanh1", "ioc", Role.OPERATOR), p.clock)


def _history_rows(db: Database, report_id: int) -> int:
    with db.session() as s:
        return (
            s.scalar(
                select(func.count())
                .select_from(HistoryEntry)
                .where(HistoryEntry.report_id == report_id)
            )
            or 0
        )


def _approved(p: Province, op: ConsoleApi) -> tuple[int, int]:
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER, Role.LEADER)
    r = op.submit(draft(category="giao_thong"))
    r = op.act("forward", r.report_id, r.version, unit="so_gtvt")
    r = p.service.accept(officer, r.report_id, r.version)
    r = p.service.submit_result(officer, r.report_id, r.version, "Đã vá ổ gà.")
    r = p.service.approve(officer, r.report_id, r.version)
    assert r.status is ReportStatus.APPROVED
    return r.report_id, r.version


def test_thai_nguyen_dieu_10_4_state_secret_marked_in_triage_is_never_published(
    any_db: Database,
) -> None:
    _p, op = _thai_nguyen(any_db)
    r = op.submit(draft(category="giao_thong"))
    before = _history_rows(any_db, r.report_id)
    m = op.restrict(
        r.report_id, r.version, "state_secret", "Liên quan vị trí công trình quốc phòng"
    )
    assert m.version == r.version + 1 and m.status is ReportStatus.RECEIVED
    assert _history_rows(any_db, r.report_id) == before + 1
    d = op.detail(r.report_id)
    assert d.restriction == "state_secret" and d.publication_choices == ("none",)
    assert d.history[-1].action == "restrict"
    assert d.history[-1].note == (
        "Bí mật nhà nước (Không công khai): Liên quan vị trí công trình quốc phòng"
    )
    with pytest.raises(ConflictError):  # the version the actor saw
        op.restrict(r.report_id, r.version, "none", "Nhầm")
    with pytest.raises(WorkflowError, match="Cần nhập lý do"):
        op.restrict(r.report_id, m.version, "none", "  ")


def test_thai_nguyen_dieu_10_4_publish_offers_and_accepts_only_none(sqlite_db: Database) -> None:
    p, op = _thai_nguyen(sqlite_db)
    rid, version = _approved(p, op)
    r = op.restrict(rid, version, "state_secret", "Kết quả xử lý có thông tin mật")
    for mode in (Publication.PUBLIC, Publication.PRIVATE):
        with pytest.raises(WorkflowError, match="chỉ được: Không công khai"):
            op.act("publish", rid, r.version, publication=mode)
    # no letter from the system: answered under the "Mật" regime
    with sqlite_db.session() as s, pytest.raises(LetterError, match="chế độ Mật"):
        letter_data_for(s, op.detail(rid).code, profile=p.profile)
    r = op.act("publish", rid, r.version, publication=Publication.NONE)
    assert r.status is ReportStatus.PUBLISHED
    with pytest.raises(WorkflowError, match="Không thể"):  # after the answer: too late
        op.restrict(rid, r.version, "none", "Bỏ đánh dấu")


def test_dak_lak_buoc_4_1_reputational_harm_is_answered_to_the_reporter_alone(
    sqlite_db: Database,
) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    r = p.service.submit(
        op,
        draft(channel="hotline", category="an_toan_thuc_pham", reporter_address="Phường Tân Lợi"),
    )
    r = p.service.restrict(
        op, r.report_id, r.version, Restriction.REPUTATIONAL, "Nêu tên cơ sở kinh doanh cụ thể"
    )
    with sqlite_db.session() as s:
        from console.services.detail import detail_in_session

        d = detail_in_session(s, p.profile, op, r.report_id, now=MON)
    # Bước 2.3, 4.1: "không công khai trên Cổng thông tin", the reporter told by phone/e-mail
    assert d.publication_choices == ("private", "none") and d.publication_limit == "private"
    r = p.service.restrict(op, r.report_id, r.version, Restriction.NONE, "Đã xác minh: không")
    assert p.report(r.report_id).restriction is Restriction.NONE


@pytest.mark.parametrize(
    ("key", "secret", "harm"),
    [
        ("thai-nguyen", ("none",), ("private", "none")),  # Điều 10.4; reputational: tự chọn
        ("dak-lak", ("none",), ("private", "none")),  # Bước 2.3/4.1
        ("lai-chau", ("none",), ("private", "none")),  # Điều 8.2
        ("tien-giang", ("none",), ("private", "none")),  # Điều 4.7; Điều 4.6/10.2
    ],
)
def test_each_province_choices_follow_its_publication_rule(
    key: str, secret: tuple[str, ...], harm: tuple[str, ...]
) -> None:
    profile = load_profile(key)

    def choices(restriction: Restriction) -> tuple[str, ...]:
        return tuple(m.value for m in AnswerActions.choices_for(profile, False, restriction))

    assert choices(Restriction.STATE_SECRET) == secret
    assert choices(Restriction.REPUTATIONAL) == harm
    assert choices(Restriction.NONE)[0] == profile.publication["default"]


def test_only_the_ioc_marks_and_only_in_triage_or_before_publishing(sqlite_db: Database) -> None:
    p, op = _thai_nguyen(sqlite_db)
    officer = p.add("cb.gtvt", "so_gtvt", Role.OFFICER)
    r = op.submit(draft(category="giao_thong"))
    r = op.act("forward", r.report_id, r.version, unit="so_gtvt")
    assert "restrict" not in op.detail(r.report_id).actions  # being handled by the unit
    with pytest.raises(WorkflowError):
        p.service.restrict(officer, r.report_id, r.version, "reputational", "Nêu tên cá nhân")
    with pytest.raises(WorkflowError, match="Mức hạn chế không hợp lệ"):
        p.service.restrict(op.actor, r.report_id, r.version, "secret", "x")
