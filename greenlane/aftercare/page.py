"""What the request page shows: the SLA clocks, the timeline of steps, the thread with its
files and the forms of the steps this user may take now. An investor's page leaves out internal
notes and files, the escalation level, the linked systemic issues and the audit trail."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.dateparse import parse_datetime
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from greenlane.aftercare import forms, services, sla
from greenlane.aftercare.models import Attachment, Message, Request, SystemicIssue, seconds
from greenlane.core.access import role_of
from greenlane.core.models import AuditEntry
from greenlane.core.roles import Role


@dataclass(frozen=True)
class Step:
    """A step's form on the page: which inputs it needs and what its text box is for."""

    action: str
    label: Promise
    text: Promise | None = None  # the text box's label; None: no text box
    text_required: bool = False
    agency: bool = False
    officer: bool = False
    issue: bool = False
    primary: bool = False


DESK_STEPS = (
    Step("acknowledge", _("Acknowledge"), _("Note"), primary=True),
    Step("start", _("Start work with the agency"), _("Note"), agency=True, primary=True),
    Step("wait", _("Ask the investor (pauses the clock)"), _("Question for the investor"),
         text_required=True),
    Step("resume", _("Resume without the answer"), _("Note")),
    Step("resolve", _("Resolve"), _("How was it resolved? (sent to the investor)"),
         text_required=True, primary=True),
    Step("assign", _("Assign"), _("Note"), agency=True, officer=True),
    Step("reopen", _("Reopen"), _("Why is it reopened?"), text_required=True),
    Step("close", _("Close"), _("Reason (required unless resolved)")),
)
INVESTOR_STEPS = (
    Step("confirm", _("Confirm: the problem is solved"), _("Comment (optional)"), primary=True),
    Step("reopen", _("Reopen: it is not solved"), _("What is still not solved?"),
         text_required=True),
)
ASSIGNABLE = (Request.Status.RECEIVED, Request.Status.ACKNOWLEDGED, Request.Status.IN_PROGRESS,
              Request.Status.WAITING)


def steps_for(user: Any, request: Request) -> list[Step]:
    """The steps `user` may take on `request` in its present state."""
    if services.is_desk(user):
        return [s for s in DESK_STEPS
                if (s.action == "assign" and request.status in ASSIGNABLE)
                or (s.action != "assign" and services.allowed(s.action, request))]
    if services.is_investor_of(user, request):
        return [s for s in INVESTOR_STEPS if services.allowed(s.action, request)]
    return []


@dataclass(frozen=True)
class Event:
    time: Any
    who: str
    text: str
    note: str


def timeline(request: Request, user: Any) -> list[Event]:
    """The steps of the request from its audit rows. An investor sees the status changes,
    with its own colleagues' names and "the desk" for officers."""
    investor = role_of(user) == Role.INVESTOR
    entries = AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Request), object_id=str(request.pk)
    ).select_related("user").order_by("time", "id")
    statuses = dict(Request.Status.choices)
    events = []
    for entry in entries:
        when = step_time(entry)
        who = entry.actor
        if investor and getattr(entry.user, "organisation_id", None) != user.organisation_id:
            who = str(_("the desk"))
        before, after = entry.before or {}, entry.after or {}
        if entry.action == AuditEntry.Action.CREATE:
            events.append(Event(when, who, str(_("received")), ""))
        elif before.get("status") != after.get("status"):
            status = str(after.get("status"))
            text = str(statuses.get(status, status))
            note = "" if investor or _same(entry.reason, text) else entry.reason
            events.append(Event(when, who, text, note))
        elif not investor and entry.reason:
            events.append(Event(when, who, entry.reason, ""))
    return sorted(events, key=lambda e: e.time)


def _same(reason: str, text: str) -> bool:
    """A step's default reason that only repeats its status ("acknowledged — acknowledged")."""
    return reason.strip().casefold() == text.strip().casefold()


DURATIONS = ("used_seconds", "paused_seconds")


def durations_in_hours(trail: list[AuditEntry]) -> list[AuditEntry]:
    """The clock's durations, stored in seconds, shown in hours in the audit trail."""
    from greenlane.aftercare.templatetags.aftercare import hours
    from greenlane.core.views import AUDIT_HIDDEN

    def shown(value: Any) -> str:
        return "—" if value is None or value == "" else hours(seconds(value))

    for entry in trail:
        changes = [c for c in entry.changes() if c[0] not in AUDIT_HIDDEN]
        rows = getattr(entry, "rows", [])
        if len(changes) != len(rows):
            continue
        entry.rows = [  # type: ignore[attr-defined]
            (label, shown(old), shown(new)) if name in DURATIONS else (label, before, after)
            for (name, old, new), (label, before, after) in zip(changes, rows, strict=True)
        ]
    return trail


STEP_TIMES = ("received_at", "acknowledged_at", "first_response_at", "started_at",
              "waiting_since", "resolved_at", "confirmed_at", "closed_at", "clock_started",
              "escalated_at")


def step_time(entry: AuditEntry) -> Any:
    """When the step happened: the time it set on the request (a step may be recorded after
    the fact, e.g. a phone call logged later), else when it was recorded."""
    before, after = entry.before or {}, entry.after or {}
    times = [parse_datetime(after[k]) for k in STEP_TIMES
             if after.get(k) and after.get(k) != before.get(k)]
    found = [t for t in times if t is not None]
    return max(found) if found else entry.time


class RequestPage:
    """Mixin for the views that show the request page (also after a refused step)."""

    request: HttpRequest

    if TYPE_CHECKING:  # provided by greenlane.core.views.ObjectView

        def get_object(self, pk: int, action: str | None = None) -> Any: ...

        def meta(self) -> dict[str, Any]: ...

    def get(self, request: HttpRequest, pk: int, **kwargs: Any) -> HttpResponse:
        return self.page(self.get_object(pk))

    def page(self, obj: Request, status: int = 200, failed: tuple[str, Form] | None = None,
             error: str = "", message_form: Form | None = None) -> HttpResponse:
        user = self.request.user
        desk = services.is_desk(user)
        thread = list(Message.objects.restrict(user).filter(request=obj).select_related("author"))
        files: dict[int | None, list[Attachment]] = defaultdict(list)
        for attachment in Attachment.objects.restrict(user).filter(request=obj):
            files[attachment.message_id].append(attachment)
        can_write = obj.status != Request.Status.CLOSED and (
            desk or services.is_investor_of(user, obj))
        context = {
            **self.meta(),
            "object": obj,
            "clock": sla.read(obj),
            "thread": [(m, files.get(m.pk, [])) for m in thread],
            "request_files": files.get(None, []),
            "events": timeline(obj, user),
            "steps": steps_for(user, obj),
            "failed_action": failed[0] if failed else "",
            "failed_form": failed[1] if failed else None,
            "error": error,
            "desk": desk,
            "investor": role_of(user) == Role.INVESTOR,
            "can_write": can_write,
            "message_form": message_form or forms.MessageForm(),
            "action_form": forms.ActionForm(),
        }
        if role_of(user) != Role.INVESTOR:
            from greenlane.core.views import audit_trail

            context["audit"] = durations_in_hours(audit_trail(obj))
            context["issues"] = list(obj.issues.all())
            context["all_issues"] = list(SystemicIssue.objects.exclude(
                status=SystemicIssue.Status.SOLVED).exclude(pk__in=[i.pk for i in
                                                                    context["issues"]]))
        return render(self.request, "aftercare/request.html", context, status=status)
