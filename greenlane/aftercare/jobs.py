"""The escalation job: every few minutes (Celery beat in production, the server's thread in the
demo), each request whose clock runs moves up the ladder once it has used the share of its
target a level names, and that level's people are told. Running it twice tells nobody twice:
the level reached is stored, and only a higher one notifies again."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from greenlane.aftercare import services, sla
from greenlane.aftercare.models import CalendarKind, EscalationLevel, Request

FIELDS = (
    "id", "version", "calendar", "received_at", "first_response_hours", "resolution_hours",
    "warn_at", "first_response_at", "first_response_due", "resolution_due", "clock_started",
    "used_seconds", "paused_seconds", "waiting_since", "level", "first_response_breached",
    "resolution_breached", "status", "officer_id", "organisation_id", "strategic",
)


def changes(request: Request, ladder: list[EscalationLevel], now: dt.datetime,
            cal: sla.Calendar) -> tuple[dict[str, Any], list[EscalationLevel]]:
    """What the job would change on `request`: the level (and the rungs passed to reach it) and
    the late flags."""
    fields: dict[str, Any] = {}
    if (request.first_response_at is None and request.first_response_due is not None
            and now > request.first_response_due and not request.first_response_breached):
        fields["first_response_breached"] = True
    if (request.resolution_target is not None and not request.resolution_breached
            and sla.used_until(request, now, cal) > request.resolution_target):
        fields["resolution_breached"] = True
    share = sla.progress(request, now, cal) * 100
    current = -1 if request.level is None else request.level
    passed = [rung for rung in ladder if rung.percent <= share and rung.level > current]
    if passed:
        fields["level"] = max(rung.level for rung in passed)
        fields["escalated_at"] = now
    return fields, passed


def escalate(now: dt.datetime | None = None) -> str:
    """Run the ladder over every request whose clock runs; returns a one-line summary.

    The shares of every running clock are read from plain rows (sla.shares); only the requests
    that have something to change are loaded and changed, one transaction each."""
    now = now or timezone.now()
    ladder = list(EscalationLevel.objects.prefetch_related("users").order_by("level"))
    calendars = {kind: sla.calendar(kind) for kind in CalendarKind.values}
    running = Request.objects.filter(status__in=Request.RUNNING, clock_started__isnull=False)
    moved = refresh_due_times(running) if calendar_changed(calendars) else 0
    escalated = late = 0
    for request in running.filter(pk__in=due_for_change(running, ladder, now)).select_related(
            "organisation"):
        fields, passed = changes(request, ladder, now, calendars[request.calendar])
        if not fields:
            continue
        done = services.escalate(request, fields, passed, now)
        if done is not None:
            escalated += "level" in fields
            late += "first_response_breached" in fields or "resolution_breached" in fields
    summary = f"{escalated} requests escalated, {late} newly past due"
    return summary + (f", {moved} due times moved by the calendar" if moved else "")


def due_for_change(running: QuerySet[Request], ladder: list[EscalationLevel],
                   now: dt.datetime) -> list[int]:
    """The running requests that the job would change now: a rung not reached yet, or a target
    newly missed."""
    state = {pk: rest for pk, *rest in running.values_list(
        "pk", "level", "first_response_breached", "resolution_breached")}
    found = []
    for pk, (first, last) in sla.shares(running.values_list(*sla.SHARE_FIELDS), now).items():
        level, first_late, last_late = state[pk]
        top = max((r.level for r in ladder if r.percent <= max(first, last) * 100), default=-1)
        # >= 1 for the first response: due at 17:00 and now 18:00 is late (`changes` decides).
        if (top > (-1 if level is None else level) or (first >= 1 and not first_late)
                or (last > 1 and not last_late)):
            found.append(pk)
    return found


_checked: dict[str, sla.Calendar] = {}


def calendar_changed(calendars: dict[str, sla.Calendar]) -> bool:
    """Whether the calendars differ from those the due times were last checked against (the
    calendar service builds new ones when a holiday changes); true at a process's first run."""
    changed = any(_checked.get(kind) is not cal for kind, cal in calendars.items()
                  if kind != CalendarKind.AROUND_THE_CLOCK)
    _checked.update(calendars)
    return changed


def refresh_due_times(running: QuerySet[Request]) -> int:
    """Recompute the due times of running requests from today's calendar (a day off announced
    after they were filed moves them); save those that moved. Returns how many."""
    resolution = running.values_list(*sla.RESOLUTION_FIELDS, "resolution_due")
    unanswered = running.filter(first_response_at__isnull=True).values_list(
        *sla.FIRST_RESPONSE_FIELDS, "first_response_due")
    stored: dict[int, dict[str, Any]] = {}
    for row in resolution:
        stored.setdefault(row[0], {})["resolution_due"] = row[-1]
    for row in unanswered:
        stored.setdefault(row[0], {})["first_response_due"] = row[-1]
    fresh: dict[int, dict[str, Any]] = {}
    for pk, due in sla.due_times(row[:-1] for row in resolution).items():
        fresh.setdefault(pk, {})["resolution_due"] = due
    for pk, due in sla.first_response_due_times(row[:-1] for row in unanswered).items():
        fresh.setdefault(pk, {})["first_response_due"] = due
    moved = 0
    for pk, fields in fresh.items():
        if fields != stored.get(pk):
            moved += services.move_due_times(pk, fields) is not None
    return moved
