"""Audited create/update/delete with optimistic locking: the building blocks of every app's
services. Each runs in a transaction and writes one AuditEntry; views, API, CLI and jobs call the
app services built on these, never `save()` directly."""

from __future__ import annotations

import datetime
import decimal
import uuid
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, Union

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F
from django.db.models.fields.files import FieldFile
from django.utils.translation import gettext as _

from greenlane.core.models import AuditEntry, BaseModel

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from greenlane.core.models import User

M = TypeVar("M", bound=BaseModel)


class ConflictError(Exception):
    """The record changed since the editor loaded it: their change is refused, not lost."""

    def __init__(self, obj: models.Model, expected: int, current: int) -> None:
        self.obj, self.expected, self.current = obj, expected, current
        super().__init__(
            _(
                "“%(record)s” was changed by someone else while you were editing it "
                "(your version %(expected)s, now %(current)s). "
                "Reload it and apply your change again."
            )
            % {"record": obj, "expected": expected, "current": current}
        )


class Actor:
    """Who does a change: a user, or a named job (CLI, import, demo loader)."""

    def __init__(self, user: User | None = None, name: str = "") -> None:
        self.user = user
        self.name = name or (user.get_username() if user else "system")

    def __str__(self) -> str:
        return self.name


Who = Union["User", "AnonymousUser", Actor, None]


def as_actor(who: Who) -> Actor:
    """The actor of a change: anonymous users are recorded by name only."""
    if isinstance(who, Actor):
        return who
    if who is None or not who.is_authenticated:
        return Actor(None, "anonymous" if who is not None else "system")
    return Actor(who)


def _jsonable(value: Any) -> Any:
    if isinstance(value, decimal.Decimal):
        return format(value.normalize(), "f")
    if isinstance(value, datetime.datetime | datetime.date | datetime.time):
        return value.isoformat()
    if isinstance(value, datetime.timedelta):
        return value.total_seconds()
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, FieldFile):
        return value.name or None
    return value


def snapshot(obj: models.Model) -> dict[str, Any]:
    """The record's fields as JSON-safe values (foreign keys as ids, many-to-many as id lists)."""
    exclude = set(getattr(obj, "audit_exclude", ()))
    data: dict[str, Any] = {}
    for f in obj._meta.concrete_fields:
        if f.name not in exclude:
            data[f.name] = _jsonable(getattr(obj, f.attname))
    if obj.pk is not None:
        for m2m in obj._meta.many_to_many:
            if m2m.name not in exclude:
                data[m2m.name] = sorted(getattr(obj, m2m.name).values_list("pk", flat=True))
    return data


def audit(
    actor: Actor,
    action: str,
    obj: models.Model,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    reason: str = "",
) -> AuditEntry:
    return AuditEntry.objects.create(
        user=actor.user,
        actor=actor.name[:150],
        action=action,
        content_type=ContentType.objects.get_for_model(type(obj)),
        object_id=str(obj.pk),
        object_repr=str(obj)[:300],
        before=before,
        after=after,
        reason=reason[:500],
    )


def _assign(obj: models.Model, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Set plain fields now; return many-to-many values to set after the row exists."""
    m2m_names = {f.name for f in obj._meta.many_to_many}
    later = {}
    for name, value in fields.items():
        if name in m2m_names:
            later[name] = value
        else:
            setattr(obj, name, value)
    return later


@transaction.atomic
def create(who: Who, obj: M, fields: Mapping[str, Any] | None = None, reason: str = "") -> M:
    actor = as_actor(who)
    later = _assign(obj, fields or {})
    obj.full_clean()
    obj.save()
    for name, value in later.items():
        getattr(obj, name).set(value)
    audit(actor, AuditEntry.Action.CREATE, obj, None, snapshot(obj), reason)
    return obj


@transaction.atomic
def update(
    who: Who,
    obj: M,
    fields: Mapping[str, Any],
    expected_version: int | None = None,
    reason: str = "",
) -> M:
    """Apply `fields` to `obj`. With `expected_version`, refuse if someone saved in between."""
    actor = as_actor(who)
    model = type(obj)
    expected = obj.version if expected_version is None else expected_version
    bumped = model._default_manager.filter(pk=obj.pk, version=expected).update(
        version=F("version") + 1
    )
    if not bumped:
        current = model._default_manager.filter(pk=obj.pk).values_list("version", flat=True).first()
        raise ConflictError(obj, expected, current or 0)
    fresh = model._default_manager.get(pk=obj.pk)
    before = snapshot(fresh)
    before["version"] = expected
    later = _assign(fresh, fields)
    fresh.full_clean()
    changed = [n for n in fields if n not in later] + ["updated"]
    fresh.save(update_fields=changed)
    for name, value in later.items():
        getattr(fresh, name).set(value)
    after = snapshot(fresh)
    audit(actor, AuditEntry.Action.UPDATE, fresh, before, after, reason)
    obj.__dict__.update(fresh.__dict__)
    return obj


@transaction.atomic
def delete(who: Who, obj: BaseModel, expected_version: int | None = None, reason: str = "") -> None:
    actor = as_actor(who)
    model = type(obj)
    if (
        expected_version is not None
        and not model._default_manager.filter(pk=obj.pk, version=expected_version).exists()
    ):
        current = model._default_manager.filter(pk=obj.pk).values_list("version", flat=True).first()
        raise ConflictError(obj, expected_version, current or 0)
    before = snapshot(obj)
    audit(actor, AuditEntry.Action.DELETE, obj, before, None, reason)
    try:
        obj.delete()
    except models.ProtectedError as error:
        raise ValidationError(
            _("“%(record)s” cannot be deleted: other records refer to it.") % {"record": obj}
        ) from error
