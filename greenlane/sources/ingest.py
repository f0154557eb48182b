"""Ingestion: files in, each document stored once, its facts waiting for review.

`create_job` stores the files of a batch (SHA-256 of the bytes: a file stored before is counted
as a duplicate and changes nothing); `run_job` (the Celery task `sources.ingest_job`, inline when
no broker is configured) reads each new document with the extraction core, links a retelling (a
translation, another outlet) to the earlier document of the same story, and files each fact
once: a fact that a retelling repeats gets the retelling in `Fact.also_in` instead of a second
pending fact. The job's counters and report are saved after every file, so a long batch shows
its progress.

The job row is itself the log of the batch (who, when, what happened to each file), so it is not
audited; documents and facts are, through `greenlane.core.services`.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.dispatch import Signal
from django.utils import timezone
from django.utils.translation import gettext as _

from greenlane.core import services
from greenlane.core.files import safe_name
from greenlane.core.services import Actor, Who, as_actor
from greenlane.core.text import fold
from greenlane.extract import Document as Extracted
from greenlane.extract import extract_document
from greenlane.extract.decode import decode
from greenlane.sources.models import Document, Fact, IngestJob
from greenlane.sources.stories import Stories, fact_key

log = logging.getLogger(__name__)

# What the extraction core reads: plain text, Markdown (as text) and HTML pages.
SUFFIXES = (".txt", ".md", ".html", ".htm")
LANGUAGES = {choice.value for choice in Document.Language}
# Formats that are certainly not text, by their first bytes.
BINARY_SIGNATURES = (
    b"%PDF", b"PK\x03\x04", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"MZ",
    b"\xd0\xcf\x11\xe0", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf",
)
# Share of the decoded characters that may be unreadable (control or replacement characters).
MAX_UNREADABLE = 0.01

# Sent inside the transaction that filed a document's facts: sender=IngestJob, job, document,
# facts (the new Fact rows; facts merged into an earlier document's facts are not in it). The
# review queue may connect here, e.g. to compare the facts with the registry.
facts_filed = Signal()


class Outcome:
    QUEUED = "queued"  # stored, waiting for the extractor
    STORED = "stored"  # stored and read
    DUPLICATE = "duplicate"  # these bytes were stored before: nothing changed
    FAILED = "failed"  # refused, or the extractor could not read it


@dataclass(frozen=True)
class Incoming:
    """One file of a batch: its name as the user gave it, its size, and how to read it."""

    name: str
    size: int
    read: Callable[[], bytes]
    publisher: str = ""  # the batch's publisher when empty

    @classmethod
    def from_path(cls, path: Path, shown: str | None = None, publisher: str = "") -> Incoming:
        try:
            size = path.stat().st_size
        except OSError:
            size = -1
        return cls(shown or str(path), size, path.read_bytes, publisher)

    @classmethod
    def from_upload(cls, upload: UploadedFile) -> Incoming:
        def read() -> bytes:
            upload.seek(0)
            return upload.read()

        return cls(upload.name or "file", upload.size or 0, read)


@dataclass
class Entry:
    """One line of a job's report."""

    name: str
    outcome: str
    document: int | None = None
    message: str = ""
    facts: int = 0
    same_story_as: int | None = None
    new: bool = False  # a document this batch created (not kept in the report)

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.name, "outcome": self.outcome, "document": self.document,
            "message": self.message, "facts": self.facts, "same_story_as": self.same_story_as,
        }


# --- storing -----------------------------------------------------------------------------------


def max_bytes() -> int:
    return int(settings.MAX_UPLOAD_MB) * 1024 * 1024


def accept(incoming: Incoming) -> bytes:
    """The file's bytes, or a ValidationError that says, in the user's words, what is wrong."""
    name = Path(incoming.name).name or incoming.name
    if Path(name).suffix.lower() not in SUFFIXES:
        raise ValidationError(
            _("“%(name)s”: this type of file is not read (accepted: %(types)s).")
            % {"name": name, "types": ", ".join(s.lstrip(".") for s in SUFFIXES)}
        )
    if incoming.size > max_bytes():
        raise ValidationError(
            _("“%(name)s” is %(size).1f MB; the limit is %(limit)d MB.")
            % {"name": name, "size": incoming.size / 1048576, "limit": settings.MAX_UPLOAD_MB}
        )
    try:
        data = incoming.read()
    except OSError as error:
        raise ValidationError(
            _("“%(name)s” cannot be read: %(error)s.")
            % {"name": name, "error": error.strerror or error}
        ) from error
    if len(data) > max_bytes():  # the size given beforehand may have been wrong
        raise ValidationError(
            _("“%(name)s” is %(size).1f MB; the limit is %(limit)d MB.")
            % {"name": name, "size": len(data) / 1048576, "limit": settings.MAX_UPLOAD_MB}
        )
    _check_text(name, data)
    return data


def _check_text(name: str, data: bytes) -> None:
    if not data.strip():
        raise ValidationError(_("“%(name)s” is empty.") % {"name": name})
    if data.startswith(BINARY_SIGNATURES):
        raise ValidationError(
            _("“%(name)s” is a binary file (a PDF, an image, an archive ...), not text.")
            % {"name": name}
        )
    text = decode(data[:200_000]).text
    unreadable = sum(
        1 for c in text if c == "\ufffd" or (c < " " and c not in "\t\n\r\f\v")
    )
    if unreadable > MAX_UNREADABLE * len(text):
        raise ValidationError(
            _("“%(name)s” cannot be read as text: its encoding is unknown or it is not a text "
              "file.") % {"name": name}
        )
    if not text.strip():
        raise ValidationError(_("“%(name)s” is empty.") % {"name": name})


def create_job(
    who: Who, files: Sequence[Incoming], publisher: str = "", url: str = ""
) -> IngestJob:
    """Store the batch's files (each once) and return the job, queued for `run_job`."""
    actor = as_actor(who)
    job = IngestJob.objects.create(user=actor.user, actor=actor.name[:150], total=len(files))
    progress = Progress(job)
    for incoming in files:
        entry = _store(actor, job, incoming, publisher, url)
        job.created_documents += entry.new
        job.duplicates += entry.outcome == Outcome.DUPLICATE
        job.failed += entry.outcome == Outcome.FAILED
        job.processed += entry.outcome != Outcome.QUEUED
        progress.add(entry.as_json())
        progress.save()
    progress.save(report=True)
    return job


def _store(actor: Actor, job: IngestJob, incoming: Incoming, publisher: str, url: str) -> Entry:
    try:
        data = accept(incoming)
    except ValidationError as error:
        return Entry(incoming.name, Outcome.FAILED, message=" ".join(error.messages))
    digest = hashlib.sha256(data).hexdigest()
    existing = Document.objects.filter(content_hash=digest).first()
    if existing is not None and (
        existing.extracted or existing.job_id is None or _busy(existing, job)
    ):  # a document filed by hand or by the demo loader is left as it is
        return _duplicate(incoming, existing)
    if existing is not None:  # ingested before but never read (the extractor failed, or crashed)
        services.update(actor, existing, {"job": job}, reason=_("read again"))
        return Entry(incoming.name, Outcome.QUEUED, existing.pk)
    document = Document(
        title=(Path(incoming.name).name or incoming.name)[:500],
        publisher=(incoming.publisher or publisher)[:200],
        url=url, content_hash=digest, job=job, language=Document.Language.OTHER,
    )
    document.file.save(safe_name(incoming.name), ContentFile(data), save=False)
    try:
        services.create(actor, document)
    except (IntegrityError, ValidationError):
        document.file.delete(save=False)
        existing = Document.objects.filter(content_hash=digest).first()
        if existing is None:  # not a race with another batch: a real error
            raise
        return _duplicate(incoming, existing)
    return Entry(incoming.name, Outcome.QUEUED, document.pk, new=True)


def _busy(document: Document, job: IngestJob) -> bool:
    """Whether another batch is reading the document right now, or this batch has it already."""
    if document.job_id == job.pk:
        return True
    return IngestJob.objects.filter(
        pk=document.job_id, status__in=[IngestJob.Status.QUEUED, IngestJob.Status.RUNNING]
    ).exists()


def _duplicate(incoming: Incoming, existing: Document) -> Entry:
    return Entry(
        incoming.name, Outcome.DUPLICATE, existing.pk,
        _("Already stored as “%(title)s”: nothing changed.") % {"title": existing.title},
    )


class Progress:
    """Saves a job's counters after every file, and its report (which grows with the batch) at
    most every few seconds and at the end, so a batch of thousands of files stays linear."""

    REPORT_EVERY = 5.0  # seconds

    def __init__(self, job: IngestJob) -> None:
        self.job = job
        self.saved = time.monotonic()
        self.queued = {
            e["document"]: e for e in job.report
            if e.get("outcome") == Outcome.QUEUED and e.get("document")
        }

    def add(self, entry: dict[str, Any]) -> None:
        self.job.report.append(entry)
        if entry["outcome"] == Outcome.QUEUED and entry.get("document"):
            self.queued[entry["document"]] = entry

    def entry_of(self, document: Document) -> dict[str, Any]:
        entry = self.queued.get(document.pk)
        if entry is None:  # e.g. a report lost to a crash: the document is still read
            entry = Entry(document.title, Outcome.QUEUED, document.pk).as_json()
            self.add(entry)
        return entry

    def save(self, report: bool = False) -> None:
        fields = ["status", "processed", "created_documents", "duplicates", "failed", "facts",
                  "finished", "updated"]
        if report or time.monotonic() - self.saved >= self.REPORT_EVERY:
            fields.append("report")
            self.saved = time.monotonic()
        self.job.save(update_fields=fields)


# --- reading -----------------------------------------------------------------------------------


def run_job(job_id: int, on_file: Callable[[dict[str, Any]], None] | None = None) -> IngestJob:
    """Read every document of the job that is not read yet; counters saved after each file.

    Running a finished job again does nothing; a job interrupted half way resumes where it
    stopped. `on_file` is called with each file's report entry as it is done."""
    job = IngestJob.objects.get(pk=job_id)
    if job.status == IngestJob.Status.DONE:
        return job
    job.status = IngestJob.Status.RUNNING
    progress = Progress(job)
    progress.save()
    actor = Actor(job.user, job.actor or "ingestion")
    try:
        stories = Stories.recent(exclude_job=job.pk)
        for document in job.documents.filter(extracted__isnull=True).order_by("pk"):
            entry = _read_one(actor, progress, document, stories)
            if on_file is not None:
                on_file(entry)
    except Exception:
        log.exception("ingestion batch %s stopped", job.pk)
        job.status, job.finished = IngestJob.Status.FAILED, timezone.now()
        progress.save(report=True)
        raise
    job.status, job.finished = IngestJob.Status.DONE, timezone.now()
    progress.save(report=True)
    return job


def _read_one(
    actor: Actor, progress: Progress, document: Document, stories: Stories
) -> dict[str, Any]:
    job, entry = progress.job, progress.entry_of(document)
    before = (job.processed, job.facts)
    try:
        with transaction.atomic():
            locked = (
                Document.objects.select_for_update()
                .filter(pk=document.pk, extracted__isnull=True).first()
            )
            if locked is None:  # another worker read it meanwhile
                return entry
            outcome = _extract(actor, job, locked, stories)
            job.processed, job.facts = before[0] + 1, before[1] + outcome["facts"]
            progress.save()
        entry.update(outcome)
    except Exception as error:  # one unreadable document must not stop the batch
        log.exception("document %s of batch %s could not be read", document.pk, job.pk)
        message = _("The extractor failed: %(error)s") % {
            "error": f"{type(error).__name__}: {error}"[:300]}
        entry.update(outcome=Outcome.FAILED, message=message, facts=0, same_story_as=None)
        job.processed, job.facts = before[0] + 1, before[1]
        job.failed += 1
        progress.save(report=True)
    return entry


def _extract(actor: Actor, job: IngestJob, document: Document, stories: Stories) -> dict[str, Any]:
    result = extract_document(_bytes_of(document), filename=document.file.name or document.title,
                              source=str(document.pk))
    if result.error:
        raise ValueError(result.error)
    if not result.text.strip():
        raise ValueError(_("no text was found in the file"))
    root_source = stories.root_of(result)
    root = int(root_source) if root_source else None
    title = (result.title or document.title)[:500]
    services.update(actor, document, {
        "title": title,
        "search": fold(f"{title} {document.publisher}"),  # save() fills it; update_fields needs it
        "language": result.language if result.language in LANGUAGES else Document.Language.OTHER,
        "published": _date(result.published) or document.published,
        "text": result.text,
        "warnings": list(result.warnings),
        "extracted": timezone.now(),
        "duplicate_of": Document.objects.filter(pk=root).first() if root else None,
    })
    stories.add(result)
    created, merged = _file_facts(actor, document, result, root)
    facts_filed.send(sender=IngestJob, job=job, document=document, facts=created)
    return {"outcome": Outcome.STORED, "facts": len(created), "merged": merged,
            "same_story_as": root, "message": ""}


def _bytes_of(document: Document) -> bytes | str:
    if document.file:
        try:
            with document.file.open("rb") as handle:
                data: bytes = handle.read()
                return data
        except OSError:
            log.warning("the file of document %s is missing; reading its text", document.pk)
    if document.text:
        return document.text
    raise ValueError(_("the stored file is missing"))


def _date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _file_facts(
    actor: Actor, document: Document, result: Extracted, root: int | None
) -> tuple[list[Fact], int]:
    """Create the document's facts; a fact the story's earlier documents already carry gets
    this document in `also_in` instead. Returns (created facts, number merged)."""
    earlier = _story_facts(root, document) if root else {}
    created: list[Fact] = []
    merged = 0
    for extracted in result.facts:
        data = extracted.as_json()
        kind, evidence = data.pop("kind"), data.pop("evidence")
        same = earlier.get(fact_key(kind, data))
        if same is not None:
            _merge(actor, same, document, evidence, extracted.start, extracted.end)
            merged += 1
            continue
        fact = Fact(document=document, kind=kind, data=data, evidence=evidence,
                    start=extracted.start, end=extracted.end)
        created.append(services.create(actor, fact))
    return created, merged


def _merge(actor: Actor, fact: Fact, document: Document, evidence: str, start: int,
           end: int) -> None:
    """Record that `document` reports `fact` too, with its own sentence (for highlighting and
    for citing every source when the fact is filed)."""
    ids = {*fact.also_in.values_list("pk", flat=True), document.pk}
    sources = [s for s in fact.also_evidence if s.get("document") != document.pk]
    sources.append({"document": document.pk, "evidence": evidence, "start": start, "end": end})
    services.update(
        actor, fact, {"also_in": sorted(ids), "also_evidence": sources},
        reason=_("the same fact reported in “%(title)s”") % {"title": document.title},
    )


def _story_facts(root: int, document: Document) -> dict[str, Fact]:
    facts = (
        Fact.objects.filter(document__in=Document.objects.filter(pk=root).values("pk"))
        | Fact.objects.filter(document__duplicate_of_id=root)
    ).exclude(document=document).order_by("document_id", "pk")
    found: dict[str, Fact] = {}
    for fact in facts:
        found.setdefault(fact_key(fact.kind, fact.data), fact)
    return found


# --- for the command line and the demo -----------------------------------------------------------


def files_under(paths: Iterable[str]) -> list[Incoming]:
    """The files named, and under each directory named (recursively, hidden files skipped) the
    files of the types the extractor reads, in sorted order."""
    found: list[Incoming] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found.extend(
                Incoming.from_path(p) for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            found.append(Incoming.from_path(path, name))
    return found
