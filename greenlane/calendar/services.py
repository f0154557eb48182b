"""The province's working calendar, built from the Holiday table and the office hours setting,
and the audited changes to holidays."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import Count, Max

from greenlane.calendar.engine import AroundTheClock, WorkCalendar, parse_hours
from greenlane.calendar.models import Holiday
from greenlane.core import services
from greenlane.core.services import Who

_cache: dict[str, Any] = {"key": None, "calendar": None}


def office_calendar() -> WorkCalendar:
    """Working hours of the province's offices, Vietnam's holidays as recorded; cached until a
    holiday changes (the key is the table's count and last update)."""
    key = Holiday.objects.aggregate(n=Count("id"), last=Max("updated"), top=Max("version"))
    if _cache["key"] != key:
        rows = list(Holiday.objects.values_list("date", "kind"))
        hours = parse_hours(getattr(settings, "OFFICE_HOURS", "08:00-12:00, 13:00-17:00"))
        _cache["calendar"] = WorkCalendar(
            hours={d: hours for d in range(5)},
            holidays=[d for d, kind in rows if kind != Holiday.Kind.WORKING],
            working_days=[d for d, kind in rows if kind == Holiday.Kind.WORKING],
        )
        _cache["key"] = key
    calendar: WorkCalendar = _cache["calendar"]
    return calendar


def calendar_for(kind: str) -> WorkCalendar:
    """'24x7' → around the clock; 'office' → the province's office calendar."""
    if kind == "24x7":
        return AroundTheClock()
    if kind == "office":
        return office_calendar()
    raise ValueError(f"unknown calendar {kind!r}")


def add_holiday(who: Who, fields: dict[str, Any], reason: str = "") -> Holiday:
    return services.create(who, Holiday(), fields, reason)


def change_holiday(who: Who, holiday: Holiday, fields: dict[str, Any], version: int | None = None,
                   reason: str = "") -> Holiday:
    return services.update(who, holiday, fields, version, reason)


def remove_holiday(who: Who, holiday: Holiday, version: int | None = None, reason: str = "") -> None:
    services.delete(who, holiday, version, reason)
