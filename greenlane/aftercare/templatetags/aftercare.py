"""Template filters of the desk: working-time durations and shares."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.utils.translation import gettext as _

from greenlane.core import formats

register = template.Library()


@register.filter
def hours(value: Any) -> str:
    """A duration (or a number of hours) as hours: "12.5 h"; negative durations lose the sign
    (the page says "overdue by")."""
    if value is None or value == "":
        return "—"
    amount = value.total_seconds() / 3600 if isinstance(value, dt.timedelta) else float(value)
    amount = abs(amount)
    places = 0 if amount >= 100 or amount == int(amount) else 1
    return _("%(hours)s h") % {"hours": formats.number(round(amount, places), places)}


@register.filter
def percent(value: Any) -> str:
    """A share (0..1) as a percentage."""
    if value is None or value == "":
        return "—"
    return f"{formats.number(float(value) * 100, 0)} %"
