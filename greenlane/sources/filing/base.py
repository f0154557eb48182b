"""The shape of a filing: a plan (which records a fact creates or updates, field by field, and
where it disagrees with what is recorded) and the audited steps that carry it out."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.exceptions import FieldDoesNotExist
from django.db import models

from greenlane.core import formats, services
from greenlane.core.services import Who
from greenlane.extract.text import fold_key
from greenlane.sources.display import qualified_money, unit_label
from greenlane.sources.models import Citation, Document, Fact
from greenlane.sources.services import cite

NEW, SAME, FILL, CONFLICT = "new", "same", "fill", "conflict"


def empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == ()


def equal(a: Any, b: Any) -> bool:
    if isinstance(a, str) and isinstance(b, str):
        return fold_key(a) == fold_key(b)
    if isinstance(a, int | float | Decimal) and isinstance(b, int | float | Decimal):
        return Decimal(str(a)) == Decimal(str(b))
    return bool(a == b)


def close(a: Any, b: Any, tolerance: str = "0.01") -> bool:
    """Numbers within `tolerance` (relative) of each other: press figures are rounded."""
    x, y = Decimal(str(a)), Decimal(str(b))
    return abs(x - y) <= max(abs(x), abs(y)) * Decimal(tolerance)


@dataclass
class Change:
    """One field of an existing record against the fact's value for it."""

    field: str
    label: str
    current: Any
    new: Any
    same: Callable[[Any, Any], bool] = equal
    shown: Callable[[Any], str] | None = None
    writes: dict[str, Any] | None = None  # the fields to set when applied; default {field: new}

    @property
    def state(self) -> str:
        if empty(self.new) or (not empty(self.current) and self.same(self.current, self.new)):
            return SAME
        return FILL if empty(self.current) else CONFLICT

    def show(self, value: Any) -> str:
        if empty(value):
            return "—"
        if self.shown is not None:
            return self.shown(value)
        return display(value)

    @property
    def current_shown(self) -> str:
        return self.show(self.current)

    @property
    def new_shown(self) -> str:
        return self.show(self.new)


def verbose(model: type[models.Model], name: str) -> str:
    """A field's label, e.g. "registered capital"."""
    return str(getattr(model._meta.get_field(name), "verbose_name", name))


MONEY_FIELDS = ("amount", "capital")


def display_field(model: type[models.Model], name: str, value: Any) -> str:
    """A model field's value as the officer reads it: a choice by its label, a unit in words."""
    try:
        model_field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return display(value)
    choices = dict(getattr(model_field, "flatchoices", None) or ())
    if isinstance(value, str) and value in choices:
        return str(choices[value])
    if name == "unit" and isinstance(value, str):
        return unit_label(value)
    return display(value)


def display(value: Any) -> str:
    if isinstance(value, datetime.date):
        return formats.date(value)
    if isinstance(value, Decimal | float):
        return formats.number(value, 0 if value == int(value) else 2)
    if isinstance(value, int):
        return formats.number(value)
    if isinstance(value, list | tuple | set):
        return ", ".join(display(v) for v in value)
    return str(value)


@dataclass
class Step:
    """One record the fact creates (`record` None, `fields` its values) or updates (`changes`)."""

    name: str  # "project", "person", "position", "investor", ...
    model: type[models.Model]
    record: models.Model | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)

    @property
    def is_new(self) -> bool:
        return self.record is None

    @property
    def verbose_name(self) -> str:
        return str(self.model._meta.verbose_name)

    @property
    def conflicts(self) -> list[Change]:
        return [c for c in self.changes if c.state == CONFLICT]

    @property
    def stated(self) -> list[Change]:
        """The changes for which the fact gives a value."""
        return [c for c in self.changes if not empty(c.new)]

    def updates(self, overwrite: bool) -> dict[str, Any]:
        wanted = (FILL, CONFLICT) if overwrite else (FILL,)
        updates: dict[str, Any] = {}
        for change in self.changes:
            if change.state in wanted:
                updates.update(change.writes or {change.field: change.new})
        return updates

    def new_values(self) -> list[tuple[str, str]]:
        """(label, value) of a new record's fields, for the review page: choices by their
        labels, countries by their names, an amount with its currency and qualifier."""
        shown = []
        money_field = next((n for n in MONEY_FIELDS if not empty(self.fields.get(n))), None)
        for name, value in self.fields.items():
            if empty(value) or name in ("search",):
                continue
            if money_field and name in ("currency", "qualifier"):
                continue
            if name == money_field:
                text = qualified_money(value, self.fields.get("currency") or "",
                                   self.fields.get("qualifier") or "")
            else:
                text = display_field(self.model, name, value)
            shown.append((verbose(self.model, name), text))
        return shown


@dataclass
class Plan:
    """What accepting the fact would do. `problems` block it until the officer edits the fact."""

    kind: str
    steps: list[Step] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    main: str = ""  # the name of the step whose record the fact points to

    @property
    def conflicts(self) -> list[tuple[Step, Change]]:
        return [(s, c) for s in self.steps for c in s.conflicts]

    def step(self, name: str) -> Step | None:
        return next((s for s in self.steps if s.name == name), None)

    @property
    def record(self) -> models.Model | None:
        step = self.step(self.main)
        return step.record if step else None


def carry_out(who: Who, step: Step, overwrite: bool, reason: str,
              extra: dict[str, Any] | None = None) -> models.Model:
    """Create the step's record, or apply its updates (conflicting ones only with `overwrite`);
    audited through the core services."""
    if step.record is None:
        values = {**step.fields, **(extra or {})}
        m2m = {f.name for f in step.model._meta.many_to_many}
        record = step.model(**{k: v for k, v in values.items() if k not in m2m})
        later = {k: v for k, v in values.items() if k in m2m}
        step.record = services.create(who, record, later, reason)  # type: ignore[type-var]
        return step.record
    updates = step.updates(overwrite)
    if updates:
        services.update(who, step.record, updates, reason=reason)  # type: ignore[type-var]
    return step.record


def cite_once(who: Who, record: models.Model, fact: Fact, field_name: str = "") -> Citation | None:
    """Cite the fact's sentence for `record` unless that very citation exists."""
    from django.contrib.contenttypes.models import ContentType

    document: Document = fact.document
    quote = " ".join(fact.evidence.split())
    exists = Citation.objects.filter(
        content_type=ContentType.objects.get_for_model(type(record)), object_id=record.pk,
        document=document, quote=quote, field=field_name,
    ).exists()
    if exists:
        return None
    return cite(who, record, document, quote, field_name)


def cite_step(who: Who, step: Step, fact: Fact, overwrite: bool) -> None:
    """A new record is cited whole; an updated one for each field the sentence fills, confirms
    or (overwriting) changes."""
    assert step.record is not None
    if step.is_new or not step.changes:
        cite_once(who, step.record, fact)
        return
    kept = (SAME, FILL, CONFLICT) if overwrite else (SAME, FILL)
    for change in step.changes:
        if change.state in kept and not empty(change.new):
            cite_once(who, step.record, fact, change.field)

