"""`main.py apikey add NAME [--channel CODE] | list | revoke NAME`: the citizen apps' Open311 keys.

A thin shell over console/services/api_keys.py, acting as ``system_actor()``. The key is printed
once by ``add``; only its hash is kept.
"""

from __future__ import annotations

import argparse

from console.cli.terminal import Parser
from console.db import open_db
from console.services.api_keys import add_key, list_keys, revoke_key
from console.services.auth import system_actor


def add_commands(sub: argparse._SubParsersAction[Parser], common: Parser) -> None:
    apikey = sub.add_parser(
        "apikey", parents=[common], help="API keys of the citizen apps (Open311 GeoReport v2)"
    )
    actions = apikey.add_subparsers(dest="apikey_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add", parents=[common], help="a new key for an app (printed once, only its hash is kept)"
    )
    add.add_argument("name", help="the app's name, e.g. c-thainguyen")
    add.add_argument(
        "--channel", metavar="CODE", help="the channel its reports arrive on (default: app)"
    )
    actions.add_parser("list", parents=[common], help="every key, active and revoked")
    revoke = actions.add_parser("revoke", parents=[common], help="revoke an app's key")
    revoke.add_argument("name")


def cmd_apikey(args: argparse.Namespace) -> int:
    with open_db(args) as db:
        if args.apikey_command == "add":
            info, secret = add_key(db, system_actor(), args.name, args.channel)
            print(
                f"Đã tạo khóa API cho ứng dụng {info.name}, kênh {info.channel_code} "
                f"({info.channel_name})."
            )
            print(f"Khóa (chỉ in một lần — hãy ghi lại): {secret}")
        elif args.apikey_command == "list":
            keys = list_keys(db, system_actor())
            for k in keys:
                state = f"thu hồi {k.revoked_at:%d/%m/%Y %H:%M}" if k.revoked_at else "hoạt động"
                print(
                    f"{k.name:<24} {k.prefix}…  {k.channel_code:<10} "
                    f"{k.created_at:%d/%m/%Y %H:%M}  {state}"
                )
            print(f"Tổng: {len(keys)} khóa")
        else:
            changed = revoke_key(db, system_actor(), args.name)
            name = args.name.strip()
            print(
                f"Đã thu hồi khóa API của {name}."
                if changed
                else f"Khóa API của {name} đã bị thu hồi từ trước."
            )
    return 0
