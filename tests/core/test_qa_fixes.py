"""Fixes from the QA pass: exports with times, filter choices that leak names, oversize numbers,
one API root listing every app."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.utils import timezone

from greenlane.core.models import User
from greenlane.core.tables import excel_value
from greenlane.orgs.models import Organisation


def test_an_aware_time_goes_to_excel_as_local_time_without_a_zone() -> None:
    moment = datetime.datetime(2026, 2, 13, 9, 0, tzinfo=datetime.UTC)
    value = excel_value(moment)
    assert value == datetime.datetime(2026, 2, 13, 16, 0) and value.tzinfo is None


def test_an_xlsx_export_of_a_list_with_times_works(client_as: Any) -> None:
    response = client_as("officer").get("/sources/batches/?export=xlsx")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.parametrize("url", ["/orgs/people/", "/promotion/events/"])
def test_an_investor_is_not_offered_other_organisations_names_in_filters(
    client_as: Any, users: dict[str, User], thk: Organisation, url: str
) -> None:
    Organisation.objects.create(name="Samsung Display Việt Nam", kind="company")
    body = client_as("investor").get(url).content.decode()
    assert "THK Vietnam" not in body and "Samsung Display" not in body


@pytest.mark.parametrize(
    "url",
    [
        "/registry/projects/?investor=99999999999999999999",
        "/api/adjustments/?project=123456789012345678901234",
        "/procedures/dossiers/?project=99999999999999999999",
    ],
)
def test_an_oversize_number_in_a_filter_is_a_clear_400_not_a_crash(
    client_as: Any, url: str
) -> None:
    response = client_as("officer").get(url)
    assert response.status_code == 400
    assert "too large" in response.content.decode() or "quá lớn" in response.content.decode()


def test_a_long_number_in_a_search_is_just_searched(client_as: Any) -> None:
    assert client_as("officer").get("/registry/projects/?q=12345678901234567890").status_code == 200


@pytest.mark.parametrize("year", ["0", "99999"])
def test_an_impossible_year_in_the_holiday_filter_is_refused_not_a_crash(
    client_as: Any, year: str
) -> None:
    response = client_as("officer").get(f"/api/holidays/?year={year}")
    assert response.status_code == 400


def test_the_api_root_lists_the_routes_of_every_app(client_as: Any) -> None:
    response = client_as("officer").get("/api/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    routes = response.json()
    for prefix in ("countries", "projects", "documents", "holidays", "dossiers", "events"):
        assert prefix in routes, prefix
    assert any("request" in key for key in routes)


def test_local_time_helper_is_the_province_zone() -> None:
    assert str(timezone.get_current_timezone()) == "Asia/Ho_Chi_Minh"


def test_a_park_operator_is_a_link_for_staff_and_plain_text_for_an_investor(
    client_as: Any, thk: Organisation
) -> None:
    from greenlane.places.models import Province
    from greenlane.registry.models import IndustrialPark

    park = IndustrialPark.objects.create(
        name="KCN Thử", province=Province.objects.get(code="24"), operator=thk
    )
    link = f'href="/orgs/organisations/{thk.pk}/"'
    assert link in client_as("officer").get(f"/registry/parks/{park.pk}/").content.decode()
    body = client_as("investor").get(f"/registry/parks/{park.pk}/").content.decode()
    assert "THK Vietnam" in body and link not in body
