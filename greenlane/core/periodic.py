"""Periodic jobs (escalation, overdue alerts): Celery beat runs them in production; without a
broker, `greenlane serve` and `greenlane demo` run them in a background thread of the server.

A job is a function without arguments named in settings.PERIODIC_JOBS with its interval."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import close_old_connections
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)


def jobs() -> dict[str, int]:
    """Dotted path of each job → its interval in seconds."""
    return dict(getattr(settings, "PERIODIC_JOBS", {}))


def run(path: str) -> Any:
    """Run one job now (what the Celery task and the in-process loop both call)."""
    func: Callable[[], Any] = import_string(path)
    return func()


def _loop(stop: threading.Event, delay: float, tick: float) -> None:
    due = {path: time.monotonic() + delay for path in jobs()}
    while not stop.wait(tick):
        for path, interval in jobs().items():
            if time.monotonic() < due.get(path, 0):
                continue
            due[path] = time.monotonic() + interval
            try:
                close_old_connections()
                log.info("periodic job %s: %s", path, run(path))
            except Exception:  # a failing job must not stop the others
                log.exception("periodic job %s failed", path)
            finally:
                close_old_connections()


def start_in_process(delay: float = 30, tick: float = 5) -> threading.Event | None:
    """Start the jobs in a daemon thread unless a Celery broker runs them; returns its stop flag."""
    if settings.BROKER_URL or not jobs():
        return None
    stop = threading.Event()
    worker = threading.Thread(
        target=_loop, args=(stop, delay, tick), name="periodic-jobs", daemon=True
    )
    worker.start()
    return stop
