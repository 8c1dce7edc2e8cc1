"""The command line keeps its promise (issue 16 item 8): whatever goes wrong — a corrupt file, a
database it does not speak, a path it cannot use, another province's profile, a mistyped path, a
mistyped command — is one Vietnamese "Lỗi:" line on stderr, exit code 2, and nothing changed.
And a report's text cannot drive the administrator's terminal (item 7)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from console.cli import main
from console.cli.terminal import printable
from console.db import Database
from console.models import Report, User


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2, argv
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("Lỗi: ") and captured.err.count("\n") == 1, captured.err
    return captured.err


@pytest.fixture
def thai_nguyen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    url = f"sqlite:///{tmp_path / 'thai-nguyen.sqlite3'}"
    assert (
        main(
            [
                "demo",
                "--db",
                url,
                "--profile",
                "thai-nguyen",
                "--reports",
                "5",
                "--password",
                "mat-khau-demo",
            ]
        )
        == 0
    )
    capsys.readouterr()
    return url


def test_a_corrupt_sqlite_file_is_one_line_and_left_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corrupt = tmp_path / "hong.sqlite3"
    junk = bytes(range(256)) * 20
    corrupt.write_bytes(junk)
    for argv in (["user", "list"], ["migrate"], ["report", "show", "TN-2026-000001"]):
        err = _refused([*argv, "--db", f"sqlite:///{corrupt}"], capsys)
        assert "không phải cơ sở dữ liệu" in err and "hỏng" in err
    assert corrupt.read_bytes() == junk


@pytest.mark.parametrize(
    "url", ["mysql://u:p@localhost/ioc", "oracle://u@h/x", "mssql+pyodbc://u@dsn"]
)
def test_a_database_other_than_sqlite_or_postgresql_is_refused(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _refused(["user", "list", "--db", url], capsys)
    assert "chỉ SQLite" in err and "PostgreSQL" in err
    assert "p@" not in err  # no password printed


@pytest.mark.parametrize(
    "argv",
    [
        ["migrate", "--db", "sqlite:////proc/khong-co/ioc.sqlite3"],  # no folder can be made there
        ["migrate", "--db", "sqlite:////proc/ioc.sqlite3"],  # no file can be made there
        ["user", "list", "--db", "sqlite:////proc/self/status"],  # a file, but no database
        ["demo", "--db", "sqlite:////proc/self/ioc.sqlite3", "--reports", "1"],
    ],
)
def test_a_path_under_proc_is_one_line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    err = _refused(argv, capsys)
    assert "/proc/" in err and "Error" not in err


def test_a_mistyped_sqlite_path_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "thu-muc" / "thai-nguyen.sqlite"
    for argv in (
        ["user", "list"],
        ["user", "reset", "dieuhanh1"],
        ["stats", "rebuild"],
        ["report", "show", "TN-2026-000001"],
    ):
        err = _refused([*argv, "--db", f"sqlite:///{typo}"], capsys)
        assert f"Không có cơ sở dữ liệu {typo}" in err
    assert not typo.parent.exists()  # not even the folder
    # demo and migrate are the commands that make a database.
    assert main(["migrate", "--db", f"sqlite:///{typo}"]) == 0
    assert typo.is_file()


@pytest.mark.parametrize(
    "argv",
    [
        [
            "user",
            "add",
            "nv.moi",
            "--name",
            "Nguyễn Văn Mới",
            "--unit",
            "ioc",
            "--role",
            "operator",
        ],
        ["user", "reset", "dieuhanh1", "--password", "Mat-khau-moi-2026"],
        ["user", "deactivate", "dieuhanh1"],
        ["report", "show", "TN-2026-000001"],
    ],
)
def test_another_provinces_profile_is_refused_by_every_user_command(
    thai_nguyen: str, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(thai_nguyen)
    with db.session() as s:
        before = [
            (u.username, u.password_hash, u.active)
            for u in s.scalars(select(User).order_by(User.id))
        ]
    err = _refused([*argv, "--db", thai_nguyen, "--profile", "dak-lak"], capsys)
    assert "thuộc hồ sơ 'thai-nguyen'" in err and "'dak-lak'" in err
    with db.session() as s:
        after = [
            (u.username, u.password_hash, u.active)
            for u in s.scalars(select(User).order_by(User.id))
        ]
    db.close()
    assert after == before


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["khong-co-lenh"], "không có lệnh 'khong-co-lenh'"),
        (["demo", "--reports", "abc"], "--reports phải là một số nguyên, không phải 'abc'"),
        (["user", "add", "nv.an"], "thiếu --name, --unit, --role"),
        (["user"], "thiếu ACTION"),
        (["report", "show"], "thiếu code"),
        (["user", "list", "--khong-co"], "không hiểu --khong-co"),
        (["user", "frobnicate"], "không có lệnh 'frobnicate'"),
        (["demo", "--reports"], "--reports cần một giá trị"),
    ],
)
def test_argparse_errors_are_one_vietnamese_line(
    argv: list[str], said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _refused(argv, capsys)
    assert said in err and "--help" in err
    assert "usage:" not in err and "error:" not in err


def test_help_is_still_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["user", "add", "--help"])
    assert exc.value.code == 0 and "--name" in capsys.readouterr().out


def test_a_reports_text_cannot_drive_the_terminal(
    thai_nguyen: str, capsys: pytest.CaptureFixture[str]
) -> None:
    # Stored before the input checks existed, or by another program: shown, never obeyed.
    hostile = "Ổ gà\x1b[2J\x1b]0;pwned\x07 \u202eexe.pdf\x9b31m"
    db = Database(thai_nguyen)
    with db.session() as s:
        code = s.scalars(select(Report.code).order_by(Report.id)).first()
        s.execute(update(Report).where(Report.code == code).values(title=hostile, place=hostile))
    db.close()
    assert main(["report", "show", code, "--db", thai_nguyen]) == 0
    out = capsys.readouterr().out
    assert "Ổ gà\ufffd[2J\ufffd]0;pwned\ufffd \ufffdexe.pdf\ufffd31m" in out
    assert not any(c in out for c in "\x1b\x07\x9b\u202e")
    assert printable("dòng 1\ndòng 2\tcột") == "dòng 1\ndòng 2\tcột"  # layout stays
