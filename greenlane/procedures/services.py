"""State changes of the green lane. Views, API, CLI, jobs and the demo call these; each runs in a
transaction, writes audit rows through greenlane.core.services and refuses a stale version."""

from __future__ import annotations

import datetime as dt
from pathlib import PurePath
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from greenlane.calendar.services import office_calendar
from greenlane.core import services
from greenlane.core.access import can, role_of
from greenlane.core.files import safe_name, validate_upload
from greenlane.core.models import AuditEntry, User
from greenlane.core.notifications import notify
from greenlane.core.services import Who, as_actor
from greenlane.orgs.models import Organisation
from greenlane.procedures import conf, deadlines
from greenlane.procedures.models import Dossier, DossierAttachment, DossierStep, Procedure, Step
from greenlane.registry.models import Project

OPEN_STEP = (DossierStep.Status.PENDING, DossierStep.Status.ACTIVE, DossierStep.Status.PAUSED)


def today() -> dt.date:
    return timezone.localdate()


def targets_for(procedure: Procedure, start: dt.date) -> deadlines.Targets:
    return deadlines.targets(
        office_calendar(), start, procedure.statutory_days, procedure.day_kind,
        conf.green_lane_share(), procedure.green_lane_days,
    )


def _check_date(on: dt.date, not_before: dt.date | None = None) -> None:
    if on > today():
        raise ValidationError(_("The date %(date)s is in the future.") % {"date": _dmy(on)})
    if not_before is not None and on < not_before:
        raise ValidationError(
            _("The date %(date)s is before %(start)s.")
            % {"date": _dmy(on), "start": _dmy(not_before)}
        )


def _dossier_of(item: DossierStep, version: int | None) -> Dossier:
    """The step's dossier, locked, as it is now; the step must still be at `version` (or at the
    caller's copy's version), else the action is refused before anything else is checked."""
    locked: Dossier = Dossier.objects.select_for_update().select_related("procedure").get(
        pk=item.dossier_id
    )
    expected = item.version if version is None else version
    current = DossierStep.objects.filter(pk=item.pk).values_list("version", flat=True).first()
    if current != expected:
        raise services.ConflictError(item, expected, current or 0)
    return locked


def _dmy(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _refuse(dossier: Dossier) -> ValidationError:
    return ValidationError(
        _("Dossier %(reference)s is %(status)s: this action does not apply.")
        % {"reference": dossier.reference, "status": dossier.get_status_display()}
    )


def _locked(dossier: Dossier, version: int | None = None) -> Dossier:
    """The dossier's row, locked for the transaction; with `version` (or the caller's copy's
    version when the caller names none) it must not have moved on."""
    locked: Dossier = Dossier.objects.select_for_update().select_related("procedure").get(
        pk=dossier.pk
    )
    expected = dossier.version if version is None else version
    if expected != locked.version:
        raise services.ConflictError(dossier, expected, locked.version)
    return locked


# --- submission --------------------------------------------------------------------------------


def next_reference(procedure: Procedure, submitted: dt.date) -> str:
    prefix = f"{procedure.code}-{submitted.year}-"
    taken = set(
        Dossier.objects.filter(reference__startswith=prefix).values_list("reference", flat=True)
    )
    number = len(taken) + 1
    while f"{prefix}{number:04d}" in taken:
        number += 1
    return f"{prefix}{number:04d}"


@transaction.atomic
def submit_dossier(
    who: Who,
    *,
    organisation: Organisation,
    procedure: Procedure,
    submitted: dt.date,
    green_lane: bool = False,
    project: Project | None = None,
    note: str = "",
    reference: str = "",
) -> Dossier:
    """File a complete dossier received on `submitted`: its deadlines and its steps, the first
    one under way from that day."""
    _check_date(submitted)
    if project is not None and not project.investors.filter(pk=organisation.pk).exists():
        raise ValidationError({"project": _("The applicant is not an investor of this project.")})
    due = targets_for(procedure, submitted)
    dossier = services.create(who, Dossier(), {
        "reference": reference.strip() or next_reference(procedure, submitted),
        "organisation": organisation, "procedure": procedure, "project": project,
        "submitted": submitted, "green_lane": green_lane, "note": note,
        "statutory_due": due.statutory, "target_due": due.target(green_lane),
    })
    steps = list(procedure.steps.select_related("procedure").order_by("order", "pk"))
    for index, step in enumerate(steps):
        _add_step(who, dossier, step, start=submitted if index == 0 else None)
    return dossier


def _add_step(who: Who, dossier: Dossier, step: Step, start: dt.date | None) -> DossierStep:
    days = deadlines.step_days(step.days, dossier.green_lane, conf.green_lane_share())
    fields: dict[str, Any] = {
        "dossier": dossier, "step": step, "order": step.order,
        "agency_id": step.agency_in_charge_id, "days": days,
    }
    if start is not None:
        fields |= _running(start, days)
    return services.create(who, DossierStep(), fields)


def _running(start: dt.date, days: int) -> dict[str, Any]:
    return {
        "started": start, "due": office_calendar().add_days(start, days),
        "status": DossierStep.Status.ACTIVE, "alerted": DossierStep.Alert.NONE,
    }


# --- steps -------------------------------------------------------------------------------------


@transaction.atomic
def start_step(who: Who, item: DossierStep, on: dt.date, version: int | None = None) -> DossierStep:
    """Start a waiting step on `on` (steps that run side by side)."""
    dossier = _dossier_of(item, version)
    if not dossier.is_open:
        raise _refuse(dossier)
    if item.status != DossierStep.Status.PENDING:
        raise ValidationError(_("This step is not waiting to start."))
    _check_date(on, dossier.submitted)
    return services.update(who, item, _running(on, item.days), version)


@transaction.atomic
def complete_step(
    who: Who, item: DossierStep, on: dt.date, note: str = "", version: int | None = None
) -> DossierStep:
    """Mark an active step done on `on`; the next waiting step starts that day, and the dossier
    is completed with its last step."""
    dossier = _dossier_of(item, version)
    if not dossier.is_open:
        raise _refuse(dossier)
    if item.status != DossierStep.Status.ACTIVE:
        raise ValidationError(_("Only a step under way can be completed."))
    _check_date(on, item.started)
    fields: dict[str, Any] = {"done": on, "status": DossierStep.Status.DONE}
    if note:
        fields["note"] = note[:500]
    services.update(who, item, fields, version)
    steps = dossier.steps.exclude(pk=item.pk)
    if not steps.filter(status=DossierStep.Status.ACTIVE).exists():
        following = steps.filter(status=DossierStep.Status.PENDING).order_by("order", "pk").first()
        if following is None:
            _close(who, dossier, Dossier.Status.COMPLETED, on, note)
            return item
        services.update(who, following, _running(on, following.days))
    if dossier.status == Dossier.Status.RECEIVED:
        services.update(who, dossier, {"status": Dossier.Status.IN_PROGRESS})
    return item


@transaction.atomic
def record_alert(who: Who, item: DossierStep, level: int) -> None:
    """Remember that the step's alert `level` was sent. Bookkeeping of the alert job: audited,
    but the version stays, so an officer's open form on the step is not made stale by it."""
    before = item.alerted
    DossierStep.objects.filter(pk=item.pk).update(alerted=level)
    item.alerted = level
    services.audit(as_actor(who), AuditEntry.Action.UPDATE, item, {"alerted": before},
                   {"alerted": level}, _("overdue alert"))


# --- the dossier -------------------------------------------------------------------------------


@transaction.atomic
def update_dossier(
    who: Who, dossier: Dossier, fields: dict[str, Any], version: int | None = None,
    reason: str = "",
) -> Dossier:
    """Edit a dossier's note, project, green-lane flag or receipt date; deadlines follow."""
    allowed = {"note", "project", "green_lane", "submitted"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(
            _("These fields cannot be changed here: %(fields)s.")
            % {"fields": ", ".join(sorted(unknown))}
        )
    project = fields.get("project")
    if project is not None and not project.investors.filter(pk=dossier.organisation_id).exists():
        raise ValidationError({"project": _("The applicant is not an investor of this project.")})
    submitted = fields.get("submitted", dossier.submitted)
    green = fields.get("green_lane", dossier.green_lane)
    retarget = submitted != dossier.submitted or green != dossier.green_lane
    if retarget:
        if not dossier.is_open:
            raise _refuse(dossier)
        _check_date(submitted)
        due = targets_for(dossier.procedure, submitted)
        fields = {**fields, "statutory_due": due.statutory, "target_due": due.target(green)}
    services.update(who, dossier, fields, version, reason)
    if retarget:
        _restep(who, dossier)
    return dossier


def _restep(who: Who, dossier: Dossier) -> None:
    """Step limits follow the green-lane flag; a running step keeps its start, gets a new due."""
    share = conf.green_lane_share()
    for item in dossier.steps.filter(status__in=OPEN_STEP).select_related("step"):
        days = deadlines.step_days(item.step.days, dossier.green_lane, share)
        changes: dict[str, Any] = {"days": days}
        if item.started is not None:
            start = max(item.started, dossier.submitted)
            changes |= {"started": start, "due": office_calendar().add_days(start, days)}
        services.update(who, item, changes)


@transaction.atomic
def return_for_completion(
    who: Who, dossier: Dossier, on: dt.date, reason: str, version: int | None = None
) -> Dossier:
    """Send the dossier back to the applicant to complete; its clock stops until it returns."""
    locked = _locked(dossier, version)
    if not locked.is_open:
        raise _refuse(locked)
    if not reason.strip():
        raise ValidationError(_("Say what the applicant must complete."))
    _check_date(on, locked.submitted)
    services.update(who, locked, {"status": Dossier.Status.RETURNED}, reason=reason)
    for item in locked.steps.filter(status=DossierStep.Status.ACTIVE):
        services.update(who, item, {"status": DossierStep.Status.PAUSED}, reason=reason)
    _tell_applicant(locked, _("Dossier %(reference)s was returned for completion")
                    % {"reference": locked.reference}, reason)
    return locked


@transaction.atomic
def resubmit(who: Who, dossier: Dossier, on: dt.date, version: int | None = None) -> Dossier:
    """The completed dossier came back on `on`: the time limits run again from that day."""
    locked = _locked(dossier, version)
    if locked.status != Dossier.Status.RETURNED:
        raise _refuse(locked)
    _check_date(on, locked.submitted)
    due = targets_for(locked.procedure, on)
    services.update(who, locked, {
        "status": Dossier.Status.IN_PROGRESS, "submitted": on,
        "statutory_due": due.statutory, "target_due": due.target(locked.green_lane),
    }, reason=_("complete dossier received again"))
    for item in locked.steps.filter(status=DossierStep.Status.PAUSED):
        services.update(who, item, _running(on, item.days))
    return locked


@transaction.atomic
def complete_dossier(
    who: Who, dossier: Dossier, on: dt.date, note: str = "", version: int | None = None
) -> Dossier:
    """The result was issued on `on`: every open step ends that day."""
    locked = _locked(dossier, version)
    if locked.status not in (*Dossier.OPEN, Dossier.Status.RETURNED):
        raise _refuse(locked)
    _check_date(on, locked.submitted)
    _close(who, locked, Dossier.Status.COMPLETED, on, note)
    return locked


@transaction.atomic
def reject_dossier(
    who: Who, dossier: Dossier, on: dt.date, reason: str, version: int | None = None
) -> Dossier:
    """The agency refused the application on `on`, with its reasons."""
    locked = _locked(dossier, version)
    if locked.status not in (*Dossier.OPEN, Dossier.Status.RETURNED):
        raise _refuse(locked)
    if not reason.strip():
        raise ValidationError(_("Give the reasons for the refusal."))
    _check_date(on, locked.submitted)
    _close(who, locked, Dossier.Status.REJECTED, on, reason)
    return locked


def _close(who: Who, dossier: Dossier, status: str, on: dt.date, reason: str = "") -> None:
    done = status == Dossier.Status.COMPLETED
    for item in dossier.steps.filter(status__in=OPEN_STEP):
        fields: dict[str, Any] = {
            "status": DossierStep.Status.DONE if done else DossierStep.Status.CLOSED
        }
        if done:
            fields |= {"done": on, "started": item.started or on}
        services.update(who, item, fields, reason=reason)
    services.update(who, dossier, {"status": status, "completed": on}, reason=reason)
    subject = (
        _("Dossier %(reference)s is completed") if done else _("Dossier %(reference)s was refused")
    ) % {"reference": dossier.reference}
    _tell_applicant(dossier, subject, reason)


def _tell_applicant(dossier: Dossier, subject: str, body: str = "") -> None:
    users = User.objects.filter(organisation_id=dossier.organisation_id, is_active=True)
    notify(users, subject, dossier.get_absolute_url(), body)


# --- attachments -------------------------------------------------------------------------------


def may_attach(user: Any, dossier: Dossier) -> bool:
    """Dossier handlers may file documents with any dossier they see; an investor with its own
    organisation's dossiers while they are not closed."""
    if not Dossier.objects.restrict(user).filter(pk=dossier.pk).exists():
        return False
    if can(user, DossierAttachment, "add"):
        return True
    return (
        role_of(user) == "investor"
        and dossier.organisation_id == getattr(user, "organisation_id", None)
        and dossier.status not in Dossier.CLOSED
    )


@transaction.atomic
def attach(
    who: Who, dossier: Dossier, upload: UploadedFile, description: str = ""
) -> DossierAttachment:
    """File `upload` with the dossier after checking its size, type and content."""
    validate_upload(upload)
    name = _stored_name(upload.name or "file")
    upload.name = name
    actor = as_actor(who)
    return services.create(actor, DossierAttachment(), {
        "dossier": dossier, "file": upload, "name": name, "size": upload.size or 0,
        "description": description[:300], "uploaded_by": actor.user,
    })


def _stored_name(name: str) -> str:
    """The bare, safe file name, at most 150 characters, keeping its extension."""
    suffix = PurePath(name.replace("\\", "/")).suffix.lower()[:10]
    safe = safe_name(name)
    if suffix and not safe.lower().endswith(suffix):
        safe = safe_name(PurePath(safe).stem[: 150 - len(suffix)] + suffix)
    return safe


@transaction.atomic
def remove_attachment(
    who: Who, attachment: DossierAttachment, version: int | None = None, reason: str = ""
) -> None:
    stored = attachment.file.name
    storage = attachment.file.storage
    services.delete(who, attachment, version, reason)
    if stored:
        transaction.on_commit(lambda: storage.delete(stored))
