"""An investor sees only its own organisation's records, on every path that lists or counts them:
with a project of Canon and one of THK, `investor` (Canon) sees only Canon's and `investor2`
(THK) only THK's."""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from greenlane.core import services
from greenlane.registry.models import Adjustment, IndustrialPark, Project
from greenlane.sources.models import Citation, Document
from tests.testing import World

INVESTORS = pytest.mark.parametrize("me", ["investor", "investor2"])

@pytest.fixture
def two(w: World) -> dict[str, Project]:
    """`mine[role]`: the project of that investor's organisation; both are factories in Bắc Ninh."""
    park = IndustrialPark.objects.create(name="KCN Quế Võ", province=w.bac_ninh)
    made = {}
    for role, org, name in (("investor", w.canon, "Nhà máy Canon Quế Võ"),
                            ("investor2", w.thk, "Nhà máy THK Quế Võ")):
        project = Project.objects.create(
            name=name, kind="fdi", province=w.bac_ninh, park=park, origin=w.japan,
            capital=Decimal("1000"), irc_date=datetime.date(2024, 1, 15),
        )
        project.investors.add(org)
        Adjustment.objects.create(project=project, kind="other", date=datetime.date(2024, 5, 1))
        made[role] = project
    return made


def other(me: str) -> str:
    return "investor2" if me == "investor" else "investor"


def csv_rows(response) -> list[str]:  # type: ignore[no-untyped-def]
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    return text.strip().splitlines()[1:]


@INVESTORS
def test_the_web_project_list_shows_an_investor_only_its_own_projects(w, two, me) -> None:  # type: ignore[no-untyped-def]
    response = w.web(me).get(reverse("registry:project_list"))
    assert [p.pk for p in response.context["page"].object_list] == [two[me].pk]
    assert response.context["page"].paginator.count == 1


@INVESTORS
def test_a_web_search_finds_only_the_investors_own_project(w, two, me) -> None:  # type: ignore[no-untyped-def]
    response = w.web(me).get(reverse("registry:project_list"), {"q": "nha may que vo"})
    assert [p.pk for p in response.context["page"].object_list] == [two[me].pk]


@INVESTORS
def test_the_csv_export_holds_only_the_investors_own_project(w, two, me) -> None:  # type: ignore[no-untyped-def]
    response = w.web(me).get(reverse("registry:project_list"), {"export": "csv"})
    rows = csv_rows(response)
    assert len(rows) == 1 and two[me].name in rows[0]


@INVESTORS
def test_the_xlsx_export_holds_only_the_investors_own_project(w, two, me) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    response = w.web(me).get(reverse("registry:project_list"), {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    names = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert names == [two[me].name]


@INVESTORS
def test_the_web_detail_page_of_the_other_investors_project_is_not_found(w, two, me) -> None:  # type: ignore[no-untyped-def]
    client = w.web(me)
    assert client.get(two[me].get_absolute_url()).status_code == 200
    assert client.get(two[other(me)].get_absolute_url()).status_code == 404


@INVESTORS
def test_the_api_project_list_search_and_count_show_only_the_investors_own(w, two, me) -> None:  # type: ignore[no-untyped-def]
    client = w.api(me)
    listed = client.get("/api/projects/").data
    assert [r["id"] for r in listed["results"]] == [two[me].pk] and listed["count"] == 1
    found = client.get("/api/projects/", {"q": "nha may que vo"}).data
    assert [r["id"] for r in found["results"]] == [two[me].pk] and found["count"] == 1
    by_other = client.get("/api/projects/", {"investor": w.owner_of(other(me)).pk}).data
    assert by_other.get("count", 0) == 0


@INVESTORS
def test_the_api_detail_of_the_other_investors_project_is_not_found(w, two, me) -> None:  # type: ignore[no-untyped-def]
    client = w.api(me)
    assert client.get(f"/api/projects/{two[me].pk}/").status_code == 200
    assert client.get(f"/api/projects/{two[other(me)].pk}/").status_code == 404


@INVESTORS
def test_an_investor_sees_only_its_own_organisation_and_adjustments(w, two, me) -> None:  # type: ignore[no-untyped-def]
    client = w.api(me)
    orgs = client.get("/api/organisations/").data["results"]
    assert [o["id"] for o in orgs] == [w.owner_of(me).pk]
    assert client.get(f"/api/organisations/{w.owner_of(other(me)).pk}/").status_code == 404
    adjustments = client.get("/api/adjustments/").data["results"]
    assert [a["project"] for a in adjustments] == [two[me].pk]


@INVESTORS
def test_a_park_page_counts_only_the_investors_own_projects(w, two, me) -> None:  # type: ignore[no-untyped-def]
    response = w.web(me).get(two[me].park.get_absolute_url())
    assert response.status_code == 200
    assert response.context["project_count"] == 1
    assert [p.pk for p in response.context["projects"]] == [two[me].pk]


@INVESTORS
def test_an_organisation_page_lists_only_projects_the_investor_may_see(w, two, me) -> None:  # type: ignore[no-untyped-def]
    response = w.web(me).get(w.owner_of(me).get_absolute_url())
    assert response.status_code == 200
    assert [p.pk for p in response.context["projects"]] == [two[me].pk]


@INVESTORS
def test_an_investor_reads_neither_people_documents_citations_nor_the_audit_log(w, two, me) -> None:  # type: ignore[no-untyped-def]
    client = w.api(me)
    for path in ("/api/people/", "/api/positions/", "/api/documents/", "/api/citations/"):
        response = client.get(path)
        assert response.status_code == 403 or response.data["count"] == 0, path
    web = w.web(me)
    assert web.get(reverse("audit")).status_code == 403
    for name in ("orgs:person_list", "sources:document_list"):
        response = web.get(reverse(name))
        assert response.status_code == 403 or response.context["page"].paginator.count == 0


@INVESTORS
def test_an_investors_project_page_shows_no_audit_trail(w, two, me) -> None:  # type: ignore[no-untyped-def]
    services.update(w.users["officer"], two[me], {"capital": Decimal("2000")}, reason="secret")
    response = w.web(me).get(two[me].get_absolute_url())
    assert response.status_code == 200
    assert "audit" not in response.context and b'id="audit"' not in response.content


def test_an_investors_project_page_shows_no_citations(w, two) -> None:  # type: ignore[no-untyped-def]
    document = Document.objects.create(title="Internal memo on Canon")
    Citation.objects.create(document=document, quote="Canon will invest more.",
                            content_type=ContentType.objects.get_for_model(Project),
                            object_id=two["investor"].pk)
    response = w.web("investor").get(two["investor"].get_absolute_url())
    assert response.status_code == 200
    assert "citations" not in response.context or not response.context["citations"]
    assert b"Internal memo on Canon" not in response.content


def test_the_audit_log_is_for_agency_staff_only(w) -> None:  # type: ignore[no-untyped-def]
    response = w.web(None).get(reverse("audit"))
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    for role in ("admin", "officer", "leader", "taskforce"):
        assert w.web(role).get(reverse("audit")).status_code == 200, role
    for role in ("investor", "investor2"):
        assert w.web(role).get(reverse("audit")).status_code == 403, role


def test_anonymous_visitors_read_published_statistics_and_reference_data_only(w) -> None:  # type: ignore[no-untyped-def]
    api = w.api(None)
    for path in ("/api/statistics/", "/api/countries/", "/api/provinces/", "/api/sectors/"):
        assert api.get(path).status_code == 200, path
    for path in ("/api/projects/", "/api/organisations/", "/api/parks/", "/api/adjustments/",
                 "/api/people/", "/api/documents/", "/api/citations/"):
        assert api.get(path).status_code in (401, 403), path
    assert w.web(None).get(reverse("registry:statistics")).status_code == 200
