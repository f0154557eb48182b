"""Deadline arithmetic of the green lane on the province's working calendar: statutory
deadlines (in working or calendar days), green-lane targets, and steps' due dates.

Pure functions of a `WorkCalendar`, so the finder, the services and the reports agree."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal

from greenlane.calendar.engine import WorkCalendar

DAY = dt.timedelta(days=1)


def statutory_due(cal: WorkCalendar, start: dt.date, days: int, kind: str = "working") -> dt.date:
    """The last day of a legal period of `days` from `start` (start itself does not count).
    A period in calendar days that ends on a day off ends on the next working day."""
    if kind == "working":
        return cal.add_days(start, days)
    end = start + days * DAY
    while not cal.is_working_day(end):
        end += DAY
    return end


def shortened(days: int, share: Decimal) -> int:
    """`share` of `days`, rounded up, at least one day."""
    return max(1, math.ceil(Decimal(days) * share))


@dataclass(frozen=True)
class Targets:
    statutory: dt.date
    green: dt.date
    statutory_days: int  # working days from the start to the statutory deadline
    green_days: int

    def target(self, green_lane: bool) -> dt.date:
        return self.green if green_lane else self.statutory


def targets(
    cal: WorkCalendar,
    start: dt.date,
    days: int,
    kind: str,
    share: Decimal,
    green_days: int | None = None,
) -> Targets:
    """Statutory deadline and green-lane target from `start`. The green lane gets `green_days`
    working days when the procedure sets them, else `share` of the statutory working days."""
    statutory = statutory_due(cal, start, days, kind)
    statutory_days = cal.days_between(start, statutory)
    green = min(green_days or shortened(statutory_days, share), statutory_days)
    return Targets(statutory, cal.add_days(start, green), statutory_days, green)


def step_days(days: int, green_lane: bool, share: Decimal) -> int:
    """A step's own limit in working days; green-lane dossiers get the shortened share."""
    return shortened(days, share) if green_lane else days
