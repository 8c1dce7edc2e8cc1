"""`main.py stats --period P [--unit CODE] --format json|csv|xlsx [-o FILE]`: the figures of a
period as a data file (console/statistics/export.py). ``--format pdf`` issues a numbered report
document and its sub-commands list, reprint and explain (console/cli/stats_docs.py)."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from console.cli.stats_docs import add_doc_commands, cmd_stats_doc, issue_pdf
from console.cli.terminal import Parser
from console.db import open_db
from console.errors import InvalidValueError
from console.services.provision import choose_profile
from console.services.statistics import StatisticsService
from console.statistics import export, parse_period
from console.statistics.period import FORMS


def formats() -> tuple[str, ...]:
    has_pdf = importlib.util.find_spec("console.statistics.pdf") is not None
    return (*export.FORMATS, "pdf") if has_pdf else export.FORMATS


def add_commands(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    stats = sub.add_parser(
        "stats", parents=[common], help="the statistics of a period as a data file"
    )
    # --period and --format are checked in cmd_stats: `stats issued` and friends need neither.
    stats.add_argument("--period", metavar="PERIOD", help=FORMS)
    stats.add_argument("--unit", metavar="CODE", help="one unit's reports (default: all)")
    stats.add_argument(
        "--format", choices=formats(), help="pdf issues a numbered report and keeps its figures"
    )
    stats.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the file to write (json and csv: standard output by default)",
    )
    add_doc_commands(stats, common)


def cmd_stats(args: argparse.Namespace) -> int:
    if getattr(args, "stats_command", None):
        return cmd_stats_doc(args)
    for option, value in (("--period", args.period), ("--format", args.format)):
        if value is None:
            raise InvalidValueError("Lệnh stats cần {option}", option=option)
    period = parse_period(args.period)
    if args.output is None and args.format in ("xlsx", "pdf"):
        raise InvalidValueError(
            "Định dạng {format} cần tệp ghi ra: thêm -o TỆP", format=args.format
        )
    if args.format == "pdf":
        with open_db(args) as db:
            profile = choose_profile(db, getattr(args, "profile", None))
            print(issue_pdf(db, profile, period, args.unit, Path(args.output)))
        return 0
    with open_db(args) as db:
        profile = choose_profile(db, getattr(args, "profile", None))
        figures = StatisticsService(db, profile).figures(period, args.unit)
    if args.output is None:
        text = export.to_json(figures) + "\n" if args.format == "json" else export.to_csv(figures)
        sys.stdout.write(text)
        return 0
    out = Path(args.output)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        export.write(figures, args.format, out)
    except OSError as exc:
        raise InvalidValueError(
            "Không ghi được tệp {path}: {error}", path=out, error=exc.strerror or exc
        ) from exc
    t = figures.totals
    print(
        f"Đã ghi thống kê {figures.period.label} vào {out}: {t.received} phản ánh tiếp nhận, "
        f"{t.on_time} đúng hạn, {t.late} trễ hạn."
    )
    return 0
