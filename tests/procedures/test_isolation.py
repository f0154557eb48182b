"""An investor gets nothing of the other investor's dossiers: not in lists, details, search,
exports, steps, attachments, counts or filters, on the pages or over the API."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from greenlane.procedures import services
from greenlane.procedures.models import DossierAttachment

INVESTORS = pytest.mark.parametrize("me", ["investor", "investor2"])
PDF = b"%PDF-1.4 secret plan"


def other(me: str) -> str:
    return "investor2" if me == "investor" else "investor"


@pytest.fixture
def two(procedure, file_dossier, w):
    """One dossier per investor, each with a file."""
    made = {}
    for name, org, note in (("investor", w.canon, "Nhà xưởng Canon"),
                            ("investor2", w.thk, "Nhà xưởng THK")):
        dossier = file_dossier(procedure, org, note=note, submitted=dt.date(2026, 2, 10))
        services.attach(w.users["officer"], dossier,
                        SimpleUploadedFile(f"{name}.pdf", PDF, "application/pdf"), note)
        made[name] = dossier
    return made


def csv_rows(response) -> list[str]:
    return b"".join(response.streaming_content).decode("utf-8-sig").strip().splitlines()[1:]


@INVESTORS
def test_the_dossier_list_count_and_filters_hold_only_the_investors_own(w, two, me) -> None:
    response = w.web(me).get(reverse("procedures:dossier_list"))
    assert [d.pk for d in response.context["page"].object_list] == [two[me].pk]
    assert response.context["page"].paginator.count == 1
    other_org = w.owner_of(other(me))
    assert other_org.name.encode() not in response.content  # not even as a filter choice
    assert two[other(me)].reference.encode() not in response.content
    by_other = w.web(me).get(reverse("procedures:dossier_list"), {"organisation": other_org.pk})
    assert by_other.context["page"].paginator.count == 0


@INVESTORS
def test_a_search_without_diacritics_finds_only_the_investors_own(w, two, me) -> None:
    response = w.web(me).get(reverse("procedures:dossier_list"), {"q": "nha xuong"})
    assert [d.pk for d in response.context["page"].object_list] == [two[me].pk]
    theirs = w.web(me).get(reverse("procedures:dossier_list"), {"q": two[other(me)].reference})
    assert theirs.context["page"].paginator.count == 0


@INVESTORS
def test_the_csv_and_xlsx_exports_hold_only_the_investors_own(w, two, me) -> None:
    from openpyxl import load_workbook

    url = reverse("procedures:dossier_list")
    rows = csv_rows(w.web(me).get(url, {"export": "csv"}))
    assert len(rows) == 1 and two[me].reference in rows[0]
    sheet = load_workbook(io.BytesIO(w.web(me).get(url, {"export": "xlsx"}).content)).active
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [two[me].reference]


@INVESTORS
def test_the_other_investors_dossier_page_and_file_are_not_found(w, two, me) -> None:
    client = w.web(me)
    mine = client.get(two[me].get_absolute_url())
    assert mine.status_code == 200 and "audit" not in mine.context
    assert b'id="audit"' not in mine.content and b'id="actions"' not in mine.content
    assert b"/dossier-steps/" not in mine.content  # no step buttons
    assert client.get(two[other(me)].get_absolute_url()).status_code == 404
    my_file = two[me].attachments.get()
    download = client.get(my_file.get_download_url())
    assert download.status_code == 200 and b"".join(download.streaming_content) == PDF
    assert download["Content-Disposition"].startswith("attachment")
    theirs = two[other(me)].attachments.get()
    assert client.get(theirs.get_download_url()).status_code == 404


@INVESTORS
def test_the_api_lists_searches_and_counts_only_the_investors_own(w, two, me) -> None:
    api = w.api(me)
    listed = api.get("/api/dossiers/").data
    assert [r["id"] for r in listed["results"]] == [two[me].pk] and listed["count"] == 1
    found = api.get("/api/dossiers/", {"q": "nha xuong"}).data
    assert found["count"] == 1
    assert api.get("/api/dossiers/", {"q": two[other(me)].reference}).data["count"] == 0
    assert api.get(f"/api/dossiers/{two[other(me)].pk}/").status_code == 404
    steps = api.get("/api/dossier-steps/", {"page_size": 500}).data
    assert {r["dossier"] for r in steps["results"]} == {two[me].pk}
    assert api.get("/api/dossier-steps/", {"dossier": two[other(me)].pk}).data["count"] == 0
    theirs_step = two[other(me)].steps.first()
    assert api.get(f"/api/dossier-steps/{theirs_step.pk}/").status_code == 404
    files = api.get("/api/dossier-attachments/").data
    assert [r["dossier"] for r in files["results"]] == [two[me].pk]
    theirs = two[other(me)].attachments.get()
    assert api.get(f"/api/dossier-attachments/{theirs.pk}/download/").status_code == 404


@INVESTORS
def test_an_investor_adds_files_to_its_own_dossier_only(w, two, me) -> None:
    before = DossierAttachment.objects.count()
    upload = SimpleUploadedFile("bo-sung.pdf", PDF, "application/pdf")
    web = w.web(me).post(reverse("procedures:dossier_attach", args=[two[me].pk]),
                         {"file": upload, "description": "Bổ sung"})
    assert web.status_code == 302 and DossierAttachment.objects.count() == before + 1
    added = DossierAttachment.objects.latest("pk")
    assert added.uploaded_by == w.users[me] and added.dossier == two[me]
    api = w.api(me).post(f"/api/dossiers/{two[me].pk}/files/",
                         {"file": SimpleUploadedFile("x.pdf", PDF)}, format="multipart")
    assert api.status_code == 201, api.data
    refused_web = w.web(me).post(reverse("procedures:dossier_attach", args=[two[other(me)].pk]),
                                 {"file": SimpleUploadedFile("y.pdf", PDF)})
    refused_api = w.api(me).post(f"/api/dossiers/{two[other(me)].pk}/files/",
                                 {"file": SimpleUploadedFile("z.pdf", PDF)}, format="multipart")
    assert (refused_web.status_code, refused_api.status_code) == (404, 404)
    assert DossierAttachment.objects.count() == before + 2


@INVESTORS
def test_an_investor_cannot_act_on_steps_or_dossiers_even_its_own(w, two, me) -> None:
    step = two[me].steps.get(order=1)
    web = w.web(me).post(reverse("procedures:dossierstep_action", args=[step.pk, "complete"]),
                         {"on": "2026-02-11"})
    api = w.api(me).post(f"/api/dossier-steps/{step.pk}/complete/", {"on": "2026-02-11"})
    refuse = w.api(me).post(f"/api/dossiers/{two[me].pk}/reject/", {"note": "no"})
    assert (web.status_code, api.status_code, refuse.status_code) == (403, 403, 403)
    step.refresh_from_db()
    assert step.done is None


@INVESTORS
def test_a_procedure_page_counts_only_the_investors_own_dossiers(w, two, procedure, me) -> None:
    response = w.web(me).get(procedure.get_absolute_url())
    assert response.status_code == 200 and response.context["my_dossiers"] == 1
    assert w.web("officer").get(procedure.get_absolute_url()).context["my_dossiers"] == 2
