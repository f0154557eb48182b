"""Where records come from: documents (articles, reports) and citations of their sentences."""

from __future__ import annotations

from typing import ClassVar

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
