"""The Open311 GeoReport v2 HTTP routes (Starlette): each one parses, asks the service, encodes.

Starlette (with uvicorn as its server) is a small, well-kept ASGI toolkit: plain routing and
requests without a framework's own models or ORM, so the sync SQLAlchemy services run as they
are, each call in Starlette's thread pool, and the event loop only reads, limits and writes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.exc import OperationalError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from console.db import Database
from console.errors import MessageError
from console.open311 import encode, forms
from console.open311.errors import MissingKey, bad_format
from console.open311.limits import MAX_BODY, RateLimit, read_body
from console.profiles import Profile
from console.services.open311_requests import Open311Error, Open311Service

log = logging.getLogger(__name__)
WRITERS = 4  # submits running at once (see Open311App.writers)
READERS = 4  # reads running at once: past that they only take CPU from the submits
Handler = Callable[[Request, str], Awaitable[Response]]


class Open311App:
    def __init__(
        self,
        db: Database,
        profile: Profile,
        *,
        rate_per_minute: int = 120,
        max_body: int = MAX_BODY,
        service: Open311Service | None = None,
    ) -> None:
        self.service = service or Open311Service(db, profile)
        self.limit = RateLimit(rate_per_minute)
        self.max_body = max_body
        # Submits queue here, not on database connections: every intake takes the code
        # sequence's row lock, so more at once only hold pool connections the reads need.
        self.writers = asyncio.Semaphore(WRITERS)
        # One process, one interpreter lock: reads in the thread pool without a bound starve
        # the submits of CPU (measured: 25 readers left 8 POST/s), so they queue here too.
        self.readers = asyncio.Semaphore(READERS)

    # -- plumbing ---------------------------------------------------------------------------

    def _caller(self, request: Request, key: str) -> str:
        if key:
            return "key:" + key.strip()[:100]
        return "ip:" + (request.client.host if request.client else "?")

    def route(self, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        """``handler`` with the format checked and every refusal as a GeoReport error list."""

        async def endpoint(request: Request) -> Response:
            fmt = request.path_params.get("fmt", "")
            try:
                if fmt not in encode.MEDIA:
                    fmt = "json"
                    raise bad_format(request.path_params.get("fmt", ""))
                return await handler(request, fmt)
            except Open311Error as exc:
                return self.error(fmt, exc.status, str(exc))
            except (MessageError, ValueError) as exc:  # the intake's refusals: bad input
                return self.error(fmt, 400, str(exc))
            except OperationalError:
                log.exception("open311: database unavailable")
                return self.error(fmt, 503, "Cơ sở dữ liệu tạm thời không trả lời; thử lại sau")
            except Exception:  # still a GeoReport answer; the trace goes to the log
                log.exception("open311: %s %s failed", request.method, request.url.path)
                return self.error(fmt, 500, "Lỗi máy chủ khi xử lý yêu cầu; thử lại sau")

        return endpoint

    async def read(self, fn: Callable[..., Any], *args: Any) -> Any:
        async with self.readers:
            return await run_in_threadpool(fn, *args)

    @staticmethod
    def ok(fmt: str, kind: str, rows: list[dict[str, Any]], status: int = 200) -> Response:
        return Response(encode.body(fmt, kind, rows), status, media_type=encode.MEDIA[fmt])

    def error(self, fmt: str, status: int, description: str) -> Response:
        return self.ok(fmt, "errors", encode.error_items(status, description), status)

    # -- endpoints --------------------------------------------------------------------------

    async def list_services(self, request: Request, fmt: str) -> Response:
        self.limit.take(self._caller(request, ""))
        found = await self.read(self.service.services)
        return self.ok(fmt, "services", [encode.service_item(s) for s in found])

    async def one_service(self, request: Request, fmt: str) -> Response:
        self.limit.take(self._caller(request, ""))
        found = await self.read(self.service.service, request.path_params["code"])
        return self.ok(fmt, "services", [encode.service_item(found)])

    async def post_request(self, request: Request, fmt: str) -> Response:
        raw = await read_body(
            request.stream(), request.headers.get("content-length"), self.max_body
        )
        form = forms.parse_form(raw)
        key = form.get("api_key", "")
        if not key.strip():
            raise MissingKey("Thiếu khóa API (api_key)")
        self.limit.take(self._caller(request, key))
        parsed = forms.request_form(form, request.headers.get("idempotency-key"))
        client = await run_in_threadpool(self.service.client, key)
        async with self.writers:
            done = await run_in_threadpool(self.service.submit, client, parsed)
        return self.ok(fmt, "requests", [encode.submitted_item(done)], 201 if done.new else 200)

    async def get_requests(self, request: Request, fmt: str) -> Response:
        params = request.query_params
        key = params.get("api_key", "")
        self.limit.take(self._caller(request, key))
        query = forms.request_query(params)

        def read() -> Any:
            if key:
                self.service.client(key)  # a key given must be a valid one
            return self.service.requests(query)

        found = await self.read(read)
        return self.ok(fmt, "requests", [encode.request_item(r) for r in found])

    async def get_request(self, request: Request, fmt: str) -> Response:
        self.limit.take(self._caller(request, request.query_params.get("api_key", "")))
        found = await self.read(self.service.request, request.path_params["id"])
        return self.ok(fmt, "requests", [encode.request_item(found)])

    async def requests(self, request: Request, fmt: str) -> Response:
        if request.method == "POST":
            return await self.post_request(request, fmt)
        return await self.get_requests(request, fmt)

    async def not_found(self, request: Request, exc: Exception) -> Response:
        status = exc.status_code if isinstance(exc, HTTPException) else 404
        text = (
            "Không có địa chỉ này: dùng /services, /requests (.json hoặc .xml)"
            if status == 404
            else "Phương thức không được hỗ trợ ở địa chỉ này"
        )
        fmt = "xml" if request.url.path.endswith(".xml") else "json"
        return self.error(fmt, status, text)


def create_app(db: Database, profile: Profile, **options: Any) -> Starlette:
    """The GeoReport v2 application on ``db``, at the server's root: /services.json…"""
    app = Open311App(db, profile, **options)
    routes = [
        Route("/services.{fmt}", app.route(app.list_services), methods=["GET"]),
        Route("/services/{code}.{fmt}", app.route(app.one_service), methods=["GET"]),
        Route("/requests.{fmt}", app.route(app.requests), methods=["GET", "POST"]),
        Route("/requests/{id}.{fmt}", app.route(app.get_request), methods=["GET"]),
    ]
    return Starlette(routes=routes, exception_handlers={404: app.not_found, 405: app.not_found})
