"""Organisations (companies, agencies, embassies, trade bodies...), people and their positions."""

from __future__ import annotations

from typing import ClassVar

from django.db import models
from django.utils.translation import gettext_lazy as _

from greenlane.core.access import Access
from greenlane.core.models import BaseModel
from greenlane.core.text import fold


class Organisation(BaseModel):
    class Kind(models.TextChoices):
        COMPANY = "company", _("company")
        AGENCY = "agency", _("government agency")
        EMBASSY = "embassy", _("embassy or consulate")
        TRADE_BODY = "trade_body", _("trade or investment body")
        SCHOOL = "school", _("school or university")
        FUND = "fund", _("fund or development bank")
        OTHER = "other", _("other")

    name = models.CharField(_("name"), max_length=255)
    short_name = models.CharField(_("short name"), max_length=100, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.COMPANY)
    country = models.ForeignKey(
        "places.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    province = models.ForeignKey(
        "places.Province",
        verbose_name=_("province"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="organisations",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    tax_code = models.CharField(_("tax code"), max_length=20, blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    is_strategic = models.BooleanField(_("strategic investor"), default=False)
    notes = models.TextField(_("notes"), blank=True)
    search = models.TextField(editable=False, default="")

    access = Access(investor_scope="pk")
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    def save(self, *args: object, **kwargs: object) -> None:
        self.search = fold(f"{self.name} {self.short_name}")
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Person(BaseModel):
    full_name = models.CharField(_("full name"), max_length=200)
    country = models.ForeignKey(
        "places.Country",
        verbose_name=_("nationality"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    notes = models.TextField(_("notes"), blank=True)
    search = models.TextField(editable=False, default="")

    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["full_name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return self.full_name

    def current_titles(self) -> str:
        """Open positions, e.g. "Vice-Chairman, Bắc Ninh People's Committee" (uses prefetch)."""
        return "; ".join(str(p) for p in self.positions.all() if p.end is None)

    def save(self, *args: object, **kwargs: object) -> None:
        self.search = fold(self.full_name)
        super().save(*args, **kwargs)  # type: ignore[arg-type]


class Position(BaseModel):
    """A person's title in an organisation over a period (open-ended while `end` is empty)."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="positions")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="positions",
    )
    title = models.CharField(_("title"), max_length=255)
    start = models.DateField(_("from"), null=True, blank=True)
    end = models.DateField(_("until"), null=True, blank=True)

    class Meta:
        ordering = ["-start", "title"]
        verbose_name = _("position")
        verbose_name_plural = _("positions")

    def __str__(self) -> str:
        return f"{self.title}, {self.organisation}"

    def get_absolute_url(self) -> str:
        return self.person.get_absolute_url()

    def clean(self) -> None:
        from django.core.exceptions import ValidationError

        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end date is before the start date.")})
