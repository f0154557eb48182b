"""What the officer reads on a fact's page: choices by their labels, countries by their names,
dates as dd/mm/yyyy, amounts with their qualifier in words — never the stored codes."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

from greenlane.places.models import Country
from greenlane.sources.filing.base import Step
from greenlane.sources.models import Fact
from greenlane.sources.review_views import value_rows
from tests.registry.test_reported_routes import reported_routes  # noqa: F401  (fixture)
from tests.sources.test_review_fixtures import article, english, fact  # noqa: F401  (fixtures)
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def routes(reported_routes: None) -> None:
    """Links to reported figures resolve."""


def plan_section(w: World, fact: Fact, language: str = "en") -> str:
    client = w.web("officer")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
    html = client.get(reverse("review:fact", args=[fact.pk])).content.decode()
    found = re.search(r'<section class="panel" id="plan">(.*?)</section>', html, re.S)
    assert found is not None
    return found.group(1)


def cells(section: str) -> list[str]:
    return [c.strip() for c in re.findall(r"<dd>(.*?)</dd>", section, re.S)]


def test_a_new_project_and_investor_show_labels_in_the_users_language_not_codes(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    shown = cells(plan_section(w, fact("project", investor="Panasonic Quế Võ"), "vi"))
    for code in ("company", "fdi", "licensed", "JP"):
        assert code not in shown
    assert "doanh nghiệp" in shown and "đã cấp phép" in shown and "FDI" in shown
    assert "120.000.000 USD" in shown


def test_a_new_reported_figure_shows_its_kind_measure_and_qualified_amount_in_words(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    shown = cells(plan_section(w, fact("stock")))
    for code in ("investment", "stock", "fdi", "approx", "exact"):
        assert code not in shown
    assert "investment figure" in shown
    assert "stock: valid as of a date" in shown
    assert "about 1,980,000,000 USD" in shown
    assert "26/11/2025" in shown


def test_a_new_organisation_shows_its_kind_by_label() -> None:
    from greenlane.orgs.models import Organisation

    step = Step("investor", Organisation, fields={"name": "X", "kind": "agency"})
    assert ("kind", "government agency") in step.new_values()


def test_an_event_shows_its_type_precision_and_date_in_house_formats(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    shown = cells(plan_section(w, fact("event"), "vi"))
    assert "25/11/2025" in shown and "ngày" in shown
    assert "2025-11-25" not in "".join(shown) and "day" not in shown


def test_the_values_table_shows_country_names_and_dates_day_month_year(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    Country.objects.update_or_create(code="JP", defaults={"name_vi": "Nhật Bản",
                                                          "name_en": "Japan"})
    stock = fact("stock", as_of="2025-11-30", period={"start": "2025-01", "end": "2025"})
    rows = {label: shown for label, shown, _edited in value_rows(stock)}
    assert rows["Origin (country)"] == "Japan"
    assert rows["As of"] == "30/11/2025"
    assert rows["Period"] == "01/2025 – 2025"
    assert rows["Amount"] == "about 1,980,000,000 USD"
    ranking = fact("rank")
    assert {label: shown for label, shown, _e in value_rows(ranking)}["About"] == "Japan"


def test_units_read_as_words_from_the_catalogue(w: World, fact, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from greenlane.sources import display

    monkeypatch.setitem(display.UNITS, "people", "người")
    assert display.unit_label("%") == "%"
    indicator = Fact.objects.create(document=fact("stock").document, kind="indicator",
                                    data={"subject": "Bắc Ninh", "metric": "việc làm",
                                          "value": 5000, "unit": "people"},
                                    evidence="x", start=0, end=1)
    rows = {label: shown for label, shown, _edited in value_rows(indicator)}
    assert rows["Unit"] == "người"


def test_a_conflict_is_announced_in_the_warning_style_not_as_a_success(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    from greenlane.sources import review

    review.accept(w.users["officer"], fact("project"))
    again = fact("project_again")
    client = w.web("officer")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    data = {"name": "Nhà máy Canon Quế Võ", "amount_value": "150000000", "amount_currency": "USD",
            "amount_qualifier": "exact", "action": "accept", "version": again.version}
    response = client.post(reverse("review:fact", args=[again.pk]), data, follow=True)
    html = response.content.decode()
    message = re.search(r'<ul class="messages"[^>]*>\s*<li class="([^"]*)">([^<]*)', html)
    assert message is not None and "disagrees" in message.group(2)
    assert "error" in message.group(1).split() and "success" not in message.group(1)
    assert '<div class="errors" role="alert"><p>Nothing has been changed.' in html
