"""A TCP proxy in front of the test PostgreSQL whose link the test can make silent or cut.

``silent()``: the proxy stops moving bytes either way and takes new connections without ever
answering: what a console sees when packets are dropped and nothing is reset (a cable pulled
past the switch, a VPN gone). ``speak()``: bytes move again; new connections work.

``cut()``: every open connection is closed at once and new ones are closed as soon as they
come, what a console sees when the central server's machine or the network goes away (psycopg's
"server closed the connection unexpectedly", no SQLSTATE). ``mend()``: new connections reach
the server again. ``down()``: cut for the length of a ``with`` block.
"""

from __future__ import annotations

import selectors
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress

from sqlalchemy.engine import make_url


class LinkProxy:
    def __init__(self, host: str, port: int) -> None:
        self.upstream = (host, port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._quiet = threading.Event()
        self._refuse = threading.Event()  # cut: close what is open, and each newcomer
        self._cutting = threading.Event()  # cut() asked; the proxy's thread does it
        self._cut_done = threading.Event()
        self._stop = threading.Event()
        self._pairs: dict[socket.socket, socket.socket] = {}
        self._parked: list[socket.socket] = []
        self._thread = threading.Thread(target=self._run, daemon=True, name="silent-proxy")
        self._thread.start()

    def url(self, url: str) -> str:
        """``url`` (a PostgreSQL URL) through this proxy."""
        return (
            make_url(url)
            .set(host="127.0.0.1", port=self.port)
            .render_as_string(hide_password=False)
        )

    def silent(self) -> None:
        self._quiet.set()

    def speak(self) -> None:
        self._quiet.clear()

    def cut(self) -> None:
        """Returns once every open connection is closed (the proxy's thread closes them)."""
        self._refuse.set()
        done = threading.Event()
        self._cut_done = done
        self._cutting.set()
        assert done.wait(5), "the proxy did not cut"

    def mend(self) -> None:
        self._refuse.clear()

    @contextmanager
    def down(self) -> Iterator[None]:
        self.cut()
        try:
            yield
        finally:
            self.mend()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        for s in [self.listener, *self._pairs, *self._parked]:
            s.close()

    def _connect(self, client: socket.socket) -> None:
        try:
            server = socket.create_connection(self.upstream)
        except OSError:
            client.close()
            return
        self._pairs[client], self._pairs[server] = server, client

    def _drop(self, sock: socket.socket) -> None:
        other = self._pairs.pop(sock, None)
        sock.close()
        if other is not None:
            self._pairs.pop(other, None)
            other.close()

    def _close_all(self) -> None:
        for sock in [*self._pairs, *self._parked]:
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self._pairs.clear()
        self._parked.clear()

    def _run(self) -> None:
        while not self._stop.is_set():
            if self._cutting.is_set():
                self._close_all()
                self._cutting.clear()
                self._cut_done.set()
            sel = selectors.DefaultSelector()
            sel.register(self.listener, selectors.EVENT_READ)
            if not self._quiet.is_set():
                while self._parked:
                    self._connect(self._parked.pop())
                for sock in self._pairs:
                    sel.register(sock, selectors.EVENT_READ)
            for key, _ in sel.select(timeout=0.1):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                if sock is self.listener:
                    client, _addr = self.listener.accept()
                    if self._refuse.is_set():
                        client.close()
                    elif self._quiet.is_set():
                        self._parked.append(client)  # taken, never answered
                    else:
                        self._connect(client)
                    continue
                if sock not in self._pairs or self._quiet.is_set():
                    continue
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if not data:
                    self._drop(sock)
                    continue
                try:
                    self._pairs[sock].sendall(data)
                except OSError:
                    self._drop(sock)
            sel.close()


@contextmanager
def link_proxy(url: str) -> Iterator[LinkProxy]:
    parsed = make_url(url)
    proxy = LinkProxy(parsed.host or "127.0.0.1", parsed.port or 5432)
    try:
        yield proxy
    finally:
        proxy.close()
