"""“Which procedures do I need?”: from a project's facts, the procedures of the catalogue that
apply, in the order they can be done, with statutory and green-lane expected dates.

A procedure starts when the procedures it needs (its prerequisites that apply too) are done;
the others start on the start date. Dates are on the province's working calendar."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from greenlane.calendar.engine import WorkCalendar
from greenlane.procedures import deadlines
from greenlane.procedures.models import EnvironmentGroup, Location, Procedure
from greenlane.registry.models import Project
from greenlane.registry.money import default_rate

# VSIC 2018 divisions whose factories usually fall into the higher environmental groups
# (Decree 08/2022/NĐ-CP, appendices II–V, as amended, decide case by case): an estimate the
# user can correct on the finder's form.
POLLUTING = {"17", "19", "20", "21", "22", "23", "24", "35", "37", "38"}
MANUFACTURING = {f"{n:02d}" for n in range(10, 34)}


@dataclass
class Facts:
    sector: str = ""  # VSIC 2018 code: "C", "26", "2610"
    foreign_share: Decimal = Decimal(0)  # percent of the capital held by foreign investors
    in_park: bool = False
    land_ha: Decimal | None = Decimal(0)  # None: not known
    capital_vnd: Decimal = Decimal(0)
    environment_group: str = ""  # "I".."IV"; empty: not known
    foreign_experts: bool = False
    done: frozenset[str] = frozenset()  # codes of the procedures the project has been through


# A project with an investment registration certificate (IRC) has been through the IRC procedure.
IRC_CODES = frozenset({"IRC", "IRC-IP"})


def estimated_group(sector: str) -> str:
    division = sector.strip().upper()[:2]
    if division in POLLUTING:
        return EnvironmentGroup.II
    if division in MANUFACTURING:
        return EnvironmentGroup.III
    return EnvironmentGroup.IV if division else ""


def facts_from_project(project: Project) -> Facts:
    """What the registry knows of a project; the foreign share is 100 % for FDI (the registry
    does not hold shares), the environmental group an estimate from the sector."""
    sector = project.sector.code if project.sector_id and project.sector else ""
    capital = Decimal(0)
    if project.capital is not None:
        capital = (
            project.capital if project.currency == "VND"
            else (project.capital_usd or Decimal(0)) / default_rate("VND")
        )
    return Facts(
        sector=sector,
        foreign_share=Decimal(100) if project.kind == Project.Kind.FDI else Decimal(0),
        in_park=project.park_id is not None,
        land_ha=project.area_ha,
        capital_vnd=capital.quantize(Decimal(1)),
        environment_group=estimated_group(sector),
        foreign_experts=project.kind == Project.Kind.FDI,
        done=IRC_CODES if project.irc_date or project.irc_number else frozenset(),
    )


def applies(procedure: Procedure, facts: Facts) -> bool:
    return not reasons_against(procedure, facts)


def reasons_against(procedure: Procedure, facts: Facts) -> list[str]:
    """Why the procedure does not apply to the project (empty: it applies)."""
    reasons = []
    over = procedure.foreign_share_over
    if over is not None and not facts.foreign_share > over:
        reasons.append(str(_("foreign ownership")))
    if procedure.location == Location.INSIDE and not facts.in_park:
        reasons.append(str(_("outside industrial parks")))
    if procedure.location == Location.OUTSIDE and facts.in_park:
        reasons.append(str(_("inside an industrial park")))
    if procedure.needs_land and facts.land_ha is not None and not facts.land_ha > 0:
        reasons.append(str(_("no land needed")))
    if procedure.needs_foreign_experts and not facts.foreign_experts:
        reasons.append(str(_("no foreign experts")))
    codes = procedure.sector_list
    if codes and not any(facts.sector.strip().upper().startswith(c) for c in codes):
        reasons.append(str(_("sector")))
    groups = procedure.environment_list
    if groups and facts.environment_group not in groups:
        reasons.append(str(_("environmental group")))
    if procedure.min_capital_vnd is not None and facts.capital_vnd < procedure.min_capital_vnd:
        reasons.append(str(_("capital")))
    return reasons


def doubts(procedure: Procedure, facts: Facts) -> list[str]:
    """Why the procedure may not apply after all: facts not known."""
    if procedure.needs_land and facts.land_ha is None:
        return [str(_("Needed if the project needs land (the land area is not known)."))]
    return []


@dataclass
class Row:
    procedure: Procedure
    after: list[Procedure]
    start: dt.date
    statutory_due: dt.date
    statutory_days: int
    green_start: dt.date
    green_due: dt.date
    green_days: int
    done: bool = False  # the project has been through it already
    notes: list[str] = field(default_factory=list)


@dataclass
class Plan:
    facts: Facts
    start: dt.date
    rows: list[Row] = field(default_factory=list)
    statutory_end: dt.date | None = None
    green_end: dt.date | None = None
    statutory_days: int = 0
    green_days: int = 0

    @property
    def todo(self) -> int:
        return sum(not r.done for r in self.rows)

    @property
    def saved_days(self) -> int:
        return self.statutory_days - self.green_days


def in_order(procedures: Sequence[Procedure]) -> list[Procedure]:
    """Prerequisites first (among `procedures`), else by the catalogue's order and code."""
    chosen = {p.pk: p for p in procedures}
    needs = {p.pk: [q.pk for q in p.prerequisites.all() if q.pk in chosen] for p in procedures}
    done: list[Procedure] = []
    placed: set[int] = set()
    waiting = sorted(procedures, key=lambda p: (p.order, p.code))
    while waiting:
        ready = next((p for p in waiting if set(needs[p.pk]) <= placed), waiting[0])  # cycles
        waiting.remove(ready)
        done.append(ready)
        placed.add(ready.pk)
    return done


def plan(
    facts: Facts, start: dt.date, cal: WorkCalendar, share: Decimal,
    catalogue: Iterable[Procedure] | None = None,
) -> Plan:
    if catalogue is None:
        catalogue = Procedure.objects.select_related("agency").prefetch_related("prerequisites")
    chosen = in_order([p for p in catalogue if applies(p, facts)])
    result = Plan(facts=facts, start=start)
    ends: dict[int, tuple[dt.date, dt.date]] = {}
    for procedure in chosen:
        after = [q for q in procedure.prerequisites.all() if q.pk in ends]
        if procedure.code in facts.done:
            ends[procedure.pk] = (start, start)
            result.rows.append(Row(procedure, after, start, start, 0, start, start, 0, done=True))
            continue
        begin = max([start, *(ends[q.pk][0] for q in after)])
        green_begin = max([start, *(ends[q.pk][1] for q in after)])
        statutory = deadlines.targets(cal, begin, procedure.statutory_days, procedure.day_kind,
                                      share, procedure.green_lane_days)
        green = deadlines.targets(cal, green_begin, procedure.statutory_days, procedure.day_kind,
                                  share, procedure.green_lane_days)
        ends[procedure.pk] = (statutory.statutory, green.green)
        result.rows.append(Row(procedure, after, begin, statutory.statutory,
                               statutory.statutory_days, green_begin, green.green,
                               green.green_days, notes=doubts(procedure, facts)))
    todo = [r for r in result.rows if not r.done]
    if todo:
        result.statutory_end = max(r.statutory_due for r in todo)
        result.green_end = max(r.green_due for r in todo)
        result.statutory_days = cal.days_between(start, result.statutory_end)
        result.green_days = cal.days_between(start, result.green_end)
    return result
