"""The report documents from the command line (issue 13), under `main.py stats`:

    stats --period P [--unit CODE] --format pdf -o FILE   issue a report (number, frozen copy)
    stats issued [--year Y]                              list the issued reports
    stats reprint NUMBER -o FILE                         reprint one from its frozen figures
    stats explain --period P --unit CODE -o FILE         Tiền Giang Điều 17.4 explanation
    stats private --period P -o FILE                     Đắk Lắk's privately answered list

The actions are sub-commands of `stats`; without one, `stats` writes the figures (stats.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from console.db import Database, open_db
from console.errors import InvalidValueError
from console.profiles import Profile
from console.services.calendar import calendar_from_session
from console.services.issued_reports import IssuedReportService
from console.services.provision import choose_profile
from console.statistics import Period, parse_period
from console.statistics.listings import late_listing, private_listing, unit_of
from console.statistics.pdf_lists import explanation_pdf, private_list_pdf
from console.statistics.period import FORMS
from console.timeutil import now_local


def add_doc_commands(stats: argparse.ArgumentParser, common: argparse.ArgumentParser) -> None:
    sub = stats.add_subparsers(dest="stats_command", metavar="ACTION")
    issued = sub.add_parser("issued", parents=[common], help="list the issued reports")
    issued.add_argument("--year", type=int, help="only those issued in this year")
    reprint = sub.add_parser(
        "reprint", parents=[common], help="reprint an issued report from its frozen figures"
    )
    reprint.add_argument("number", metavar="NUMBER", help="its number, e.g. 05/BC-TTĐH")
    reprint.add_argument("-o", "--output", required=True, metavar="FILE")
    explain = sub.add_parser(
        "explain",
        parents=[common],
        help="an agency's explanation of its late reports (Tiền Giang Điều 17.4)",
    )
    explain.add_argument("--period", required=True, metavar="PERIOD", help=FORMS)
    explain.add_argument("--unit", required=True, metavar="CODE")
    explain.add_argument("-o", "--output", required=True, metavar="FILE")
    private = sub.add_parser(
        "private",
        parents=[common],
        help="the month's privately answered reports (Đắk Lắk Bước 4.1)",
    )
    private.add_argument("--period", required=True, metavar="PERIOD", help=FORMS)
    private.add_argument("-o", "--output", required=True, metavar="FILE")
    sub.add_parser(
        "rebuild",
        parents=[common],
        help="recount the statistics' roll-up from the reports (after a bulk load)",
    )


def _rebuild(db: Database, profile: Profile) -> int:
    from tqdm import tqdm

    from console.services.statistics import StatisticsService

    started = time.perf_counter()
    with tqdm(unit=" phản ánh", file=sys.stderr, disable=not sys.stderr.isatty()) as bar:
        n = StatisticsService(db, profile).rebuild(bar.update)
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    print(
        f"Đã đếm lại số liệu thống kê từ {n:,} phản ánh trong {seconds} giây.".replace(
            ",", ".", n >= 1000
        )
    )
    return 0


def _write(out: Path, make: object) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        make(out)  # type: ignore[operator]
    except OSError as exc:
        raise InvalidValueError(
            "Không ghi được tệp {path}: {error}", path=out, error=exc.strerror or exc
        ) from exc


def issue_pdf(db: Database, profile: Profile, period: Period, unit: str | None, out: Path) -> str:
    """Issue the report (number + frozen copy), then write its PDF; the line to print."""
    row, figures = IssuedReportService(db, profile).issue(period, unit)
    from console.statistics.pdf import render_figures_pdf

    _write(out, lambda path: render_figures_pdf(figures, profile, path, issued=row))
    t = figures.totals
    return (
        f"Đã ban hành báo cáo số {row.number} ({figures.period.label}) vào {out}: "
        f"{t.received} phản ánh tiếp nhận, {t.on_time} đúng hạn, {t.late} trễ hạn."
    )


def cmd_stats_doc(args: argparse.Namespace) -> int:
    action = args.stats_command
    period = parse_period(args.period) if action in ("explain", "private") else None
    with open_db(args) as db:
        profile = choose_profile(db, getattr(args, "profile", None))
        if action == "rebuild":
            return _rebuild(db, profile)
        if action == "issued":
            return _list(IssuedReportService(db, profile), args.year)
        out = Path(args.output)
        if action == "reprint":
            svc = IssuedReportService(db, profile)
            _write(out, lambda path: svc.reprint(args.number, path))
            print(f"Đã in lại báo cáo số {args.number.strip()} vào {out}")
            return 0
        assert period is not None
        now = now_local()
        with db.session() as s:
            if action == "explain":
                _uid, name, kind = unit_of(s, args.unit)
                rows = late_listing(
                    s, period, args.unit, now=now, calendar=calendar_from_session(s, profile)
                )
            else:
                items = private_listing(s, period)
    if action == "explain":
        _write(
            out,
            lambda path: explanation_pdf(
                rows, profile, (args.unit, name, kind), period.label, now.date(), path
            ),
        )
        print(
            f"Đã ghi báo cáo giải trình của {name} ({period.label}) vào {out}: "
            f"{len(rows)} phản ánh trễ hạn hoặc không xử lý."
        )
    else:
        _write(out, lambda path: private_list_pdf(items, profile, period.label, now.date(), path))
        print(
            f"Đã ghi danh sách phản ánh trả lời riêng ({period.label}) vào {out}: "
            f"{len(items)} phản ánh."
        )
    return 0


def _list(svc: IssuedReportService, year: int | None) -> int:
    rows = svc.list(year)
    if not rows:
        print("Chưa có báo cáo nào được ban hành" + (f" năm {year}." if year else "."))
        return 0
    for r in rows:
        period = Period(r.period_kind, r.period_from, r.period_to)
        unit = f"  đơn vị {r.figures.get('unit')}" if r.figures.get("unit") else ""
        print(f"{r.number:<16} {r.issued_at:%d/%m/%Y %H:%M}  {period.label}{unit}")
    return 0
