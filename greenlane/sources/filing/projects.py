"""A project fact becomes a registry project, or updates the one it names.

The project is found by its name without diacritics (in the same province first), else as the
only project of the named investor there. A field the registry lacks is filled; a field it has
with another value (capital beyond 1 %, origin, province, investor) is a conflict for the officer.
An investor Greenlane does not know yet is added as an organisation."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from greenlane.core import formats
from greenlane.core.services import Who
from greenlane.core.text import fold
from greenlane.extract.text import fold_key
from greenlane.orgs.models import Organisation
from greenlane.places.models import Province
from greenlane.registry.models import Project
from greenlane.registry.money import default_rate
from greenlane.sources.filing import lookup
from greenlane.sources.filing.base import (
    Change,
    Plan,
    Step,
    carry_out,
    cite_step,
    close,
    verbose,
)
from greenlane.sources.filing.names import organisation_kind, organisation_name
from greenlane.sources.filing.values import decimal, money
from greenlane.sources.models import Fact


def plan(fact: Fact, values: dict[str, Any]) -> Plan:
    result = Plan("project", main="project")
    problems = result.problems
    province = lookup.province(values.get("location"))
    if values.get("location") and province is None:
        problems.append(
            _("Greenlane does not know the province “%s”: correct the location.")
            % values["location"]
        )
    origin = lookup.country(values.get("origin"))
    if values.get("origin") and origin is None:
        problems.append(_("Greenlane does not know the country code “%s”.") % values["origin"])
    investor_name = organisation_name(values.get("investor"), fact.evidence, problems)
    investor = lookup.organisation(investor_name)
    if investor is not None:
        result.steps.append(Step("investor", Organisation, record=investor))
    elif investor_name:
        result.steps.append(Step("investor", Organisation, fields={
            "name": investor_name, "kind": organisation_kind(investor_name), "country": origin,
        }))
    project = find(values.get("name"), investor, province)
    step = Step("project", Project, record=project)
    amount = money(values.get("amount"))
    if project is None:
        if not values.get("name"):
            problems.append(_("Name the project to file it."))
        if province is None:
            problems.append(_("Give the project's province to file it."))
        step.fields = _new_fields(values, province, origin, amount)
    else:
        step.changes = _changes(project, values, province, origin, investor, amount)
    result.steps.append(step)
    return result


def find(name: str | None, investor: Organisation | None,
         province: Province | None) -> Project | None:
    if name:
        key = fold_key(name)
        candidates = [
            p for p in Project.objects.filter(search__contains=fold(name)).select_related(
                "province")[:200] if fold_key(p.name) == key
        ]
        if province is not None:
            here = [p for p in candidates if p.province.current == province.current]
            candidates = here or candidates
        if candidates:
            return candidates[0]
    if investor is not None:
        theirs = Project.objects.filter(investors=investor)
        if province is not None:
            units = [province.current, *province.current.predecessors.all()]
            theirs = theirs.filter(province__in=units)
        found = list(theirs[:2])
        if len(found) == 1 and not name:
            return found[0]
    return None


def _new_fields(values: dict[str, Any], province: Province | None, origin: Any,
                amount: tuple[Decimal, str, str] | None) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "name": values.get("name") or "",
        "kind": Project.Kind.DOMESTIC if origin and origin.code == "VN" else Project.Kind.FDI,
        "province": province,
        "origin": origin,
        "area_ha": decimal(values.get("area_ha")),
        "status": Project.Status.LICENSED,
    }
    if amount is not None:
        fields.update(capital=amount[0], currency=amount[1])
    if values.get("sector"):
        fields["description"] = _("Sector as reported: %s") % values["sector"]
    return fields


def _changes(project: Project, values: dict[str, Any], province: Province | None, origin: Any,
             investor: Organisation | None, amount: tuple[Decimal, str, str] | None
             ) -> list[Change]:
    def label(name: str) -> str:
        return verbose(Project, name)

    current_money = (project.capital, project.currency) if project.capital is not None else None
    new_money = (amount[0], amount[1]) if amount else None
    changes = [
        Change("capital", label("capital"), current_money, new_money, same=same_money,
               shown=show_money,
               writes={"capital": amount[0], "currency": amount[1], "usd_rate": None}
               if amount else None),
        Change("origin", label("origin"), project.origin, origin),
        Change("province", label("province"), project.province, province,
               same=lambda a, b: a.current == b.current),
        Change("area_ha", label("area_ha"), project.area_ha, decimal(values.get("area_ha")),
               same=close),
    ]
    investors = list(project.investors.all())
    named = investor or values.get("investor")  # the name as given when it is not known
    changes.append(Change(
        "investors", label("investors"), investors, named,
        same=lambda current, new: isinstance(new, Organisation) and new in current,
        shown=lambda v: ", ".join(str(o) for o in v) if isinstance(v, list) else str(v),
        writes={"investors": [*investors, investor]} if investor else None,
    ))
    return changes


def same_money(a: tuple[Decimal, str], b: tuple[Decimal, str]) -> bool:
    if a[1] == b[1]:
        return close(a[0], b[0])
    try:
        return close(a[0] * default_rate(a[1]), b[0] * default_rate(b[1]))
    except ValueError:
        return False


def show_money(value: tuple[Decimal, str]) -> str:
    return formats.money(value[0], value[1])


def apply(who: Who, fact: Fact, result: Plan, overwrite: bool, reason: str) -> Project:
    investor_step = result.step("investor")
    investor = carry_out(who, investor_step, False, reason) if investor_step else None
    step = result.step("project")
    assert step is not None
    if investor is not None:
        for change in step.changes:
            if change.field == "investors":
                current = change.current or []
                change.new, change.writes = investor, {"investors": [*current, investor]}
    extra = {"investors": [investor]} if investor is not None and step.is_new else None
    project = carry_out(who, step, overwrite, reason, extra)
    cite_step(who, step, fact, overwrite)
    assert isinstance(project, Project)
    return project
