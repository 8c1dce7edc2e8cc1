"""`main.py serve [--host 127.0.0.1] [--port 8311]`: the Open311 GeoReport v2 server (issue 12).

Serves console/open311/ with uvicorn on the configured database (SQLite or PostgreSQL); the
province's citizen apps post reports with their API key (`main.py apikey add`) and read their
status and published answers. Stops on Ctrl+C.
"""

from __future__ import annotations

import argparse

from console.cli.terminal import Parser
from console.db import open_db
from console.open311.limits import MAX_BODY
from console.services.provision import choose_profile


def add_commands(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    serve = sub.add_parser(
        "serve", parents=[common], help="the Open311 GeoReport v2 server for the citizen apps"
    )
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)",
    )
    serve.add_argument("--port", type=int, default=8311, help="port (default 8311)")
    serve.add_argument(
        "--rate-limit",
        type=int,
        default=120,
        metavar="N",
        help="requests a minute per API key (or per address without a key); "
        "0: no limit (default 120)",
    )
    serve.add_argument(
        "--max-body",
        type=int,
        default=MAX_BODY,
        metavar="BYTES",
        help=f"largest request body accepted (default {MAX_BODY})",
    )


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from console.cli import CliError
    from console.open311.app import create_app

    if not 0 < args.port < 65536:
        raise CliError("--port phải từ 1 đến 65535")
    if args.rate_limit < 0 or args.max_body < 1:
        raise CliError("--rate-limit và --max-body phải là số dương")
    with open_db(args) as db:
        profile = choose_profile(db, getattr(args, "profile", None))
        app = create_app(db, profile, rate_per_minute=args.rate_limit, max_body=args.max_body)
        print(
            f"Open311 GeoReport v2 — {profile.province}, {db.display_url}: "
            f"http://{args.host}:{args.port}/services.json (Ctrl+C để dừng)",
            flush=True,
        )
        uvicorn.Server(
            uvicorn.Config(
                app, host=args.host, port=args.port, log_level="warning", server_header=False
            )
        ).run()
    return 0
