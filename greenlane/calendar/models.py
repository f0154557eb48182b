"""The province's calendar: public holidays and announced days off, and make-up working days."""

from __future__ import annotations

import datetime
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from greenlane.core.access import Access
from greenlane.core.models import BaseModel
from greenlane.core.roles import EDITORS


class Holiday(BaseModel):
    """One date that breaks the week: a day off on a working weekday, or a working weekend day."""

    class Kind(models.TextChoices):
        HOLIDAY = "holiday", _("public holiday")
        DAY_OFF = "day_off", _("day off (announced)")
        WORKING = "working", _("make-up working day")

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.HOLIDAY)
    basis = models.CharField(
        _("legal basis"), max_length=300, blank=True,
        help_text=_("The law or announcement that sets this day."),
    )

    access: ClassVar[Access] = Access(signed_in=True, write=EDITORS)

    class Meta:
        ordering = ["date"]
        verbose_name = _("holiday")
        verbose_name_plural = _("holidays")

    def __str__(self) -> str:
        return f"{self.date:%d/%m/%Y} {self.name}"

    @property
    def is_off(self) -> bool:
        return self.kind != self.Kind.WORKING

    def clean(self) -> None:
        if self.kind == self.Kind.WORKING and self.date and self.date.weekday() < 5:
            raise ValidationError({"kind": _(
                "A make-up working day must be a Saturday or a Sunday: Monday to Friday are "
                "working days already."
            )})

    @property
    def weekday(self) -> str:
        """The weekday's name in the active language ("Thứ hai", "Monday")."""
        from django.utils.dates import WEEKDAYS

        return str(WEEKDAYS[self.date.weekday()])

    @property
    def lunar(self) -> str:
        return lunar_label(self.date)


def lunar_label(day: datetime.date) -> str:
    """The lunar date as "15/8" ("15/4, leap month"); empty outside 1800–2199."""
    from greenlane.calendar.lunar import solar_to_lunar

    try:
        d, month, _year, leap = solar_to_lunar(day)
    except ValueError:
        return ""
    if leap:
        return gettext("%(day)s/%(month)s, leap month") % {"day": d, "month": month}
    return f"{d}/{month}"
