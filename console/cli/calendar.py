"""`main.py calendar off|work|remove|list`: the working calendar from the command line.

The same services as the calendar screen (console/services/calendar_admin.py), acting as
``system_actor()``. A date is YYYY-MM-DD or DD/MM/YYYY; a bad one is one "Lỗi:" line, exit 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

from console.cli.terminal import Parser
from console.db import open_db
from console.errors import InvalidValueError
from console.models import OverrideKind
from console.services.auth import system_actor
from console.services.calendar_admin import (
    DAY_OFF,
    HOLIDAY,
    MAKE_UP,
    WORKING_DAY,
    DayChange,
    calendar_year,
    change_day,
)
from console.services.provision import choose_profile

KIND_TEXT = {
    HOLIDAY: "ngày lễ",
    MAKE_UP: "làm bù (nhà nước)",
    DAY_OFF: "nghỉ (quản trị)",
    WORKING_DAY: "làm việc (quản trị)",
}


def parse_day(text: str) -> date:
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise InvalidValueError(
        "Ngày không hợp lệ: {text!r} (viết YYYY-MM-DD hoặc DD/MM/YYYY)", text=text
    )


def _hours(delta_seconds: float) -> str:
    return f"{delta_seconds / 3600:+.1f} giờ"


def describe(change: DayChange) -> str:
    if not change.deadlines:
        return "Không có hạn xử lý nào đang mở bị ảnh hưởng."
    return (
        f"Đã tính lại {change.deadlines} hạn xử lý của {change.reports} phản ánh đang mở "
        f"(dời từ {_hours(change.least.total_seconds())} "
        f"đến {_hours(change.most.total_seconds())})."
    )


def _change(args: argparse.Namespace, kind: OverrideKind | None) -> int:
    day = parse_day(args.date)
    with open_db(args) as db:
        profile = choose_profile(db, getattr(args, "profile", None))
        result = change_day(
            db, profile, system_actor(), day, kind, getattr(args, "reason", "") or ""
        )
    what = {
        OverrideKind.DAY_OFF: "ngày nghỉ",
        OverrideKind.WORKING_DAY: "ngày làm việc",
        None: "đã bỏ điều chỉnh",
    }[kind]
    print(f"{day:%d/%m/%Y}: {what}. {describe(result)}")
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    if args.calendar_command == "off":
        return _change(args, OverrideKind.DAY_OFF)
    if args.calendar_command == "work":
        return _change(args, OverrideKind.WORKING_DAY)
    if args.calendar_command == "remove":
        return _change(args, None)
    with open_db(args) as db:
        profile = choose_profile(db, getattr(args, "profile", None))
        year = args.year or date.today().year
        view = calendar_year(db, profile, year)
    for d in view.days:
        by = f" — {d.by}" if d.by else ""
        sys.stdout.write(f"{d.day:%Y-%m-%d}  {KIND_TEXT[d.kind]:<20} {d.name}{by}\n")
    print(f"Năm {year}: {view.working_days} ngày làm việc.")
    return 0


def add_commands(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    cal = sub.add_parser(
        "calendar", parents=[common], help="the working calendar: days off and make-up working days"
    )
    cal_sub = cal.add_subparsers(dest="calendar_command", metavar="ACTION", required=True)
    for name, help_text in (
        ("off", "add a day off (open deadlines move later)"),
        ("work", "add a make-up working day (open deadlines move earlier)"),
    ):
        p = cal_sub.add_parser(name, parents=[common], help=help_text)
        p.add_argument("date", help="YYYY-MM-DD or DD/MM/YYYY")
        p.add_argument("--reason", required=True, help="why (the decision it follows)")
    remove = cal_sub.add_parser(
        "remove", parents=[common], help="remove the administrator's change of a day"
    )
    remove.add_argument("date", help="YYYY-MM-DD or DD/MM/YYYY")
    listing = cal_sub.add_parser(
        "list", parents=[common], help="the year's holidays, make-up days and changes"
    )
    listing.add_argument("--year", type=int, help="the year (default: this year)")
