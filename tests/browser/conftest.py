"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright's sync API.

No pytest-playwright: the browser is managed here. Each xdist worker starts its own browser and
its own `live_server`. Without Chromium the tests are skipped with a reason (`pytest -rs`).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_path() -> str | None:
    if Path("/usr/bin/chromium").exists():
        return "/usr/bin/chromium"
    return shutil.which("chromium")


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    executable = chromium_path()
    if executable is None:
        pytest.skip("Chromium is not installed (/usr/bin/chromium): apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed")
    # Playwright's sync API runs an event loop in this thread; Django's ORM, used by the tests to
    # set up data, would otherwise refuse to run ("You cannot call this from an async context").
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(
    browser: Any, live_server: Any, transactional_db: None, django_db_serialized_rollback: None
) -> Iterator[Any]:
    """A fresh browser context (no cookies) per test, as a Vietnamese officer's browser (it asks
    for Vietnamese). The live server sees committed data only, hence a transactional database;
    serialized rollback restores the reference data (provinces, countries...) that migrations
    load and that another transactional test's flush may have removed."""
    context = browser.new_context(
        base_url=live_server.url, locale="vi-VN", viewport={"width": 1366, "height": 900}
    )
    context.set_default_timeout(15_000)
    tab = context.new_page()
    yield tab
    context.close()
