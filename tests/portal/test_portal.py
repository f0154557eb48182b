"""The investor portal: an investor sees its own requests, dossiers and projects, nothing of
another investor's; staff can preview it; the public cannot open it."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest

from greenlane.aftercare.models import Request
from greenlane.core.models import User
from greenlane.orgs.models import Organisation
from greenlane.places.models import Province
from greenlane.procedures.models import Dossier, Procedure, Step
from greenlane.registry.models import Project


@pytest.fixture
def records(users: dict[str, User], canon: Organisation, thk: Organisation) -> dict[str, Any]:
    from greenlane.aftercare import services as desk
    from greenlane.procedures import services as lane

    made: dict[str, Any] = {}
    for org, tag in ((canon, "CANON"), (thk, "THK")):
        investor = users["investor" if org == canon else "investor2"]
        made[f"request_{tag}"] = desk.file_request(
            investor,
            {"subject": f"Ùn tắc giao thông {tag}", "description": "Nút giao QL18 – QL1.",
             "topic": "infrastructure"},
        )
        project = Project.objects.create(
            name=f"Nhà máy {tag}", kind="fdi", capital=Decimal(1000), currency="USD",
            province=Province.objects.get(code="24"),
        )
        project.investors.add(org)
        made[f"project_{tag}"] = project
    agency = Organisation.objects.create(name="Sở Xây dựng", kind="agency")
    procedure = Procedure.objects.create(
        code="CP", name="Cấp giấy phép xây dựng", agency=agency, statutory_days=20,
        legal_basis="Luật Xây dựng 2014",
    )
    Step.objects.create(procedure=procedure, order=1, name="Tiếp nhận", days=20)
    for org, tag in ((canon, "CANON"), (thk, "THK")):
        made[f"dossier_{tag}"] = lane.submit_dossier(
            users["officer"], organisation=org, procedure=procedure,
            submitted=datetime.date(2026, 3, 2), green_lane=tag == "CANON",
        )
    return made


def page(client: Any, url: str = "/portal/") -> str:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return str(response.content.decode())


def test_an_investor_sees_its_own_requests_dossiers_and_projects(
    client_as: Any, records: dict[str, Any]
) -> None:
    body = page(client_as("investor"))
    assert "Ùn tắc giao thông CANON" in body
    assert records["dossier_CANON"].reference in body
    assert "Nhà máy CANON" in body


def test_an_investor_sees_nothing_of_another_investor(client_as: Any, records: dict[str, Any]) -> None:
    body = page(client_as("investor"))
    assert "THK" not in body
    assert records["dossier_THK"].reference not in body
    body2 = page(client_as("investor2"))
    assert "CANON" not in body2 and "Canon" not in body2


def test_an_investor_cannot_preview_another_organisation(
    client_as: Any, records: dict[str, Any], thk: Organisation
) -> None:
    body = page(client_as("investor"), f"/portal/?organisation={thk.pk}")
    assert "THK" not in body


def test_investors_land_on_their_portal(client_as: Any, records: dict[str, Any]) -> None:
    response = client_as("investor").get("/")
    assert response.status_code == 302 and response["Location"] == "/portal/"


def test_staff_preview_what_an_investor_sees(
    client_as: Any, records: dict[str, Any], thk: Organisation
) -> None:
    body = page(client_as("officer"), f"/portal/?organisation={thk.pk}")
    assert "Ùn tắc giao thông THK" in body and "CANON" not in body


def test_the_public_is_sent_to_log_in(client_as: Any) -> None:
    response = client_as(None).get("/portal/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("language", ["vi", "en", "ja", "fr"])
def test_the_portal_speaks_the_investors_language(
    client_as: Any, records: dict[str, Any], language: str
) -> None:
    client = client_as("investor")
    client.cookies["django_language"] = language
    body = page(client)
    assert f'<html lang="{language}">' in body


def test_an_investor_without_an_organisation_is_told_what_to_do(
    client_as: Any, users: dict[str, User]
) -> None:
    users["investor"].organisation = None
    users["investor"].language = "en"
    users["investor"].save()
    assert "not linked to an organisation" in page(client_as("investor"))


def test_request_counts_only_count_the_investors_own(
    client_as: Any, records: dict[str, Any]
) -> None:
    assert Request.objects.count() == 2
    assert Dossier.objects.count() == 2
    body = page(client_as("investor"))
    assert body.count("Ùn tắc giao thông") == 1


def test_a_request_past_its_resolution_due_time_is_marked_overdue(
    client_as: Any, records: dict[str, Any], users: dict[str, User]
) -> None:
    import datetime as dt

    from django.utils import timezone

    request = records["request_CANON"]
    Request.objects.filter(pk=request.pk).update(
        resolution_due=timezone.now() - dt.timedelta(days=2)
    )
    users["investor"].language = "en"
    users["investor"].save()
    body = page(client_as("investor"))
    assert 'class="late"' in body and "overdue" in body
