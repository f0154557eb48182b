"""The escalation job: every few minutes (Celery beat in production, the server's thread in the
demo), each request whose clock runs moves up the ladder once it has used the share of its
target a level names, and that level's people are told. Running it twice tells nobody twice:
the level reached is stored, and only a higher one notifies again."""

from __future__ import annotations

import datetime as dt
from typing import Any

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
    """Run the ladder over every request whose clock runs; returns a one-line summary."""
    now = now or timezone.now()
    ladder = list(EscalationLevel.objects.prefetch_related("users").order_by("level"))
    calendars = {kind: sla.calendar(kind) for kind in CalendarKind.values}
    running = Request.objects.filter(status__in=Request.RUNNING, clock_started__isnull=False)
    escalated = late = 0
    for request in running.select_related("organisation").only(*FIELDS, "organisation__name",
                                                                 "subject").iterator(500):
        fields, passed = changes(request, ladder, now, calendars[request.calendar])
        if not fields:
            continue
        done = services.escalate(request, fields, passed, now)
        if done is not None:
            escalated += "level" in fields
            late += "first_response_breached" in fields or "resolution_breached" in fields
    return f"{escalated} requests escalated, {late} newly past due"
