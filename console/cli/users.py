"""`main.py user add|reset|edit|unlock|revoke|deactivate|reactivate|list`: account commands.

The commands act as ``system_actor()`` (the administrator role, no user account) through the same
services as the app, so the rules are the same. ``add_user_commands`` adds them to the ``user``
sub-command of console/cli/__init__.py; each parser carries its function as ``handler`` (also in
``USER_COMMANDS`` by name). Errors are ``UserError``: cli.main prints them as one line.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from console.cli.terminal import Parser
from console.db import Database, open_db
from console.services.auth import system_actor
from console.services.provision import choose_profile
from console.services.user_admin import add_user, revoke_remembered, unlock_user, update_user
from console.services.users import deactivate_user, list_users, reactivate_user, reset_password


def _open(args: argparse.Namespace) -> Database:
    """The command's database; another province's --profile is refused (as report show does)."""
    db = open_db(args)
    try:
        choose_profile(db, getattr(args, "profile", None))
    except BaseException:
        db.close()
        raise
    return db


def cmd_user_add(args: argparse.Namespace) -> int:
    with _open(args) as db:
        password = add_user(
            db,
            system_actor(),
            username=args.username,
            full_name=args.name,
            unit_code=args.unit,
            roles=args.role,
            password=args.password,
        )
    name = args.username.strip().lower()
    print(
        f"Đã tạo người dùng {name} ({args.name.strip()}), đơn vị {args.unit}; "
        "người dùng phải đổi mật khẩu khi đăng nhập lần đầu."
    )
    if not args.password:
        print(f"Mật khẩu ban đầu (chỉ in một lần): {password}")
    return 0


def cmd_user_edit(args: argparse.Namespace) -> int:
    with _open(args) as db:
        changed = update_user(
            db,
            system_actor(),
            args.username,
            full_name=args.name,
            unit_code=args.unit,
            roles=args.role,
        )
    name = args.username.strip().lower()
    print(f"Đã sửa tài khoản {name}." if changed else f"{name}: không có gì thay đổi.")
    return 0


def cmd_user_unlock(args: argparse.Namespace) -> int:
    with _open(args) as db:
        changed = unlock_user(db, system_actor(), args.username)
    name = args.username.strip().lower()
    print(f"Đã mở khóa {name}." if changed else f"{name} không bị khóa.")
    return 0


def cmd_user_revoke(args: argparse.Namespace) -> int:
    with _open(args) as db:
        count = revoke_remembered(db, system_actor(), args.username)
    print(f"Đã thu hồi {count} đăng nhập đã ghi nhớ của {args.username.strip().lower()}.")
    return 0


def cmd_user_reset(args: argparse.Namespace) -> int:
    with _open(args) as db:
        password = reset_password(db, system_actor(), args.username, args.password)
    print(
        f"Đã đặt lại mật khẩu cho {args.username.strip().lower()}; tài khoản được mở khóa, "
        "phiên ghi nhớ đăng nhập bị thu hồi, người dùng phải đổi mật khẩu khi đăng nhập."
    )
    if args.password is None:
        print(f"Mật khẩu mới (chỉ in một lần): {password}")
    return 0


def cmd_user_deactivate(args: argparse.Namespace) -> int:
    with _open(args) as db:
        changed = deactivate_user(db, system_actor(), args.username)
    name = args.username.strip().lower()
    print(f"Đã vô hiệu hóa {name}." if changed else f"{name} đã bị vô hiệu hóa từ trước.")
    return 0


def cmd_user_reactivate(args: argparse.Namespace) -> int:
    with _open(args) as db:
        changed = reactivate_user(db, system_actor(), args.username)
    name = args.username.strip().lower()
    print(f"Đã kích hoạt lại {name}." if changed else f"{name} đang hoạt động.")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    with _open(args) as db:
        users = list_users(db)
    for u in users:
        state = "hoạt động" if u.active else "vô hiệu"
        if u.is_locked():
            assert u.locked_until is not None
            state += f", khóa đến {u.locked_until:%H:%M %d/%m}"
        if u.must_change_password:
            state += ", phải đổi mật khẩu"
        roles = ",".join(sorted(r.value for r in u.roles))
        print(f"{u.username:<28} {u.full_name:<32} {u.unit_code:<16} {roles:<20} {state}")
    print(f"Tổng: {len(users)} tài khoản")
    return 0


USER_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "add": cmd_user_add,
    "edit": cmd_user_edit,
    "unlock": cmd_user_unlock,
    "revoke": cmd_user_revoke,
    "reset": cmd_user_reset,
    "deactivate": cmd_user_deactivate,
    "reactivate": cmd_user_reactivate,
    "list": cmd_user_list,
}


def add_user_commands(
    user_subparsers: argparse._SubParsersAction[Parser], common_parent: Parser
) -> None:
    """Add reset / deactivate / reactivate / list to the ``user`` sub-command's sub-parsers."""
    reset = user_subparsers.add_parser(
        "reset",
        parents=[common_parent],
        help="reset a password (generated and printed once unless given); unlocks the account",
    )
    reset.add_argument("username")
    reset.add_argument("--password", help="the new password (default: generated and printed once)")
    reset.set_defaults(handler=cmd_user_reset)

    edit = user_subparsers.add_parser(
        "edit", parents=[common_parent], help="change an account's full name, unit or roles"
    )
    edit.add_argument("username")
    edit.add_argument("--name", help="the new full name")
    edit.add_argument("--unit", help="the new unit's code")
    edit.add_argument("--role", action="append", help="the roles (repeatable; replaces them all)")
    edit.set_defaults(handler=cmd_user_edit)

    unlock = user_subparsers.add_parser(
        "unlock", parents=[common_parent], help="lift a lock of wrong passwords"
    )
    unlock.add_argument("username")
    unlock.set_defaults(handler=cmd_user_unlock)

    revoke = user_subparsers.add_parser(
        "revoke",
        parents=[common_parent],
        help="revoke the account's remembered sign-ins on every workstation",
    )
    revoke.add_argument("username")
    revoke.set_defaults(handler=cmd_user_revoke)

    deactivate = user_subparsers.add_parser(
        "deactivate",
        parents=[common_parent],
        help="deactivate an account (never deleted: history keeps the name)",
    )
    deactivate.add_argument("username")
    deactivate.set_defaults(handler=cmd_user_deactivate)

    reactivate = user_subparsers.add_parser(
        "reactivate", parents=[common_parent], help="let a deactivated account log in again"
    )
    reactivate.add_argument("username")
    reactivate.set_defaults(handler=cmd_user_reactivate)

    listing = user_subparsers.add_parser(
        "list", parents=[common_parent], help="list the accounts and their state"
    )
    listing.set_defaults(handler=cmd_user_list)
