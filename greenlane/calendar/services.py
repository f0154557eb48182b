"""The province's working calendar, built from the Holiday table and the office hours setting,
and the audited changes to holidays."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from greenlane.calendar import holidays
from greenlane.calendar.engine import AroundTheClock, WorkCalendar, parse_hours
from greenlane.calendar.models import Holiday
from greenlane.core import services
from greenlane.core.services import Who

_cache: dict[str, Any] = {"key": None, "calendar": None}


def office_calendar() -> WorkCalendar:
    """Working hours of the province's offices, Vietnam's holidays as recorded; cached until a
    holiday or the office hours change (the key is the setting and the table's count, last
    update and highest version)."""
    setting = getattr(settings, "OFFICE_HOURS", "08:00-12:00, 13:00-17:00")
    table = Holiday.objects.aggregate(n=Count("id"), last=Max("updated"), top=Max("version"))
    key = (setting, table)
    if _cache["key"] != key:
        rows = list(Holiday.objects.values_list("date", "kind"))
        hours = parse_hours(setting)
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


def remove_holiday(
    who: Who, holiday: Holiday, version: int | None = None, reason: str = ""
) -> None:
    services.delete(who, holiday, version, reason)


# --- filling years from the law and the announcements -------------------------------------------


def _source_label(source: str, year: int) -> str:
    if source == "statute":
        return _("Labour Code 2019, Art. 111–112 (statutory holidays of %(year)s)") % {"year": year}
    return _("the announced schedule of %(year)s (calendar data file)") % {"year": year}


def schedule_for(year: int) -> tuple[list[holidays.Day], str]:
    """The announced schedule of `year`, or the statute's; ValidationError if there is neither."""
    try:
        return holidays.schedule(year)
    except ValueError as error:
        raise ValidationError(
            _(
                "No announced schedule for %(year)s, and the Labour Code 2019 holidays are "
                "generated for %(first)s–%(last)s only. Add the days one by one."
            )
            % {"year": year, "first": holidays.FIRST_STATUTE_YEAR,
               "last": holidays.LAST_STATUTE_YEAR}
        ) from error


@transaction.atomic
def generate_year(who: Who, year: int) -> list[Holiday]:
    """Fill `year` from its announced schedule, or else from the statute, skipping dates that are
    already recorded (an officer's edit wins). Each new day is created and audited; running it
    again creates nothing."""
    days, source = schedule_for(year)
    present = set(Holiday.objects.filter(date__year=year).values_list("date", flat=True))
    reason = _("Filled from %(source)s") % {"source": _source_label(source, year)}
    created = []
    for day in days:
        if day.date in present:
            continue
        fields = {"date": day.date, "name": day.name, "kind": day.kind, "basis": day.basis}
        created.append(add_holiday(who, fields, reason))
    return created


def years_to_load(today: dt.date | None = None) -> list[int]:
    """The announced years, and every year after the first of them up to next year."""
    this_year = (today or timezone.localdate()).year
    announced = holidays.announced_years()
    first = min(announced, default=this_year)
    return sorted(set(announced) | set(range(first, this_year + 2)))


def load_missing_years(today: dt.date | None = None) -> dict[int, int]:
    """Reference data, loaded after `migrate` and `flush`: each year of `years_to_load()` that has
    no row at all gets its schedule. Like the country list, this load is not audited (the data
    file is its record); a year an officer has started is never touched. Returns
    {year: rows created}."""
    loaded: dict[int, int] = {}
    for year in years_to_load(today):
        if Holiday.objects.filter(date__year=year).exists():
            continue
        days, _source = holidays.schedule(year)
        Holiday.objects.bulk_create(
            Holiday(date=d.date, name=d.name, kind=d.kind, basis=d.basis) for d in days
        )
        loaded[year] = len(days)
    return loaded


# --- reading the calendar -------------------------------------------------------------------------


def working_days_per_month(year: int, calendar: WorkCalendar | None = None) -> list[int]:
    """Working days in each month of `year` on the office calendar (12 numbers)."""
    cal = calendar or office_calendar()
    counts = [0] * 12
    day = dt.date(year, 1, 1)
    while day.year == year:
        counts[day.month - 1] += cal.is_working_day(day)
        day += dt.timedelta(days=1)
    return counts


def due(kind: str, start: dt.datetime, amount: int, unit: str) -> dt.datetime | dt.date:
    """The due time `amount` working hours after `start`, or the due date `amount` working days
    after the day of `start`, on the calendar `kind` ("office" or "24x7")."""
    calendar = calendar_for(kind)
    if unit == "hours":
        return calendar.add(start, dt.timedelta(hours=amount))
    if unit == "days":
        return calendar.add_days(start.astimezone(calendar.tz).date(), amount)
    raise ValueError(f"unknown unit {unit!r}")
