"""An event fact becomes a promotion event, or updates the one of the same name and month.

Dates keep their precision (a source may say only "May 2025"); the place is a province when
Greenlane knows it, else words; organisers are linked when they are known organisations and
kept as words otherwise."""

from __future__ import annotations

import datetime
from typing import Any

from django.utils.translation import gettext as _

from greenlane.core.text import fold
from greenlane.extract.text import fold_key
from greenlane.promotion.models import Event
from greenlane.sources.filing import lookup
from greenlane.sources.filing.base import Change, Plan, Step, verbose
from greenlane.sources.filing.values import parse_date
from greenlane.sources.models import Fact


def plan(fact: Fact, values: dict[str, Any]) -> Plan:
    result = Plan("event", main="event")
    name = values.get("name")
    if not name:
        result.problems.append(_("Name the event to file it."))
    start, end, precision = _dates(values)
    province = lookup.province(values.get("place"))
    organisers = [(n, lookup.organisation(n)) for n in values.get("organisers") or []]
    known = [org for _name, org in organisers if org is not None]
    words = "; ".join(n for n, org in organisers if org is None)
    event = find(name, start, province)
    step = Step("event", Event, record=event)
    if event is None:
        step.fields = {
            "name": name or "", "type": values.get("type") or Event.Type.OTHER,
            "start": start, "end": end, "precision": precision, "province": province,
            "place": "" if province else (values.get("place") or ""),
            "organisers": known, "organisers_text": words,
            "attendance": values.get("attendance"),
        }
    else:
        step.changes = _changes(event, values, start, end, province, known)
    result.steps.append(step)
    return result


def _dates(values: dict[str, Any]) -> tuple[datetime.date | None, datetime.date | None, str]:
    if not values.get("start"):
        return None, None, Event.Precision.DAY
    first, _last, precision = parse_date(values["start"])
    end = parse_date(values["end"])[0] if values.get("end") else None
    return first, end if end != first else None, precision


def find(name: str | None, start: datetime.date | None, province: Any = None) -> Event | None:
    """An event of the same name in the same month (or without dates on either side), and in
    the same province when both say where."""
    if not name:
        return None
    key = fold_key(name)
    for event in Event.objects.filter(search__contains=fold(name))[:200]:
        if fold_key(event.name) != key:
            continue
        if province is not None and event.province_id not in (None, province.pk):
            continue
        if start is None or event.start is None or (event.start.year, event.start.month) == (
            start.year, start.month
        ):
            return event
    return None


def _changes(event: Event, values: dict[str, Any], start: datetime.date | None,
             end: datetime.date | None, province: Any, known: list[Any]) -> list[Change]:
    def label(name: str) -> str:
        return verbose(Event, name)

    kind = values.get("type")
    current_type = None if event.type == Event.Type.OTHER else event.type
    current = list(event.organisers.all())
    added = [org for org in known if org not in current]
    return [
        Change("type", label("type"), current_type, kind if kind != Event.Type.OTHER else None,
               shown=lambda v: str(Event.Type(v).label)),
        Change("start", label("start"), event.start, start),
        Change("end", label("end"), event.end, end),
        Change("province", label("province"), event.province, province),
        Change("attendance", label("attendance"), event.attendance, values.get("attendance")),
        Change("organisers", label("organisers"), None if added else current,
               added or None, writes={"organisers": [*current, *added]}),
    ]

