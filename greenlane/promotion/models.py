"""Investment promotion: forums, seminars, visits, delegations and signings."""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from greenlane.core.access import Access
from greenlane.core.models import BaseModel
from greenlane.core.text import fold


class Event(BaseModel):
    class Type(models.TextChoices):
        FORUM = "forum", _("forum")
        SEMINAR = "seminar", _("seminar")
        CONFERENCE = "conference", _("conference")
        MEETING = "meeting", _("meeting")
        VISIT = "visit", _("visit")
        DELEGATION = "delegation", _("delegation")
        SIGNING = "signing", _("signing")
        OTHER = "other", _("other")

    class Precision(models.TextChoices):
        DAY = "day", _("day")
        MONTH = "month", _("month")
        YEAR = "year", _("year")

    name = models.CharField(_("name"), max_length=300)
    type = models.CharField(_("type"), max_length=10, choices=Type.choices, default=Type.OTHER)
    start = models.DateField(_("start"), null=True, blank=True, db_index=True)
    end = models.DateField(_("end"), null=True, blank=True)
    precision = models.CharField(
        _("date precision"), max_length=5, choices=Precision.choices, default=Precision.DAY,
        help_text=_("A source may give only the month or the year of an event."),
    )
    province = models.ForeignKey(
        "places.Province", verbose_name=_("province"), null=True, blank=True,
        on_delete=models.PROTECT, related_name="events",
    )
    place = models.CharField(
        _("place"), max_length=300, blank=True,
        help_text=_("The venue or a place abroad, as written."),
    )
    organisers = models.ManyToManyField(
        "orgs.Organisation", verbose_name=_("organisers"), blank=True, related_name="events"
    )
    organisers_text = models.CharField(
        _("other organisers"), max_length=500, blank=True,
        help_text=_("Organisers not in the organisation list, as written."),
    )
    attendance = models.PositiveIntegerField(_("attendance"), null=True, blank=True)
    description = models.TextField(_("description"), blank=True)
    search = models.TextField(editable=False, default="")

    access = Access()
    audit_exclude: ClassVar[tuple[str, ...]] = ("created", "updated", "search")

    class Meta:
        ordering = ["-start", "-id"]
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self) -> str:
        return self.name

    @property
    def when(self) -> str:
        """The dates as precisely as they are known: 25/11/2025, 05/2025 or 2026."""
        return " – ".join(self._show(d) for d in dict.fromkeys([self.start, self.end]) if d)

    def _show(self, day: object) -> str:
        import datetime

        assert isinstance(day, datetime.date)
        if self.precision == self.Precision.YEAR:
            return f"{day:%Y}"
        if self.precision == self.Precision.MONTH:
            return f"{day:%m/%Y}"
        return f"{day:%d/%m/%Y}"

    def clean(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end date is before the start date.")})

    def save(self, *args: object, **kwargs: object) -> None:
        parts = [self.name, self.place, self.organisers_text]
        if self.province is not None:
            parts.append(self.province.name)
        self.search = fold(" ".join(p for p in parts if p))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search"}  # type: ignore[misc]
        super().save(*args, **kwargs)  # type: ignore[arg-type]
