"""A real Open311 server on a free local port, in a thread, and a small HTTP client (urllib)."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import uvicorn

from console.db import Database
from console.open311.app import create_app
from console.profiles import Profile


@dataclass
class Reply:
    status: int
    body: bytes
    content_type: str

    def json(self) -> Any:
        return json.loads(self.body)

    def xml(self) -> ET.Element:
        return ET.fromstring(self.body)

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: Database, profile: Profile, **options: Any) -> Iterator[str]:
    """The server's base URL while it runs; stopped (should_exit) on leaving."""
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(db, profile, **options), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the Open311 server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def call(
    url: str,
    form: dict[str, str] | None = None,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
) -> Reply:
    """GET ``url``, or POST ``form`` (form-encoded) or raw ``data``; any status is returned."""
    body = (
        data
        if data is not None
        else (urllib.parse.urlencode(form).encode() if form is not None else None)
    )
    request = urllib.request.Request(url, data=body, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as resp:
            return Reply(resp.status, resp.read(), resp.headers.get("content-type", ""))
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, exc.read(), exc.headers.get("content-type", ""))
