"""Stage clocks of each province, checked against their articles with worked examples."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console.profiles import Clock, load_profile
from console.sla import DeadlineEngine, Remaining, SlaState, extend
from console.worktime import WorkCalendar


def engine(key: str) -> DeadlineEngine:
    profile = load_profile(key)
    return DeadlineEngine(profile, WorkCalendar.for_profile(profile))


TN, DL, LC, TG = (engine(k) for k in ("thai-nguyen", "dak-lak", "lai-chau", "tien-giang"))
MON = datetime(2026, 3, 2)  # Monday 2 March 2026, an ordinary working week


def at(day: datetime, hh: int, mm: int = 0, plus_days: int = 0) -> datetime:
    return day.replace(hour=hh, minute=mm) + timedelta(days=plus_days)


def due(
    e: DeadlineEngine,
    stage: str,
    start: datetime,
    category: str | None = None,
    emergency: bool = False,
) -> datetime | None:
    cat = category or e.profile.categories[0].code
    return e.stage_due(stage, start, category=cat, emergency=emergency)


# Thái Nguyên -------------------------------------------------------------------------------


def test_tn_dieu6_check_half_working_day_mon_0900_is_mon_1500() -> None:
    assert due(TN, "check", at(MON, 9)) == at(MON, 15)


def test_tn_dieu7_route_one_working_day_mon_0900_is_tue_0900() -> None:
    assert due(TN, "route", at(MON, 9)) == at(MON, 9, plus_days=1)


def test_tn_dieu8_handle_three_working_days_tue_1000_is_fri_1000() -> None:
    assert due(TN, "handle", at(MON, 10, plus_days=1)) == at(MON, 10, plus_days=4)


def test_tn_dieu8_handle_across_tet_2026_fri_13_feb_1500_is_wed_25_feb_1500() -> None:
    # Tết 16-20/2/2026 and the weekend are off: 2.5 h Fri + Mon + Tue + 5.5 h Wed.
    assert due(TN, "handle", datetime(2026, 2, 13, 15)) == datetime(2026, 2, 25, 15)


def test_tn_dieu9_approve_half_day_fri_1600_is_mon_1000() -> None:
    assert due(TN, "approve", at(MON, 16, plus_days=4)) == at(MON, 10, plus_days=7)


def test_tn_dieu10_publish_four_working_hours_mon_1000_is_mon_1600() -> None:
    assert due(TN, "publish", at(MON, 10)) == at(MON, 16)


def test_tn_emergency_is_immediate_one_clock_hour_even_at_night() -> None:
    assert due(TN, "handle", at(MON, 22), emergency=True) == at(MON, 23)
    assert due(TN, "check", at(MON, 22), emergency=True) == at(MON, 23)


def test_tn_received_saturday_night_check_counts_from_monday_0730() -> None:
    assert due(TN, "check", at(MON, 21, plus_days=5)) == at(MON, 11, 30, plus_days=7)


# Đắk Lắk -----------------------------------------------------------------------------------


def test_dl_buoc2_route_four_working_hours_fri_1600_is_mon_1030() -> None:
    assert due(DL, "route", at(MON, 16, plus_days=4)) == at(MON, 10, 0, plus_days=7)


def test_dl_buoc3_handle_seven_working_days_mon_0800_is_wed_next_week_0800() -> None:
    assert due(DL, "handle", at(MON, 8)) == at(MON, 8, plus_days=9)


def test_dl_buoc3_emergency_handle_one_working_day() -> None:
    assert due(DL, "handle", at(MON, 14), emergency=True) == at(MON, 14, plus_days=1)


def test_dl_buoc3_return_within_one_day_or_three_with_field_check() -> None:
    assert due(DL, "return", at(MON, 9)) == at(MON, 9, plus_days=1)
    assert due(DL, "return_field_check", at(MON, 9)) == at(MON, 9, plus_days=3)


# Lai Châu ----------------------------------------------------------------------------------


def test_lc_dieu7_traffic_two_clock_hours_saturday_2200_is_sunday_0000() -> None:
    sat = at(MON, 22, plus_days=5)
    assert due(LC, "handle", sat, category="atgt_antt") == sat + timedelta(hours=2)


def test_lc_dieu7_market_prices_four_clock_hours() -> None:
    assert due(LC, "handle", at(MON, 16), category="gia_ca_thi_truong") == at(MON, 20)


def test_lc_dieu7_attitude_eight_working_hours_fri_1500_is_mon_1500() -> None:
    fri = at(MON, 15, plus_days=4)
    assert due(LC, "handle", fri, category="thai_do_phuc_vu") == at(MON, 15, plus_days=7)


def test_lc_has_no_check_route_or_approval_clock() -> None:
    for stage in ("check", "route", "approve", "publish"):
        assert due(LC, stage, at(MON, 9)) is None


# Tiền Giang --------------------------------------------------------------------------------


def test_tg_dieu9_forwarded_friday_1600_handled_by_following_friday_1600() -> None:
    fri = at(MON, 16, plus_days=4)
    assert due(TG, "handle", fri) == at(MON, 16, plus_days=11)


def test_tg_dieu9_route_two_working_hours_fri_1630_is_mon_0830() -> None:
    assert due(TG, "route", at(MON, 16, 30, plus_days=4)) == at(MON, 8, 30, plus_days=7)


def test_tg_dieu10_publish_four_working_hours_after_result() -> None:
    assert due(TG, "publish", at(MON, 15)) == at(MON, 9, 0, plus_days=1)


def test_tg_handle_fri_28_aug_1600_across_national_day_break_is_wed_9_sep_1600() -> None:
    # 31/8 (in place of Sat 22/8), 1/9 and 2/9 are off: Fri 28/8 16:00 + 5 working days
    # = 1.5 h Fri, Thu 3, Fri 4, Mon 7, Tue 8 September, and 6.5 h on Wed 9 September.
    assert due(TG, "handle", datetime(2026, 8, 28, 16)) == datetime(2026, 9, 9, 16)


# Pauses, extensions, states ----------------------------------------------------------------


def test_pause_credits_the_working_time_the_citizen_took() -> None:
    clock = TN.clock("check", category=None, emergency=False)
    assert clock is not None
    start = at(MON, 8)
    assert TN.due(clock, start) == at(MON, 14)
    credit = TN.pause_credit(clock, at(MON, 9), at(MON, 10, plus_days=2))
    assert credit == 17 * 3600
    # 3 h were left at the pause; from Wed 10:00 that ends Wed 15:00
    assert TN.due(clock, start, credit_seconds=credit) == at(MON, 15, plus_days=2)


def test_wall_clock_pause_credits_wall_time() -> None:
    clock = Clock("hours", 2, "forwarded")
    assert LC.pause_credit(clock, at(MON, 22), at(MON, 23, 30)) == 5400


def test_extension_keeps_the_first_original_deadline() -> None:
    first = at(MON, 10, plus_days=4)
    new, original = extend(first, None, at(MON, 10, plus_days=9))
    assert (new, original) == (at(MON, 10, plus_days=9), first)
    newer, still = extend(new, original, at(MON, 10, plus_days=10))
    assert still == first and newer == at(MON, 10, plus_days=10)
    with pytest.raises(ValueError, match="sau thời hạn"):
        extend(new, original, at(MON, 9))


def test_states_on_time_due_soon_overdue_paused() -> None:
    clock = TN.clock("handle", category=None, emergency=False)
    start, end = at(MON, 10), at(MON, 10, plus_days=3)  # 24 working hours
    assert TN.state(clock, start, end, at(MON, 11)) is SlaState.ON_TIME
    # 6 h left = exactly 25 %: still on time; 5 h 59 left: due soon
    assert TN.state(clock, start, end, at(MON, 14, 0, plus_days=2)) is SlaState.ON_TIME
    assert TN.state(clock, start, end, at(MON, 14, 1, plus_days=2)) is SlaState.DUE_SOON
    assert TN.state(clock, start, end, end) is SlaState.DUE_SOON
    assert TN.state(clock, start, end, end + timedelta(seconds=1)) is SlaState.OVERDUE
    assert TN.state(clock, start, end, at(MON, 11), paused=True) is SlaState.PAUSED
    assert TN.state(None, start, None, at(MON, 11)) is SlaState.NONE


def test_remaining_is_described_in_vietnamese() -> None:
    assert Remaining(2.25, True, 8).describe() == "còn 2 giờ 15 phút làm việc"
    assert Remaining(-9, True, 8).describe() == "quá hạn 1 ngày 1 giờ làm việc"
    assert Remaining(-24, False, 8).describe() == "quá hạn 1 ngày"
    assert Remaining(0.5, False, 8).describe() == "còn 30 phút"
    assert Remaining(0, True, 8).describe() == "còn 0 phút làm việc"


starts = st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2027, 12, 1))
credits = st.integers(min_value=0, max_value=400 * 3600)


@settings(max_examples=200, deadline=None)
@given(
    start=starts,
    credit=credits,
    key=st.sampled_from(["thai-nguyen", "dak-lak", "lai-chau", "tien-giang"]),
)
def test_every_clock_is_monotone_in_credit_and_never_before_start(start, credit, key) -> None:
    e = {"thai-nguyen": TN, "dak-lak": DL, "lai-chau": LC, "tien-giang": TG}[key]
    for stage in e.profile.clocks:
        for cat in e.profile.categories[:3]:
            base = e.stage_due(stage, start, category=cat.code, emergency=False)
            more = e.stage_due(
                stage, start, category=cat.code, emergency=False, credit_seconds=credit
            )
            assert base is not None and more is not None
            assert start <= base <= more


@settings(max_examples=200, deadline=None)
@given(start=starts, pause_at=st.integers(0, 30 * 24 * 60), pause_len=st.integers(0, 20 * 24 * 60))
def test_a_pause_never_shortens_and_equals_remaining_from_resume(start, pause_at, pause_len):
    clock = TN.clock("handle", category=None, emergency=False)
    assert clock is not None
    paused = start + timedelta(minutes=pause_at)
    resumed = paused + timedelta(minutes=pause_len)
    original = TN.due(clock, start)
    credit = TN.pause_credit(clock, paused, resumed)
    moved = TN.due(clock, start, credit_seconds=credit)
    assert moved >= original
    if paused < original:  # the time left at the pause is what is left after resuming
        left_at_pause = TN.calendar.working_hours_between(paused, original)
        assert (
            abs(TN.calendar.working_hours_between(max(resumed, paused), moved) - left_at_pause)
            < 1e-6
        )
