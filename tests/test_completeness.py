"""Each province's own completeness rule (issue 17 item 3) and Tiền Giang's state secrets
(item 6): the profile's [completeness] table decides, and refusals cite the province's article."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from console.db import Database
from console.intake import IntakeError, ReportDraft, asked_of_reporter, reporter_rule_text
from console.models import Report, ReportStatus, Restriction, Role
from console.profiles import ProfileError, load_profile, load_profile_file, profiles_dir
from console.workflow import WorkflowError
from tests.scenario_helpers import draft, make_province

MON = datetime(2026, 3, 2, 9, 0)


def _draft(channel: str, category: str, **kw: object) -> ReportDraft:
    base = dict(
        channel=channel,
        title="Rác thải đổ trộm ven đường gây ô nhiễm",
        description="Nhiều bao rác bị đổ trộm ven đường, bốc mùi hôi thối mấy ngày nay.",
        place="Đường Nguyễn Tất Thành, gần cầu",
        reporter_name="Trần Văn Bình",
        reporter_address="Số 5 đường Hùng Vương",
        category=category,
    )
    base.update(kw)
    return ReportDraft(**base)  # type: ignore[arg-type]


def test_thai_nguyen_dieu_5_3_name_and_phone_email_only_if_any(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    # Điều 5.3: "tên, số điện thoại, địa chỉ thư điện tử (nếu có)": no e-mail, no address is fine
    r = p.service.submit(op, draft(category="giao_thong"))
    r = p.service.forward(op, r.report_id, r.version, "so_gtvt")
    assert r.status is ReportStatus.FORWARDED
    # an e-mail does not stand in for the phone number
    r = p.service.submit(
        op, draft(category="giao_thong", reporter_phone="", reporter_email="huong@example.vn")
    )
    with pytest.raises(WorkflowError) as refused:
        p.service.forward(op, r.report_id, r.version, "so_gtvt")
    assert str(refused.value) == (
        "Chưa đủ thông tin để chuyển xử lý (Điều 5): Số điện thoại người phản ánh (Điều 5.3)"
    )


def test_dak_lak_buoc_1_1_c_phone_or_email_is_enough(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("dak-lak"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    svc = p.service
    # Bước 1.1.c: "tên, địa chỉ, số điện thoại (hoặc địa chỉ thư điện tử khi cần liên hệ)"
    r = svc.submit(op, _draft("portal", "moi_truong", reporter_email="binh@example.vn"))
    r = svc.forward(op, r.report_id, r.version, "to_bmt")
    assert r.status is ReportStatus.FORWARDED
    # Bước 2.3: 4 working hours to route: Monday 09:00–11:30 and 13:30–15:00
    r = svc.submit(op, _draft("hotline", "moi_truong", reporter_phone="0905123456"))
    assert p.deadlines(r.report_id)["route"].due_at == datetime(2026, 3, 2, 15, 0)
    r = svc.forward(op, r.report_id, r.version, "to_bmt")
    assert r.status is ReportStatus.FORWARDED
    # neither contact, and no address: both items of Bước 1.1.c are missing
    r = svc.submit(op, _draft("app", "moi_truong", reporter_address=""))
    with pytest.raises(WorkflowError) as refused:
        svc.forward(op, r.report_id, r.version, "to_bmt")
    assert str(refused.value) == (
        "Chưa đủ thông tin để chuyển xử lý (Bước 1.1): Địa chỉ người phản ánh (Bước 1.1.c); "
        "Số điện thoại hoặc thư điện tử người phản ánh (Bước 1.1.c)"
    )


def test_tien_giang_dieu_5_1_c_phone_or_email_is_enough(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("tien-giang"), MON)
    op = p.add("tongdai1", "ioc", Role.OPERATOR)
    svc = p.service
    r = svc.submit(op, _draft("email", "moi_truong", reporter_email="binh@example.vn"))
    r = svc.forward(op, r.report_id, r.version, "so_tnmt")
    assert r.status is ReportStatus.FORWARDED
    # Điều 9.1.b: 5 working days from the focal officer's receipt, Mon 09:00 -> Mon 09:00
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 9, 9, 0)
    r = svc.submit(op, _draft("zalo", "moi_truong", reporter_address=""))
    with pytest.raises(
        WorkflowError,
        match=r"\(Điều 5\.1\): Địa chỉ người phản ánh "
        r"\(Điều 5\.1\.c\); Số điện thoại hoặc thư",
    ):
        svc.forward(op, r.report_id, r.version, "so_tnmt")


def test_lai_chau_dieu_7_1_camera_report_has_no_citizen_and_is_forwarded(
    sqlite_db: Database,
) -> None:
    p = make_province(sqlite_db, load_profile("lai-chau"), MON)
    duty = p.add("truc.ioc", "ioc", Role.OPERATOR)
    head = p.add("truong.ioc", "ioc", Role.SUPERVISOR)
    svc = p.service
    rule = p.profile.completeness
    assert asked_of_reporter(rule, "cctv") is None and asked_of_reporter(rule, "app") == ()
    assert "Điều 7.1" in reporter_rule_text(rule, "cctv")
    # the duty officer raises it from the cameras: nobody behind it, no name, no phone
    r = svc.submit(
        duty,
        ReportDraft(
            channel="cctv",
            title="Xe tải đỗ chiếm lòng đường trước chợ trung tâm",
            description="Camera ghi nhận xe tải đỗ chiếm một làn đường hơn 30 phút.",
            place="Đường Trần Hưng Đạo, trước chợ trung tâm",
            category="trat_tu_do_thi",
        ),
    )
    items = {i.key: i for i in op_detail(p, duty, r.report_id).checklist}
    assert items["raised_by_ioc"].ok and "Điều 7.1" in items["raised_by_ioc"].label
    assert "name" not in items and "phone" not in items
    # Điều 7.2: the head of the IOC assigns; Điều 7.4.i: 2 hours from the unit's receipt
    p.clock.now = datetime(2026, 3, 2, 9, 30)
    r = svc.forward(head, r.report_id, r.version, "p_tan_phong")
    assert r.status is ReportStatus.FORWARDED
    assert p.deadlines(r.report_id)["handle"].due_at == datetime(2026, 3, 2, 11, 30)


@pytest.mark.parametrize(
    ("key", "channel", "unit", "article"),
    [
        ("thai-nguyen", "app", "so_gtvt", "(Điều 5): Họ tên người phản ánh (Điều 5.3)"),
        ("dak-lak", "app", "to_bmt", "(Bước 1.1): Họ tên người phản ánh (Bước 1.1.c)"),
        ("lai-chau", "app", "p_tan_phong", "(Điều 3.1): Nội dung rõ ràng (Điều 3.1.b)"),
        ("tien-giang", "web", "so_tnmt", "(Điều 5.1): Họ tên người phản ánh (Điều 5.1.c)"),
    ],
)
def test_a_refusal_to_forward_cites_the_provinces_own_article(
    sqlite_db: Database, key: str, channel: str, unit: str, article: str
) -> None:
    p = make_province(sqlite_db, load_profile(key), MON)
    actor = p.add(
        "ioc1",
        next(u.code for u in p.profile.units if u.kind == "ioc"),
        Role.OPERATOR,
        Role.SUPERVISOR,
    )
    category = p.profile.categories[0].code
    lacking = {"title": "Hỏng", "description": ""} if key == "lai-chau" else {"reporter_name": ""}
    r = p.service.submit(actor, _draft(channel, category, reporter_phone="0905123456", **lacking))
    with pytest.raises(WorkflowError) as refused:
        p.service.forward(actor, r.report_id, r.version, unit)
    assert f"Chưa đủ thông tin để chuyển xử lý {article}" in str(refused.value)
    assert refused.value.template == "Chưa đủ thông tin để chuyển xử lý ({article}): {gaps}"
    if key != "thai-nguyen":
        assert "Điều 5)" not in str(refused.value)


# -- Item 6: Tiền Giang's state secrets and unclear competence ---------------------------------


def _reports(db: Database) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Report)) or 0


def test_tien_giang_dieu_4_7_state_secret_is_refused_at_intake(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("tien-giang"), MON)
    op = p.add("tongdai1", "ioc", Role.OPERATOR)
    with pytest.raises(IntakeError) as refused:
        p.service.submit(
            op, _draft("hotline", "moi_truong", reporter_phone="0905123456", state_secret=True)
        )
    assert refused.value.field == "state_secret"
    assert "(Điều 4.7)" in str(refused.value) and "chế độ Mật" in str(refused.value)
    assert _reports(sqlite_db) == 0  # never entered into the 1022 system


def test_thai_nguyen_dieu_10_4_declared_state_secret_is_marked_not_refused(
    sqlite_db: Database,
) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    r = p.service.submit(op, draft(category="giao_thong", state_secret=True))
    assert p.report(r.report_id).restriction is Restriction.STATE_SECRET
    detail = op_detail(p, op, r.report_id)
    assert detail.publication_choices == ("none",)
    assert "bí mật nhà nước" in detail.history[0].note and "Điều 10.4" in detail.history[0].note


def op_detail(p, actor, report_id: int):
    from console.services.detail import report_detail

    return report_detail(p.db, p.profile, actor, report_id, now=p.clock.now)


def test_tien_giang_dieu_9_1_c_operator_sends_unclear_competence_to_the_office(
    sqlite_db: Database,
) -> None:
    p = make_province(sqlite_db, load_profile("tien-giang"), MON)
    op = p.add("tongdai1", "ioc", Role.OPERATOR)
    office = p.add("vp.ubnd", "vp_ubnd", Role.OFFICE)
    r = p.service.submit(op, _draft("web", "moi_truong", reporter_phone="0905123456"))
    # the operator, not only the supervisor, sends it "để xác định, cho ý kiến"
    r = p.service.escalate(
        op, r.report_id, r.version, "Chưa rõ thẩm quyền xử lý: đề nghị Văn phòng xác định."
    )
    assert r.status is ReportStatus.ESCALATED
    assert p.report(r.report_id).current_unit_id == office.unit_id
    # the 2-working-hour routing clock (Điều 9.1.a) is met by sending it to the office
    route = p.deadlines(r.report_id)["route"]
    assert route.completed_at == MON and route.due_at == datetime(2026, 3, 2, 11, 0)


def test_thai_nguyen_operator_does_not_escalate(sqlite_db: Database) -> None:
    p = make_province(sqlite_db, load_profile("thai-nguyen"), MON)
    op = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    r = p.service.submit(op, draft(category="giao_thong"))
    with pytest.raises(WorkflowError):
        p.service.escalate(op, r.report_id, r.version, "Chưa rõ thẩm quyền.")


# -- the table itself ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "old", "new", "dotted", "words"),
    [
        (
            "thai-nguyen",
            'reporter_fields = ["name", "phone"]',
            'reporter_fields = ["name", "fax"]',
            "completeness.reporter_fields[2]",
            "fax",
        ),
        (
            "dak-lak",
            'reporter_fields = ["name", "address", "phone_or_email"]',
            'reporter_fields = ["name", "phone", "phone_or_email"]',
            "completeness.reporter_fields",
            "phone_or_email đã gồm phone",
        ),
        (
            "lai-chau",
            'no_citizen_channels = ["cctv"]',
            'no_citizen_channels = ["drone"]',
            "completeness.no_citizen_channels[1]",
            "drone",
        ),
        (
            "tien-giang",
            'state_secret_article = "Điều 4.7"',
            "",
            "completeness.state_secret_article",
            'state_secret = "refuse"',
        ),
        (
            "thai-nguyen",
            'state_secret = "restrict"',
            'state_secret = "hide"',
            "completeness.state_secret",
            "hide",
        ),
        (
            "tien-giang",
            "escalate_to_office = true",
            "escalate_to_office = false",
            "workflow.operator_escalates",
            "cần workflow.escalate_to_office",
        ),
    ],
)
def test_a_broken_completeness_table_is_refused(
    tmp_path: Path, key: str, old: str, new: str, dotted: str, words: str
) -> None:
    text = (profiles_dir() / f"{key}.toml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / f"{key}.toml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(ProfileError) as err:
        load_profile_file(path)
    assert err.value.key == dotted and words in err.value.problem, str(err.value)
