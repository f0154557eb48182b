"""Celery tasks of the core: the periodic job runner that Celery beat schedules."""

from __future__ import annotations

from typing import Any

from greenlane.celery import app
from greenlane.core import periodic


# Bound to Greenlane's Celery app, not `shared_task`: the package does not import Celery at
# import time, so that the extraction core stays free of it.
@app.task(name="greenlane.run_job")
def run_job(path: str) -> Any:
    return periodic.run(path)
