"""The Celery task: inline without a broker (as on the demo), after commit with one."""

from __future__ import annotations

from typing import Any

import pytest

from greenlane.sources import ingest, tasks
from greenlane.sources.models import Document, IngestJob
from tests.sources.conftest import DA_NANG_EN, from_corpus

pytestmark = pytest.mark.django_db


def test_the_task_runs_inline_without_a_broker() -> None:
    from greenlane.celery import app

    assert app.conf.task_always_eager  # GREENLANE_BROKER_URL is not set in the tests
    job = ingest.create_job(None, from_corpus(DA_NANG_EN))
    tasks.enqueue(job.pk)
    job.refresh_from_db()
    assert (job.status, job.processed, job.total) == ("done", 1, 1)
    assert Document.objects.get().extracted is not None


def test_the_task_returns_a_summary_and_a_second_run_changes_nothing() -> None:
    job = ingest.create_job(None, from_corpus(DA_NANG_EN))
    summary = tasks.ingest_job.delay(job.pk).get()
    facts = IngestJob.objects.get(pk=job.pk).facts
    assert summary == f"batch {job.pk}: 1/1 files, {facts} facts"
    tasks.ingest_job.delay(job.pk)
    assert IngestJob.objects.get(pk=job.pk).facts == facts


def test_with_a_broker_the_task_is_sent_once_the_batch_is_committed(
    settings: Any, monkeypatch: pytest.MonkeyPatch, django_capture_on_commit_callbacks: Any
) -> None:
    settings.CELERY_TASK_ALWAYS_EAGER = False
    sent: list[int] = []
    monkeypatch.setattr(tasks.ingest_job, "delay", lambda job_id: sent.append(job_id))
    job = ingest.create_job(None, from_corpus(DA_NANG_EN))
    with django_capture_on_commit_callbacks(execute=True):
        tasks.enqueue(job.pk)
        assert sent == []  # not before the stored documents are visible to a worker
    assert sent == [job.pk]
    assert IngestJob.objects.get(pk=job.pk).status == "queued"


def test_a_batch_read_by_a_worker_notifies_its_uploader(
    settings: Any, users: dict[str, Any]
) -> None:
    from greenlane.core.models import Notification

    settings.CELERY_TASK_ALWAYS_EAGER = False
    job = ingest.create_job(users["officer"], from_corpus(DA_NANG_EN))
    tasks.ingest_job(job.pk)  # what the worker runs
    note = Notification.objects.get(user=users["officer"])
    assert note.url == f"/sources/batches/{job.pk}/"
    assert str(job.pk) in note.subject


def test_an_inline_batch_notifies_nobody_the_uploader_is_looking_at_it(users: dict[str, Any]) -> None:
    from greenlane.core.models import Notification

    job = ingest.create_job(users["officer"], from_corpus(DA_NANG_EN))
    tasks.enqueue(job.pk)
    assert not Notification.objects.exists()
