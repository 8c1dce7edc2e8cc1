"""GeoReport errors: a list of ``{code, description}`` with the matching HTTP status."""

from __future__ import annotations

from console.errors import MessageError


class HttpError(MessageError):
    """A request refused before or outside the services (its key, size, rate, format)."""

    def __init__(self, status: int, template: str, /, **params: object) -> None:
        self.status = status
        super().__init__(template, **params)


def forbidden() -> HttpError:
    return HttpError(403, "Thiếu khóa API (api_key) hoặc khóa không hợp lệ, đã bị thu hồi")


def too_large(limit: int) -> HttpError:
    return HttpError(413, "Nội dung gửi lên vượt quá {limit} byte", limit=limit)


def too_many(seconds: int) -> HttpError:
    return HttpError(429, "Gửi quá nhiều yêu cầu: thử lại sau {seconds} giây", seconds=seconds)


def bad_format(fmt: str) -> HttpError:
    return HttpError(404, "Định dạng {fmt!r} không hỗ trợ: dùng .json hoặc .xml", fmt=fmt)
