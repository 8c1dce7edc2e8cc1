"""The administrator's account actions (issue 11 item 1, item 7): each refuses a non-admin in
the service, runs in one transaction and leaves its audit entry; the CLI shares them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from console.cli import main
from console.db import Database
from console.models import AuditEntry, RememberToken, Role, User
from console.services.auth import (
    AuthenticatedUser,
    PasswordPolicyError,
    authenticate,
    change_password,
    system_actor,
    token_hash,
)
from console.services.user_admin import (
    add_user,
    revoke_remembered,
    search_users,
    unlock_user,
    update_user,
)
from console.services.users import (
    PermissionDeniedError,
    UserError,
    deactivate_user,
    reactivate_user,
    reset_password,
)
from console.timeutil import now_local
from tests.account_helpers import PASSWORD, seed_users

T = datetime(2026, 3, 5, 9, 0)
PLAN = [
    ("quantri", "Trần Văn Quản", "ioc", [Role.ADMIN]),
    ("dieuhanh1", "Nguyễn Thị Mai Anh", "ioc", [Role.OPERATOR, Role.SUPERVISOR]),
    ("canbo.gtvt", "Lê Văn Bình", "so-gtvt", [Role.OFFICER]),
    ("ld.gtvt", "Đỗ Thị Ánh", "so-gtvt", [Role.LEADER]),
]


@pytest.fixture
def db(any_db: Database) -> Database:
    with any_db.session() as s:
        ids = seed_users(s, PLAN)
        officer = s.get(User, ids["canbo.gtvt"])
        officer.failed_logins, officer.locked_until = 5, T + timedelta(minutes=10)
        s.add(
            RememberToken(
                user_id=officer.id,
                token_hash=token_hash("bi-mat"),
                created_at=T,
                expires_at=T + timedelta(days=30),
            )
        )
    return any_db


def who(db: Database, username: str) -> AuthenticatedUser:
    with db.session() as s:
        return AuthenticatedUser.from_user(s.scalar(select(User).where(User.username == username)))


def trail(db: Database) -> list[tuple[str, str, object, object]]:
    with db.session() as s:
        return [
            (e.action, e.target, e.old_value, e.new_value)
            for e in s.scalars(select(AuditEntry).order_by(AuditEntry.id))
        ]


def test_an_account_made_by_the_administrator_signs_in_and_must_change_its_password(
    db: Database,
) -> None:
    admin = who(db, "quantri")
    secret = add_user(
        db,
        admin,
        username="CB.Xay-Dung",
        full_name=" Phan Văn Đức ",
        unit_code="so-gtvt",
        roles=["officer", "leader"],
    )
    assert len(secret) == 12  # generated, shown once
    actor = authenticate(db, "cb.xay-dung", secret)
    assert actor.must_change_password and actor.roles == {Role.OFFICER, Role.LEADER}
    assert trail(db)[0] == (
        "user.create",
        "user:cb.xay-dung",
        None,
        {"full_name": "Phan Văn Đức", "unit": "so-gtvt", "roles": ["leader", "officer"]},
    )
    assert secret not in str(trail(db))


def test_a_typed_password_follows_the_strength_rule(db: Database) -> None:
    admin = who(db, "quantri")
    for weak, why in [
        ("ngan", "ít nhất 8"),
        ("abcdefghij", "dễ đoán"),
        ("1234567890", "dễ đoán"),
        ("aaaaaaaa11", "dễ đoán"),
        ("moi.nguoi-2026", "tên đăng nhập"),
    ]:
        with pytest.raises(UserError, match=why):
            add_user(
                db,
                admin,
                username="moi.nguoi",
                full_name="Người Mới",
                unit_code="ioc",
                roles=["operator"],
                password=weak,
            )
        with pytest.raises(UserError, match=why if why != "tên đăng nhập" else "ít nhất|dễ"):
            reset_password(db, admin, "dieuhanh1", weak if why != "tên đăng nhập" else "x")
    with pytest.raises(PasswordPolicyError, match="dễ đoán"):
        change_password(db, who(db, "dieuhanh1").id, PASSWORD, "matkhaumoi")
    assert (
        add_user(
            db,
            admin,
            username="moi.nguoi",
            full_name="Người Mới",
            unit_code="ioc",
            roles=["operator"],
            password="Hoa-sen-2026",
        )
        == "Hoa-sen-2026"
    )
    assert [a for a, *_ in trail(db)] == ["user.create"]  # refusals leave nothing


def test_edit_name_unit_and_roles_records_only_what_changed(db: Database) -> None:
    admin = who(db, "quantri")
    assert update_user(
        db, admin, "canbo.gtvt", full_name="Lê Văn Bính", unit_code="ioc", roles=["operator"]
    )
    assert not update_user(db, admin, "canbo.gtvt", full_name="Lê Văn Bính")
    row = who(db, "canbo.gtvt")
    assert (row.full_name, row.unit_code, row.roles) == ("Lê Văn Bính", "ioc", {Role.OPERATOR})
    assert trail(db) == [
        (
            "user.update",
            "user:canbo.gtvt",
            {"full_name": "Lê Văn Bình", "unit": "so-gtvt", "roles": ["officer"]},
            {"full_name": "Lê Văn Bính", "unit": "ioc", "roles": ["operator"]},
        )
    ]
    with pytest.raises(UserError, match="Không có đơn vị"):
        update_user(db, admin, "canbo.gtvt", unit_code="khong-co")
    with pytest.raises(UserError, match="ít nhất một vai trò"):
        update_user(db, admin, "canbo.gtvt", roles=[])


def test_the_administrator_role_is_never_left_without_a_holder(db: Database) -> None:
    admin = who(db, "quantri")
    with pytest.raises(UserError, match="tự bỏ vai trò quản trị"):
        update_user(db, admin, "quantri", roles=["supervisor"])
    with pytest.raises(UserError, match="tự vô hiệu hóa"):
        deactivate_user(db, admin, "quantri")
    # the CLI's administrator (no account) cannot remove the last one either
    with pytest.raises(UserError, match="quản trị viên cuối cùng"):
        update_user(db, system_actor(), "quantri", roles=["supervisor"])
    with pytest.raises(UserError, match="quản trị viên cuối cùng"):
        deactivate_user(db, system_actor(), "quantri")
    update_user(db, admin, "dieuhanh1", roles=["operator", "admin"])
    assert deactivate_user(db, system_actor(), "quantri")


def test_unlock_and_revoke_remembered_sign_ins(db: Database) -> None:
    admin = who(db, "quantri")
    assert unlock_user(db, admin, "canbo.gtvt", now=T)
    assert not unlock_user(db, admin, "canbo.gtvt", now=T)
    assert authenticate(db, "canbo.gtvt", PASSWORD, now=T).username == "canbo.gtvt"
    assert revoke_remembered(db, admin, "canbo.gtvt", now=T) == 1
    assert revoke_remembered(db, admin, "canbo.gtvt", now=T) == 0
    with db.session() as s:
        assert s.scalar(select(RememberToken.revoked_at)) == T
    assert [(a, t) for a, t, *_ in trail(db) if a.startswith("user.")] == [
        ("user.unlock", "user:canbo.gtvt"),
        ("user.revoke_remembered", "user:canbo.gtvt"),
        ("user.revoke_remembered", "user:canbo.gtvt"),
    ]


def test_search_by_text_unit_role_state_and_lock(db: Database) -> None:
    admin = who(db, "quantri")

    def names(**filters: object) -> list[str]:
        return [u.username for u in search_users(db, admin, now=T, **filters)]

    assert names() == ["canbo.gtvt", "dieuhanh1", "ld.gtvt", "quantri"]
    assert names(text="ánh") == ["ld.gtvt"]  # Đỗ Thị Ánh, any case
    assert names(text="MAI ANH") == ["dieuhanh1"]
    assert names(text="đỗ") == ["ld.gtvt"]
    assert names(unit_code="so-gtvt") == ["canbo.gtvt", "ld.gtvt"]
    assert names(role="supervisor") == ["dieuhanh1"]
    assert names(locked=True) == ["canbo.gtvt"]
    assert "canbo.gtvt" not in names(locked=False)
    deactivate_user(db, admin, "ld.gtvt", now=T)
    assert names(active=False) == ["ld.gtvt"]
    reactivate_user(db, admin, "ld.gtvt")
    assert names(active=False) == []
    assert [a for a, *_ in trail(db)] == ["user.deactivate", "user.reactivate"]


@pytest.mark.parametrize("who_name", ["dieuhanh1", "ld.gtvt"])
def test_every_account_action_refuses_a_non_administrator(db: Database, who_name: str) -> None:
    actor = who(db, who_name)
    actions = [
        lambda: search_users(db, actor),
        lambda: add_user(
            db, actor, username="x.y.z", full_name="X", unit_code="ioc", roles=["admin"]
        ),
        lambda: update_user(db, actor, who_name, roles=["admin"]),
        lambda: unlock_user(db, actor, "canbo.gtvt"),
        lambda: revoke_remembered(db, actor, "canbo.gtvt"),
        lambda: reset_password(db, actor, "canbo.gtvt"),
        lambda: deactivate_user(db, actor, "canbo.gtvt"),
        lambda: reactivate_user(db, actor, "canbo.gtvt"),
    ]
    for action in actions:
        with pytest.raises(PermissionDeniedError, match="Chỉ quản trị viên"):
            action()
    assert who(db, who_name).roles.isdisjoint({Role.ADMIN})
    assert trail(db) == []


def test_cli_edit_unlock_revoke_and_add(db: Database, capsys) -> None:
    url = db.url
    with db.session() as s:  # the CLI acts at the real time
        s.scalar(select(User).where(User.username == "canbo.gtvt")).locked_until = (
            now_local() + timedelta(minutes=10)
        )
    assert (
        main(
            [
                "user",
                "edit",
                "canbo.gtvt",
                "--name",
                "Lê Văn Bính",
                "--role",
                "officer",
                "--role",
                "leader",
                "--db",
                url,
            ]
        )
        == 0
    )
    assert main(["user", "unlock", "canbo.gtvt", "--db", url]) == 0
    assert main(["user", "revoke", "canbo.gtvt", "--db", url]) == 0
    assert (
        main(
            [
                "user",
                "add",
                "moi.nguoi",
                "--name",
                "Người Mới",
                "--unit",
                "ioc",
                "--role",
                "operator",
                "--password",
                "ngan",
                "--db",
                url,
            ]
        )
        == 2
    )
    out, err = capsys.readouterr()
    assert "Đã sửa tài khoản canbo.gtvt." in out and "Đã mở khóa canbo.gtvt." in out
    assert "Đã thu hồi 1 đăng nhập" in out
    assert err.strip().startswith("Lỗi: Mật khẩu") and len(err.strip().splitlines()) == 1
    assert [(a, e.split(":")[0]) for a, e, *_ in trail(db)] == [
        ("user.update", "user"),
        ("user.unlock", "user"),
        ("user.revoke_remembered", "user"),
    ]
    with db.session() as s:
        assert s.scalars(select(AuditEntry.actor_name)).first().startswith("system:")
