"""A person fact becomes a person and their position in an organisation.

The person is found by name without diacritics ("Phan The Tuan" is "Phan Thế Tuấn"), the
organisation by name without legal forms; an unknown one of either is added. An open position of
the person in that organisation with another title is a conflict: a new post, or another wording
of the same one, is for the officer to say."""

from __future__ import annotations

import re
from typing import Any

from django.utils.translation import gettext as _

from greenlane.core.services import Who
from greenlane.orgs.models import Organisation, Person, Position
from greenlane.sources.filing import lookup
from greenlane.sources.filing.base import Change, Plan, Step, carry_out, cite_step, verbose
from greenlane.sources.filing.names import organisation_kind, organisation_name
from greenlane.sources.models import Fact

__all__ = ["apply", "organisation_in_title", "organisation_kind", "plan"]

_ORG_IN_TITLE = (
    re.compile(r"\s((?:Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Sở|Bộ|Ban Quản lý|Tỉnh ủy|Thành ủy|"
               r"Công ty|Tập đoàn|Đại sứ quán|Tổng Lãnh sự quán)\b.+)$"),
    re.compile(r"\b(?:of|at)\s+(?:the\s+)?([A-Z].+)$"),
    re.compile(r"\b(?:de la|du|de l’|de l'|d’|d'|des|de)\s*([A-ZÀ-Ý].+)$"),
)


def organisation_in_title(title: str | None) -> str | None:
    """The organisation a title names: "Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh" gives
    "Ủy ban nhân dân tỉnh Bắc Ninh", "Director of the Da Nang Hi-Tech Park Authority" gives
    "Da Nang Hi-Tech Park Authority"."""
    for pattern in _ORG_IN_TITLE:
        match = pattern.search(title or "")
        if match is None:
            continue
        name = match.group(1).strip(" .,")
        if any(word[:1].isupper() for word in name.split()[1:]):  # names a place or a firm
            return name
    return None


def plan(fact: Fact, values: dict[str, Any]) -> Plan:
    result = Plan("person", main="person")
    name, title = values.get("name"), values.get("title")
    org_name = organisation_name(values.get("organisation") or organisation_in_title(title),
                                 fact.evidence, result.problems)
    if not name:
        result.problems.append(_("Name the person to file them."))
    if not org_name:
        result.problems.append(_("Name the person's organisation to file their position."))
    if not title:
        result.problems.append(_("Give the person's title to file their position."))
    person = lookup.person(name)
    result.steps.append(Step("person", Person, record=person, fields={"full_name": name or ""}))
    org = lookup.organisation(org_name)
    result.steps.append(Step("organisation", Organisation, record=org, fields={
        "name": org_name or "", "kind": organisation_kind(org_name or ""),
    }))
    position = _open_position(person, org)
    step = Step("position", Position, record=position, fields={"title": title or ""})
    if position is not None:
        step.changes = [Change("title", verbose(Position, "title"), position.title, title)]
    result.steps.append(step)
    return result


def _open_position(person: Person | None, org: Organisation | None) -> Position | None:
    if person is None or org is None:
        return None
    return Position.objects.filter(person=person, organisation=org, end__isnull=True).first()


def apply(who: Who, fact: Fact, result: Plan, overwrite: bool, reason: str) -> Person:
    person_step, org_step, position_step = (result.step(n) for n in ("person", "organisation",
                                                                       "position"))
    assert person_step and org_step and position_step
    person = carry_out(who, person_step, overwrite, reason)
    org = carry_out(who, org_step, overwrite, reason)
    carry_out(who, position_step, overwrite, reason, {"person": person, "organisation": org})
    cite_step(who, person_step, fact, overwrite)
    cite_step(who, position_step, fact, overwrite)
    assert isinstance(person, Person)
    return person

