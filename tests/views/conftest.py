"""Fixtures the screen tests share."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from console.views import i18n


@pytest.fixture
def english(qapp) -> Iterator[None]:
    """The interface in English for one test."""
    translators = i18n.install_translator(qapp, "en")
    assert len(translators) == 1
    try:
        yield
    finally:
        for t in translators:
            qapp.removeTranslator(t)
