"""The body size limit and the per-key rate limit of the Open311 server."""

from __future__ import annotations

import math
import time
from collections.abc import AsyncIterator

from console.open311.errors import too_large, too_many

MAX_BODY = 64 * 1024  # a GeoReport form is a few hundred bytes; media go by media_url


async def read_body(stream: AsyncIterator[bytes], declared: str | None, limit: int) -> bytes:
    """The request body, refused (413) past ``limit`` bytes whether or not it said its length."""
    if declared and declared.isdigit() and int(declared) > limit:
        raise too_large(limit)
    chunks, size = [], 0
    async for chunk in stream:
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


class RateLimit:
    """A token bucket per caller (an API key, else the client's address): ``per_minute``
    requests a minute on average, as many in a burst. 0 turns it off.

    Used from the event loop only (one thread), so it needs no lock."""

    def __init__(self, per_minute: int, clock: object = time.monotonic) -> None:
        self.per_minute = per_minute
        self.clock = clock
        self.buckets: dict[str, tuple[float, float]] = {}  # caller -> (tokens, at)

    def take(self, caller: str) -> None:
        """Count one request of ``caller``, or refuse it (429) when its bucket is empty."""
        if self.per_minute <= 0:
            return
        now = self.clock()  # type: ignore[operator]
        rate = self.per_minute / 60.0
        tokens, at = self.buckets.get(caller, (float(self.per_minute), now))
        tokens = min(float(self.per_minute), tokens + (now - at) * rate)
        if tokens < 1.0:
            self.buckets[caller] = (tokens, now)
            raise too_many(max(1, math.ceil((1.0 - tokens) / rate)))
        self.buckets[caller] = (tokens - 1.0, now)
        if len(self.buckets) > 10_000:  # forget full buckets: they behave as new ones
            self.buckets = {k: v for k, v in self.buckets.items() if v[0] < self.per_minute}
