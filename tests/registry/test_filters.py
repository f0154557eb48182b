"""The project list's filters: they scale with the number of organisations (no option per
investor), keep the `?investor=<id>` links working, find investors by name without accents,
and read as people expect (ticks for kinds and statuses, "All" / "Valid only")."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from greenlane.orgs.models import Organisation
from greenlane.registry.models import Project
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)

LIST = "/registry/projects/"


def project(w: World, name: str, *investors: Organisation, **fields: object) -> Project:
    made = Project.objects.create(name=name, province=fields.pop("province", w.bac_ninh),
                                  capital=Decimal("100"), irc_date=datetime.date(2024, 1, 1),
                                  **fields)
    made.investors.add(*investors)
    return made


def listed(response) -> set[str]:
    assert response.status_code == 200, response.status_code
    return {p.name for p in response.context["page"].object_list}


@pytest.fixture
def registry(w: World) -> dict[str, Project]:
    viet = Organisation.objects.create(name="Công ty Canon Việt Nam", kind="company")
    japan = Organisation.objects.create(name="Canon Japan", kind="company")
    return {
        "quế võ": project(w, "Canon Quế Võ", viet, origin=w.japan, kind="fdi"),
        "mixed": project(w, "Liên doanh", japan, w.thk, origin=w.japan, kind="fdi"),
        "thk": project(w, "THK Bắc Ninh", w.thk, origin=w.korea, kind="oda", status="terminated"),
        "bare": project(w, "Chưa rõ", kind="domestic"),
    }


def test_the_filter_form_does_not_list_every_organisation(w, registry) -> None:
    Organisation.objects.bulk_create(
        Organisation(name=f"Nhà đầu tư {i}", search=f"nha dau tu {i}") for i in range(300)
    )
    html = w.web("officer").get(LIST).content.decode()
    assert "Nhà đầu tư 299" not in html and "Canon Japan" not in html.split("<table")[0]
    assert html.count("<option") < 150  # provinces, parks, origins with projects, choices


def test_an_investor_link_by_id_lists_that_investors_projects_and_names_it(w, registry) -> None:
    response = w.web("officer").get(LIST, {"investor": w.thk.pk})
    assert listed(response) == {"Liên doanh", "THK Bắc Ninh"}
    box = re.search(r'<input type="checkbox" name="investor" value="(\d+)"[^>]*checked> ([^<]+)<',
                    response.content.decode())
    assert box is not None and box.groups() == (str(w.thk.pk), "THK Vietnam")


def test_an_investor_link_names_only_an_organisation_the_user_may_see(w, registry) -> None:
    html = w.web("investor").get(LIST, {"investor": w.thk.pk}).content.decode()
    assert f'name="investor" value="{w.thk.pk}"' in html and "THK Vietnam" not in html


def test_without_an_investor_link_no_investor_box_is_shown(w, registry) -> None:
    assert 'name="investor"' not in w.web("officer").get(LIST).content.decode()


@pytest.mark.parametrize(("typed", "expected"), [
    ("canon viet", {"Canon Quế Võ"}),
    ("CÔNG TY canon", {"Canon Quế Võ"}),
    ("canon", {"Canon Quế Võ", "Liên doanh"}),
    ("canon thk", set()),  # both words must name the same investor
])
def test_an_investor_name_matches_without_accents_or_case(w, registry, typed, expected) -> None:
    assert listed(w.web("officer").get(LIST, {"investor_name": typed})) == expected


def test_the_investor_name_box_asks_the_organisations_api_for_suggestions(w, registry) -> None:
    html = w.web("officer").get(LIST).content.decode()
    box = re.search(r'<input type="search" name="investor_name"[^>]*>', html)
    assert box is not None
    assert f'data-autocomplete="{reverse("organisation-list")}"' in box.group(0)
    assert 'list="id_investor_name-options"' in box.group(0)
    assert '<datalist id="id_investor_name-options"></datalist>' in html
    suggestions = w.api("officer").get(reverse("organisation-list"), {"q": "canon viet",
                                                                      "page_size": 10})
    names = {o["name"] for o in suggestions.data["results"]}
    assert names == {"Canon Vietnam", "Công ty Canon Việt Nam"}


def test_suggestions_offer_an_investor_only_the_organisations_it_may_see(w, registry) -> None:
    suggestions = w.api("investor2").get(reverse("organisation-list"), {"q": "canon"})
    assert suggestions.data["results"] == []


def test_kind_and_status_are_ticks_and_several_may_be_ticked(w, registry) -> None:
    response = w.web("officer").get(LIST, {"kind": ["fdi", "oda"]})
    html = response.content.decode()
    assert re.search(r'<input type="checkbox" name="kind" value="fdi"[^>]*checked', html)
    assert re.search(r'<input type="checkbox" name="status" value="operating"', html)
    assert '<fieldset class="checks"><legend>' in html
    assert listed(response) == {"Canon Quế Võ", "Liên doanh", "THK Bắc Ninh"}


def test_the_validity_filter_reads_all_or_valid_only(w, registry) -> None:
    html = w.web("officer").get(LIST, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    select = re.search(r'<select name="valid"[^>]*>(.*?)</select>', html, re.S)
    assert select is not None
    options = re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)<', select.group(1))
    assert options[:2] == [("", "All"), ("true", "Valid only")]
    assert "Unknown" not in select.group(1)


@pytest.mark.parametrize("value", ["true", "True", "1"])
def test_valid_only_links_old_and_new_keep_working(w, registry, value) -> None:
    response = w.web("officer").get(LIST, {"valid": value})
    assert listed(response) == {"Canon Quế Võ", "Liên doanh", "Chưa rõ"}


def test_the_not_recorded_filter_lists_projects_missing_a_field(w, registry) -> None:
    assert listed(w.web("officer").get(LIST, {"missing": "origin"})) == {"Chưa rõ"}
    response = w.web("officer").get(LIST, {"missing": "colour"})
    assert response.context["filters"].errors and not response.context["page"].object_list


def test_an_exact_province_link_leaves_out_the_units_merged_into_it(w, registry) -> None:
    project(w, "Fuji Bắc Giang", province=w.bac_giang)
    assert "Fuji Bắc Giang" in listed(w.web("officer").get(LIST, {"province": w.bac_ninh.pk}))
    response = w.web("officer").get(LIST, {"province_exact": w.bac_ninh.pk})
    assert "Fuji Bắc Giang" not in listed(response) and "Canon Quế Võ" in listed(response)
    assert re.search(r'name="province_exact" value="\d+"[^>]*checked> Bắc Ninh<',
                     response.content.decode())


def test_the_api_takes_the_same_filters(w, registry) -> None:
    response = w.api("officer").get("/api/projects/", {"investor_name": "canon viet"})
    assert [p["name"] for p in response.data["results"]] == ["Canon Quế Võ"]
    response = w.api("officer").get("/api/projects/", {"investor": w.thk.pk, "valid": "true"})
    assert [p["name"] for p in response.data["results"]] == ["Liên doanh"]


def test_list_cells_are_escaped_formatted_and_linked(w) -> None:
    evil = project(w, "<b>Evil</b>")
    Project.objects.filter(pk=evil.pk).update(capital_usd=Decimal("1234567"))
    html = w.web("officer").get(LIST, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'<td class="text"><a href="{evil.get_absolute_url()}">&lt;b&gt;Evil&lt;/b&gt;</a></td>' in html
    assert '<td class="money">1,234,567 USD</td>' in html
    assert '<td class="date">01/01/2024</td>' in html
