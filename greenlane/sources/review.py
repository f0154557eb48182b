"""The review queue: an officer accepts, edits, rejects or reopens each fact the extractor read.

Accepting files the fact into the registry (greenlane.sources.filing) and cites its sentence. A
fact that disagrees with a recorded value is not filed: it is set to "conflict" and its page shows
both values; the officer then accepts it again choosing to overwrite (with a reason) or to keep
the registry's values (which rejects the fact). Every change is one transaction, audited, and
refused when the fact changed since the officer loaded it (its `version`)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from greenlane.core import services
from greenlane.core.services import ConflictError, Who, as_actor
from greenlane.sources import filing
from greenlane.sources.models import Fact

Status = Fact.Status
OVERWRITE, KEEP = "overwrite", "keep"
RESOLUTIONS = (OVERWRITE, KEEP)


def _fresh(fact: Fact, expected_version: int | None) -> Fact:
    """The fact as stored, locked; refused if it moved on from the version the officer saw."""
    current = Fact.objects.select_for_update().select_related("document").get(pk=fact.pk)
    expected = fact.version if expected_version is None else expected_version
    if current.version != expected:
        raise ConflictError(current, expected, current.version)
    return current


def _refuse_unless_open(fact: Fact, doing: str) -> None:
    if fact.status == Status.ACCEPTED:
        if doing == "accept":
            raise ValidationError(
                _("This fact has already been accepted; it cannot be filed twice.")
            )
        raise ValidationError(
            _("This fact has already been accepted and filed; correct the record itself.")
        )
    if fact.status == Status.REJECTED and doing != "reject":
        raise ValidationError(_("This fact was rejected; reopen it first."))
    if fact.status == Status.REJECTED:
        raise ValidationError(_("This fact has already been rejected."))


def _save(who: Who, fact: Fact, fields: dict[str, Any], reason: str, original: Fact) -> Fact:
    saved = services.update(who, fact, fields, expected_version=fact.version, reason=reason)
    original.__dict__.update(saved.__dict__)
    return original


def _reviewed(who: Who) -> dict[str, Any]:
    return {"reviewed_by": as_actor(who).user, "reviewed": timezone.now()}


def _record(record: models.Model | None) -> dict[str, Any]:
    if record is None:
        return {"record_type": None, "record_id": None}
    return {"record_type": ContentType.objects.get_for_model(type(record)), "record_id": record.pk}


def _edited(fact: Fact, values: Any) -> dict[str, Any] | None:
    """The officer's version of the values: None when it is the extractor's."""
    if values is None:
        return fact.edited
    checked = filing.normalise(fact.kind, values)
    return None if checked == filing.normalise(fact.kind, fact.data) else checked


@transaction.atomic
def accept(
    who: Who,
    fact: Fact,
    values: dict[str, Any] | None = None,
    reason: str = "",
    expected_version: int | None = None,
    resolution: str | None = None,
) -> Fact:
    """File the fact (with `values` if the officer edited them). Returns the fact: accepted, or
    set to conflict when it disagrees with the registry and no `resolution` was chosen."""
    current = _fresh(fact, expected_version)
    _refuse_unless_open(current, "accept")
    if resolution not in (None, *RESOLUTIONS):
        raise ValidationError(_("Choose to overwrite the registry's values or to keep them."))
    edited = _edited(current, values)
    plan = filing.plan(current, edited if edited is not None else current.data)
    if plan.problems:
        raise ValidationError(plan.problems)
    if plan.conflicts and resolution == KEEP:
        note = reason or _("The registry's values were kept.")
        fields = {"status": Status.REJECTED, "edited": edited, "note": note[:500],
                  **_record(plan.record), **_reviewed(who)}
        return _save(who, current, fields, reason, fact)
    if plan.conflicts and resolution != OVERWRITE:
        fields = {"status": Status.CONFLICT, "edited": edited, **_record(plan.record)}
        return _save(who, current, fields, reason, fact)
    if plan.conflicts and not reason.strip():
        raise ValidationError(_("Give the reason for overwriting the registry's values."))
    why = reason or _("Filed from fact #%(fact)s of “%(document)s”.") % {
        "fact": current.pk, "document": current.document}
    record = filing.file(who, current, plan, overwrite=resolution == OVERWRITE, reason=why)
    fields = {"status": Status.ACCEPTED, "edited": edited, "note": reason[:500],
              **_record(record), **_reviewed(who)}
    return _save(who, current, fields, reason, fact)


@transaction.atomic
def edit(
    who: Who, fact: Fact, values: dict[str, Any], reason: str = "",
    expected_version: int | None = None,
) -> Fact:
    """Keep the officer's version of the values beside the extractor's; the fact is to review
    again (a conflict is looked at afresh with the new values)."""
    current = _fresh(fact, expected_version)
    _refuse_unless_open(current, "edit")
    fields = {"edited": _edited(current, values), "status": Status.PENDING, **_record(None)}
    return _save(who, current, fields, reason, fact)


@transaction.atomic
def reject(who: Who, fact: Fact, reason: str = "", expected_version: int | None = None) -> Fact:
    current = _fresh(fact, expected_version)
    _refuse_unless_open(current, "reject")
    fields = {"status": Status.REJECTED, "note": reason[:500], **_reviewed(who)}
    return _save(who, current, fields, reason, fact)


@transaction.atomic
def reopen(who: Who, fact: Fact, reason: str = "", expected_version: int | None = None) -> Fact:
    """Put a rejected or conflicting fact back in the queue. An accepted fact stays filed."""
    current = _fresh(fact, expected_version)
    if current.status == Status.ACCEPTED:
        raise ValidationError(
            _("This fact has already been accepted and filed; correct the record itself.")
        )
    if current.status == Status.PENDING:
        raise ValidationError(_("This fact is already waiting for review."))
    fields = {"status": Status.PENDING, "reviewed_by": None, "reviewed": None, "note": "",
              **_record(None)}
    return _save(who, current, fields, reason, fact)


@transaction.atomic
def reject_many(who: Who, facts: Iterable[Fact], reason: str = "") -> tuple[int, int]:
    """Reject every fact still open among `facts`: (rejected, left as they were)."""
    done = skipped = 0
    for fact in facts:
        if fact.status in (Status.PENDING, Status.CONFLICT):
            reject(who, fact, reason)
            done += 1
        else:
            skipped += 1
    return done, skipped
