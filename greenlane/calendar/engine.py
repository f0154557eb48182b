"""Working-time arithmetic: due dates and elapsed time on a business-hours calendar with holidays,
or around the clock. Plain Python (no Django): the SLA engine of the desk and the green lane.

    cal = WorkCalendar(holidays={date(2026, 2, 16), ...})
    cal.add(received, timedelta(hours=8))        # due time, 8 working hours later
    cal.between(received, answered)              # working time elapsed
    cal.add_days(date(2026, 2, 13), 15)          # the 15th working day after 13/02/2026
    cal.days_between(date(2026, 2, 13), today)   # working days used so far

Times are aware datetimes; they are read and returned in the calendar's time zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from zoneinfo import ZoneInfo

DAY = dt.timedelta(days=1)
SECOND = 1_000_000  # microseconds: the arithmetic is exact in whole microseconds
MAX_DAYS = 366 * 30  # no answer within 30 years: the calendar has no working time at all
Period = tuple[int, int]  # seconds after midnight: [start, end)

# Vietnamese state offices by default: Monday–Friday, 08:00–12:00 and 13:00–17:00; a province sets
# its own (GREENLANE_OFFICE_HOURS). Saturday and Sunday are off.
OFFICE_HOURS: dict[int, tuple[Period, ...]] = {
    weekday: ((8 * 3600, 12 * 3600), (13 * 3600, 17 * 3600)) for weekday in range(5)
}
HO_CHI_MINH = ZoneInfo("Asia/Ho_Chi_Minh")


def parse_hours(text: str) -> tuple[Period, ...]:
    """'08:00-12:00, 13:00-17:00' → ((28800, 43200), (46800, 61200)); ValueError if malformed."""
    periods: list[Period] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        try:
            start, end = (dt.time.fromisoformat(t.strip()) for t in part.split("-"))
        except ValueError as error:
            raise ValueError(f"{part!r} is not a period like 08:00-12:00") from error
        a, b = _seconds(start), _seconds(end) or 24 * 3600
        if b <= a or (periods and a < periods[-1][1]):
            raise ValueError(f"{part!r}: periods must be in order and not overlap")
        periods.append((a, b))
    return tuple(periods)


def _seconds(t: dt.time) -> int:
    return t.hour * 3600 + t.minute * 60 + t.second


class WorkCalendar:
    """A week of working periods, minus holidays, plus make-up working days.

    holidays: dates off although their weekday works (public holidays, announced days off).
    working_days: dates that work although their weekday is off (a Saturday swapped for a
    bridge day); they keep `working_day_hours` (Monday's by default)."""

    def __init__(
        self,
        hours: Mapping[int, Sequence[Period]] | None = None,
        holidays: Iterable[dt.date] = (),
        working_days: Iterable[dt.date] = (),
        tz: dt.tzinfo = HO_CHI_MINH,
        working_day_hours: Sequence[Period] | None = None,
    ) -> None:
        week = OFFICE_HOURS if hours is None else hours
        self.week: tuple[tuple[Period, ...], ...] = tuple(
            tuple(week.get(d, ())) for d in range(7)
        )
        self.holidays = frozenset(holidays)
        self.working_days = frozenset(working_days) - self.holidays
        self.tz = tz
        self.extra_hours = tuple(working_day_hours or self.week[0] or OFFICE_HOURS[0])
        if not any(self.week) and not self.working_days:
            raise ValueError("a calendar needs working hours on at least one weekday")

    # --- days -------------------------------------------------------------------------------

    def periods(self, day: dt.date) -> tuple[Period, ...]:
        if day in self.holidays:
            return ()
        if day in self.working_days:
            return self.extra_hours
        return self.week[day.weekday()]

    def is_working_day(self, day: dt.date) -> bool:
        return bool(self.periods(day))

    def add_days(self, start: dt.date, days: int) -> dt.date:
        """The `days`-th working day after `start` (start itself does not count); 0 → start."""
        if days < 0:
            raise ValueError("days must not be negative")
        day = start
        for _ in range(MAX_DAYS):
            if days == 0:
                return day
            day += DAY
            if self.is_working_day(day):
                days -= 1
        raise ValueError("no working days in the calendar")

    def days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end` (0 if end <= start)."""
        count, day = 0, start
        while day < end:
            day += DAY
            count += self.is_working_day(day)
        return count

    # --- times ------------------------------------------------------------------------------

    def _local(self, moment: dt.datetime) -> dt.datetime:
        if moment.tzinfo is None:
            raise ValueError("working-time arithmetic needs aware datetimes")
        return moment.astimezone(self.tz)

    def _at(self, day: dt.date, micro: int) -> dt.datetime:
        midnight = dt.datetime(day.year, day.month, day.day, tzinfo=self.tz)
        return midnight + dt.timedelta(microseconds=micro)

    def add(self, start: dt.datetime, duration: dt.timedelta) -> dt.datetime:
        """The moment when `duration` of working time has passed since `start`. A start outside
        working time counts from the next opening; a result that ends a period stays there
        (due at 12:00, not 13:00)."""
        local = self._local(start)
        left = _micro(duration)
        if left < 0:
            raise ValueError("duration must not be negative")
        day, now = local.date(), _day_micro(local)
        for _ in range(MAX_DAYS):
            for a, b in self.periods(day):
                begin, end = max(a * SECOND, now), b * SECOND
                if begin >= end:
                    continue
                if left <= end - begin:
                    return self._at(day, begin + left)
                left -= end - begin
            day, now = day + DAY, 0
        raise ValueError("no working time in the calendar")

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """Working time from `start` to `end` (zero if end <= start)."""
        a, b = self._local(start), self._local(end)
        if b <= a:
            return dt.timedelta(0)
        total, day = 0, a.date()
        while day <= b.date():
            lo = _day_micro(a) if day == a.date() else 0
            hi = _day_micro(b) if day == b.date() else 86400 * SECOND
            for p, q in self.periods(day):
                total += max(0, min(q * SECOND, hi) - max(p * SECOND, lo))
            day += DAY
        return dt.timedelta(microseconds=total)


def _micro(duration: dt.timedelta) -> int:
    """A timedelta as whole microseconds (exact, unlike total_seconds())."""
    return (duration.days * 86400 + duration.seconds) * SECOND + duration.microseconds


def _day_micro(moment: dt.datetime) -> int:
    """Microseconds since the local midnight of `moment`."""
    return (moment.hour * 3600 + moment.minute * 60 + moment.second) * SECOND + moment.microsecond


class AroundTheClock(WorkCalendar):
    """24/7: working time is wall-clock time; every day works."""

    def __init__(self, tz: dt.tzinfo = HO_CHI_MINH) -> None:
        super().__init__({d: ((0, 86400),) for d in range(7)}, tz=tz)

    def add(self, start: dt.datetime, duration: dt.timedelta) -> dt.datetime:
        if duration < dt.timedelta(0):
            raise ValueError("duration must not be negative")
        return (self._local(start).astimezone(dt.UTC) + duration).astimezone(self.tz)

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        return max(dt.timedelta(0), self._local(end) - self._local(start))
