"""Green-lane reports: per procedure and per agency, the statutory, green-lane and actual time of
decided dossiers (median working days), the working days saved and the share on time.

Built from the dossiers the user may see (`.restrict()`): an investor's report covers its own
dossiers only."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet

from greenlane.calendar.engine import WorkCalendar
from greenlane.procedures import deadlines
from greenlane.procedures.models import Dossier


@dataclass
class Measured:
    """One decided dossier in working days from its complete receipt."""

    dossier: Dossier
    statutory: int
    green_target: int
    actual: int

    @property
    def target(self) -> int:
        return self.green_target if self.dossier.green_lane else self.statutory

    @property
    def on_time(self) -> bool:
        return self.actual <= self.target

    @property
    def saved(self) -> int:
        return self.statutory - self.actual


@dataclass
class Line:
    key: Any
    label: str
    items: list[Measured] = field(default_factory=list)
    open: int = 0
    overdue: int = 0

    @property
    def done(self) -> int:
        return len(self.items)

    @property
    def green(self) -> int:
        return sum(1 for m in self.items if m.dossier.green_lane)

    def median(self, attr: str) -> float | None:
        values = [getattr(m, attr) for m in self.items]
        return statistics.median(values) if values else None

    @property
    def statutory(self) -> float | None:
        return self.median("statutory")

    @property
    def green_target(self) -> float | None:
        return self.median("green_target")

    @property
    def actual(self) -> float | None:
        return self.median("actual")

    @property
    def saved(self) -> int:
        return sum(m.saved for m in self.items)

    @property
    def on_time_share(self) -> Decimal | None:
        if not self.items:
            return None
        return Decimal(100 * sum(m.on_time for m in self.items)) / len(self.items)


@dataclass
class Report:
    by_procedure: list[Line]
    by_agency: list[Line]
    total: Line


def measure(dossier: Dossier, cal: WorkCalendar, share: Decimal) -> Measured:
    """The deadlines stored on the dossier; for a dossier outside the green lane, the target the
    green lane would have set it."""
    assert dossier.completed is not None
    start = dossier.submitted
    if dossier.green_lane:
        green = cal.days_between(start, dossier.target_due)
    else:
        procedure = dossier.procedure
        green = deadlines.targets(cal, start, procedure.statutory_days, procedure.day_kind,
                                  share, procedure.green_lane_days).green_days
    return Measured(dossier, cal.days_between(start, dossier.statutory_due), green,
                    cal.days_between(start, dossier.completed))


def build(
    dossiers: QuerySet[Dossier], cal: WorkCalendar, share: Decimal, today: dt.date,
    decided_from: dt.date | None = None, decided_to: dt.date | None = None,
) -> Report:
    """Decided (completed) dossiers in the period are measured; open ones are counted, with
    those past their target."""
    rows = list(dossiers.select_related("procedure__agency"))
    done = [
        measure(d, cal, share) for d in rows
        if d.status == Dossier.Status.COMPLETED and d.completed is not None
        and (decided_from is None or d.completed >= decided_from)
        and (decided_to is None or d.completed <= decided_to)
    ]
    still_open = [d for d in rows if d.status in (*Dossier.OPEN, Dossier.Status.RETURNED)]

    def group(key: Callable[[Dossier], Any], label: Callable[[Dossier], str]) -> list[Line]:
        lines: dict[Any, Line] = {}
        for m in done:
            line = lines.setdefault(key(m.dossier), Line(key(m.dossier), label(m.dossier)))
            line.items.append(m)
        _count_open(lines, still_open, key, label, today)
        return sorted(lines.values(), key=lambda line: line.label)

    total = Line(None, "", items=done)
    total.open = len(still_open)
    total.overdue = sum(1 for d in still_open if _late(d, today))
    return Report(
        by_procedure=group(lambda d: d.procedure_id, lambda d: str(d.procedure)),
        by_agency=group(lambda d: d.procedure.agency_id, lambda d: str(d.procedure.agency)),
        total=total,
    )


def _late(dossier: Dossier, today: dt.date) -> bool:
    return dossier.status != Dossier.Status.RETURNED and dossier.target_due < today


def _count_open(
    lines: dict[Any, Line], dossiers: Iterable[Dossier], key: Callable[[Dossier], Any],
    label: Callable[[Dossier], str], today: dt.date,
) -> None:
    for d in dossiers:
        line = lines.setdefault(key(d), Line(key(d), label(d)))
        line.open += 1
        line.overdue += _late(d, today)
