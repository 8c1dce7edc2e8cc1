"""`main.py open311 export --period P --format json|xml [-o FILE]` and
`main.py open311 import FILE [--channel CODE] [--app NAME]`: GeoReport v2 files (issue 12).

A thin shell over console/services/open311_files.py; import shows a progress bar on stderr and
ends with what was taken, what was there already, and each refusal with its reason.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from console.cli.terminal import Parser
from console.db import open_db
from console.errors import InvalidValueError
from console.services.provision import choose_profile
from console.statistics import parse_period
from console.statistics.period import FORMS


def add_commands(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    top = sub.add_parser("open311", parents=[common], help="GeoReport v2 files: export, import")
    actions = top.add_subparsers(dest="open311_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", parents=[common], help="the reports received in a period as GeoReport requests"
    )
    export.add_argument("--period", required=True, metavar="PERIOD", help=FORMS)
    export.add_argument("--format", choices=("json", "xml"), default="json")
    export.add_argument("-o", "--output", metavar="FILE", help="default: standard output")
    imp = actions.add_parser(
        "import", parents=[common], help="receive each request of a GeoReport JSON file (once)"
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--channel",
        default="app",
        metavar="CODE",
        help="the channel the requests arrived on (default: app)",
    )
    imp.add_argument("--app", metavar="NAME", help="the app's name (default: the file's name)")


def cmd_open311(args: argparse.Namespace) -> int:
    from console.services.open311_files import export_requests, import_requests, read_file

    with open_db(args) as db:
        profile = choose_profile(db, getattr(args, "profile", None))
        if args.open311_command == "export":
            data = export_requests(db, profile, parse_period(args.period), args.format)
            if args.output is None:
                sys.stdout.buffer.write(data + b"\n")
                return 0
            try:
                Path(args.output).write_bytes(data)
            except OSError as exc:
                raise InvalidValueError(
                    "Không ghi được tệp {path}: {error}",
                    path=args.output,
                    error=exc.strerror or exc,
                ) from exc
            print(f"Đã ghi {args.output} ({len(data)} byte).")
            return 0
        from tqdm import tqdm

        records = read_file(Path(args.file))  # a file that cannot be read: one line, no bar
        with tqdm(total=len(records), unit=" yêu cầu", file=sys.stderr) as bar:

            def step(done: int, _total: int) -> None:
                bar.update(done - bar.n)

            summary = import_requests(
                db,
                profile,
                Path(args.file),
                channel=args.channel,
                app=args.app,
                records=records,
                progress=step,
            )
    print(f"Nhập {args.file}: {summary.describe()}.")
    for n, own, why in summary.refused:
        print(f"  Từ chối yêu cầu thứ {n}{f' ({own})' if own else ''}: {why}")
    return 0
