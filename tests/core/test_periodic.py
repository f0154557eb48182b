"""Periodic jobs: run by name, in a server thread when there is no broker, never by both."""

from __future__ import annotations

import threading
from typing import Any

CALLS: list[str] = []
RAN = threading.Event()


def job() -> str:
    CALLS.append("ran")
    RAN.set()
    return "1 request escalated"


def failing_job() -> None:
    raise RuntimeError("boom")


def test_a_job_runs_by_its_dotted_name(settings: Any) -> None:
    from greenlane.core import periodic

    CALLS.clear()
    assert periodic.run("tests.core.test_periodic.job") == "1 request escalated"
    assert CALLS == ["ran"]


def test_without_a_broker_the_server_runs_the_jobs_in_a_thread_and_survives_a_failing_one(
    settings: Any,
) -> None:
    from greenlane.core import periodic

    settings.BROKER_URL = ""
    settings.PERIODIC_JOBS = {
        "tests.core.test_periodic.failing_job": 1,
        "tests.core.test_periodic.job": 1,
    }
    RAN.clear()
    stop = periodic.start_in_process(delay=0, tick=0.01)
    assert stop is not None
    try:
        assert RAN.wait(5), "the job did not run"
    finally:
        stop.set()


def test_with_a_broker_celery_beat_runs_them_and_the_server_starts_no_thread(
    settings: Any,
) -> None:
    from greenlane.core import periodic

    settings.BROKER_URL = "redis://127.0.0.1:6379/0"
    assert periodic.start_in_process() is None


def test_celery_beat_schedules_every_periodic_job() -> None:
    from django.conf import settings

    scheduled = {entry["args"][0] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert scheduled == set(settings.PERIODIC_JOBS)
    assert all(e["task"] == "greenlane.run_job" for e in settings.CELERY_BEAT_SCHEDULE.values())
