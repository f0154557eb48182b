"""Statistics computed from the registry: breakdowns with rank and share, today's map against the
former map, flow against stock, and each figure's link to exactly the projects behind it."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from greenlane.registry.models import Project
from greenlane.registry.statistics import StatQuery, breakdown, totals
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)


@pytest.fixture
def registry(w: World) -> dict[str, Project]:
    def make(name: str, province, origin, capital: str, date: datetime.date,  # type: ignore[no-untyped-def]
             status: str = "licensed") -> Project:
        return Project.objects.create(name=name, kind="fdi", province=province, origin=origin,
                                      capital=Decimal(capital), irc_date=date, status=status)

    return {
        "canon": make("Canon", w.bac_ninh, w.japan, "3000", datetime.date(2022, 4, 1)),
        "fuji": make("Fuji", w.bac_giang, w.japan, "1000", datetime.date(2024, 2, 1)),
        "samsung": make("Samsung", w.bac_ninh, w.korea, "4000", datetime.date(2024, 8, 1)),
        "aeon": make("Aeon", w.hanoi, w.japan, "2000", datetime.date(2024, 9, 1)),
        "closed": make("Closed", w.bac_ninh, w.korea, "9000", datetime.date(2024, 3, 1),
                       status="terminated"),
    }


def by_key(rows):  # type: ignore[no-untyped-def]
    return {r.key: r for r in rows}


def listed_count(w: World, url: str) -> int:
    response = w.web("officer").get(url)
    assert response.status_code == 200, url
    return response.context["page"].paginator.count


def test_the_origin_breakdown_ranks_by_capital_with_shares(registry) -> None:  # type: ignore[no-untyped-def]
    rows = by_key(breakdown(StatQuery(group="origin")))
    assert rows["JP"].projects == 3 and rows["JP"].capital_usd == Decimal("6000")
    assert rows["KR"].projects == 1 and rows["KR"].capital_usd == Decimal("4000")  # stock
    assert (rows["JP"].rank, rows["KR"].rank) == (1, 2)
    assert rows["JP"].share_pct == pytest.approx(60.0) and rows["KR"].share_pct == pytest.approx(40.0)
    assert rows["JP"].label == "Nhật Bản" or rows["JP"].label == "Japan"


def test_a_former_province_counts_under_its_successor_on_todays_map(w, registry) -> None:  # type: ignore[no-untyped-def]
    rows = by_key(breakdown(StatQuery(group="province", map="current")))
    assert rows[w.bac_ninh.pk].projects == 3  # Canon, Samsung, and Fuji on former Bắc Giang
    assert w.bac_giang.pk not in rows


def test_a_former_province_counts_under_itself_on_the_former_map(w, registry) -> None:  # type: ignore[no-untyped-def]
    rows = by_key(breakdown(StatQuery(group="province", map="former")))
    assert rows[w.bac_giang.pk].projects == 1 and rows[w.bac_giang.pk].capital_usd == Decimal("1000")


def test_a_province_filter_on_todays_map_includes_its_former_provinces(w, registry) -> None:  # type: ignore[no-untyped-def]
    assert totals(StatQuery(province=w.bac_ninh))["projects"] == 3
    assert totals(StatQuery(province=w.bac_giang))["projects"] == 1


def test_stock_counts_valid_projects_and_flow_counts_licences_in_the_period(registry) -> None:  # type: ignore[no-untyped-def]
    assert totals(StatQuery(measure="stock"))["projects"] == 4
    flow = StatQuery(measure="flow", start=datetime.date(2024, 1, 1), end=datetime.date(2024, 12, 31))
    assert totals(flow) == {"projects": 4, "capital_usd": Decimal("16000")}  # incl. terminated
    stock_2023 = StatQuery(measure="stock", end=datetime.date(2023, 12, 31))
    assert totals(stock_2023)["projects"] == 1


@pytest.mark.parametrize("query", [
    StatQuery(group="origin"),
    StatQuery(group="province"),
    StatQuery(group="status", measure="flow", start=datetime.date(2024, 1, 1)),
    StatQuery(group="year", measure="flow"),
    StatQuery(group="kind"),
], ids=["origin", "province-today", "status-flow", "year-flow", "kind"])
def test_each_rows_link_lists_exactly_the_projects_behind_its_figure(w, registry, query) -> None:  # type: ignore[no-untyped-def]
    rows = breakdown(query)
    assert rows
    for row in rows:
        assert listed_count(w, row.url) == row.projects, (row.label, row.url)


def test_a_province_link_on_the_former_map_lists_only_that_former_province(w, registry) -> None:  # type: ignore[no-untyped-def]
    row = by_key(breakdown(StatQuery(group="province", map="former")))[w.bac_giang.pk]
    assert listed_count(w, row.url) == row.projects == 1


def test_a_current_province_link_on_the_former_map_lists_exactly_its_projects(w, registry) -> None:  # type: ignore[no-untyped-def]
    row = by_key(breakdown(StatQuery(group="province", map="former")))[w.bac_ninh.pk]
    assert row.projects == 2  # Canon and Samsung, not Fuji on former Bắc Giang
    assert listed_count(w, row.url) == row.projects


def test_the_not_recorded_rows_link_lists_only_projects_without_the_field(w, registry) -> None:  # type: ignore[no-untyped-def]
    Project.objects.create(name="Unknown origin", province=w.bac_ninh, capital=Decimal("10"),
                           irc_date=datetime.date(2024, 1, 5))
    row = by_key(breakdown(StatQuery(group="origin")))[None]
    assert row.projects == 1 and row.rank == 0
    assert listed_count(w, row.url) == 1


def test_a_year_rows_link_respects_a_mid_year_start(w, registry) -> None:  # type: ignore[no-untyped-def]
    query = StatQuery(group="year", measure="flow", start=datetime.date(2024, 6, 1))
    row = by_key(breakdown(query))[2024]
    assert row.projects == 2  # Samsung (August) and Aeon (September)
    assert listed_count(w, row.url) == row.projects


@pytest.mark.parametrize("group", ["origin", "sector", "park", "year"])
def test_each_not_recorded_row_links_to_the_projects_missing_that_field(w, registry, group) -> None:  # type: ignore[no-untyped-def]
    Project.objects.create(name="Bare", kind="fdi", province=w.bac_ninh, capital=Decimal("7"))
    row = by_key(breakdown(StatQuery(group=group)))[None]
    assert row.rank == 0 and "missing=" in row.url
    assert listed_count(w, row.url) == row.projects


def test_a_query_for_a_current_province_on_the_former_map_links_to_that_unit_alone(w, registry) -> None:  # type: ignore[no-untyped-def]
    query = StatQuery(group="origin", map="former", province=w.bac_ninh)
    rows = by_key(breakdown(query))
    assert rows["JP"].projects == 1  # Canon; Fuji is on former Bắc Giang
    assert totals(query)["projects"] == 2
    for row in rows.values():
        assert listed_count(w, row.url) == row.projects, row.url


def test_a_year_rows_link_stops_at_a_mid_year_end(w, registry) -> None:  # type: ignore[no-untyped-def]
    query = StatQuery(group="year", measure="flow", end=datetime.date(2024, 8, 15))
    row = by_key(breakdown(query))[2024]
    assert row.projects == 3  # Fuji, Closed, Samsung; not Aeon (September)
    assert row.params["licensed_to"] == "2024-08-15"
    assert listed_count(w, row.url) == row.projects


@pytest.mark.parametrize("query", [
    StatQuery(group="origin"),
    StatQuery(group="origin", origin=None, measure="flow"),
    StatQuery(group="province", map="former"),
    StatQuery(group="year", measure="flow", start=datetime.date(2024, 6, 1)),
], ids=["origin", "origin-flow", "former-map", "year-from-june"])
def test_the_totals_are_the_sum_of_the_groups(registry, query) -> None:  # type: ignore[no-untyped-def]
    rows = breakdown(query)
    assert totals(query) == {"projects": sum(r.projects for r in rows),
                             "capital_usd": sum(r.capital_usd for r in rows)}


def test_totals_for_one_origin_count_that_origin_only_though_its_rank_is_among_all(w, registry) -> None:  # type: ignore[no-untyped-def]
    query = StatQuery(group="origin", origin=w.korea)
    assert len(breakdown(query)) == 2  # every origin, to rank Korea among them
    assert totals(query) == {"projects": 1, "capital_usd": Decimal("4000")}


def test_the_statistics_api_is_public_and_matches_the_breakdown(w, registry) -> None:  # type: ignore[no-untyped-def]
    response = w.api(None).get("/api/statistics/", {"group": "origin", "kind": "fdi"})
    assert response.status_code == 200
    rows = {r["key"]: r for r in response.data["rows"]}
    assert rows["JP"]["projects"] == 3 and rows["JP"]["rank"] == 1
    assert response.data["totals"]["projects"] == 4


def test_the_statistics_api_refuses_an_unknown_group_with_400(w) -> None:  # type: ignore[no-untyped-def]
    response = w.api(None).get("/api/statistics/", {"group": "colour"})
    assert response.status_code == 400 and "group" in response.data
