"""Refusals the HTTP layer makes itself (size, rate, format, a missing key), each with the HTTP
status GeoReport gives it; the services' own refusals carry theirs (open311_requests)."""

from __future__ import annotations

from console.errors import MessageError


class HttpError(MessageError):
    status = 400


class MissingKey(HttpError):
    status = 403


class NoSuchFormat(HttpError):
    status = 404


class TooLarge(HttpError):
    status = 413


class TooMany(HttpError):
    status = 429


def too_large(limit: int) -> HttpError:
    return TooLarge("Nội dung gửi lên vượt quá {limit} byte", limit=limit)


def too_many(seconds: int) -> HttpError:
    return TooMany("Gửi quá nhiều yêu cầu: thử lại sau {seconds} giây", seconds=seconds)


def bad_format(fmt: str) -> HttpError:
    return NoSuchFormat("Định dạng {fmt!r} không hỗ trợ: dùng .json hoặc .xml", fmt=fmt)
