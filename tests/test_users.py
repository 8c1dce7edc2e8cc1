"""Administrators' account actions: reset, deactivate, reactivate, list — the admin role is
checked by the services themselves; the CLI acts as the machine's administrator."""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, update

from console.cli.users import USER_COMMANDS, add_user_commands
from console.db import Database
from console.models import Base, RememberToken, Role, User, UserRole
from console.services.auth import (
    AccountDisabledError,
    AuthenticatedUser,
    authenticate,
    system_actor,
    token_hash,
)
from console.services.users import (
    PermissionDeniedError,
    SelfDeactivationError,
    UserError,
    UserNotFoundError,
    deactivate_user,
    list_users,
    reactivate_user,
    reset_password,
)
from tests.account_helpers import PASSWORD, seed_users

T = datetime(2026, 3, 5, 9, 0)


def seed(db: Database) -> dict[str, int]:
    with db.session() as s:
        plan = [
            ("quantri", "Trần Văn Quản", "ioc", [Role.ADMIN]),
            ("quantri2", "Phạm Thu Hà", "ioc", [Role.ADMIN, Role.SUPERVISOR]),
            ("dieuhanh1", "Nguyễn Thị Mai Anh", "ioc", [Role.OPERATOR, Role.SUPERVISOR]),
            ("canbo.gtvt", "Lê Văn Bình", "so-gtvt", [Role.OFFICER]),
        ]
        ids = seed_users(s, plan)
        # canbo.gtvt is locked and remembered on a workstation.
        officer = s.get(User, ids["canbo.gtvt"])
        assert officer is not None
        officer.failed_logins = 5
        officer.locked_until = T + timedelta(minutes=10)
        s.add(
            RememberToken(
                user_id=officer.id,
                token_hash=token_hash("bi-mat-may-tram"),
                created_at=T,
                expires_at=T + timedelta(days=30),
            )
        )
        return ids


def actor(db: Database, username: str) -> AuthenticatedUser:
    """The snapshot a login would give (without spending an Argon2 verification)."""
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        assert user is not None
        return AuthenticatedUser.from_user(user)


def user_row(db: Database, username: str) -> User:
    with db.session() as s:
        user = s.scalar(select(User).where(User.username == username))
        assert user is not None
        s.expunge(user)
        return user


def snapshot(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table: to assert that a refused action changed nothing."""
    with db.session() as s:
        return {
            t.name: sorted(tuple(map(str, row)) for row in s.execute(select(t)))
            for t in Base.metadata.sorted_tables
        }


def test_admin_resets_a_password(sqlite_db: Database) -> None:
    seed(sqlite_db)
    password = reset_password(sqlite_db, actor(sqlite_db, "quantri"), "CanBo.GTVT", now=T)
    assert len(password) == 12 and password.isalnum()
    row = user_row(sqlite_db, "canbo.gtvt")
    assert row.must_change_password and row.failed_logins == 0 and row.locked_until is None
    with sqlite_db.session() as s:
        assert [t.revoked_at for t in s.scalars(select(RememberToken))] == [T]
    me = authenticate(sqlite_db, "canbo.gtvt", password, now=T)
    assert me.must_change_password  # the app makes them change it now


def test_reset_with_a_given_password_and_bad_input(sqlite_db: Database) -> None:
    seed(sqlite_db)
    admin = actor(sqlite_db, "quantri")
    assert reset_password(sqlite_db, admin, "dieuhanh1", "mat-khau-tam-2026") == "mat-khau-tam-2026"
    before = snapshot(sqlite_db)
    with pytest.raises(UserError, match="ít nhất 8 ký tự"):
        reset_password(sqlite_db, admin, "dieuhanh1", "ngan")
    with pytest.raises(UserNotFoundError, match="Không có người dùng 'khong-co'"):
        reset_password(sqlite_db, admin, "khong-co")
    assert snapshot(sqlite_db) == before


def test_only_an_administrator_may_reset_and_nothing_changes_otherwise(
    sqlite_db: Database,
) -> None:
    seed(sqlite_db)
    supervisor = actor(sqlite_db, "dieuhanh1")
    stale_admin = actor(sqlite_db, "quantri2")
    before = snapshot(sqlite_db)
    with pytest.raises(PermissionDeniedError, match="Chỉ quản trị viên mới được đặt lại mật khẩu"):
        reset_password(sqlite_db, supervisor, "canbo.gtvt", "mat-khau-moi-2026")
    assert snapshot(sqlite_db) == before

    # An admin snapshot is not enough: the role must still be held (and the account active).
    with sqlite_db.session() as s:
        s.delete(s.get(UserRole, (stale_admin.id, Role.ADMIN)))
    before = snapshot(sqlite_db)
    with pytest.raises(PermissionDeniedError):
        reset_password(sqlite_db, stale_admin, "canbo.gtvt", "mat-khau-moi-2026")
    with pytest.raises(PermissionDeniedError):
        deactivate_user(sqlite_db, stale_admin, "canbo.gtvt")
    assert snapshot(sqlite_db) == before

    admin = actor(sqlite_db, "quantri")
    with sqlite_db.session() as s:
        s.execute(update(User).where(User.username == "quantri").values(active=False))
    before = snapshot(sqlite_db)
    with pytest.raises(PermissionDeniedError):
        reset_password(sqlite_db, admin, "canbo.gtvt", "mat-khau-moi-2026")
    assert snapshot(sqlite_db) == before


def test_deactivate_and_reactivate(any_db: Database) -> None:
    ids = seed(any_db)
    admin = actor(any_db, "quantri")
    assert deactivate_user(any_db, admin, "canbo.gtvt", now=T) is True
    row = user_row(any_db, "canbo.gtvt")
    assert row.active is False and row.id == ids["canbo.gtvt"]  # kept, never deleted
    with any_db.session() as s:
        assert [t.revoked_at for t in s.scalars(select(RememberToken))] == [T]
    with pytest.raises(AccountDisabledError, match="vô hiệu hóa"):
        authenticate(any_db, "canbo.gtvt", PASSWORD, now=T + timedelta(hours=1))
    assert deactivate_user(any_db, admin, "canbo.gtvt", now=T) is False  # already: no error

    assert reactivate_user(any_db, admin, "canbo.gtvt") is True
    row = user_row(any_db, "canbo.gtvt")
    assert row.active and row.failed_logins == 0 and row.locked_until is None
    assert authenticate(any_db, "canbo.gtvt", PASSWORD, now=T).username == "canbo.gtvt"
    assert reactivate_user(any_db, admin, "canbo.gtvt") is False


def test_an_admin_cannot_deactivate_themself_and_others_cannot_at_all(
    sqlite_db: Database,
) -> None:
    seed(sqlite_db)
    before = snapshot(sqlite_db)
    with pytest.raises(SelfDeactivationError, match="chính mình"):
        deactivate_user(sqlite_db, actor(sqlite_db, "quantri"), "quantri")
    with pytest.raises(PermissionDeniedError, match="vô hiệu hóa tài khoản"):
        deactivate_user(sqlite_db, actor(sqlite_db, "dieuhanh1"), "canbo.gtvt")
    with pytest.raises(PermissionDeniedError, match="kích hoạt lại"):
        reactivate_user(sqlite_db, actor(sqlite_db, "canbo.gtvt"), "canbo.gtvt")
    assert snapshot(sqlite_db) == before
    # Another administrator can.
    assert deactivate_user(sqlite_db, actor(sqlite_db, "quantri2"), "quantri")


def test_list_users(sqlite_db: Database) -> None:
    ids = seed(sqlite_db)
    deactivate_user(sqlite_db, system_actor(), "dieuhanh1")
    users = list_users(sqlite_db)
    assert [u.username for u in users] == ["canbo.gtvt", "dieuhanh1", "quantri", "quantri2"]
    officer = users[0]
    assert officer.id == ids["canbo.gtvt"] and officer.unit_code == "so-gtvt"
    assert officer.unit_name == "Sở Giao thông vận tải" and officer.roles == {Role.OFFICER}
    assert officer.failed_logins == 5 and officer.is_locked(T)
    assert not officer.is_locked(T + timedelta(minutes=10))
    assert not users[1].active
    assert [u.username for u in list_users(sqlite_db, include_inactive=False)] == [
        "canbo.gtvt",
        "quantri",
        "quantri2",
    ]


def test_the_system_actor_is_an_administrator_without_an_account() -> None:
    me = system_actor()
    assert me.id is None and me.is_system and me.is_admin and me.roles == {Role.ADMIN}
    assert me.username.startswith("system:")


# --- command line ------------------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    """The `user` command as console/cli/__init__.py builds it, plus add_user_commands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=argparse.SUPPRESS)
    top = argparse.ArgumentParser(prog="main.py", parents=[common])
    sub = top.add_subparsers(dest="command")
    user = sub.add_parser("user", parents=[common])
    user_sub = user.add_subparsers(dest="user_command", required=True)
    add_user_commands(user_sub, common)
    return top


def run(argv: list[str]) -> int:
    args = parser().parse_args(argv)
    assert args.handler is USER_COMMANDS[args.user_command]
    return args.handler(args)


@pytest.mark.parametrize("action", ["reset", "deactivate", "reactivate", "list"])
def test_cli_help(action: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        parser().parse_args(["user", action, "--help"])
    assert exc.value.code == 0 and "--db" in capsys.readouterr().out


def test_cli_reset_deactivate_reactivate(
    sqlite_db: Database, sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    seed(sqlite_db)
    assert run(["user", "reset", "canbo.gtvt", "--db", sqlite_url]) == 0
    out = capsys.readouterr().out
    [line] = [ln for ln in out.splitlines() if "chỉ in một lần" in ln]
    password = line.rsplit(" ", 1)[1]
    assert out.count(password) == 1
    row = user_row(sqlite_db, "canbo.gtvt")
    assert row.must_change_password and row.locked_until is None
    assert authenticate(sqlite_db, "canbo.gtvt", password).must_change_password

    assert (
        run(["user", "reset", "dieuhanh1", "--password", "mat-khau-cli-2026", "--db", sqlite_url])
        == 0
    )
    assert "mat-khau-cli-2026" not in capsys.readouterr().out  # given, so not printed back

    assert run(["--db", sqlite_url, "user", "deactivate", "quantri"]) == 0
    assert "Đã vô hiệu hóa quantri" in capsys.readouterr().out
    assert not user_row(sqlite_db, "quantri").active
    assert run(["user", "reactivate", "quantri", "--db", sqlite_url]) == 0
    assert "Đã kích hoạt lại quantri" in capsys.readouterr().out
    assert user_row(sqlite_db, "quantri").active

    assert run(["user", "list", "--db", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert "canbo.gtvt" in out and "phải đổi mật khẩu" in out and "Tổng: 4 tài khoản" in out

    with pytest.raises(UserNotFoundError):
        run(["user", "deactivate", "khong-co", "--db", sqlite_url])
