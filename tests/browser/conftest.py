"""Real Chromium (Debian's /usr/bin/chromium) driven by Playwright's sync API.

No pytest-playwright: the browser is managed here. Each xdist worker has its own `live_server`;
Chromium is started per test (see `browser`). Without Chromium the tests are skipped with a
reason (`pytest -rs`).
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


@pytest.fixture
def browser(
    live_server: Any, transactional_db: None, django_db_serialized_rollback: None
) -> Iterator[Any]:
    """Chromium, started per test and only after the database is set up.

    Not session-wide: while Playwright's sync API runs, its event loop makes Django's
    `connections` (an asgiref Local) hand out a new connection object, which lacks the test
    database's serialized contents; serialized rollback would then silently restore nothing and
    every later transactional test on the worker would find the reference data flushed."""
    executable = chromium_path()
    if executable is None:
        pytest.skip("Chromium is not installed (/usr/bin/chromium): apt-get install chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed")
    # Playwright's sync API runs an event loop in this thread; Django's ORM, used by the tests to
    # set up data, would otherwise refuse to run ("You cannot call this from an async context").
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            yield chromium
            chromium.close()
    finally:
        if previous is None:
            del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def page(browser: Any, live_server: Any) -> Iterator[Any]:
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
