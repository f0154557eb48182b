from collections.abc import Iterator

import pytest
from django.utils import translation

from tests.testing import fast_passwords, w  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Messages are asserted in English (the msgids); pages choose their language per request."""
    with translation.override("en"):
        yield
