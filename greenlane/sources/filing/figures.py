"""Investment figures, rankings, indicators, targets and commitments become reported figures
(registry.ReportedFigure): what a source said, for a province and an origin, on a date.

A figure already reported for the same province, origin, kind, measure and date is the same
figure: a source that repeats it adds a citation; one that gives other numbers is a conflict."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from greenlane.core import formats
from greenlane.registry.models import ReportedFigure
from greenlane.sources.display import unit_label
from greenlane.sources.filing import lookup
from greenlane.sources.filing.base import Change, Plan, Step, close, equal, verbose
from greenlane.sources.filing.values import decimal, first_day, last_day, money
from greenlane.sources.models import Fact

KEY = ("kind", "measure", "category", "province", "origin", "as_of", "period_start", "period_end")
KEY_WITH_WORDS = {"indicator", "target", "commitment"}
COMPARED = {
    "investment": ("projects", "amount", "share_pct"),
    "ranking": ("rank", "rank_of"),
    "indicator": ("value", "unit"),
    "target": ("value", "value_high", "unit"),
    "commitment": (),
}


def plan(fact: Fact, values: dict[str, Any]) -> Plan:
    result = Plan(fact.kind, main="figure")
    fields = FIELDS[fact.kind](values, fact, result.problems)
    fields["kind"] = fact.kind
    step = Step("figure", ReportedFigure)
    existing = same_figure(fields)
    if existing is None:
        quote = " ".join(fact.evidence.split())
        step.fields = {**fields, "document": fact.document, "quote": quote}
    else:
        step.record = existing
        step.changes = [_change(existing, name, fields) for name in COMPARED[fact.kind]]
    result.steps.append(step)
    return result


def same_figure(fields: dict[str, Any]) -> ReportedFigure | None:
    query = ReportedFigure.objects.filter(
        status=ReportedFigure.Status.CURRENT, **{name: fields.get(name) for name in KEY}
    )
    if fields.get("province") is None:
        query = query.filter(subject__iexact=fields.get("subject") or "")
    candidates = list(query.order_by("pk")[:200])
    if fields["kind"] in KEY_WITH_WORDS:
        candidates = [f for f in candidates if equal(f.label, fields.get("label") or "")]
    return candidates[0] if candidates else None


def _change(existing: ReportedFigure, name: str, fields: dict[str, Any]) -> Change:
    label = verbose(ReportedFigure, name)
    if name == "amount":
        current = (existing.amount, existing.currency) if existing.amount is not None else None
        new = (fields["amount"], fields["currency"]) if fields.get("amount") is not None else None
        writes: dict[str, Any] = {
            k: fields[k] for k in ("amount", "currency", "qualifier") if k in fields
        }
        return Change(name, label, current, new, same=same_money, shown=show_money, writes=writes)
    if name == "share_pct":
        return Change(name, label, existing.share_pct, fields.get(name),
                      same=lambda a, b: abs(Decimal(str(a)) - Decimal(str(b))) < Decimal("0.05"))
    if name == "unit":
        return Change(name, label, existing.unit, fields.get(name), shown=unit_label)
    return Change(name, label, getattr(existing, name), fields.get(name))


def same_money(a: tuple[Decimal, str], b: tuple[Decimal, str]) -> bool:
    return a[1] == b[1] and close(a[0], b[0])


def show_money(value: tuple[Decimal, str]) -> str:
    return formats.money(value[0], value[1])


# --- one reader per kind: the figure's fields from the fact's values ------------------------


def _where(name: str | None) -> dict[str, Any]:
    """A place or subject: the province it names, else the words as written."""
    province = lookup.province(name)
    return {"province": province, "subject": "" if province else (name or "")}


def _origin(code: str | None, problems: list[str]) -> Any:
    country = lookup.country(code)
    if code and country is None:
        problems.append(_("Greenlane does not know the country code “%s”.") % code)
    return country


def _period(values: dict[str, Any]) -> dict[str, Any]:
    period = values.get("period") or {}
    return {"period_start": first_day(period.get("start")),
            "period_end": last_day(period.get("end"))}


def investment(values: dict[str, Any], fact: Fact, problems: list[str]) -> dict[str, Any]:
    period = _period(values)
    measure = values.get("measure") or ("flow" if period["period_end"] else "stock")
    as_of = last_day(values.get("as_of"))
    if measure == "stock" and as_of is None and period["period_end"] is None:
        as_of = fact.document.published
    fields = {
        **_where(values.get("destination")),
        "measure": measure,
        "category": values.get("category") or "total",
        "origin": _origin(values.get("origin"), problems),
        "projects": values.get("projects"),
        "share_pct": decimal(values.get("share_pct")),
        "as_of": as_of,
        **period,
    }
    amount = money(values.get("amount"))
    if amount is not None:
        fields.update(amount=amount[0], currency=amount[1], qualifier=amount[2])
    if all(fields.get(k) is None for k in ("projects", "amount", "share_pct")):
        problems.append(_("The fact gives no figure: enter the projects, the amount or the share."))
    return fields


def ranking(values: dict[str, Any], fact: Fact, problems: list[str]) -> dict[str, Any]:
    subject = values.get("subject") or ""
    country = lookup.country(subject) if len(subject) == 2 and subject.isupper() else None
    if values.get("rank") is None:
        problems.append(_("A ranking needs the rank."))
    return {
        **_where(values.get("location") if country else subject),
        "origin": country,
        "rank": values.get("rank"),
        "rank_of": values.get("of"),
        "label": values.get("scope") or "",
        "as_of": None if values.get("period") else fact.document.published,
        **_period(values),
    }


def indicator(values: dict[str, Any], fact: Fact, problems: list[str]) -> dict[str, Any]:
    if values.get("value") is None:
        problems.append(_("An indicator needs its value."))
    period = _period(values)
    return {
        **_where(values.get("subject")),
        "label": values.get("metric") or "",
        "value": decimal(values.get("value")),
        "unit": values.get("unit") or "",
        "as_of": None if period["period_end"] else fact.document.published,
        **period,
    }


def target(values: dict[str, Any], fact: Fact, problems: list[str]) -> dict[str, Any]:
    low, high = values.get("low"), values.get("high")
    year = values.get("year")
    return {
        **_where(values.get("subject")),
        "label": values.get("metric") or "",
        "value": decimal(low if low is not None else high),
        "value_high": decimal(high) if high is not None and high != low else None,
        "unit": values.get("unit") or "",
        "period_end": last_day(str(year)) if year else None,
    }


def commitment(values: dict[str, Any], fact: Fact, problems: list[str]) -> dict[str, Any]:
    if not values.get("text"):
        problems.append(_("A commitment needs its words."))
    return {**_where(values.get("actor")), "label": values.get("text") or "",
            "as_of": fact.document.published}


FIELDS = {
    "investment": investment,
    "ranking": ranking,
    "indicator": indicator,
    "target": target,
    "commitment": commitment,
}
