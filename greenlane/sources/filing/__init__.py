"""How an accepted fact becomes registry records, kind by kind.

| kind | record |
|---|---|
| investment (stock, flow) | registry.ReportedFigure for the province and origin, on its date |
| ranking, indicator | registry.ReportedFigure (rank of N; value and unit) |
| target | registry.ReportedFigure (low–high, unit, by the end of its year) |
| commitment | registry.ReportedFigure with the commitment's words and no figure, until a goals
  app takes targets and commitments over |
| project | registry.Project, new or updated (and its investor organisation) |
| person | orgs.Person and orgs.Position (and the organisation) |
| event | promotion.Event |

`plan(fact, values)` says what accepting would do without changing anything (the review page
shows it); `file(who, fact, plan, overwrite, reason)` does it, audited, and cites the fact's
sentence for each record it creates, confirms or changes. Conflicting fields change only with
`overwrite`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.db import models, transaction

from greenlane.core.services import Who
from greenlane.sources.filing import events, figures, names, people, projects
from greenlane.sources.filing.base import Change, Plan, Step, carry_out, cite_step
from greenlane.sources.filing.values import KIND_FIELDS, normalise
from greenlane.sources.models import Fact

__all__ = ["KIND_FIELDS", "Change", "Plan", "Step", "file", "normalise", "plan"]

PLANNERS: dict[str, Callable[[Fact, dict[str, Any]], Plan]] = {
    "investment": figures.plan,
    "ranking": figures.plan,
    "indicator": figures.plan,
    "target": figures.plan,
    "commitment": figures.plan,
    "project": projects.plan,
    "person": people.plan,
    "event": events.plan,
}


def plan(fact: Fact, values: dict[str, Any] | None = None) -> Plan:
    """What accepting `fact` with `values` (default: its current values) would do."""
    checked = normalise(fact.kind, fact.values if values is None else values)
    result = PLANNERS[fact.kind](fact, checked)
    result.problems.extend(names.problems_of(checked))
    return result


def _single(who: Who, fact: Fact, result: Plan, overwrite: bool, reason: str) -> models.Model:
    step = result.step(result.main)
    assert step is not None
    record = carry_out(who, step, overwrite, reason)
    cite_step(who, step, fact, overwrite)
    return record


APPLIERS: dict[str, Callable[[Who, Fact, Plan, bool, str], models.Model]] = {
    "project": projects.apply,
    "person": people.apply,
}


@transaction.atomic
def file(who: Who, fact: Fact, result: Plan, overwrite: bool = False,
         reason: str = "") -> models.Model:
    """Carry out `result` (a plan of `fact`) and return the record the fact now points to."""
    return APPLIERS.get(fact.kind, _single)(who, fact, result, overwrite, reason)
