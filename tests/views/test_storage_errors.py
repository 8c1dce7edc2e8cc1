"""Issue 16 item 1: a database driver's error never reaches the operator as it is: the screens
show its Vietnamese message (in the interface language), the SQL and the driver's English go to
the log."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from console.views.messages import error_text

SQL = "INSERT INTO reports (place) VALUES (%(place)s)"


@pytest.mark.parametrize(
    ("exc", "said"),
    [
        (
            DataError(
                SQL, {"place": "x"}, Exception("value too long for type character varying(255)")
            ),
            "Cơ sở dữ liệu không nhận dữ liệu này",
        ),
        (
            IntegrityError(SQL, {}, Exception("duplicate key value violates unique constraint")),
            "Dữ liệu trùng hoặc không khớp",
        ),
        (
            OperationalError(SQL, {}, Exception("server closed the connection unexpectedly")),
            "Mất kết nối tới cơ sở dữ liệu",
        ),
        (
            UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"),
            "Cơ sở dữ liệu không nhận dữ liệu này",
        ),
    ],
)
def test_a_driver_error_is_shown_in_vietnamese_and_logged(
    qapp, caplog, exc: Exception, said: str
) -> None:
    with caplog.at_level(logging.WARNING, logger="console.db"):
        text = error_text(exc)
    assert said in text
    assert "INSERT" not in text and "duplicate" not in text and "codec" not in text
    assert str(exc)[:20] in caplog.text  # the detail is kept for whoever reads the log


def test_in_english_the_message_is_translated(english) -> None:
    exc = DataError(SQL, {}, Exception('invalid byte sequence for encoding "UTF8": 0x00'))
    assert error_text(exc) == (
        "The database does not accept this data (too long or with "
        "invalid characters); nothing was saved"
    )
