"""Every figure of a hand-made Thái Nguyên year, driven through the real services.

Thái Nguyên's clocks (resources/profiles/thai-nguyen.toml): handle = 3 working days (24 working
hours, office 07:30–11:30 and 13:30–17:30) from forwarding; "return if not ours" = 60 minutes
from forwarding, binding only a unit that returns the report. The deadlines are worked by hand
in the comments; the right answers are written in the tests.

R1  Fri 06/03 forwarded 08:30 → so_gtvt, result Tue 10/03 16:00: 21.5 h ≤ 24, on time across
    a weekend (four calendar days).
R2  Fri 06/03 forwarded 08:30 → so_gtvt, due Wed 11/03 08:30, result 09:00: late.
R3  Tue 28/04 forwarded 08:30 → so_tnmt; 30/04 and 01/05 are holidays: due Tue 05/05 08:30,
    result 08:00: on time (seven calendar days).
R4  the same, result Tue 05/05 09:00: late.
R5  Thu 20/08 forwarded 08:30 → so_gtvt; Saturday 22/08 is a make-up working day: due
    Mon 24/08 08:30 (without it: Tue 25/08), result 10:00: late.
R6  Mon 09/03 → so_tnmt, answered in time, rated "Không hài lòng", reopened Tue 10/03 08:00,
    answered again Wed 11/03 10:10 (in time).
R7  Wed 11/03 → so_gtvt, returned at 10:00 after the 60-minute window (late, charged to
    so_gtvt), forwarded again → so_xd, answered in time: late, but not so_xd's lateness.
R8  Thu 12/03 rejected at the IOC.
R9  Mon 02/03 → so_gtvt, accepted, an extension asked, nothing since: open and overdue.
R10 Wed 30/12/2025: outside 2026.
"""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from console.db import Database
from console.models import Role
from console.profiles import load_profile
from console.services.calendar import calendar_from_session
from console.services.statistics import StatisticsService
from console.statistics import Figures, compute_figures, parse_period
from console.statistics.figures import Counts
from tests.scenario_helpers import Province, draft, make_province

NOW = datetime(2026, 9, 15, 10, 0)


def at(p: Province, text: str) -> None:
    p.clock.now = datetime.strptime(text, "%d/%m/%Y %H:%M")


def _answer(p: Province, rid: int, ver: int, unit: str, when: tuple[str, str, str]) -> int:
    """Result, approval and publication at the three given times; returns the version."""
    officer, leader = p.actors[f"cb.{unit}"], p.actors[f"ld.{unit}"]
    at(p, when[0])
    r = p.service.submit_result(officer, rid, ver, "Đã xử lý xong.")
    at(p, when[1])
    r = p.service.approve(leader, rid, r.version)
    at(p, when[2])
    r = p.service.publish(p.actors["op"], rid, r.version, "public")
    return r.version


def _handled(
    p: Province,
    received: str,
    unit: str,
    category: str,
    when: tuple[str, str, str],
    *,
    channel: str = "app",
    area: str = "Phường Hoàng Văn Thụ",
) -> tuple[int, int]:
    """Received at ``received``, forwarded 30 min later, accepted 30 min after that."""
    op = p.actors["op"]
    at(p, received)
    r = p.service.submit(op, draft(category=category, channel=channel, area=area))
    start = p.clock.now
    p.clock.now = start.replace(minute=30)
    r = p.service.forward(op, r.report_id, r.version, unit)
    p.clock.now = start.replace(hour=start.hour + 1, minute=0)
    r = p.service.accept(p.actors[f"cb.{unit}"], r.report_id, r.version)
    return r.report_id, _answer(p, r.report_id, r.version, unit, when) if when else r.version


@pytest.fixture
def year(any_db: Database) -> Province:
    return build_year(any_db)


def build_year(db: Database) -> Province:
    """R1–R10 of the module's docstring, the clock left at NOW."""
    p = make_province(db, load_profile("thai-nguyen"), NOW)
    p.actors["op"] = p.add("dieuhanh1", "ioc", Role.OPERATOR)
    for unit in ("so_gtvt", "so_tnmt", "so_xd"):
        p.add(f"cb.{unit}", unit, Role.OFFICER)
        p.add(f"ld.{unit}", unit, Role.LEADER)
    op, svc = p.actors["op"], p.service
    r1, v = _handled(
        p,
        "06/03/2026 08:00",
        "so_gtvt",
        "giao_thong",
        ("10/03/2026 16:00", "10/03/2026 16:10", "10/03/2026 16:30"),
    )
    at(p, "10/03/2026 17:00")
    svc.rate(op, r1, v, "hai_long")
    r2, v = _handled(
        p,
        "06/03/2026 08:00",
        "so_gtvt",
        "giao_thong",
        ("11/03/2026 09:00", "11/03/2026 09:10", "11/03/2026 09:30"),
    )
    at(p, "11/03/2026 10:00")
    svc.rate(op, r2, v, "chap_nhan_duoc")
    r3, v = _handled(
        p,
        "28/04/2026 08:00",
        "so_tnmt",
        "moi_truong",
        ("05/05/2026 08:00", "05/05/2026 08:10", "05/05/2026 08:30"),
        channel="portal",
        area="Huyện Đại Từ",
    )
    at(p, "05/05/2026 09:00")
    svc.rate(op, r3, v, "hai_long")
    _handled(
        p,
        "28/04/2026 08:00",
        "so_tnmt",
        "moi_truong",
        ("05/05/2026 09:00", "05/05/2026 09:10", "05/05/2026 09:30"),
        channel="portal",
        area="Huyện Đại Từ",
    )
    _handled(
        p,
        "20/08/2026 08:00",
        "so_gtvt",
        "giao_thong",
        ("24/08/2026 10:00", "24/08/2026 10:10", "24/08/2026 10:30"),
    )
    # R6: answered, rated dissatisfied, reopened, answered again.
    r6, v = _handled(
        p,
        "09/03/2026 08:00",
        "so_tnmt",
        "moi_truong",
        ("09/03/2026 15:00", "09/03/2026 15:10", "09/03/2026 15:30"),
    )
    at(p, "09/03/2026 16:00")
    v = svc.rate(op, r6, v, "khong_hai_long").version
    at(p, "10/03/2026 08:00")
    v = svc.reopen(op, r6, v, "Người phản ánh không hài lòng, đề nghị xử lý lại.").version
    at(p, "10/03/2026 08:30")
    v = svc.accept(p.actors["cb.so_tnmt"], r6, v).version
    _answer(p, r6, v, "so_tnmt", ("11/03/2026 10:00", "11/03/2026 10:10", "11/03/2026 10:30"))
    # R7: a late return by so_gtvt, then so_xd answers in time.
    at(p, "11/03/2026 08:00")
    r = svc.submit(op, draft(category="giao_thong", area="Phường Hoàng Văn Thụ"))
    at(p, "11/03/2026 08:30")
    r = svc.forward(op, r.report_id, r.version, "so_gtvt")
    at(p, "11/03/2026 10:00")
    r = svc.return_to_ioc(p.actors["cb.so_gtvt"], r.report_id, r.version, "Không thuộc Sở.")
    at(p, "11/03/2026 10:30")
    r = svc.forward(op, r.report_id, r.version, "so_xd")
    at(p, "11/03/2026 11:00")
    r = svc.accept(p.actors["cb.so_xd"], r.report_id, r.version)
    _answer(
        p,
        r.report_id,
        r.version,
        "so_xd",
        ("12/03/2026 09:00", "12/03/2026 09:10", "12/03/2026 09:30"),
    )
    at(p, "12/03/2026 08:00")  # R8
    r = svc.submit(op, draft(category="giao_thong", area="Phường Hoàng Văn Thụ"))
    at(p, "12/03/2026 08:20")
    svc.reject(op, r.report_id, r.version, "Nội dung không thuộc phạm vi tiếp nhận.")
    r9, v = _handled(p, "02/03/2026 08:00", "so_gtvt", "giao_thong", ())  # type: ignore[arg-type]
    at(p, "02/03/2026 10:00")
    svc.request_extension(
        p.actors["cb.so_gtvt"],
        r9,
        v,
        datetime(2026, 3, 10, 17, 0),
        "Cần thuê đơn vị thi công, đề nghị gia hạn.",
    )
    at(p, "30/12/2025 08:00")  # R10 (it happened the evening before: not in the future)
    r = svc.submit(
        op,
        draft(
            category="giao_thong",
            area="Phường Hoàng Văn Thụ",
            occurred_at=datetime(2025, 12, 29, 20, 0),
        ),
    )
    svc.reject(op, r.report_id, r.version, "Trùng nội dung.")
    p.clock.now = NOW
    return p


def figures(
    p: Province, period: str, unit: str | None = None, *, min_reports: int | None = None
) -> Figures:
    if min_reports is None:
        return StatisticsService(p.db, p.profile, p.clock).figures(parse_period(period), unit)
    with p.db.session() as s:
        return compute_figures(
            s,
            p.profile,
            parse_period(period),
            unit_code=unit,
            now=NOW,
            calendar=calendar_from_session(s, p.profile),
            min_reports=min_reports,
        )


def test_totals_of_the_year(year: Province) -> None:
    f = figures(year, "2026")
    # handling hours (first forwarding → the unit's result), sorted: R7 8½, R6 17½, R1 21½,
    # R3 23½, R2 24½, R4 24½, R5 25½ — mean 145½ / 7, median R3, p90 0.4 of the way R4 → R5.
    assert f.totals == Counts(
        received=9,
        rejected=1,
        redirected=0,
        answered_directly=0,
        forwarded=8,
        returned=1,
        resolved=7,
        answered=7,
        on_time=4,
        late=4,
        open=1,
        overdue_open=1,
        extensions=1,
        reopened=1,
        rated=4,
        handling_hours_mean=20.79,
        handling_hours_median=23.5,
        handling_hours_p90=24.9,
    )
    assert f.period.label == "Năm 2026" and f.profile_key == "thai-nguyen"


def test_per_stage(year: Province) -> None:
    stages = {s.stage: s for s in figures(year, "2026").stages}
    # handle: R1, R3, R6 ×2, R7 ×2 (so_gtvt's clock ended by the return, in time) in time;
    # R2, R4, R5 missed; R9 open past due.
    assert (stages["handle"].on_time, stages["handle"].late, stages["handle"].open_overdue) == (
        6,
        3,
        1,
    )
    # return: ten clocks (R6 and R7 twice); only R7's first was missed (returned after 90 min)
    assert (stages["return"].on_time, stages["return"].late, stages["return"].open_overdue) == (
        9,
        1,
        0,
    )
    assert stages["handle"].label == "Xử lý"


def test_lateness_is_charged_to_the_unit_that_held_the_clock(year: Province) -> None:
    f = figures(year, "2026")
    units = {r.key: r.counts for r in f.by_unit}
    assert (
        units["so_gtvt"].received,
        units["so_gtvt"].late,
        units["so_gtvt"].on_time,
        units["so_gtvt"].open,
        units["so_gtvt"].overdue_open,
    ) == (5, 3, 1, 1, 1)
    assert (units["so_xd"].received, units["so_xd"].late, units["so_xd"].on_time) == (1, 0, 1)
    assert (units["so_tnmt"].received, units["so_tnmt"].late, units["so_tnmt"].on_time) == (3, 1, 2)
    assert (units["ioc"].received, units["ioc"].late, units["ioc"].on_time) == (9, 0, 8)
    holds = {h.unit_code: h for h in f.holdings}
    assert (holds["so_gtvt"].reports, holds["so_gtvt"].bounces, holds["so_gtvt"].late_charged) == (
        5,
        1,
        3,
    )
    # R7 at so_xd: 10:30 → Thu 09:10 = 1 + 4 + 1⅔ working hours
    assert (
        holds["so_xd"].reports,
        holds["so_xd"].hours_held_mean,
        holds["so_xd"].bounces,
        holds["so_xd"].late_charged,
    ) == (1, 6.67, 0, 0)
    # R3 23⅔, R4 24⅔, R6 4⅔ + (after the reopening) 10⅙ → 63⅙ / 3
    assert holds["so_tnmt"].hours_held_mean == 21.06


def test_one_units_figures(year: Province) -> None:
    f = figures(year, "2026", "so_gtvt")
    assert (
        f.totals.received,
        f.totals.late,
        f.totals.on_time,
        f.totals.returned,
        f.totals.extensions,
    ) == (5, 3, 1, 1, 1)
    assert {s.stage: (s.on_time, s.late) for s in f.stages}["handle"] == (2, 2)


def test_breakdowns(year: Province) -> None:
    f = figures(year, "2026")
    cats = {r.key: r.counts for r in f.by_category}
    assert (cats["giao_thong"].received, cats["giao_thong"].late) == (6, 3)
    assert (cats["moi_truong"].received, cats["moi_truong"].late) == (3, 1)
    assert cats["moi_truong"].reopened == 1
    chans = {r.key: r.counts.received for r in f.by_channel}
    assert chans == {"app": 7, "portal": 2}
    areas = {r.key: (r.counts.received, r.counts.on_time) for r in f.by_area}
    assert areas == {"Phường Hoàng Văn Thụ": (7, 3), "Huyện Đại Từ": (2, 1)}


def test_ratings(year: Province) -> None:
    ratings = {r.code: (r.label, r.count) for r in figures(year, "2026").ratings}
    assert ratings == {
        "hai_long": ("Hài lòng", 2),
        "chap_nhan_duoc": ("Chấp nhận được", 1),
        "khong_hai_long": ("Không hài lòng", 1),
        "none": ("Chưa đánh giá", 3),
    }
    shares = {r.code: r.share for r in figures(year, "2026").ratings}
    assert shares["none"] == pytest.approx(3 / 7)


def test_ranking_needs_enough_reports(year: Province) -> None:
    assert figures(year, "2026").ranking == ()  # nobody has 5 finished reports
    ranking = figures(year, "2026", min_reports=1).ranking
    # so_xd 1/1 on time, no rating → 1.0; so_tnmt 2/3 and 1 of 2 "Hài lòng" → 0.7·⅔ + 0.3·½;
    # so_gtvt 1/4 and 1 of 2 → 0.7·¼ + 0.3·½. The IOC is not ranked.
    assert [(r.rank, r.unit_code, r.score) for r in ranking] == [
        (1, "so_xd", 1.0),
        (2, "so_tnmt", 0.6167),
        (3, "so_gtvt", 0.325),
    ]
    assert ranking[2].on_time_rate == 0.25 and ranking[2].satisfaction_rate == 0.5


def test_a_month_and_its_trend(year: Province) -> None:
    f = figures(year, "2026-03")
    assert f.totals.received == 6  # R1, R2, R6, R7, R8, R9
    trend = {t.day: (t.received, t.resolved) for t in f.trend}
    assert len(trend) == 31
    assert trend[date(2026, 3, 6)] == (2, 0)
    # R1 on the 10th; R2 and R6 (answered again after its reopening) on the 11th; R7 the 12th
    assert [trend[date(2026, 3, d)][1] for d in (9, 10, 11, 12)] == [0, 1, 2, 1]
    assert figures(year, "2025").totals.received == 1


def test_frozen_copy_round_trips_through_json(year: Province) -> None:
    f = figures(year, "2026")
    assert Figures.from_dict(json.loads(json.dumps(f.to_dict()))) == f
