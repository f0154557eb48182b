"""Where records come from: documents (articles, reports) and citations of their sentences."""

from __future__ import annotations

from typing import Any, ClassVar

from django.contrib.contenttypes.fields import GenericForeignKey
from django.db import models
from django.utils.translation import gettext_lazy as _

from greenlane.core.models import BaseModel
from greenlane.core.text import fold


class Document(BaseModel):
    class Language(models.TextChoices):
        VI = "vi", _("Vietnamese")
        EN = "en", _("English")
        JA = "ja", _("Japanese")
        FR = "fr", _("French")
        OTHER = "xx", _("other")

    title = models.CharField(_("title"), max_length=500)
    publisher = models.CharField(_("publisher"), max_length=200, blank=True)
    published = models.DateField(_("published"), null=True, blank=True)
    language = models.CharField(
        _("language"), max_length=2, choices=Language.choices, default=Language.VI
    )
    url = models.URLField(_("URL"), max_length=1000, blank=True)
    file = models.FileField(_("file"), upload_to="documents/%Y/%m/", blank=True)
    content_hash = models.CharField(
        _("content hash"),
        max_length=64,
        blank=True,
        db_index=True,
        help_text=_("SHA-256 of the file: the same document is stored once."),
    )
    text = models.TextField(_("text"), blank=True)
    search = models.TextField(editable=False, default="")
    job = models.ForeignKey(
        "sources.IngestJob", verbose_name=_("ingestion batch"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="documents",
    )
    extracted = models.DateTimeField(
        _("extracted"), null=True, blank=True,
        help_text=_("When the extractor read this document."),
    )
    duplicate_of = models.ForeignKey(
        "self", verbose_name=_("same story as"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="retellings",
        help_text=_(
            "An earlier document that reports the same story (a translation, another outlet)."
        ),
    )
    warnings = models.JSONField(_("warnings"), default=list, blank=True)

    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search", "text")

    class Meta:
        ordering = ["-published", "-id"]
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        constraints = [
            models.UniqueConstraint(
                fields=["content_hash"],
                condition=~models.Q(content_hash=""),
                name="document_unique_content",
            )
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args: object, **kwargs: object) -> None:
        self.search = fold(f"{self.title} {self.publisher}")
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Citation(BaseModel):
    """A record (or one of its fields) and the sentence of a document that supports it."""

    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.PROTECT, related_name="citations"
    )
    quote = models.TextField(_("quoted sentence"))
    content_type = models.ForeignKey("contenttypes.ContentType", on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    field = models.CharField(_("field"), max_length=100, blank=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("citation")
        verbose_name_plural = _("citations")
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.document}: {self.quote[:80]}"


class IngestJob(BaseModel):
    """A batch of files given to Greenlane at once (upload page or `greenlane ingest`), read in the
    background; its counters show the progress of a long batch."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    user = models.ForeignKey(
        "core.User", verbose_name=_("user"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    actor = models.CharField(_("actor"), max_length=150, blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.QUEUED
    )
    total = models.PositiveIntegerField(_("files"), default=0)
    processed = models.PositiveIntegerField(_("processed"), default=0)
    created_documents = models.PositiveIntegerField(_("new documents"), default=0)
    duplicates = models.PositiveIntegerField(_("already stored"), default=0)
    failed = models.PositiveIntegerField(_("failed"), default=0)
    facts = models.PositiveIntegerField(_("facts found"), default=0)
    report = models.JSONField(
        _("report"), default=list, blank=True,
        help_text=_("One entry per file: name, outcome, document id, message."),
    )
    finished = models.DateTimeField(_("finished"), null=True, blank=True)

    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "report")

    class Meta:
        ordering = ["-id"]
        verbose_name = _("ingestion batch")
        verbose_name_plural = _("ingestion batches")

    def __str__(self) -> str:
        return f"#{self.pk} ({self.processed}/{self.total})"

    @property
    def percent(self) -> int:
        return 100 if not self.total else round(100 * self.processed / self.total)


class Fact(BaseModel):
    """One fact the extractor read from one sentence of a document, waiting for an officer.

    `data` is the contract's JSON of the fact (kind fields, without evidence); an officer's edit
    is kept in `edited` beside the original. Accepting it files it into the registry: `record`
    is what it became or updated, with a Citation of `evidence`."""

    class Status(models.TextChoices):
        PENDING = "pending", _("to review")
        ACCEPTED = "accepted", _("accepted")
        REJECTED = "rejected", _("rejected")
        CONFLICT = "conflict", _("conflict")

    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.CASCADE, related_name="facts"
    )
    kind = models.CharField(_("kind"), max_length=20, db_index=True)
    data = models.JSONField(_("extracted"), default=dict)
    edited = models.JSONField(_("edited"), null=True, blank=True)
    evidence = models.TextField(_("evidence"))
    start = models.PositiveIntegerField(
        default=0, help_text=_("Offset of the evidence in the text.")
    )
    end = models.PositiveIntegerField(default=0)
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.PENDING, db_index=True
    )
    reviewed_by = models.ForeignKey(
        "core.User", verbose_name=_("reviewed by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    reviewed = models.DateTimeField(_("reviewed"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    record_type = models.ForeignKey(
        "contenttypes.ContentType", null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )
    record_id = models.PositiveBigIntegerField(null=True, blank=True)
    record = GenericForeignKey("record_type", "record_id")
    also_in = models.ManyToManyField(
        Document, verbose_name=_("also reported in"), blank=True, related_name="merged_facts",
        help_text=_("Other documents (translations, other outlets) that report the same fact."),
    )
    also_evidence = models.JSONField(
        _("evidence in the other documents"), default=list, blank=True,
        help_text=_(
            "For each document of “also reported in”: its sentence and where it is in that "
            "document's text ({document, evidence, start, end})."
        ),
    )

    class Meta:
        ordering = ["document", "start", "id"]
        verbose_name = _("extracted fact")
        verbose_name_plural = _("extracted facts")
        indexes = [models.Index(fields=["status", "kind"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.evidence[:80]}"

    def get_kind_display(self) -> str:
        return str(FACT_KINDS.get(self.kind, self.kind))

    @property
    def values(self) -> dict[str, Any]:
        """What the officer decided if they edited it, else what the extractor read."""
        return self.edited if self.edited is not None else self.data


FACT_KINDS = {
    "investment": _("investment figure"),
    "project": _("project"),
    "ranking": _("ranking"),
    "target": _("target"),
    "indicator": _("indicator"),
    "event": _("event"),
    "person": _("person"),
    "commitment": _("commitment"),
}
