"""The core's tests read messages in English (the source language); pages rendered through the
test client still follow the request's language (Vietnamese by default)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    with translation.override("en"):
        yield
