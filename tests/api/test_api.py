"""The REST API: token authentication, filters, search, optimistic locking, validation errors,
the OpenAPI schema and its self-hosted documentation, and pinned query counts."""

from __future__ import annotations

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.test import APIClient
from rest_framework.viewsets import GenericViewSet

from greenlane.core.models import AuditEntry
from greenlane.core.users import api_token
from greenlane.orgs.models import Organisation
from greenlane.registry.models import IndustrialPark, Project
from tests.testing import World


@pytest.fixture
def projects(w: World) -> dict[str, Project]:
    def make(name: str, province, origin, kind: str = "fdi", owner=None) -> Project:  # type: ignore[no-untyped-def]
        project = Project.objects.create(name=name, kind=kind, province=province, origin=origin,
                                         capital=Decimal("500"), irc_date=datetime.date(2023, 5, 2))
        if owner is not None:
            project.investors.add(owner)
        return project

    return {
        "canon": make("Canon Quế Võ", w.bac_ninh, w.japan, owner=w.canon),
        "former": make("Fuji Xerox Vân Trung", w.bac_giang, w.japan),
        "korean": make("Samsung Yên Phong", w.bac_ninh, w.korea),
        "hanoi": make("Aeon Long Biên", w.hanoi, w.japan),
        "oda": make("JICA cầu Đông Trù", w.hanoi, w.japan, kind="oda"),
    }


def token_client(username: str) -> APIClient:
    client = APIClient(HTTP_HOST="127.0.0.1")
    client.credentials(HTTP_AUTHORIZATION=f"Token {api_token(username)}")
    return client


def ids(response) -> set[int]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, (response.status_code, response.data)
    return {row["id"] for row in response.data["results"]}


# --- authentication ---------------------------------------------------------------------------


def test_a_token_authenticates_an_api_client(w, projects) -> None:  # type: ignore[no-untyped-def]
    response = token_client("officer").get("/api/projects/")
    assert ids(response) == {p.pk for p in projects.values()}


def test_an_investors_token_sees_only_its_organisations_projects(w, projects) -> None:  # type: ignore[no-untyped-def]
    assert ids(token_client("investor").get("/api/projects/")) == {projects["canon"].pk}
    assert ids(token_client("investor2").get("/api/projects/")) == set()


def test_a_wrong_or_rotated_token_is_refused_with_401(w) -> None:  # type: ignore[no-untyped-def]
    client = APIClient(HTTP_HOST="127.0.0.1")
    client.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    assert client.get("/api/projects/").status_code == 401
    old = api_token("officer")
    api_token("officer", rotate=True)
    client.credentials(HTTP_AUTHORIZATION=f"Token {old}")
    assert client.get("/api/projects/").status_code == 401


def test_writes_through_a_token_are_audited_under_the_tokens_user(w) -> None:  # type: ignore[no-untyped-def]
    response = token_client("officer").post(
        "/api/projects/", {"name": "Foxconn Quang Châu", "province": w.bac_ninh.pk}, format="json")
    assert response.status_code == 201, response.data
    entry = AuditEntry.objects.get(object_id=str(response.data["id"]), action="create")
    assert entry.user == w.users["officer"]


# --- filters and search -----------------------------------------------------------------------


def test_the_kind_filter_selects_fdi_or_oda(w, projects) -> None:  # type: ignore[no-untyped-def]
    client = w.api("officer")
    assert ids(client.get("/api/projects/", {"kind": "oda"})) == {projects["oda"].pk}
    assert projects["oda"].pk not in ids(client.get("/api/projects/", {"kind": "fdi"}))


def test_the_origin_filter_takes_a_country_code(w, projects) -> None:  # type: ignore[no-untyped-def]
    found = ids(w.api("officer").get("/api/projects/", {"origin": "JP", "kind": "fdi"}))
    assert found == {projects[k].pk for k in ("canon", "former", "hanoi")}


def test_a_current_province_filter_finds_projects_recorded_on_its_former_provinces(w, projects) -> None:  # type: ignore[no-untyped-def]
    found = ids(w.api("officer").get("/api/projects/", {"province": w.bac_ninh.pk}))
    assert found == {projects[k].pk for k in ("canon", "former", "korean")}


def test_a_former_province_filter_finds_only_its_own_projects(w, projects) -> None:  # type: ignore[no-untyped-def]
    found = ids(w.api("officer").get("/api/projects/", {"province": w.bac_giang.pk}))
    assert found == {projects["former"].pk}


def test_a_search_without_diacritics_finds_vietnamese_names(w, projects) -> None:  # type: ignore[no-untyped-def]
    client = w.api("officer")
    assert ids(client.get("/api/projects/", {"q": "bac ninh"})) == {
        projects["canon"].pk, projects["korean"].pk}
    assert ids(client.get("/api/projects/", {"q": "QUE VO"})) == {projects["canon"].pk}
    assert ids(client.get("/api/provinces/", {"q": "bac giang"})) == {w.bac_giang.pk}


def test_an_unknown_filter_value_is_a_400_not_everything(w, projects) -> None:  # type: ignore[no-untyped-def]
    response = w.api("officer").get("/api/projects/", {"origin": "XQ"})
    assert response.status_code == 400 and "origin" in response.data


# --- optimistic locking and validation ---------------------------------------------------------


def test_a_patch_with_a_stale_version_is_refused_with_409_and_changes_nothing(w, projects) -> None:  # type: ignore[no-untyped-def]
    project = projects["canon"]
    client = w.api("officer")
    first = client.patch(f"/api/projects/{project.pk}/", {"capital": "600", "version": 1},
                         format="json")
    assert first.status_code == 200 and first.data["version"] == 2
    stale = client.patch(f"/api/projects/{project.pk}/", {"capital": "9999", "version": 1},
                         format="json")
    assert stale.status_code == 409 and stale.data["current_version"] == 2
    project.refresh_from_db()
    assert project.capital == Decimal("600") and project.version == 2
    assert AuditEntry.objects.filter(object_id=str(project.pk), action="update").count() == 1


def test_a_delete_of_a_protected_record_is_a_400_with_a_message(w, projects) -> None:  # type: ignore[no-untyped-def]
    response = w.api("officer").delete(f"/api/provinces/{w.bac_ninh.pk}/")
    assert response.status_code == 400 and response.data
    assert Project.objects.filter(province=w.bac_ninh).exists()


@pytest.mark.parametrize("payload, field", [
    ({"province": 1}, "name"),
    ({"name": "X", "province": 1, "capital": "-5"}, "capital"),
    ({"name": "X", "province": 1, "kind": "loan"}, "kind"),
    ({"name": "X", "province": 1, "origin": "XQ"}, "origin"),
    ({"name": "X", "province": 1, "irc_date": "31/12/2024"}, "irc_date"),
], ids=["missing-name", "negative-capital", "unknown-kind", "unknown-origin", "bad-date"])
def test_an_invalid_create_is_a_400_naming_the_field(w, payload, field) -> None:  # type: ignore[no-untyped-def]
    payload = {**payload, "province": w.bac_ninh.pk}
    before = Project.objects.count()
    response = w.api("officer").post("/api/projects/", payload, format="json")
    assert response.status_code == 400 and field in response.data, response.data
    assert Project.objects.count() == before


def test_a_park_in_another_province_is_a_400_on_the_park_field(w, projects) -> None:  # type: ignore[no-untyped-def]
    park = IndustrialPark.objects.create(name="KCN Thăng Long", province=w.hanoi)
    response = w.api("officer").patch(f"/api/projects/{projects['canon'].pk}/",
                                      {"park": park.pk}, format="json")
    assert response.status_code == 400 and "park" in response.data
    projects["canon"].refresh_from_db()
    assert projects["canon"].park is None and projects["canon"].version == 1


def test_an_adjustment_posted_over_the_api_moves_the_projects_capital(w, projects) -> None:  # type: ignore[no-untyped-def]
    project = projects["canon"]
    response = w.api("officer").post("/api/adjustments/", {
        "project": project.pk, "kind": "increase", "date": "2024-06-01", "amount": "250",
        "currency": "USD"}, format="json")
    assert response.status_code == 201, response.data
    project.refresh_from_db()
    assert project.capital == Decimal("750")


def test_an_adjustment_without_its_amount_is_a_400(w, projects) -> None:  # type: ignore[no-untyped-def]
    response = w.api("officer").post("/api/adjustments/", {
        "project": projects["canon"].pk, "kind": "increase", "date": "2024-06-01",
        "currency": "USD"}, format="json")
    assert response.status_code == 400 and "amount" in response.data


# --- schema and docs ---------------------------------------------------------------------------


def router_paths() -> set[str]:
    """Every viewset route under /api/, in OpenAPI form ("/api/projects/{id}/")."""
    found = set()

    def walk(patterns, prefix: str) -> None:  # type: ignore[no-untyped-def]
        for p in patterns:
            if isinstance(p, URLResolver):
                walk(p.url_patterns, prefix + str(p.pattern))
            elif isinstance(p, URLPattern):
                cls = getattr(p.callback, "cls", None)
                route = prefix + str(p.pattern)
                if cls and issubclass(cls, GenericViewSet) and "format" not in route:
                    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", r"{\1}", route).strip("^$")
                    found.add("/" + path.replace("^", "").replace("$", "").replace("pk", "id"))

    walk(get_resolver().url_patterns, "")
    return found


def test_the_openapi_schema_lists_every_router_path(w) -> None:  # type: ignore[no-untyped-def]
    response = w.api("officer").get("/api/schema/", {"format": "json"})
    assert response.status_code == 200
    import json

    paths = set(json.loads(response.content)["paths"])
    expected = router_paths()
    assert "/api/projects/{id}/" in expected and len(expected) >= 22
    assert expected <= paths, expected - paths
    assert "/api/statistics/" in paths


def test_the_api_docs_use_only_local_assets(w) -> None:  # type: ignore[no-untyped-def]
    response = w.web("officer").get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    tags = re.findall(r"<(?:script|link)\b[^>]*>", html, flags=re.I)
    assert tags, html[:500]
    assert not [t for t in tags if re.search(r"https?://|//[a-z]", t, flags=re.I)], tags
    assert "swagger-ui" in html
    assert not re.search(r"https?://(?:cdn|unpkg|cdnjs)", html)


# --- query counts -----------------------------------------------------------------------------


def fifty_projects(w: World) -> None:
    others = [Organisation.objects.create(name=f"Partner {i}") for i in range(50)]
    for i in range(50):
        project = Project.objects.create(name=f"Dự án {i}", province=w.bac_giang, origin=w.japan,
                                         capital=Decimal(i))
        project.investors.add(w.canon, others[i])


def test_the_api_project_list_runs_a_fixed_number_of_queries(w, django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    fifty_projects(w)
    client = w.api("officer")
    with django_assert_max_num_queries(3):  # count, page, investors (the user is forced)
        response = client.get("/api/projects/", {"page_size": 50})
    assert len(response.data["results"]) == 50
    assert all(len(r["investors"]) == 2 for r in response.data["results"])
