"""Vietnamese text for demo data: field reports, citizens, addresses and the processing trail.

Stdlib only and deterministic: every function draws from the ``random.Random`` it is given, so a
seeded generator reproduces the same data. ``compose_report`` is fast enough for the
1,000,000-report benchmarks (templates are parsed once at import).

    from console import demo_text as txt
    title, description = txt.compose_report(rng, "giao_thong", txt.street_place(rng, area))
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from console.demo_text import compose, names, places, workflow
from console.demo_text.compose import TOPICS, compose_report
from console.demo_text.names import ascii_fold, email_for, person_name, phone_number
from console.demo_text.places import home_address, street_place
from console.demo_text.workflow import (
    feedback_text,
    progress_note,
    reject_reason,
    request_info_message,
    result_text,
    return_reason,
    rework_reason,
)

__all__ = [
    "TOPICS",
    "ascii_fold",
    "compose_report",
    "corpus_strings",
    "email_for",
    "feedback_text",
    "home_address",
    "person_name",
    "phone_number",
    "progress_note",
    "reject_reason",
    "request_info_message",
    "result_text",
    "return_reason",
    "rework_reason",
    "street_place",
]


def corpus_strings() -> Iterator[str]:
    """Every fixed string of the corpus: templates, slot values, names, streets, reasons."""
    name_lists = (
        [n for n, _ in names._FAMILY],
        [n for n, _ in names._MIDDLE_MALE],
        [n for n, _ in names._MIDDLE_FEMALE],
        names._SECOND_FEMALE,
        names._GIVEN_MALE,
        names._GIVEN_FEMALE,
        names._MINORITY_MALE,
        names._MINORITY_FEMALE,
    )
    place_lists = [places._COMMON_STREETS, places._LANDMARKS]
    for streets, roads, villages, lane, quarter, hamlets in places._REGIONS.values():
        place_lists += [streets, roads, villages, (lane, quarter), hamlets]
    return chain(
        compose.corpus_strings(),
        workflow.corpus_strings(),
        chain.from_iterable(name_lists),
        chain.from_iterable(place_lists),
    )
