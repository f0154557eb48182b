"""Every state change of the desk. Views, API, jobs and the demo call these; each runs in one
transaction, writes its audit row, and refuses a stale `version` (ConflictError) so that two
officers working on one request never overwrite each other.

Who may do what: the desk (admin, officer, taskforce) does everything; an investor acts only on
its own organisation's requests and only as the investor: file, write to the thread (never an
internal note), attach files, answer a question, confirm the resolution or reopen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from greenlane.aftercare import notices, sla
from greenlane.aftercare.models import (
    DESK,
    Attachment,
    EscalationLevel,
    Message,
    Request,
    SLAPolicy,
    SystemicIssue,
)
from greenlane.core import services
from greenlane.core.access import role_of
from greenlane.core.files import safe_name, validate_upload
from greenlane.core.roles import Role
from greenlane.core.services import Actor, ConflictError, Who
from greenlane.orgs.models import Organisation
from greenlane.registry.models import Project

__all__ = ["ConflictError"]

S = Request.Status
MAX_FILES = 10


# --- who may ---------------------------------------------------------------------------------


def _user(who: Who) -> Any:
    return who.user if isinstance(who, Actor) else who


def is_desk(who: Who) -> bool:
    """Staff of the desk, or a named job (escalation, demo loader) acting without a user."""
    if isinstance(who, Actor) and who.user is None:
        return True
    return role_of(_user(who)) in DESK


def is_investor_of(who: Who, request: Request) -> bool:
    user = _user(who)
    return (
        role_of(user) == Role.INVESTOR
        and getattr(user, "organisation_id", None) is not None
        and user.organisation_id == request.organisation_id
    )


def _desk_only(who: Who) -> None:
    if not is_desk(who):
        raise PermissionDenied(_("Only the desk's officers may do this."))


def _party(who: Who, request: Request) -> None:
    if not (is_desk(who) or is_investor_of(who, request)):
        raise PermissionDenied(_("You may not act on this request."))


def _investor_only(who: Who, request: Request) -> None:
    if not is_investor_of(who, request):
        raise PermissionDenied(_("Only the investor who filed the request may do this."))


# --- the life cycle --------------------------------------------------------------------------

# action → the states it starts from
ALLOWED_FROM: dict[str, tuple[str, ...]] = {
    "acknowledge": (S.RECEIVED,),
    "start": (S.RECEIVED, S.ACKNOWLEDGED),
    "wait": (S.RECEIVED, S.ACKNOWLEDGED, S.IN_PROGRESS),
    "resume": (S.WAITING,),
    "resolve": (S.RECEIVED, S.ACKNOWLEDGED, S.IN_PROGRESS, S.WAITING),
    "confirm": (S.RESOLVED,),
    "reopen": (S.RESOLVED,),
    "close": (S.RECEIVED, S.ACKNOWLEDGED, S.IN_PROGRESS, S.WAITING, S.RESOLVED),
}


def allowed(action: str, request: Request) -> bool:
    return request.status in ALLOWED_FROM[action]


def _check(action: str, request: Request) -> None:
    if not allowed(action, request):
        raise ValidationError(
            _("This cannot be done while the request is “%(status)s”.")
            % {"status": request.get_status_display()}
        )


def _now(at: dt.datetime | None) -> dt.datetime:
    return at or timezone.now()


def _load(request: Request) -> Request:
    """The request as stored now, locked until the transaction ends."""
    return Request.objects.select_for_update().select_related("organisation").get(pk=request.pk)


def _save(who: Who, request: Request, fields: dict[str, Any], version: int | None,
          reason: str) -> Request:
    """Apply `fields` to the freshly loaded `request`; a `version` the caller saw that is no
    longer current is refused with ConflictError."""
    return services.update(who, request, fields, request.version if version is None else version,
                           reason)


def _required(text: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError(message)
    return text


def policy_for(priority: str) -> SLAPolicy | None:
    return SLAPolicy.objects.filter(priority=priority).first()


@transaction.atomic
def file_request(who: Who, fields: dict[str, Any], files: Sequence[UploadedFile] = (),
                 at: dt.datetime | None = None) -> Request:
    """A new request, its SLA clock started. An investor files for its own organisation only,
    about its own projects; strategic investors' requests go to the task force at once."""
    user = _user(who)
    fields = dict(fields)
    if not is_desk(who):
        if role_of(user) != Role.INVESTOR or getattr(user, "organisation_id", None) is None:
            raise PermissionDenied(_("You may not file requests."))
        organisation = user.organisation
        project = fields.get("project")
        if project is not None and not project.investors.filter(pk=organisation.pk).exists():
            raise ValidationError(
                {"project": _("This is not one of your organisation's projects.")})
        fields = {k: v for k, v in fields.items() if k in INVESTOR_FIELDS}
        fields["organisation"] = organisation
        fields["strategic"] = organisation.is_strategic
    elif fields.get("organisation") is not None:
        check_parties(fields["organisation"], fields.get("project"))
        fields["strategic"] = bool(fields.get("strategic")) or fields["organisation"].is_strategic
    _check_files(files)
    at = _now(at)
    request = Request(filed_by=user if getattr(user, "pk", None) else None)
    fields.update(sla.start(policy_for(fields.get("priority") or "normal"), at))
    request = services.create(who, request, fields, reason=_("filed"))
    for upload in files:
        _store(who, request, upload, None, internal=False)
    notices.filed(request)
    return request


def check_parties(organisation: Organisation | None, project: Project | None) -> None:
    """A request comes from an investor, never a government agency, about one of its projects."""
    errors: dict[str, Any] = {}
    if organisation is not None and organisation.kind == Organisation.Kind.AGENCY:
        errors["organisation"] = _("A government agency cannot file a request as an investor.")
    elif project is not None and (
            organisation is None or not project.investors.filter(pk=organisation.pk).exists()):
        errors["project"] = _("The organisation is not an investor of this project.")
    if errors:
        raise ValidationError(errors)


INVESTOR_FIELDS = ("subject", "description", "topic", "priority", "project")
EDITABLE = ("subject", "description", "topic", "priority", "project", "agency", "strategic",
            "officer", "organisation")


@transaction.atomic
def change_request(who: Who, request: Request, fields: dict[str, Any], version: int | None = None,
                   reason: str = "", at: dt.datetime | None = None) -> Request:
    """The desk corrects a request's details; a new priority brings its policy's targets."""
    _desk_only(who)
    request = _load(request)
    fields = {k: v for k, v in fields.items() if k in EDITABLE}
    if "organisation" in fields or "project" in fields:
        check_parties(fields.get("organisation", request.organisation),
                      fields.get("project", request.project))
    if "priority" in fields and fields["priority"] != request.priority:
        fields.update(sla.retarget(request, policy_for(fields["priority"]), request.received_at))
    return _save(who, request, fields, version, reason)


@transaction.atomic
def acknowledge(who: Who, request: Request, version: int | None = None, note: str = "",
                at: dt.datetime | None = None) -> Request:
    _desk_only(who)
    request = _load(request)
    _check("acknowledge", request)
    at = _now(at)
    fields = {"status": S.ACKNOWLEDGED, "acknowledged_at": at, **sla.responded(request, at)}
    if request.officer_id is None and role_of(_user(who)) in DESK:
        fields["officer"] = _user(who)
    request = _save(who, request, fields, version, note or _("acknowledged"))
    notices.status_changed(request)
    return request


@transaction.atomic
def assign(who: Who, request: Request, agency: Any = None, officer: Any = None,
           version: int | None = None, note: str = "") -> Request:
    """Hand the request to an agency and/or an officer of the desk."""
    _desk_only(who)
    request = _load(request)
    if agency is None and officer is None:
        raise ValidationError(_("Choose an agency or an officer."))
    if agency is not None and agency.kind != "agency":
        raise ValidationError({"agency": _("Choose a government agency.")})
    if officer is not None and role_of(officer) not in DESK:
        raise ValidationError({"officer": _("Choose an officer of the desk.")})
    fields: dict[str, Any] = {}
    if agency is not None:
        fields["agency"] = agency
    if officer is not None:
        fields["officer"] = officer
    request = _save(who, request, fields, version, note or _("assigned"))
    if officer is not None and officer != _user(who):
        notices.assigned(request, officer)
    return request


@transaction.atomic
def start(who: Who, request: Request, agency: Any = None, version: int | None = None,
          note: str = "", at: dt.datetime | None = None) -> Request:
    """Work starts with the responsible agency."""
    _desk_only(who)
    request = _load(request)
    _check("start", request)
    if agency is not None and agency.kind != "agency":
        raise ValidationError({"agency": _("Choose a government agency.")})
    agency = agency or request.agency
    if agency is None:
        raise ValidationError({"agency": _("Choose the agency that handles the request first.")})
    at = _now(at)
    fields = {"status": S.IN_PROGRESS, "agency": agency, "started_at": request.started_at or at,
              **sla.responded(request, at)}
    request = _save(who, request, fields, version, note or _("work started"))
    notices.status_changed(request)
    return request


@transaction.atomic
def wait_on_investor(who: Who, request: Request, question: str, version: int | None = None,
                     at: dt.datetime | None = None) -> Request:
    """Ask the investor something: the question goes to the thread and the clock stops."""
    _desk_only(who)
    question = _required(question, _("Write the question for the investor."))
    request = _load(request)
    _check("wait", request)
    at = _now(at)
    fields = {"status": S.WAITING, **sla.pause(request, at), **sla.responded(request, at)}
    request = _save(who, request, fields, version, _("waiting on the investor"))
    _post(who, request, question, internal=False, at=at)
    notices.question(request)
    return request


@transaction.atomic
def resume(who: Who, request: Request, version: int | None = None, note: str = "",
           at: dt.datetime | None = None) -> Request:
    """The desk goes on without the investor's answer: the clock runs again. (An investor's
    answer in the thread resumes the request by itself.)"""
    _desk_only(who)
    return _resume(who, _load(request), version, note or _("resumed"), _now(at))


def _resume(who: Who, request: Request, version: int | None, reason: str,
            at: dt.datetime) -> Request:
    _check("resume", request)
    fields = {"status": S.IN_PROGRESS, **sla.resume(request, at)}
    return _save(who, request, fields, version, reason)


@transaction.atomic
def resolve(who: Who, request: Request, summary: str, version: int | None = None,
            at: dt.datetime | None = None) -> Request:
    """The desk's answer: the clock stops and the investor is asked to confirm or reopen."""
    _desk_only(who)
    summary = _required(summary, _("Write how the request was resolved."))
    request = _load(request)
    _check("resolve", request)
    at = _now(at)
    fields = {"status": S.RESOLVED, "resolved_at": at, **sla.stop(request, at),
              **sla.responded(request, at)}
    request = _save(who, request, fields, version, _("resolved"))
    _post(who, request, summary, internal=False, at=at)
    notices.resolved(request)
    return request


@transaction.atomic
def confirm(who: Who, request: Request, note: str = "", version: int | None = None,
            at: dt.datetime | None = None) -> Request:
    """The investor confirms the resolution; the request is closed."""
    _investor_only(who, request)
    request = _load(request)
    _check("confirm", request)
    at = _now(at)
    fields = {"status": S.CLOSED, "confirmed_at": at, "closed_at": at}
    request = _save(who, request, fields, version, _("confirmed by the investor"))
    if note.strip():
        _post(who, request, note, internal=False, at=at)
    notices.confirmed(request)
    return request


@transaction.atomic
def reopen(who: Who, request: Request, reason: str, version: int | None = None,
           at: dt.datetime | None = None) -> Request:
    """Not resolved after all: back to work, the clock running from where it stopped."""
    _party(who, request)
    reason = _required(reason, _("Say why the request is reopened."))
    request = _load(request)
    _check("reopen", request)
    at = _now(at)
    fields = {"status": S.IN_PROGRESS, "resolved_at": None, "reopened": request.reopened + 1,
              **sla.resume(request, at)}
    request = _save(who, request, fields, version, _("reopened"))
    _post(who, request, reason, internal=False, at=at)
    notices.reopened(request)
    return request


@transaction.atomic
def close(who: Who, request: Request, note: str = "", version: int | None = None,
          at: dt.datetime | None = None) -> Request:
    """The desk closes a resolved request (the investor did not answer), or an open one that
    needs no answer (withdrawn, duplicate: say so)."""
    _desk_only(who)
    request = _load(request)
    _check("close", request)
    if request.status != S.RESOLVED:
        note = _required(note, _("Say why an unresolved request is closed."))
    at = _now(at)
    fields: dict[str, Any] = {"status": S.CLOSED, "closed_at": at}
    if request.clock_started is not None or request.waiting_since is not None:
        fields.update(sla.stop(request, at))
    return _save(who, request, fields, version, note or _("closed"))


# --- the thread ----------------------------------------------------------------------------


def _post(who: Who, request: Request, body: str, internal: bool, at: dt.datetime) -> Message:
    user = _user(who)
    message = Message(
        request=request,
        author=user if getattr(user, "pk", None) else None,
        author_name=str(services.as_actor(who))[:150],
        from_investor=is_investor_of(who, request),
        body=body.strip(),
        internal=internal,
        time=at,
    )
    return services.create(who, message)


@transaction.atomic
def post_message(who: Who, request: Request, body: str, internal: bool = False,
                 files: Sequence[UploadedFile] = (), at: dt.datetime | None = None) -> Message:
    """Write to the thread. The investor's answer to a question restarts the clock; the desk's
    first public message is its first response. Internal notes: the desk only."""
    _party(who, request)
    if internal and not is_desk(who):
        raise PermissionDenied(_("Only officers may write internal notes."))
    body = _required(body, _("The message is empty."))
    _check_files(files)
    at = _now(at)
    request = _load(request)
    message = _post(who, request, body, internal, at)
    for upload in files:
        _store(who, request, upload, message, internal=internal)
    if is_investor_of(who, request):
        if request.status == S.WAITING:
            request = _resume(who, request, None, _("the investor answered"), at)
        notices.investor_wrote(request)
    elif not internal:
        first = sla.responded(request, at)
        if first:
            _save(who, request, first, None, _("first response"))
        notices.answered(request)
    return message


def _check_files(files: Sequence[UploadedFile]) -> None:
    if len(files) > MAX_FILES:
        raise ValidationError(_("Send at most %(n)d files at a time.") % {"n": MAX_FILES})
    for upload in files:
        validate_upload(upload)


def _store(who: Who, request: Request, upload: UploadedFile, message: Message | None,
           internal: bool) -> Attachment:
    user = _user(who)
    attachment = Attachment(
        request=request, message=message, name=safe_name(upload.name or "file"),
        size=upload.size or 0, internal=internal,
        uploaded_by=user if getattr(user, "pk", None) else None,
    )
    attachment.file.save(attachment.name, upload, save=False)
    return services.create(who, attachment)


@transaction.atomic
def attach(who: Who, request: Request, upload: UploadedFile, internal: bool = False,
           message: Message | None = None) -> Attachment:
    """Add a file (checked: size, type, and that it is what its name says)."""
    _party(who, request)
    if internal and not is_desk(who):
        raise PermissionDenied(_("Only officers may add internal files."))
    if message is not None and message.request_id != request.pk:
        raise ValidationError(_("The message belongs to another request."))
    validate_upload(upload)
    return _store(who, request, upload, message, internal or bool(message and message.internal))


# --- systemic issues and escalation -----------------------------------------------------------


@transaction.atomic
def link_issue(who: Who, request: Request, issue: SystemicIssue, linked: bool = True,
               version: int | None = None) -> Request:
    """Tie the request to a recurring barrier (or untie it)."""
    _desk_only(who)
    request = _load(request)
    ids = set(request.issues.values_list("pk", flat=True))
    ids = ids | {issue.pk} if linked else ids - {issue.pk}
    reason = (_("linked to the systemic issue “%(issue)s”") if linked
              else _("unlinked from the systemic issue “%(issue)s”")) % {"issue": issue}
    return _save(who, request, {"issues": sorted(ids)}, version, reason)


JOB = "escalation job"


@transaction.atomic
def escalate(request: Request, fields: dict[str, Any], levels: Iterable[EscalationLevel],
             at: dt.datetime) -> Request | None:
    """Raise a request to `fields["level"]` (and/or mark it late) for the escalation job; tell
    the people of every level passed. Refused (None) when the stored request has moved on."""
    fresh = _load(request)
    level = fields.get("level")
    reached = -1 if fresh.level is None else fresh.level
    levels = [rung for rung in levels if rung.level > reached]
    if level is not None and reached >= level:
        fields = {k: v for k, v in fields.items() if k not in ("level", "escalated_at")}
    fields = {k: v for k, v in fields.items() if getattr(fresh, k) != v}
    if not fields or fresh.status not in Request.RUNNING:
        return None
    who = Actor(None, JOB)
    reason = (_("escalated to level %(level)s") % {"level": level}) if "level" in fields else \
        _("past its due time")
    fresh = _save(who, fresh, fields, None, reason)
    if levels:
        notices.escalated(fresh, levels)
    return fresh


@transaction.atomic
def move_due_times(pk: int, fields: dict[str, Any]) -> Request | None:
    """The calendar changed (a day off announced): new due times for a running request."""
    fresh = Request.objects.select_for_update().filter(pk=pk, clock_started__isnull=False).first()
    fields = {k: v for k, v in fields.items() if k in ("first_response_due", "resolution_due")}
    if fresh is None or all(getattr(fresh, k) == v for k, v in fields.items()):
        return None
    return _save(Actor(None, JOB), fresh, fields, None, _("the calendar changed"))
