"""The command line: one clear line on error, non-zero exit; commands do what they say."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from console.cli import main
from console.db import Database
from console.models import Role, User

ROOT = Path(__file__).resolve().parent.parent


def test_help_runs_as_a_script() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "demo" in out.stdout and "--db" in out.stdout


@pytest.mark.parametrize(
    "argv",
    [
        ["demo", "--help"],
        ["user", "add", "--help"],
        ["profile", "check", "--help"],
        ["migrate", "--help"],
    ],
)
def test_every_command_has_help(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(argv)
    assert exc.value.code == 0
    assert "--db" in capsys.readouterr().out


def test_demo_then_user_add(sqlite_url: str, capsys) -> None:
    assert (
        main(
            [
                "demo",
                "--db",
                sqlite_url,
                "--profile",
                "dak-lak",
                "--reports",
                "40",
                "--password",
                "mat-khau-demo",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Đã tạo 40 phản ánh" in out and "dieuhanh1" in out
    assert (
        main(
            [
                "user",
                "add",
                "nv.an",
                "--db",
                sqlite_url,
                "--name",
                "Nguyễn Văn An",
                "--unit",
                "ioc",
                "--role",
                "operator",
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Mật khẩu ban đầu" in out
    db = Database(sqlite_url)
    with db.session() as s:
        user = s.scalars(select(User).where(User.username == "nv.an")).one()
        assert user.full_name == "Nguyễn Văn An" and user.role_set == {Role.OPERATOR}
    db.close()


def test_errors_are_one_line_and_exit_non_zero(sqlite_url: str, capsys) -> None:
    main(
        [
            "demo",
            "--db",
            sqlite_url,
            "--profile",
            "lai-chau",
            "--reports",
            "5",
            "--password",
            "mat-khau-demo",
        ]
    )
    capsys.readouterr()
    cases = [
        [
            "user",
            "add",
            "nv.an",
            "--db",
            sqlite_url,
            "--name",
            "An",
            "--unit",
            "khong-co",
            "--role",
            "operator",
        ],
        [
            "user",
            "add",
            "dieuhanh1",
            "--db",
            sqlite_url,
            "--name",
            "An",
            "--unit",
            "ioc",
            "--role",
            "operator",
        ],
        [
            "user",
            "add",
            "nv.binh",
            "--db",
            sqlite_url,
            "--name",
            "Bình",
            "--unit",
            "ioc",
            "--role",
            "phi-cong",
        ],
        ["demo", "--db", sqlite_url, "--profile", "thai-nguyen"],
        ["profile", "check", "khong-ton-tai"],
        ["migrate", "--db", "khong-phai-url"],
    ]
    for argv in cases:
        assert main(argv) == 2, argv
        err = capsys.readouterr().err
        assert err.startswith("Lỗi: ") and err.count("\n") == 1, (argv, err)


def test_profile_check_all_and_a_broken_file(tmp_path: Path, capsys) -> None:
    assert main(["profile", "check"]) == 0
    assert capsys.readouterr().out.count("OK ") == 4
    broken = tmp_path / "hong.toml"
    broken.write_text("key = \n", encoding="utf-8")
    assert main(["profile", "check", str(broken)]) == 2
    assert "hong.toml" in capsys.readouterr().err


def test_unreachable_postgresql_is_one_line(capsys) -> None:
    url = "postgresql://postgres@127.0.0.1:1/khong_co"
    assert main(["migrate", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Lỗi: Không kết nối được") and err.count("\n") == 1


def test_user_reset_deactivate_and_report_show(sqlite_url: str, capsys) -> None:
    assert (
        main(
            [
                "demo",
                "--db",
                sqlite_url,
                "--profile",
                "tien-giang",
                "--reports",
                "30",
                "--password",
                "mat-khau-demo",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["user", "reset", "dieuhanh2", "--db", sqlite_url]) == 0
    assert "dieuhanh2" in capsys.readouterr().out
    assert main(["user", "deactivate", "dieuhanh2", "--db", sqlite_url]) == 0
    capsys.readouterr()
    db = Database(sqlite_url)
    with db.session() as s:
        from console.models import Report

        code = s.scalars(select(Report.code).order_by(Report.id)).first()
    db.close()
    assert main(["report", "show", code.lower(), "--db", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert code in out and "Lịch sử:" in out and "Tiếp nhận" in out
    assert main(["report", "show", "TG-1999-000001", "--db", sqlite_url]) == 2
    assert "Không tìm thấy" in capsys.readouterr().err
