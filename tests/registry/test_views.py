"""Registry screens: editing through the web form, conflicts, validation, exports, statistics,
and pinned query counts."""

from __future__ import annotations

import datetime
import io
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from greenlane.core.models import AuditEntry
from greenlane.orgs.models import Organisation
from greenlane.registry.models import Project
from greenlane.sources.models import Document
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)


@pytest.fixture
def project(w: World) -> Project:
    return Project.objects.create(name="Canon Quế Võ", kind="fdi", province=w.bac_ninh,
                                  origin=w.japan, capital=Decimal("1000"), currency="USD",
                                  irc_date=datetime.date(2024, 3, 5))


def form_of(project: Project, **changes: object) -> dict[str, object]:
    data = {"name": project.name, "kind": project.kind, "province": project.province_id,
            "origin": project.origin_id or "", "capital": str(project.capital or ""),
            "currency": project.currency, "status": project.status,
            "irc_date": project.irc_date.isoformat() if project.irc_date else "",
            "version": project.version}
    data.update(changes)
    return data


def test_an_officers_capital_edit_is_saved_and_shown_in_the_audit_trail(w, project) -> None:  # type: ignore[no-untyped-def]
    client = w.web("officer")
    url = reverse("registry:project_edit", args=[project.pk])
    form = client.get(url)
    assert b'name="version" value="1"' in form.content
    response = client.post(url, form_of(project, capital="2500", reason="IRC amended"))
    assert response.status_code == 302 and response["Location"] == project.get_absolute_url()
    project.refresh_from_db()
    assert project.capital == Decimal("2500") and project.version == 2
    page = client.get(project.get_absolute_url())
    trail = page.context["audit"]
    assert trail[0].action == "update" and trail[0].user == w.users["officer"]
    assert ("capital", "1000", "2500") in trail[0].changes()
    html = page.content.decode()
    assert 'id="audit"' in html and "IRC amended" in html
    assert '<span class="field-name">Vốn đăng ký</span>: <del>1.000</del> → <ins>2.500</ins>' in html


def test_a_stale_version_shows_the_conflict_and_answers_409(w, project) -> None:  # type: ignore[no-untyped-def]
    client = w.web("officer")
    url = reverse("registry:project_edit", args=[project.pk])
    assert client.post(url, form_of(project, capital="2000")).status_code == 302
    response = client.post(url, form_of(project, capital="3000", version=1))
    assert response.status_code == 409
    assert response.context["form"].non_field_errors()
    assert "role=\"alert\"" in response.content.decode()
    project.refresh_from_db()
    assert project.capital == Decimal("2000") and project.version == 2


def test_invalid_form_input_shows_field_errors_and_changes_nothing(w, project) -> None:  # type: ignore[no-untyped-def]
    client = w.web("officer")
    url = reverse("registry:project_edit", args=[project.pk])
    response = client.post(url, form_of(project, capital="-5", name=""))
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert "capital" in errors and "name" in errors
    assert 'class="error"' in response.content.decode()
    project.refresh_from_db()
    assert project.capital == Decimal("1000") and project.version == 1
    assert not AuditEntry.objects.filter(object_id=str(project.pk), action="update").exists()


def csv_text(response) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    raw = b"".join(response.streaming_content)
    assert raw.startswith("\ufeff".encode()), raw[:10]
    return raw.decode("utf-8-sig")


def test_a_csv_export_starts_with_a_bom_and_writes_dates_as_dd_mm_yyyy(w) -> None:  # type: ignore[no-untyped-def]
    Document.objects.create(title="Báo cáo quý", published=datetime.date(2024, 3, 5))
    text = csv_text(w.web("officer").get(reverse("sources:document_list"), {"export": "csv"}))
    assert "Báo cáo quý" in text and "05/03/2024" in text and "2024-03-05" not in text


def test_the_project_csv_export_starts_with_a_bom_and_writes_dates_as_dd_mm_yyyy(w, project) -> None:  # type: ignore[no-untyped-def]
    text = csv_text(w.web("officer").get(reverse("registry:project_list"), {"export": "csv"}))
    assert "Canon Quế Võ" in text and "05/03/2024" in text and "2024-03-05" not in text


def xlsx_rows(response) -> list[tuple]:  # type: ignore[no-untyped-def,type-arg]
    from openpyxl import load_workbook

    assert response.status_code == 200
    return list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))


def test_an_xlsx_export_opens_with_openpyxl_and_keeps_dates_typed(w) -> None:  # type: ignore[no-untyped-def]
    Document.objects.create(title="=HYPERLINK(1)", published=datetime.date(2024, 3, 5))
    rows = xlsx_rows(w.web("officer").get(reverse("sources:document_list"), {"export": "xlsx"}))
    assert len(rows) == 2 and rows[1][0] == "'=HYPERLINK(1)"  # never a formula
    assert isinstance(rows[1][2], datetime.datetime) and rows[1][2].date() == datetime.date(2024, 3, 5)


def test_the_project_xlsx_export_opens_with_openpyxl(w, project) -> None:  # type: ignore[no-untyped-def]
    rows = xlsx_rows(w.web("officer").get(reverse("registry:project_list"), {"export": "xlsx"}))
    assert len(rows) == 2 and rows[1][0] == "Canon Quế Võ"


def origin_page(w: World):  # type: ignore[no-untyped-def]
    Project.objects.create(name="Samsung", province=w.bac_ninh, origin=w.korea,
                           capital=Decimal("5000"), irc_date=datetime.date(2024, 1, 1))
    response = w.web(None).get(reverse("registry:statistics"),
                               {"group": "origin", "origin": "JP", "kind": "fdi"},
                               HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response


def test_the_statistics_page_renders_the_rank_of_an_origin(w, project) -> None:  # type: ignore[no-untyped-def]
    html = origin_page(w).content.decode()
    assert re.search(r'id="ranking">Japan: rank \d+ of \d+ origins', html)


def test_the_rank_of_an_origin_is_among_all_origins(w, project) -> None:  # type: ignore[no-untyped-def]
    html = origin_page(w).content.decode()
    assert "Japan: rank 2 of 2 origins" in html


# --- query counts: an N+1 fails these --------------------------------------------------------


def fifty_projects(w: World) -> None:
    for i in range(50):
        partner = Organisation.objects.create(name=f"Partner {i}")
        project = Project.objects.create(name=f"Dự án {i}", province=w.bac_ninh, origin=w.japan,
                                         capital=Decimal(i))
        project.investors.add(w.canon, partner)


def test_the_project_list_page_runs_a_fixed_number_of_queries(w, django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    fifty_projects(w)
    client = w.web("officer")
    with django_assert_max_num_queries(9):  # session, user, count, page, investors, 4 filter lists
        response = client.get(reverse("registry:project_list"))
    assert len(response.context["page"].object_list) == 50


def test_the_project_detail_page_runs_a_fixed_number_of_queries(w, django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    fifty_projects(w)
    project = Project.objects.first()
    for i in range(10):
        project.adjustments.create(kind="other", date=datetime.date(2024, 1, 1 + i))
    client = w.web("officer")
    with django_assert_max_num_queries(10):  # independent of investors and adjustments
        response = client.get(project.get_absolute_url())
    assert response.status_code == 200 and len(response.context["adjustments"]) == 10
