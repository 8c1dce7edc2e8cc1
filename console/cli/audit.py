"""`main.py audit --from DATE --to DATE [--user NAME] [--action CODE] [--csv FILE]`: the audit
trail of a period, as lines or as the same CSV the audit screen exports.

Through the same service as the screen (console/services/audit.py), as ``system_actor()``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from console.cli.calendar import parse_day
from console.cli.terminal import Parser
from console.db import open_db
from console.errors import InvalidValueError
from console.services.audit import audit_entries, to_csv
from console.services.auth import system_actor


def _value(v: object) -> str:
    return "" if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True)


def cmd_audit(args: argparse.Namespace) -> int:
    first, last = parse_day(args.date_from), parse_day(args.date_to)
    if last < first:
        raise InvalidValueError("--to ({last}) trước --from ({first})", first=first, last=last)
    with open_db(args) as db:
        rows = audit_entries(
            db,
            system_actor(),
            first=first,
            last=last,
            user=args.user,
            action=args.action,
            limit=None,
        )
    if args.csv:
        Path(args.csv).write_text(to_csv(reversed(rows)), encoding="utf-8-sig")
        print(f"Đã ghi {len(rows)} dòng nhật ký vào {args.csv}")
        return 0
    for r in reversed(rows):  # oldest first, as a log reads
        change = ""
        if r.old is not None or r.new is not None:
            change = f"  {_value(r.old)} -> {_value(r.new)}"
        print(f"{r.at:%Y-%m-%d %H:%M:%S}  {r.actor_name:<24} {r.label:<32} {r.target}{change}")
    print(f"Tổng: {len(rows)} dòng")
    return 0


def add_commands(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    audit = sub.add_parser(
        "audit", parents=[common], help="the audit trail of sign-ins and administrative changes"
    )
    audit.add_argument(
        "--from",
        dest="date_from",
        required=True,
        metavar="DATE",
        help="first day, YYYY-MM-DD or DD/MM/YYYY",
    )
    audit.add_argument(
        "--to", dest="date_to", required=True, metavar="DATE", help="last day (included)"
    )
    audit.add_argument(
        "--user", metavar="NAME", help="only what this user did, or what was done to their account"
    )
    audit.add_argument(
        "--action",
        metavar="CODE",
        help="one action code ('user.update'), or a prefix ending in '.' ('login.')",
    )
    audit.add_argument("--csv", metavar="FILE", help="write CSV (UTF-8) instead of lines")
