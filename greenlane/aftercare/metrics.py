"""The desk's figures: time to first response, time to resolve, share within the SLA, by agency,
topic and month; and the capital of the investors it served. Times are working time on each
request's SLA calendar (office hours, or around the clock for urgent policies), the clock's own
measure: time spent waiting on the investor does not count."""

from __future__ import annotations

import datetime as dt
import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet, Sum
from django.utils import timezone

from greenlane.aftercare import sla
from greenlane.aftercare.models import CalendarKind, Request, Topic

HOUR = dt.timedelta(hours=1)
FIELDS = ("pk", "status", "topic", "agency__name", "organisation_id", "received_at",
          "first_response_at", "resolved_at", "used_seconds", "calendar", "first_response_breached",
          "resolution_breached")


@dataclass
class Row:
    """One line of a table: a group of requests."""

    label: str
    key: str = ""
    filed: int = 0
    open: int = 0
    resolved: int = 0
    within: int = 0
    late: int = 0
    response_hours: list[float] = field(default_factory=list)
    resolve_hours: list[float] = field(default_factory=list)

    @property
    def share_within(self) -> float | None:
        """Of the resolved requests, the share that met both targets (0..1)."""
        return self.within / self.resolved if self.resolved else None

    @property
    def median_response(self) -> float | None:
        return statistics.median(self.response_hours) if self.response_hours else None

    @property
    def median_resolve(self) -> float | None:
        return statistics.median(self.resolve_hours) if self.resolve_hours else None

    def add(self, row: dict[str, Any], cal: sla.Calendar) -> None:
        self.filed += 1
        self.open += row["status"] in Request.OPEN
        late = row["first_response_breached"] or row["resolution_breached"]
        self.late += bool(late)
        if row["first_response_at"] is not None:
            spent = cal.between(row["received_at"], row["first_response_at"])
            self.response_hours.append(spent / HOUR)
        if row["resolved_at"] is not None:
            self.resolved += 1
            self.within += not late
            self.resolve_hours.append(float(row["used_seconds"]) / 3600)


@dataclass
class Report:
    total: Row
    by_agency: list[Row]
    by_topic: list[Row]
    by_month: list[Row]
    investors: int
    capital_usd: Decimal


def _grouped(rows: Iterable[dict[str, Any]], key: Callable[[dict[str, Any]], tuple[str, str]],
             calendars: dict[str, sla.Calendar]) -> list[Row]:
    groups: dict[str, Row] = {}
    for row in rows:
        sort_key, label = key(row)
        group = groups.setdefault(sort_key, Row(label=label, key=sort_key))
        group.add(row, calendars[row["calendar"]])
    return [groups[k] for k in sorted(groups)]


def _month(row: dict[str, Any]) -> tuple[str, str]:
    local = timezone.localtime(row["received_at"])
    return f"{local:%Y-%m}", f"{local:%m/%Y}"


def report(requests: QuerySet[Request], no_agency: str = "—") -> Report:
    """The figures of `requests` (already restricted and filtered by the caller)."""
    rows = list(requests.values(*FIELDS))
    calendars = {kind: sla.calendar(kind) for kind in CalendarKind.values}
    total = Row(label="")
    for row in rows:
        total.add(row, calendars[row["calendar"]])
    topics = dict(Topic.choices)
    return Report(
        total=total,
        by_agency=_grouped(
            rows, lambda r: (r["agency__name"] or "~", r["agency__name"] or no_agency), calendars),
        by_topic=_grouped(rows, lambda r: (r["topic"], str(topics.get(r["topic"], r["topic"]))),
                          calendars),
        by_month=_grouped(rows, _month, calendars),
        investors=len({r["organisation_id"] for r in rows}),
        capital_usd=capital_served({r["organisation_id"] for r in rows}),
    )


def capital_served(organisation_ids: set[int]) -> Decimal:
    """Registered capital (USD) of the valid projects of the investors the desk served."""
    from greenlane.registry.models import Project

    if not organisation_ids:
        return Decimal(0)
    projects = Project.objects.filter(status__in=Project.VALID,
                                      investors__in=organisation_ids).values("pk").distinct()
    total = Project.objects.filter(pk__in=projects).aggregate(s=Sum("capital_usd"))["s"]
    return total or Decimal(0)
