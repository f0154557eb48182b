"""Celery tasks of sources: reading an ingestion batch in the background.

Without a broker (GREENLANE_BROKER_URL unset, as on the demo) CELERY_TASK_ALWAYS_EAGER runs the
task inline: the upload request then lasts as long as the batch."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from greenlane.celery import app  # the app configured from Django's settings (eager or broker)
from greenlane.core.notifications import notify
from greenlane.sources import ingest


@app.task(name="greenlane.sources.ingest_job", acks_late=True)
def ingest_job(job_id: int) -> str:
    """Read the batch's documents; a redelivered or repeated task resumes or does nothing. A
    batch read in the background tells its uploader when it is done."""
    job = ingest.run_job(job_id)
    if job.user is not None and not runs_inline():
        with translation.override(job.user.language or settings.LANGUAGE_CODE):
            subject = _(
                "Ingestion batch %(id)s is read: %(new)s new documents, %(facts)s facts to "
                "review, %(failed)s files failed."
            ) % {"id": job.pk, "new": job.created_documents, "facts": job.facts,
                 "failed": job.failed}
        notify([job.user], subject, reverse("sources:ingestjob", args=[job.pk]))
    return f"batch {job.pk}: {job.processed}/{job.total} files, {job.facts} facts"


def enqueue(job_id: int) -> None:
    """Start reading the batch: inline without a broker, else once the batch is committed (a
    worker must find the stored documents)."""
    if settings.CELERY_TASK_ALWAYS_EAGER:
        ingest_job.delay(job_id)
    else:
        transaction.on_commit(lambda: ingest_job.delay(job_id))


def runs_inline() -> bool:
    return bool(settings.CELERY_TASK_ALWAYS_EAGER)
