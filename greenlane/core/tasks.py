"""Celery tasks of the core: the periodic job runner that Celery beat schedules."""

from __future__ import annotations

from typing import Any

from celery import shared_task

from greenlane.core import periodic


@shared_task(name="greenlane.run_job")
def run_job(path: str) -> Any:
    return periodic.run(path)
