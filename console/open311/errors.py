"""Refusals the HTTP layer makes itself (size, rate, format, a missing key), each with the HTTP
status GeoReport gives it; the services' own refusals carry theirs (open311_requests)."""

from __future__ import annotations

from console.services.open311_requests import Forbidden, NotFound, Open311Error

# One family with the services' refusals: the app answers any Open311Error by its status.
HttpError = Open311Error


class MissingKey(Forbidden):
    pass


class NoSuchFormat(NotFound):
    pass


class TooLarge(Open311Error):
    status = 413


class TooMany(Open311Error):
    status = 429


def too_large(limit: int) -> HttpError:
    return TooLarge("Nội dung gửi lên vượt quá {limit} byte", limit=limit)


def too_many(seconds: int) -> HttpError:
    return TooMany("Gửi quá nhiều yêu cầu: thử lại sau {seconds} giây", seconds=seconds)


def bad_format(fmt: str) -> HttpError:
    return NoSuchFormat("Định dạng {fmt!r} không hỗ trợ: dùng .json hoặc .xml", fmt=fmt)
