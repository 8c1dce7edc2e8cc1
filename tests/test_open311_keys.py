"""Open311 API keys (issue 12 item 2): printed once, kept as a hash, owned by a channel."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from console.cli import main
from console.db import Database
from console.models import ApiKey, AuditEntry
from console.profiles import load_profile
from console.services.api_keys import ApiKeyError, add_key, client_for, list_keys, revoke_key
from console.services.auth import system_actor
from console.services.provision import provision


def test_a_key_is_stored_only_as_its_hash_and_names_its_channel(any_db: Database) -> None:
    provision(any_db, load_profile("thai-nguyen"))
    info, secret = add_key(any_db, system_actor(), "c-thainguyen")
    assert secret.startswith("ioc_") and len(secret) >= 40
    assert (info.channel_code, info.active) == ("app", True)
    with any_db.session() as s:
        row = s.scalar(select(ApiKey))
        assert row is not None and secret not in (row.key_hash, row.prefix)
        assert secret.startswith(row.prefix)
        client = client_for(s, secret)
        assert client is not None and (client.name, client.channel_code) == ("c-thainguyen", "app")
        assert client_for(s, secret + "x") is None
        assert [e.action for e in s.scalars(select(AuditEntry))] == ["apikey.create"]

    assert revoke_key(any_db, system_actor(), "c-thainguyen") is True
    assert revoke_key(any_db, system_actor(), "c-thainguyen") is False  # already
    with any_db.session() as s:
        assert client_for(s, secret) is None  # a revoked key opens nothing
    assert [k.active for k in list_keys(any_db, system_actor())] == [False]  # stays listed


def test_a_key_needs_a_known_channel_and_a_new_name(sqlite_db: Database) -> None:
    provision(sqlite_db, load_profile("thai-nguyen"))
    with pytest.raises(ApiKeyError, match="Không có kênh tiếp nhận 'zalo1'"):
        add_key(sqlite_db, system_actor(), "zalo-app", "zalo1")
    add_key(sqlite_db, system_actor(), "portal", "portal")
    with pytest.raises(ApiKeyError, match="Đã có khóa API"):
        add_key(sqlite_db, system_actor(), "portal")
    with pytest.raises(ApiKeyError, match="không hợp lệ"):
        add_key(sqlite_db, system_actor(), "ứng dụng")
    with pytest.raises(ApiKeyError, match="Không có khóa API"):
        revoke_key(sqlite_db, system_actor(), "nobody")


def test_apikey_commands_print_the_key_once(sqlite_url: str, capsys) -> None:
    assert main(["demo", "--db", sqlite_url, "--reports", "0", "--password", "Mk-12345678"]) == 0
    capsys.readouterr()
    assert main(["apikey", "add", "c-thainguyen", "--db", sqlite_url]) == 0
    out = capsys.readouterr().out
    secret = re.search(r"ioc_\S+", out)
    assert secret is not None and "kênh app" in out
    assert main(["apikey", "list", "--db", sqlite_url]) == 0
    listed = capsys.readouterr().out
    assert "c-thainguyen" in listed and "hoạt động" in listed and secret.group() not in listed
    assert main(["apikey", "revoke", "c-thainguyen", "--db", sqlite_url]) == 0
    assert "Đã thu hồi" in capsys.readouterr().out
    assert main(["apikey", "add", "bad", "--channel", "none", "--db", sqlite_url]) == 2
    assert capsys.readouterr().err.startswith("Lỗi: Không có kênh tiếp nhận")
