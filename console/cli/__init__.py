"""Command line: `main.py` starts the app; `main.py <command>` runs an administrator's command.

Every command takes --db URL (or $CONSOLE_DB_URL) and --profile KEY. Errors are one line on
stderr and a non-zero exit code. One module per command group: report, letters, users, stats (this
module keeps the parser, demo, migrate, profile and gui).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from console.cli.apikey import add_commands as add_apikey_commands
from console.cli.apikey import cmd_apikey
from console.cli.audit import add_commands as add_audit_commands
from console.cli.audit import cmd_audit
from console.cli.calendar import add_commands as add_calendar_commands
from console.cli.calendar import cmd_calendar
from console.cli.letters import COMMANDS as LETTER_COMMANDS
from console.cli.letters import add_commands as add_letter_commands
from console.cli.open311 import add_commands as add_open311_commands
from console.cli.open311 import cmd_open311
from console.cli.report import add_report_commands, cmd_report
from console.cli.serve import add_commands as add_serve_commands
from console.cli.serve import cmd_serve
from console.cli.stats import add_commands as add_stats_commands
from console.cli.stats import cmd_stats
from console.cli.terminal import Parser, SafeText, UsageError
from console.cli.users import add_user_commands
from console.db import Database, DatabaseError, open_db
from console.letters import LetterError
from console.profiles import Profile, list_profiles, load_profile, load_profile_file
from console.services.provision import ProfileMismatchError, choose_profile


class CliError(RuntimeError):
    """A user error on the command line, printed as one line."""


def _common() -> Parser:
    # SUPPRESS: the option may stand before or after the command without one hiding the other.
    common = Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="database URL (default: $CONSOLE_DB_URL, else a SQLite file in "
        "the user data directory)",
    )
    common.add_argument(
        "--profile",
        metavar="KEY",
        default=argparse.SUPPRESS,
        help=f"regulation profile: {', '.join(list_profiles())}",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = Parser(
        prog="main.py",
        parents=[common],
        description="IOC field-report console. Without a command: start the desktop app.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    sub.add_parser("gui", parents=[common], help="start the desktop app (the default)")
    sub.add_parser("migrate", parents=[common], help="upgrade the database schema to the newest")

    demo = sub.add_parser(
        "demo",
        parents=[common],
        help="create a province, its users (passwords printed once) and demo reports",
    )
    demo.add_argument("--reports", type=int, default=400, help="how many reports (default 400)")
    demo.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    demo.add_argument(
        "--password", help="one password for every demo user (default: a new random one each)"
    )

    user = sub.add_parser("user", parents=[common], help="manage user accounts")
    user_sub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = user_sub.add_parser("add", parents=[common], help="add a user")
    add.add_argument("username")
    add.add_argument("--name", required=True, help="full name, e.g. 'Nguyễn Văn An'")
    add.add_argument("--unit", required=True, help="unit code from the profile, e.g. 'ioc'")
    add.add_argument(
        "--role",
        action="append",
        required=True,
        help="role (repeatable): operator, supervisor, team, officer, leader, office, admin",
    )
    add.add_argument("--password", help="initial password (default: generated and printed once)")

    add_user_commands(user_sub, common)

    prof = sub.add_parser("profile", parents=[common], help="regulation profiles")
    prof_sub = prof.add_subparsers(dest="profile_command", metavar="ACTION", required=True)
    check = prof_sub.add_parser(
        "check", parents=[common], help="validate profiles (all shipped ones by default)"
    )
    check.add_argument("targets", nargs="*", metavar="KEY_OR_FILE")
    prof_sub.add_parser("list", parents=[common], help="list the shipped profiles")
    add_report_commands(sub, common)
    add_letter_commands(sub, common)
    add_stats_commands(sub, common)
    add_calendar_commands(sub, common)
    add_audit_commands(sub, common)
    add_apikey_commands(sub, common)
    add_serve_commands(sub, common)
    add_open311_commands(sub, common)
    return parser


def resolve_profile(args: argparse.Namespace, db: Database) -> Profile:
    return choose_profile(db, getattr(args, "profile", None))


def cmd_migrate(args: argparse.Namespace) -> int:
    from console.db import current_revision

    db = open_db(args, create=True)
    print(f"{db.display_url}: lược đồ ở phiên bản {current_revision(db.engine)} (mới nhất)")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from console.demo import generate_demo

    if args.reports < 0:
        raise CliError("--reports phải là số không âm")
    db = open_db(args, create=True)
    profile = resolve_profile(args, db)
    from tqdm import tqdm

    with tqdm(
        total=args.reports, unit=" phản ánh", disable=args.reports < 5000, file=sys.stderr
    ) as bar:

        def advance(reports: int) -> None:
            bar.update(reports)

        result = generate_demo(
            db,
            profile,
            reports=args.reports,
            seed=args.seed,
            password=args.password,
            progress=advance,
        )
    print(f"Hồ sơ: {profile.key} ({profile.province}); cơ sở dữ liệu: {db.display_url}")
    print(
        f"Đã tạo {result.reports} phản ánh, {result.history} dòng lịch sử "
        f"trong {result.seconds:.1f} giây."
    )
    if result.accounts:
        print("\nTài khoản mẫu (mật khẩu chỉ in một lần — hãy ghi lại):")
        for acc in result.accounts:
            roles = ",".join(r.value for r in acc.roles)
            print(f"  {acc.username:<28} {acc.password:<14} {roles:<20} {acc.unit_code}")
    return 0


def cmd_user(args: argparse.Namespace) -> int:
    from console.cli.users import cmd_user_add

    if args.user_command != "add":  # reset, edit, unlock, revoke, deactivate, reactivate, list
        return int(args.handler(args))
    return cmd_user_add(args)


def cmd_profile(args: argparse.Namespace) -> int:
    if args.profile_command == "list":
        for key in list_profiles():
            p = load_profile(key)
            print(f"{key:<12} {p.province} — {p.regulation}")
        return 0
    targets = args.targets or list_profiles()
    for target in targets:
        path = Path(target)
        profile = load_profile_file(path) if path.suffix == ".toml" else load_profile(target)
        print(
            f"OK  {profile.key}: {len(profile.units)} đơn vị, {len(profile.categories)} lĩnh "
            f"vực, {len(profile.channels)} kênh"
        )
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    from console.views.app import run_app

    return run_app(db_url=getattr(args, "db", None), profile_key=getattr(args, "profile", None))


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "migrate": cmd_migrate,
    "demo": cmd_demo,
    "user": cmd_user,
    "profile": cmd_profile,
    "report": cmd_report,
    "stats": cmd_stats,
    "calendar": cmd_calendar,
    "audit": cmd_audit,
    "apikey": cmd_apikey,
    "serve": cmd_serve,
    "open311": cmd_open311,
    **LETTER_COMMANDS,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command: its result, or 2 after one "Lỗi:" line for a refusal (a bad argument,
    a database that cannot be opened, a rule of the core), 1 for an unexpected error."""
    out, err = sys.stdout, sys.stderr
    # A report's text may hold terminal escape codes: what a command prints is made printable.
    sys.stdout, sys.stderr = SafeText(out), SafeText(err)
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _run(argv: Sequence[str] | None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(f"Lỗi: {exc}", file=sys.stderr)
        return 2
    command = COMMANDS[args.command or "gui"]
    try:
        return command(args)
    except (CliError, DatabaseError, ProfileMismatchError, LetterError, ValueError) as exc:
        # ValueError: the domain's refusals (ProfileError, UserError, WorkflowError, …)
        print(f"Lỗi: {' '.join(str(exc).split())}", file=sys.stderr)  # one line
        return 2
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
    except Exception as exc:  # one line for the operator; CONSOLE_DEBUG=1 for the trace
        if os.environ.get("CONSOLE_DEBUG"):
            raise
        print(f"Lỗi không mong đợi ({type(exc).__name__}): {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
