"""Statistics computed live from the registry: FDI stock and flow by origin, sector, park,
province and period, with rankings. Every row carries the filters that list its projects.

The grouped figures are cached per process, keyed on the query and on the registry's last
change (see `registry_stamp`), so a page that asks for a breakdown and its totals scans the
projects once, and the next visitor not at all until a project or adjustment changes."""

from __future__ import annotations

import datetime
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, TypeVar
from urllib.parse import urlencode

from django.db import connection
from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import Coalesce, ExtractYear
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from greenlane.core import formats
from greenlane.core.models import AuditEntry
from greenlane.places.models import Country, Province
from greenlane.registry.models import Adjustment, IndustrialPark, Project, Sector

GROUPS = {
    "origin": _("origin"),
    "sector": _("sector"),
    "park": _("industrial park"),
    "province": _("province"),
    "year": _("year of licence"),
    "kind": _("kind"),
    "status": _("status"),
}
MEASURES = {"stock": _("stock: valid projects"), "flow": _("flow: licensed in the period")}
MAPS = {"current": _("today's map (34 units)"), "former": _("the map before 1 July 2025 (63)")}


@dataclass
class StatQuery:
    group: str = "origin"
    measure: str = "stock"
    kind: str = "fdi"
    province: Province | None = None
    origin: Country | None = None
    start: datetime.date | None = None
    end: datetime.date | None = None
    map: str = "current"

    def filters(self) -> dict[str, str]:
        """The project-list filters that select this query's projects."""
        params: dict[str, str] = {}
        if self.kind:
            params["kind"] = self.kind
        if self.measure == "stock":
            params["valid"] = "true"
        if self.province is not None:
            params[self.province_param()] = str(self.province.pk)
        if self.origin is not None:
            params["origin"] = self.origin.code
        if self.start and self.measure == "flow":
            params["licensed_from"] = self.start.isoformat()
        if self.end:
            params["licensed_to"] = self.end.isoformat()
        return params

    def province_param(self) -> str:
        """On the former map a unit counts its own projects only; the list's `province` filter
        widens a current unit to the former units merged into it, `province_exact` does not."""
        return "province_exact" if self.map == "former" else "province"

    def cache_key(self) -> tuple[Any, ...]:
        return (
            self.group, self.measure, self.kind,
            self.province.pk if self.province is not None else None,
            self.origin.pk if self.origin is not None else None,
            self.start, self.end, self.map,
        )  # fmt: skip


@dataclass
class StatRow:
    key: Any
    label: str
    projects: int
    capital_usd: Decimal
    rank: int = 0
    share_pct: float = 0.0
    url: str = ""
    params: dict[str, str] = field(default_factory=dict)


def base_queryset(query: StatQuery) -> QuerySet[Project]:
    projects = Project.objects.all()
    if query.kind:
        projects = projects.filter(kind=query.kind)
    if query.measure == "stock":
        projects = projects.filter(status__in=Project.VALID)
    if query.province is not None:
        province = query.province
        if query.map == "former" or not province.is_current:
            projects = projects.filter(province=province)
        else:
            projects = projects.filter(Q(province=province) | Q(province__successor=province))
    if query.origin is not None:
        projects = projects.filter(origin=query.origin)
    if query.start and query.measure == "flow":
        projects = projects.filter(irc_date__gte=query.start)
    if query.end:
        projects = projects.filter(irc_date__lte=query.end)
    return projects


def _group_expression(query: StatQuery) -> tuple[Any, str]:
    """(expression to group by, the project-list filter that selects one group)."""
    if query.group == "origin":
        return F("origin__code"), "origin"
    if query.group == "sector":
        return Coalesce("sector__parent__code", "sector__code"), "sector"
    if query.group == "park":
        return F("park_id"), "park"
    if query.group == "province":
        if query.map == "former":
            return F("province_id"), "province"
        return Coalesce("province__successor_id", "province_id"), "province"
    if query.group == "year":
        return ExtractYear("irc_date"), "year"
    if query.group == "kind":
        return F("kind"), "kind"
    return F("status"), "status"


def breakdown(query: StatQuery) -> list[StatRow]:
    """One row per group. Grouped by origin, every origin is counted even when the query names
    one, so that origin's rank among all the others can be read off."""
    if query.group == "origin" and query.origin is not None:
        query = replace(query, origin=None)
    _expression, param = _group_expression(query)
    rows = [
        StatRow(key=key, label="", projects=projects, capital_usd=capital)
        for key, projects, capital in _grouped(query)
    ]
    labels = _labels(query.group, [r.key for r in rows])
    total = sum((r.capital_usd for r in rows), Decimal(0))
    order = sorted(rows, key=lambda r: (r.key is None, -r.capital_usd, -r.projects))
    if query.group == "year":
        order = sorted(rows, key=lambda r: (r.key is None, r.key or 0))
    ranked = sorted(
        (r for r in rows if r.key is not None), key=lambda r: (-r.capital_usd, -r.projects)
    )
    for position, row in enumerate(ranked, 1):
        row.rank = position
    for row in order:
        row.label = labels.get(row.key, str(_("not recorded")) if row.key is None else str(row.key))
        row.share_pct = float(row.capital_usd / total * 100) if total else 0.0
        row.params = _row_params(query, param, row.key)
        row.url = reverse("registry:project_list") + "?" + urlencode(row.params)
    return order


Grouped = list[tuple[Any, int, Decimal]]


def _grouped(query: StatQuery) -> Grouped:
    """(key, projects, capital) per group: one aggregate pass over the query's projects."""

    def compute() -> Grouped:
        expression, _param = _group_expression(query)
        grouped = (
            base_queryset(query)
            .order_by()
            .annotate(key=expression)
            .values("key")
            .annotate(projects=Count("id"), capital=Sum("capital_usd"))
        )
        return [(g["key"], g["projects"], g["capital"] or Decimal(0)) for g in grouped]

    return _cached(("grouped", *query.cache_key()), compute)


# The project-list filter that selects the projects where a group's field is not recorded.
MISSING = {"origin": "origin", "sector": "sector", "park": "park", "year": "irc_date"}


def _row_params(query: StatQuery, param: str, key: Any) -> dict[str, str]:
    params = query.filters()
    if key is None:
        if query.group in MISSING:
            params["missing"] = MISSING[query.group]
        return params
    if param == "year":
        first, last = datetime.date(key, 1, 1), datetime.date(key, 12, 31)
        if query.start and query.measure == "flow":
            first = max(first, query.start)
        if query.end:
            last = min(last, query.end)
        params["licensed_from"] = first.isoformat()
        params["licensed_to"] = last.isoformat()
    elif param == "province":
        params[query.province_param()] = str(key)
    else:
        params[param] = str(key)
    return params


def _labels(group: str, keys: list[Any]) -> dict[Any, str]:
    present = [k for k in keys if k is not None]
    if group == "origin":
        return {c.code: c.name for c in Country.objects.filter(code__in=present)}
    if group == "sector":
        return {s.code: str(s) for s in Sector.objects.filter(code__in=present)}
    if group == "park":
        return {p.pk: p.name for p in IndustrialPark.objects.filter(pk__in=present)}
    if group == "province":
        return {p.pk: str(p) for p in Province.objects.filter(pk__in=present)}
    if group == "kind":
        return {k: str(v) for k, v in Project.Kind.choices}
    if group == "status":
        return {k: str(v) for k, v in Project.Status.choices}
    return {k: str(k) for k in present}


def totals(query: StatQuery) -> dict[str, Any]:
    """Projects and capital of the whole query. Every project falls in exactly one group (the
    "not recorded" group included), so the totals are the sum of the breakdown's groups: no
    second pass over the projects, unless the breakdown widened the query (see `breakdown`)."""
    if query.group == "origin" and query.origin is not None:
        grouped = _cached(("totals", *query.cache_key()), lambda: _aggregate(query))
    else:
        grouped = _grouped(query)
    return {
        "projects": sum(projects for _key, projects, _capital in grouped),
        "capital_usd": sum((capital for _key, _projects, capital in grouped), Decimal(0)),
    }


def _aggregate(query: StatQuery) -> Grouped:
    agg = base_queryset(query).aggregate(projects=Count("id"), capital=Sum("capital_usd"))
    return [(None, agg["projects"], agg["capital"] or Decimal(0))]


# --- the per-process cache --------------------------------------------------------------------

T = TypeVar("T")
CACHE_SECONDS = 60.0  # bounds staleness for a change the stamp cannot see (reference data)
CACHE_ENTRIES = 256
_cache: OrderedDict[tuple[Any, ...], tuple[float, Any]] = OrderedDict()
_lock = threading.Lock()


def registry_stamp() -> tuple[Any, ...]:
    """What moves whenever the registry's figures can: the highest project and adjustment ids
    (a new row, a bulk load) and the last audit entry (every change made through the services,
    edits and deletes included). Three index lookups in one query: no scan, no COUNT (which
    reads every row on PostgreSQL). A change that bypasses the services and adds no row, e.g. a
    raw UPDATE, shows once the entry expires (CACHE_SECONDS)."""
    quote = connection.ops.quote_name
    tables = [quote(m._meta.db_table) for m in (Project, Adjustment, AuditEntry)]
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(f"(SELECT MAX(id) FROM {t})" for t in tables))
        return (connection.alias, *cursor.fetchone())


def _cached(key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """`compute()`, remembered for the same query and registry stamp. Never inside a
    transaction: what it reads there may still be rolled back (and tests run in one)."""
    if connection.in_atomic_block:
        return compute()
    full_key = (*key, registry_stamp())
    now = time.monotonic()
    with _lock:
        hit = _cache.get(full_key)
        if hit is not None and now - hit[0] < CACHE_SECONDS:
            _cache.move_to_end(full_key)
            value: T = hit[1]
            return value
    value = compute()
    with _lock:
        _cache[full_key] = (now, value)
        while len(_cache) > CACHE_ENTRIES:
            _cache.popitem(last=False)
    return value


def clear_cache() -> None:
    with _lock:
        _cache.clear()


def ranking_sentence(query: StatQuery, rows: list[StatRow]) -> str:
    """ "Japan: 5th of 42 origins in Bắc Ninh, 126 valid projects, USD 1.98 bn" for the origin
    the query names, when it groups by origin."""
    if query.group != "origin" or query.origin is None:
        return ""
    ranked = [r for r in rows if r.rank]
    for row in ranked:
        if row.key == query.origin.code:
            place = query.province.name if query.province else str(_("the registry"))
            text = _(
                "%(name)s: rank %(rank)s of %(total)s origins in %(place)s, "
                "%(projects)s projects, %(capital)s"
            )
            return str(text) % {
                "name": row.label,
                "rank": row.rank,
                "total": len(ranked),
                "place": place,
                "projects": formats.number(row.projects),
                "capital": formats.short_money(row.capital_usd, "USD"),
            }
    return ""


def headline(user: Any = None) -> dict[str, Any]:
    """The home page's three figures: valid FDI projects, their capital, origins."""

    def compute() -> dict[str, Any]:
        valid = Project.objects.filter(kind=Project.Kind.FDI, status__in=Project.VALID)
        agg = valid.aggregate(
            projects=Count("id"), capital=Sum("capital_usd"), origins=Count("origin", distinct=True)
        )
        return {
            "projects": agg["projects"],
            "capital_usd": agg["capital"] or 0,
            "origins": agg["origins"],
        }

    return dict(_cached(("headline",), compute))
