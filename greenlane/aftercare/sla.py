"""The SLA engine of the desk: due times from a policy's targets on its calendar, with the clock
paused while the desk waits on the investor.

A request's clock is (clock_started, used): `used` is the working time spent in earlier running
spans, `clock_started` the start of the current span (None while paused or stopped). Then

    resolution due = calendar.add(clock_started, resolution target − used)

and pausing adds calendar.between(clock_started, pause) to `used`. The first-response clock runs
from receipt and is never paused (asking the investor a question is a response).

Functions here are pure: they return the field changes for the services to save. Calendars are
indexed (`Indexed`): every working period of a window of years as a sorted array of instants
with the cumulative working time before each, so `add` and `between` are two binary searches
instead of a walk over the days; 100,000 due times take a fraction of a second (bench/sla.py).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from django.utils import timezone

from greenlane.aftercare.models import Request, as_seconds
from greenlane.calendar.engine import AroundTheClock, WorkCalendar

ZERO = dt.timedelta(0)
WINDOW_BEFORE = 366 * 12  # days of the index before today
WINDOW_AFTER = 366 * 8  # and after


class Calendar(Protocol):
    def add(self, start: dt.datetime, duration: dt.timedelta) -> dt.datetime: ...

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta: ...


class Indexed:
    """A WorkCalendar's working periods from `first` to `last` as instants (whole microseconds
    since the epoch, exact like the engine), with binary-search add/between; outside the window
    it asks the calendar itself."""

    def __init__(self, calendar: WorkCalendar, first: dt.date, last: dt.date) -> None:
        self.calendar = calendar
        starts: list[int] = []
        ends: list[int] = []
        done: list[int] = []  # working time before each period
        offsets = set()
        total = 0
        day = first
        while day <= last:
            midnight = dt.datetime(day.year, day.month, day.day, tzinfo=calendar.tz)
            offsets.add(midnight.utcoffset())
            for a, b in calendar.periods(day):
                start = _micro(midnight + dt.timedelta(seconds=a))
                end = _micro(midnight + dt.timedelta(seconds=b))
                starts.append(start)
                ends.append(end)
                done.append(total)
                total += end - start
            day += dt.timedelta(days=1)
        if not starts:
            raise ValueError("no working time in the calendar's window")
        self.starts, self.ends, self.done = starts, ends, done
        self.done_end = [d + (e - s) for d, s, e in zip(done, starts, ends, strict=True)]
        self.low, self.high = starts[0], ends[-1]
        # One UTC offset all through the window (Asia/Ho_Chi_Minh since 1975): a moment is the
        # window's first midnight plus a timedelta, no time-zone lookup.
        origin = dt.datetime(first.year, first.month, first.day, tzinfo=calendar.tz)
        self.origin = origin if len(offsets) == 1 else None
        self.origin_micro = _micro(origin)

    def _worked(self, t: int) -> int:
        """Working time from the window's start to `t`."""
        i = bisect_right(self.starts, t) - 1
        if i < 0:
            return 0
        return self.done[i] + min(t, self.ends[i]) - self.starts[i]

    def add_micro(self, t: int, duration: int) -> int | None:
        """`add` on whole microseconds; None outside the window."""
        if not self.low <= t < self.high:
            return None
        target = self._worked(t) + duration
        # The first period that holds the target and does not end at or before `t`: a result
        # that ends a period stays there, a start in a gap counts from the next opening.
        j = max(bisect_left(self.done_end, target), bisect_right(self.ends, t))
        if j >= len(self.starts):
            return None
        return self.starts[j] + (target - self.done[j])

    def moment(self, micro: int) -> dt.datetime:
        """Microseconds since the epoch as a time in the calendar's zone."""
        if self.origin is not None:
            return self.origin + dt.timedelta(microseconds=micro - self.origin_micro)
        seconds, rest = divmod(micro, 1_000_000)
        return dt.datetime.fromtimestamp(seconds, self.calendar.tz).replace(microsecond=rest)

    def add(self, start: dt.datetime, duration: dt.timedelta) -> dt.datetime:
        if duration < ZERO:
            raise ValueError("duration must not be negative")
        found = self.add_micro(_micro(start), duration // MICROSECOND)
        return self.calendar.add(start, duration) if found is None else self.moment(found)

    def between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        a, b = _micro(start), _micro(end)
        if b <= a:
            return ZERO
        if not (self.low <= a and b <= self.high):
            return self.calendar.between(start, end)
        return dt.timedelta(microseconds=self._worked(b) - self._worked(a))


EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
MICROSECOND = dt.timedelta(microseconds=1)


def _micro(moment: dt.datetime) -> int:
    """Whole microseconds since the epoch (exact, unlike timestamp())."""
    if moment.tzinfo is None:
        raise ValueError("working-time arithmetic needs aware datetimes")
    return (moment - EPOCH) // MICROSECOND


_indexes: dict[int, tuple[WorkCalendar, dt.date, Indexed]] = {}


def indexed(calendar: WorkCalendar, today: dt.date | None = None) -> Calendar:
    """`calendar` with an index around today, cached while the calendar object lives (the
    calendar service builds a new one when holidays change)."""
    if isinstance(calendar, AroundTheClock):
        return calendar
    today = today or dt.date.today()
    cached = _indexes.get(id(calendar))
    if cached and cached[0] is calendar and abs((cached[1] - today).days) < 366:
        return cached[2]
    index = Indexed(
        calendar, today - dt.timedelta(days=WINDOW_BEFORE), today + dt.timedelta(days=WINDOW_AFTER)
    )
    _indexes.clear()  # one live office calendar at a time; old ones go
    _indexes[id(calendar)] = (calendar, today, index)
    return index


def calendar(kind: str) -> Calendar:
    """The indexed calendar of a policy: 'office' or '24x7'."""
    from greenlane.calendar.services import calendar_for

    return indexed(calendar_for(kind))


# --- the clock of one request ------------------------------------------------------------------


def due(cal: Calendar, started: dt.datetime, used: dt.timedelta,
        target: dt.timedelta) -> dt.datetime:
    """When a clock running since `started`, with `used` spent before, reaches `target`. Past
    the target already: due when the span started (it is late)."""
    return cal.add(started, max(target - used, ZERO))


def start(policy: Any, at: dt.datetime) -> dict[str, Any]:
    """Fields of a request filed at `at` under `policy` (an SLAPolicy, or None: no targets)."""
    fields: dict[str, Any] = {"received_at": at, "clock_started": at,
                              "used_seconds": Decimal(0), "paused_seconds": Decimal(0)}
    return {**fields, **retarget(None, policy, at)}


def retarget(request: Request | None, policy: Any, received: dt.datetime) -> dict[str, Any]:
    """The targets of `policy` (the priority changed): the same clock against new targets.
    Earlier spans keep the working time they used; the running span is measured anew."""
    if policy is None:
        return {"policy": None, "first_response_hours": None, "resolution_hours": None,
                "first_response_due": None, "resolution_due": None}
    cal = calendar(policy.calendar)
    fields: dict[str, Any] = {
        "policy": policy,
        "calendar": policy.calendar,
        "first_response_hours": policy.first_response_hours,
        "resolution_hours": policy.resolution_hours,
        "warn_at": policy.warn_at,
        "first_response_due": cal.add(received, policy.first_response),
    }
    if request is None:
        fields["resolution_due"] = cal.add(received, policy.resolution)
    elif request.clock_started is not None:
        fields["resolution_due"] = due(cal, request.clock_started, request.used, policy.resolution)
    return fields


def used_until(request: Request, at: dt.datetime, cal: Calendar | None = None) -> dt.timedelta:
    """Working time used on the resolution clock up to `at`."""
    if request.clock_started is None:
        return request.used
    cal = cal or calendar(request.calendar)
    return request.used + cal.between(request.clock_started, at)


def pause(request: Request, at: dt.datetime) -> dict[str, Any]:
    """Stop the clock while the desk waits on the investor (the due time is moot until then)."""
    return {"used_seconds": as_seconds(used_until(request, at)), "clock_started": None,
            "waiting_since": at}


def _unpause(request: Request, at: dt.datetime, cal: Calendar) -> dict[str, Any]:
    if request.waiting_since is None:
        return {}
    return {"paused_seconds": as_seconds(request.paused + cal.between(request.waiting_since, at)),
            "waiting_since": None}


def resume(request: Request, at: dt.datetime) -> dict[str, Any]:
    """Restart the clock (the investor answered, or the request is reopened): due = the
    remaining working time added to `at`, so it moves by the time spent waiting."""
    cal = calendar(request.calendar)
    fields: dict[str, Any] = {"clock_started": at, **_unpause(request, at, cal)}
    if request.resolution_target is not None:
        fields["resolution_due"] = due(cal, at, request.used, request.resolution_target)
    return fields


def stop(request: Request, at: dt.datetime) -> dict[str, Any]:
    """The request is resolved: the clock stops; late if it used more than its target."""
    cal = calendar(request.calendar)
    used = used_until(request, at, cal)
    fields: dict[str, Any] = {"used_seconds": as_seconds(used), "clock_started": None,
                              **_unpause(request, at, cal)}
    if request.resolution_target is not None and used > request.resolution_target:
        fields["resolution_breached"] = True
    return fields


def responded(request: Request, at: dt.datetime) -> dict[str, Any]:
    """The desk's first response (acknowledgement, question or answer)."""
    if request.first_response_at is not None:
        return {}
    fields: dict[str, Any] = {"first_response_at": at}
    if request.first_response_due is not None and at > request.first_response_due:
        fields["first_response_breached"] = True
    return fields


# --- reading a clock ------------------------------------------------------------------------


@dataclass(frozen=True)
class Clock:
    """What a request page shows of its SLA."""

    running: bool
    due: dt.datetime | None  # while running
    remaining: dt.timedelta | None  # working time left (negative: overdue by)
    used: dt.timedelta
    paused: dt.timedelta
    share: float  # of the target used, 0..n
    at_risk: bool
    breached: bool
    first_response_due: dt.datetime | None
    first_response_late: bool

    @property
    def overdue_by(self) -> dt.timedelta | None:
        return -self.remaining if self.remaining is not None and self.remaining < ZERO else None


def progress(request: Request, now: dt.datetime | None = None,
             cal: Calendar | None = None) -> float:
    """The larger share used of the running clocks (first response until answered,
    resolution while running): 0.8 is 80 % of a target gone."""
    now = now or timezone.now()
    cal = cal or calendar(request.calendar)
    share = 0.0
    if request.first_response_at is None and request.first_response_target:
        share = cal.between(request.received_at, now) / request.first_response_target
    if request.resolution_target:
        share = max(share, used_until(request, now, cal) / request.resolution_target)
    return share


def read(request: Request, now: dt.datetime | None = None, cal: Calendar | None = None) -> Clock:
    now = now or timezone.now()
    cal = cal or calendar(request.calendar)
    used = used_until(request, now, cal)
    target = request.resolution_target
    remaining = None if target is None else target - used
    fr_late = bool(
        request.first_response_due
        and (request.first_response_at or now) > request.first_response_due
    )
    breached = bool(remaining is not None and remaining < ZERO) or fr_late
    paused = request.paused
    if request.waiting_since is not None:
        paused += cal.between(request.waiting_since, now)
    share = progress(request, now, cal)
    return Clock(
        running=request.clock_started is not None,
        due=request.resolution_due if request.clock_started is not None else None,
        remaining=remaining,
        used=used,
        paused=paused,
        share=share,
        at_risk=not breached and share * 100 >= request.warn_at,
        breached=breached,
        first_response_due=request.first_response_due,
        first_response_late=fr_late,
    )


# --- many clocks at once ----------------------------------------------------------------------

RESOLUTION_FIELDS = ("pk", "calendar", "clock_started", "used_seconds", "resolution_hours")
FIRST_RESPONSE_FIELDS = ("pk", "calendar", "received_at", "first_response_hours")


def _micro_of(value: Decimal | None, scale: int, cache: dict[Any, int]) -> int:
    """Decimal hours (scale 3,600,000,000) or seconds (1,000,000) as whole microseconds."""
    if not value:
        return 0
    found = cache.get(value)
    if found is None:
        found = cache[value] = int(value * scale)
    return found


def due_times(rows: Iterable[tuple[Any, ...]]) -> dict[int, dt.datetime]:
    """pk → resolution due, for rows of RESOLUTION_FIELDS (a values_list of running requests),
    from the calendars as they are now. The hot loop of the escalation job and of the
    benchmark: whole microseconds, no Decimal or timedelta arithmetic per row."""
    calendars: dict[str, Calendar] = {}
    targets: dict[Any, int] = {}
    spent: dict[Any, int] = {}
    found = {}
    for pk, kind, started, used_seconds, resolution_hours in rows:
        if started is None or resolution_hours is None:
            continue
        cal = calendars.get(kind) or calendars.setdefault(kind, calendar(kind))
        left = max(_micro_of(resolution_hours, 3_600_000_000, targets)
                   - _micro_of(used_seconds, 1_000_000, spent), 0)
        if isinstance(cal, Indexed):
            moment = cal.add_micro(_micro(started), left)
            if moment is not None:
                found[pk] = cal.moment(moment)
                continue
        found[pk] = cal.add(started, dt.timedelta(microseconds=left))
    return found


def first_response_due_times(rows: Iterable[tuple[Any, ...]]) -> dict[int, dt.datetime]:
    """pk → first-response due, for rows of FIRST_RESPONSE_FIELDS (requests not answered)."""
    shifted = ((pk, kind, received, 0, hours_) for pk, kind, received, hours_ in rows)
    return due_times(shifted)


SHARE_FIELDS = ("pk", "calendar", "received_at", "first_response_at", "first_response_hours",
                "clock_started", "used_seconds", "resolution_hours")


def shares(rows: Iterable[tuple[Any, ...]], now: dt.datetime) -> dict[int, tuple[float, float]]:
    """pk → (share of the first-response target used while unanswered, share of the resolution
    target used), for rows of SHARE_FIELDS: what `progress` says, without loading requests."""
    calendars: dict[str, Calendar] = {}
    targets: dict[Any, int] = {}
    spent: dict[Any, int] = {}
    end = _micro(now)
    found = {}
    for pk, kind, received, answered, first_hours, started, used_seconds, hours_ in rows:
        cal = calendars.get(kind) or calendars.setdefault(kind, calendar(kind))
        first = last = 0.0
        target = _micro_of(first_hours, 3_600_000_000, targets)
        if answered is None and target:
            first = _worked_micro(cal, received, end) / target
        target = _micro_of(hours_, 3_600_000_000, targets)
        if target:
            used = _micro_of(used_seconds, 1_000_000, spent)
            if started is not None:
                used += _worked_micro(cal, started, end)
            last = used / target
        found[pk] = (first, last)
    return found


def _worked_micro(cal: Calendar, start: dt.datetime, end: int) -> int:
    a = _micro(start)
    if end <= a:
        return 0
    if isinstance(cal, Indexed) and cal.low <= a and end <= cal.high:
        return cal._worked(end) - cal._worked(a)
    if isinstance(cal, AroundTheClock):
        return end - a
    return cal.between(start, EPOCH + dt.timedelta(microseconds=end)) // MICROSECOND
