"""Reported figures beside the registry's own: for a figure a source published ("126 valid
Japanese FDI projects in Bắc Ninh"), the same figure computed live from the registry for the same
province, origin, kind and date, so a leader reads "press says 126 projects / registry has 124".

Only the statistics module's public functions are used (StatQuery, breakdown, totals): the
registry's figure here is exactly the one the statistics page shows."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from urllib.parse import urlencode

from django.db.models import Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from greenlane.core import formats
from greenlane.registry.models import Project, ReportedFigure
from greenlane.registry.statistics import StatQuery, breakdown, totals

COMPARABLE = (ReportedFigure.Kind.INVESTMENT, ReportedFigure.Kind.RANKING)
CAPITAL_TOLERANCE = Decimal("0.01")  # press figures are rounded: 1 % apart is the same figure
SHARE_TOLERANCE = Decimal("0.5")  # percentage points


@dataclass
class Line:
    """One figure of a reported statement and the registry's: projects, capital, share or rank."""

    metric: str
    reported: str
    registry: str
    differs: bool
    sentence: str
    url: str = ""


@dataclass
class Comparison:
    figure: ReportedFigure
    lines: list[Line] = field(default_factory=list)
    note: str = ""  # why there is nothing to compare

    @property
    def differs(self) -> bool:
        return any(line.differs for line in self.lines)

    @property
    def label(self) -> str:
        """The figure as a leader reads it: "investment figure · Bắc Ninh · Japan · 30/11/2025"
        (the origin by its name in the user's language, not its code)."""
        return figure_label(self.figure)

    @property
    def url(self) -> str:
        """The figure's page; empty while its routes are not installed."""
        from django.urls import NoReverseMatch

        try:
            return self.figure.get_absolute_url()
        except NoReverseMatch:
            return ""


def figure_label(figure: ReportedFigure) -> str:
    where = figure.province.name if figure.province is not None else (figure.subject or "—")
    parts = [str(figure.get_kind_display()), where]
    if figure.origin is not None:
        parts.append(figure.origin.name)
    if figure.date_label:
        parts.append(figure.date_label)
    return " · ".join(parts)


def registry_query(figure: ReportedFigure, group: str = "origin") -> StatQuery | None:
    """The statistics query for the figure's province, origin, kind and date; None when the
    figure cannot be computed from the registry (a flow without its period)."""
    kind = figure.category if figure.category in Project.Kind.values else ""
    if figure.kind == ReportedFigure.Kind.RANKING and not figure.category:
        kind = Project.Kind.FDI
    province = figure.province
    query = StatQuery(
        group=group, kind=kind, province=province, origin=figure.origin,
        map="former" if province is not None and not province.is_current else "current",
    )
    if figure.measure == ReportedFigure.Measure.FLOW:
        if not (figure.period_start or figure.period_end):
            return None
        query.measure, query.start, query.end = "flow", figure.period_start, figure.period_end
        return query
    as_of = figure.as_of or figure.period_end
    if as_of is not None and as_of < datetime.date.today():
        query.end = as_of
    return query


def _list_url(query: StatQuery) -> str:
    return reverse("registry:project_list") + "?" + urlencode(query.filters())


def compare(figure: ReportedFigure) -> Comparison:
    if figure.kind == ReportedFigure.Kind.INVESTMENT:
        return _compare_investment(figure)
    if figure.kind == ReportedFigure.Kind.RANKING:
        return _compare_ranking(figure)
    return Comparison(figure, note=_("The registry does not compute this figure."))


def _compare_investment(figure: ReportedFigure) -> Comparison:
    query = registry_query(figure)
    if query is None:
        return Comparison(figure, note=_("The source gives no period to compute the flow for."))
    result = Comparison(figure)
    computed = totals(query)
    url = _list_url(query)
    if figure.projects is not None:
        result.lines.append(_projects_line(figure.projects, computed["projects"], url))
    reported_usd = figure.amount_usd
    if reported_usd is not None:
        result.lines.append(_capital_line(figure, reported_usd, computed["capital_usd"], url))
    if figure.share_pct is not None and figure.origin is not None:
        query.origin = None
        whole = totals(query)["capital_usd"]
        share = computed["capital_usd"] / whole * 100 if whole else Decimal(0)
        result.lines.append(_share_line(figure.share_pct, share, url))
    return result


def _projects_line(reported: int, registry: int, url: str) -> Line:
    sentence = _("press says %(reported)s projects / registry has %(registry)s") % {
        "reported": formats.number(reported), "registry": formats.number(registry)}
    return Line(_("projects"), formats.number(reported), formats.number(registry),
                reported != registry, sentence, url)


def _capital_line(figure: ReportedFigure, reported: Decimal, registry: Decimal, url: str) -> Line:
    apart = abs(reported - registry) > max(reported, registry) * CAPITAL_TOLERANCE
    said = formats.short_money(figure.amount, figure.currency) or formats.money(
        figure.amount, figure.currency)
    has = formats.short_money(registry, "USD") or formats.money(registry, "USD")
    sentence = _("press says %(reported)s / registry has %(registry)s") % {
        "reported": said, "registry": has}
    return Line(_("registered capital"), said, has, apart, sentence, url)


def _share_line(reported: Decimal, registry: Decimal, url: str) -> Line:
    said, has = formats.number(reported, 1), formats.number(registry, 1)
    sentence = _("press says %(reported)s %% / registry has %(registry)s %%") % {
        "reported": said, "registry": has}
    return Line(_("share"), f"{said} %", f"{has} %",
                abs(reported - registry) > SHARE_TOLERANCE, sentence, url)


def _compare_ranking(figure: ReportedFigure) -> Comparison:
    if figure.origin is not None:
        query = registry_query(figure, group="origin")
        key: Any = figure.origin.code
    elif figure.province is not None:
        if not about_investment(figure.label):
            return Comparison(figure, note=_(
                "The registry ranks provinces by investment only; this ranking is about "
                "something else."))
        query = registry_query(figure, group="province")
        assert query is not None
        query.province, key = None, figure.province.current.pk
    else:
        return Comparison(figure, note=_("The registry ranks origins and provinces only."))
    assert query is not None
    ranked = [r for r in breakdown(query) if r.rank]
    mine = next((r for r in ranked if r.key == key), None)
    said = f"{figure.rank}/{figure.rank_of}" if figure.rank_of else str(figure.rank)
    has = f"{mine.rank}/{len(ranked)}" if mine else "—"
    differs = mine is None or mine.rank != figure.rank or (
        figure.rank_of is not None and figure.rank_of != len(ranked))
    sentence = _("press says rank %(reported)s / registry has rank %(registry)s") % {
        "reported": said, "registry": has}
    url = mine.url if mine else _list_url(query)
    return Comparison(figure, [Line(_("rank"), said, has, differs, sentence, url)])


INVESTMENT_WORDS = ("fdi", "dau tu", "von", "invest", "ide", "capital", "投資", "投资")


def about_investment(words: str) -> bool:
    """Whether a ranking's scope speaks of investment ("FDI", "vốn đầu tư", "investissement")."""
    from greenlane.core.text import fold

    folded = fold(words)
    return any(word in folded for word in INVESTMENT_WORDS)


def figures_for(query: StatQuery | None = None) -> QuerySet[ReportedFigure]:
    """Current reported investment figures and rankings that match a statistics query."""
    figures = ReportedFigure.objects.filter(
        status=ReportedFigure.Status.CURRENT, kind__in=COMPARABLE
    ).select_related("province", "origin", "document")
    if query is None:
        return figures
    if query.province is not None:
        figures = figures.filter(Q(province=query.province) | Q(province__successor=query.province))
    if query.origin is not None:
        figures = figures.filter(origin=query.origin)
    if query.kind:
        figures = figures.filter(category__in=[query.kind, "", ReportedFigure.Category.TOTAL])
    return figures


def comparisons(query: StatQuery | None = None, limit: int = 20) -> list[Comparison]:
    return [compare(f) for f in figures_for(query)[:limit]]
