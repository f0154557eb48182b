from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from greenlane.calendar.models import Holiday
from greenlane.core.forms import DateInput

MAX_HOURS = 10_000
MAX_DAYS = 2_000


class HolidayForm(forms.ModelForm):
    class Meta:
        model = Holiday
        fields = ["date", "name", "kind", "basis"]
        widgets = {"date": DateInput()}


class TimeInput(forms.TimeInput):
    input_type = "time"

    def __init__(self) -> None:
        super().__init__(format="%H:%M")


class CalculatorForm(forms.Form):
    """Start + N working hours or days → the due time, on the office or the 24/7 calendar."""

    UNITS = (("hours", _("working hours")), ("days", _("working days")))
    CALENDARS = (("office", _("office hours and holidays")), ("24x7", _("around the clock (24/7)")))

    start_date = forms.DateField(label=_("Received on"), widget=DateInput())
    start_time = forms.TimeField(
        label=_("at"), widget=TimeInput(), initial=dt.time(8, 0), required=False,
        help_text=_("Empty: from the start of the day."),
    )
    amount = forms.IntegerField(
        label=_("Time allowed"), min_value=0, max_value=MAX_HOURS,
        widget=forms.NumberInput(attrs={"data-max-hours": MAX_HOURS, "data-max-days": MAX_DAYS}),
    )
    unit = forms.ChoiceField(label=_("Unit"), choices=UNITS, initial="days")
    calendar = forms.ChoiceField(label=_("Calendar"), choices=CALENDARS, initial="office")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        unit = self["unit"].value()
        limit = MAX_DAYS if unit == "days" else MAX_HOURS
        self.fields["amount"].widget.attrs["max"] = limit  # the page changes it with the unit

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("unit") == "days" and (data.get("amount") or 0) > MAX_DAYS:
            self.add_error("amount", _("At most %(max)s working days.") % {"max": MAX_DAYS})
        return data
