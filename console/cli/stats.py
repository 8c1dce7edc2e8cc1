"""`main.py stats --period P [--unit CODE] --format json|csv|xlsx [-o FILE]`: the figures of a
period as a data file (console/statistics/export.py). A PDF report is offered when
console/statistics/pdf.py (the report documents) is installed."""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path

from console.db import open_db
from console.errors import InvalidValueError
from console.services.provision import choose_profile
from console.services.statistics import StatisticsService
from console.statistics import export, parse_period
from console.statistics.period import FORMS


def formats() -> tuple[str, ...]:
    has_pdf = importlib.util.find_spec("console.statistics.pdf") is not None
    return (*export.FORMATS, "pdf") if has_pdf else export.FORMATS


def add_commands(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    stats = sub.add_parser("stats", parents=[common],
                           help="the statistics of a period as a data file")
    stats.add_argument("--period", required=True, metavar="PERIOD", help=FORMS)
    stats.add_argument("--unit", metavar="CODE", help="one unit's reports (default: all)")
    stats.add_argument("--format", required=True, choices=formats())
    stats.add_argument("-o", "--output", metavar="FILE",
                       help="the file to write (json and csv: standard output by default)")


def cmd_stats(args: argparse.Namespace) -> int:
    period = parse_period(args.period)
    if args.output is None and args.format in ("xlsx", "pdf"):
        raise InvalidValueError("Định dạng {format} cần tệp ghi ra: thêm -o TỆP",
                                format=args.format)
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
        if args.format == "pdf":
            from console.statistics import pdf  # type: ignore[attr-defined]

            pdf.render_figures_pdf(figures, profile, out)
        else:
            export.write(figures, args.format, out)
    except OSError as exc:
        raise InvalidValueError("Không ghi được tệp {path}: {error}", path=out,
                                error=exc.strerror or exc) from exc
    t = figures.totals
    print(f"Đã ghi thống kê {figures.period.label} vào {out}: {t.received} phản ánh tiếp nhận, "
          f"{t.on_time} đúng hạn, {t.late} trễ hạn.")
    return 0
