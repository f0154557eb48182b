"""Reported figures beside the registry: the comparison for the same province, origin, kind and
date, and the statistics page's "press says N / registry has M" for those who may see it."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from django.utils import translation

from greenlane.registry.models import Project, ReportedFigure
from greenlane.registry.reported import compare
from greenlane.sources.models import Document
from tests.registry.test_reported_routes import reported_routes  # noqa: F401  (fixture)
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)

QUOTE = "Bắc Ninh có 126 dự án FDI từ Nhật Bản còn hiệu lực, tổng vốn khoảng 1,98 tỷ USD."


def web(w: World, role: str | None) -> Any:
    """A client of `role` that reads the pages in English."""
    client = w.web(role)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture(autouse=True)
def english() -> Any:
    with translation.override("en"):
        yield


@pytest.fixture
def registry(w: World) -> list[Project]:
    """Three valid Japanese FDI projects in Bắc Ninh (one on former Bắc Giang), USD 2 bn, and
    one Korean; a terminated Japanese one does not count."""

    def make(name: str, province: Any, origin: Any, capital: str, status: str = "licensed"
             ) -> Project:
        return Project.objects.create(
            name=name, kind="fdi", province=province, origin=origin, capital=Decimal(capital),
            irc_date=datetime.date(2020, 1, 1), status=status)

    return [
        make("Canon", w.bac_ninh, w.japan, "1000000000"),
        make("Foster", w.bac_ninh, w.japan, "600000000"),
        make("Fuji", w.bac_giang, w.japan, "400000000"),
        make("Samsung", w.bac_ninh, w.korea, "3000000000"),
        make("Closed", w.bac_ninh, w.japan, "900000000", status="terminated"),
    ]


def reported(w: World, **fields: Any) -> ReportedFigure:
    document = Document.objects.create(title="Báo Bắc Ninh", text=QUOTE,
                                       published=datetime.date(2025, 11, 26))
    values = {"kind": "investment", "measure": "stock", "category": "fdi",
              "province": w.bac_ninh, "origin": w.japan, "as_of": datetime.date(2025, 11, 26),
              "document": document, "quote": QUOTE, **fields}
    return ReportedFigure.objects.create(**values)


def test_a_stock_figure_is_set_beside_the_registrys_valid_projects(w: World, registry) -> None:  # type: ignore[no-untyped-def]
    figure = reported(w, projects=126, amount=Decimal("1980000000"), currency="USD")
    projects, capital = compare(figure).lines
    assert projects.sentence == "press says 126 projects / registry has 3" and projects.differs
    assert capital.registry == "2.00 bn USD" and not capital.differs  # 1.98 is within 1 %
    assert "origin=JP" in projects.url and "valid=true" in projects.url


def test_the_same_count_is_not_a_difference(w: World, registry) -> None:  # type: ignore[no-untyped-def]
    figure = reported(w, projects=3)
    (line,) = compare(figure).lines
    assert line.sentence == "press says 3 projects / registry has 3" and not line.differs


def test_a_share_is_the_origins_part_of_the_provinces_capital(w: World, registry) -> None:  # type: ignore[no-untyped-def]
    (line,) = compare(reported(w, share_pct=Decimal("40"))).lines
    assert line.registry == "40.0 %" and not line.differs  # 2 bn of 5 bn


def test_a_ranking_is_set_beside_the_registrys_rank_of_the_origin(w: World, registry) -> None:  # type: ignore[no-untyped-def]
    figure = reported(w, kind="ranking", measure="", category="", rank=5, rank_of=42)
    (line,) = compare(figure).lines
    assert (line.reported, line.registry) == ("5/42", "2/2") and line.differs


def test_a_provinces_rank_is_compared_only_when_it_is_about_investment(w: World, registry) -> None:  # type: ignore[no-untyped-def]
    pci = reported(w, kind="ranking", measure="", category="", origin=None, rank=2, rank_of=34,
                   label="chỉ số năng lực cạnh tranh cấp tỉnh (PCI)")
    assert not compare(pci).lines and compare(pci).note
    fdi = reported(w, kind="ranking", measure="", category="", origin=None, rank=1, rank_of=34,
                   label="thu hút vốn FDI")
    (line,) = compare(fdi).lines
    assert line.sentence == "press says rank 1/34 / registry has rank 1/1"  # one province has projects
    assert line.differs


def test_a_flow_without_its_period_is_not_compared(w: World, registry) -> None:  # type: ignore[no-untyped-def]
    comparison = compare(reported(w, measure="flow", projects=4, as_of=None))
    assert not comparison.lines and comparison.note


def test_the_statistics_page_shows_press_says_beside_registry_has(w: World, registry,  # type: ignore[no-untyped-def]
                                                                  reported_routes) -> None:
    figure = reported(w, projects=126)
    response = web(w, "leader").get(reverse("registry:statistics"))
    assert response.status_code == 200
    page = response.content.decode()
    assert "press says 126 projects / registry has 3" in page
    assert figure.document.get_absolute_url() in page and "126 dự án FDI" in page
    assert "<mark>" in page  # the difference is highlighted


def test_the_statistics_page_shows_the_figures_with_or_without_their_own_pages(  # type: ignore[no-untyped-def]
        w: World, registry) -> None:
    reported(w, projects=126)
    response = web(w, "officer").get(reverse("registry:statistics"))
    assert response.status_code == 200
    assert "press says 126 projects / registry has 3" in response.content.decode()


def test_investors_and_visitors_see_no_reported_figures_on_the_statistics_page(  # type: ignore[no-untyped-def]
        w: World, registry, reported_routes) -> None:
    reported(w, projects=126)
    for role in (None, "investor"):
        page = web(w, role).get(reverse("registry:statistics")).content.decode()
        assert "press says" not in page and "126 dự án" not in page


def test_the_statistics_page_keeps_to_its_province(w: World, registry, reported_routes) -> None:  # type: ignore[no-untyped-def]
    reported(w, projects=126)
    response = web(w, "officer").get(reverse("registry:statistics"), {"province": w.hanoi.pk})
    assert response.context["reported"] == []


def test_the_figures_page_shows_the_registry_beside_it(w: World, registry, reported_routes) -> None:  # type: ignore[no-untyped-def]
    figure = reported(w, projects=126)
    response = web(w, "officer").get(reverse("registry:reportedfigure", args=[figure.pk]))
    assert response.status_code == 200
    assert "press says 126 projects / registry has 3" in response.content.decode()


def test_the_api_gives_the_registrys_figures_with_one_figure(w: World, registry, reported_routes) -> None:  # type: ignore[no-untyped-def]
    figure = reported(w, projects=126)
    response = w.api("officer").get(f"/api/reported-figures/{figure.pk}/")
    assert response.status_code == 200
    assert response.data["registry"][0]["registry"] == "3"
    assert response.data["registry"][0]["differs"] is True


def test_a_reported_figure_is_labelled_with_its_origins_name_not_its_code(w: World, registry,  # type: ignore[no-untyped-def]
                                                                          reported_routes) -> None:
    reported(w, projects=126)
    page = web(w, "leader").get(reverse("registry:statistics")).content.decode()
    label = f"investment figure · {w.bac_ninh.name} · {w.japan.name_en} · 26/11/2025"
    assert w.japan.name_en != "JP" and label in page
    assert f"· {w.japan.code} ·" not in page


def test_a_figures_page_is_titled_with_its_origins_name_and_an_exact_amount_has_no_qualifier(  # type: ignore[no-untyped-def]
        w: World, registry, reported_routes) -> None:
    figure = reported(w, amount=Decimal("1980000000"), currency="USD", qualifier="exact")
    page = web(w, "officer").get(reverse("registry:reportedfigure", args=[figure.pk])).content
    html = page.decode()
    title = html[html.index("<title>"):html.index("</title>")]
    assert w.japan.name_en in title and " JP " not in title
    assert "exactly" not in html and "1,980,000,000 USD" in html
