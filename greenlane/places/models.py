"""Countries, and Vietnam's provinces on both maps: 34 units since 1 July 2025, 63 before."""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from greenlane.core.access import Access
from greenlane.core.models import BaseModel
from greenlane.core.text import fold

PUBLIC = Access(public=True)


class Country(BaseModel):
    code = models.CharField(_("code"), max_length=2, unique=True, help_text="ISO 3166-1 alpha-2")
    name_vi = models.CharField(_("name (Vietnamese)"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_ja = models.CharField(_("name (Japanese)"), max_length=100, blank=True)
    name_fr = models.CharField(_("name (French)"), max_length=100, blank=True)
    aliases = models.JSONField(_("other names"), default=list, blank=True)
    search = models.TextField(editable=False, default="")

    access = PUBLIC

    class Meta:
        ordering = ["name_en"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        lang = (get_language() or "vi")[:2]
        return str(getattr(self, f"name_{lang}", "") or self.name_en)

    def save(self, *args: object, **kwargs: object) -> None:
        names = [self.code, self.name_vi, self.name_en, self.name_ja, self.name_fr, *self.aliases]
        self.search = " ".join(fold(n) for n in names if n)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Province(BaseModel):
    """A provincial-level unit. Current units have no successor; former units (before the
    2025 merger) point to the current unit they became part of."""

    class Kind(models.TextChoices):
        PROVINCE = "province", _("province")
        CITY = "city", _("centrally-run city")

    code = models.CharField(_("code"), max_length=8, unique=True)
    name = models.CharField(_("name"), max_length=100)
    name_en = models.CharField(_("name (English)"), max_length=100)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.PROVINCE)
    region = models.CharField(_("region"), max_length=100, blank=True)
    is_current = models.BooleanField(_("on today's map"), default=True, db_index=True)
    on_former_map = models.BooleanField(
        _("on the map before 1 July 2025"),
        default=False,
        help_text=_("True for the 63 former units, including the 11 that did not change."),
    )
    successor = models.ForeignKey(
        "self",
        verbose_name=_("merged into"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="predecessors",
    )
    aliases = models.JSONField(_("other names"), default=list, blank=True)
    search = models.TextField(editable=False, default="")

    access = PUBLIC
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["-is_current", "name"]
        verbose_name = _("province")
        verbose_name_plural = _("provinces")

    def __str__(self) -> str:
        if self.is_current:
            return self.name
        # Translators: a former province, e.g. "Bắc Giang (before 2025)".
        return gettext("%(name)s (before 2025)") % {"name": self.name}

    @property
    def current(self) -> Province:
        """The unit on today's map that covers this one."""
        return self.successor if self.successor_id else self  # type: ignore[return-value]

    def save(self, *args: object, **kwargs: object) -> None:
        names = [self.name, self.name_en, *self.aliases]
        self.search = " ".join(fold(n) for n in names if n)
        super().save(*args, **kwargs)  # type: ignore[arg-type]
