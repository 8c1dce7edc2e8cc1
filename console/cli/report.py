"""`main.py report show CODE`: a report's state, deadlines and history on the terminal."""

from __future__ import annotations

import argparse

from console.cli.terminal import Parser
from console.db import open_db
from console.services.auth import system_actor
from console.services.detail import detail_in_session, find_report_id
from console.services.provision import choose_profile
from console.timeutil import now_local


def add_report_commands(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    report = sub.add_parser("report", parents=[common], help="show reports")
    actions = report.add_subparsers(dest="report_command", metavar="ACTION", required=True)
    show = actions.add_parser(
        "show", parents=[common], help="a report's state, deadlines and history"
    )
    show.add_argument("code", help="report code, e.g. TN-2026-000123")


def _fmt(dt: object) -> str:
    return dt.strftime("%H:%M %d/%m/%Y") if dt else "—"  # type: ignore[attr-defined]


def cmd_report(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        profile = choose_profile(db, getattr(args, "profile", None))
        with db.session() as s:
            d = detail_in_session(
                s, profile, system_actor(), find_report_id(s, args.code), now=now_local()
            )
    print(f"{d.code}  {d.title}")
    print(
        f"Trạng thái: {d.status_label}   Đơn vị: {d.unit or '—'}   Lĩnh vực: "
        f"{d.category or 'chưa phân loại'}   Kênh: {d.channel}"
    )
    flags = [
        f
        for f, on in (
            ("KHẨN CẤP", d.emergency),
            ("giữ bí mật", d.confidential),
            ("trễ hạn", d.late),
        )
        if on
    ]
    if flags:
        print("Lưu ý: " + ", ".join(flags))
    print(f"Tiếp nhận: {_fmt(d.received_at)}   Địa điểm: {d.place}")
    print(f"Người phản ánh: {d.reporter.honorific} {d.reporter.name}, {d.reporter.phone}")
    if d.sla_left:
        print(f"Thời hạn hiện tại: {d.sla_left.describe()}")
    print("\nThời hạn từng bước:")
    for v in d.deadlines:
        done = f"xong {_fmt(v.completed_at)}" if v.completed_at else v.remaining
        extra = f" (hạn gốc {_fmt(v.original_due_at)})" if v.original_due_at else ""
        print(f"  {v.label:<34} hạn {_fmt(v.due_at)}{extra}  {v.state_label:<12} {done}")
    print("\nLịch sử:")
    for h in d.history:
        print(
            f"  {_fmt(h.at)}  {h.actor:<28} {h.label:<22} {h.from_status or '—'} → "
            f"{h.to_status}" + (f"  [{h.unit}]" if h.unit else "")
        )
        if h.note:
            print(f"  {'':16} {h.note}")
    return 0
