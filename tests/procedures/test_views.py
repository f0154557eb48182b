"""The green lane's screens and API as officers and investors use them: filing a dossier,
acting on steps, refusals with clear messages, stale versions refused, the public catalogue."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from greenlane.procedures import services
from greenlane.procedures.models import Dossier, DossierStep

D = dt.date


def messages_of(response) -> str:
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


def test_an_officer_files_a_dossier_from_the_procedure_page(procedure, tet, w) -> None:
    client = w.web("officer")
    page = client.get(procedure.get_absolute_url())
    assert reverse("procedures:dossier_add").encode() in page.content
    form = client.get(reverse("procedures:dossier_add"), {"procedure": procedure.pk})
    assert form.status_code == 200 and form.context["form"].initial["procedure"] == str(procedure.pk)
    posted = client.post(reverse("procedures:dossier_add"), {
        "organisation": w.canon.pk, "procedure": procedure.pk, "submitted": "2026-02-10",
        "green_lane": "on"})
    dossier = Dossier.objects.get()
    assert posted.status_code == 302 and posted["Location"] == dossier.get_absolute_url()
    assert (dossier.reference, dossier.target_due) == ("CP-2026-0001", D(2026, 3, 3))
    shown = client.get(dossier.get_absolute_url())
    assert b"03/03/2026" in shown.content and b"17/03/2026" in shown.content
    assert shown.context["steps"][0].status == DossierStep.Status.ACTIVE


def test_a_dossier_dated_in_the_future_is_refused_and_the_form_kept(procedure, w) -> None:
    response = w.web("officer").post(reverse("procedures:dossier_add"), {
        "organisation": w.canon.pk, "procedure": procedure.pk, "submitted": "2999-01-01",
        "note": "Giữ lại ghi chú"})
    assert response.status_code == 400 and not Dossier.objects.exists()
    assert "in the future" in str(response.context["form"].non_field_errors())
    assert "Giữ lại ghi chú" in response.content.decode()


def test_the_step_buttons_move_the_dossier_along(procedure, file_dossier, w) -> None:
    dossier = file_dossier(procedure, w.canon)
    client = w.web("taskforce")
    for day in ("2026-02-11", "2026-02-12", "2026-02-23"):
        step = dossier.steps.get(status="active")
        url = reverse("procedures:dossierstep_action", args=[step.pk, "complete"])
        response = client.post(url, {"on": day, "version": step.version})
        assert response.status_code == 302 and "Done." in messages_of(response)
    dossier.refresh_from_db()
    assert (dossier.status, dossier.completed) == (Dossier.Status.COMPLETED, D(2026, 2, 23))


def test_a_stale_form_is_refused_with_a_message_and_nothing_changes(procedure, file_dossier, w) -> None:
    dossier = file_dossier(procedure, w.canon)
    step = dossier.steps.get(order=1)
    url = reverse("procedures:dossierstep_action", args=[step.pk, "complete"])
    services.update_dossier(w.users["officer"], dossier, {"note": "x"})
    services.start_step(w.users["officer"], dossier.steps.get(order=2), D(2026, 2, 10))
    stale = step.version
    services.complete_step(w.users["officer"], step, D(2026, 2, 11), note="first")
    client = w.web("officer")
    client.cookies["django_language"] = "en"
    response = client.post(url, {"on": "2026-02-12", "version": stale})
    assert response.status_code == 400 and "changed by someone else" in response.content.decode()
    assert dossier.steps.get(order=1).note == "first"
    dossier.refresh_from_db()
    stale_dossier = client.post(
        reverse("procedures:dossier_action", args=[dossier.pk, "return"]),
        {"on": "2026-02-12", "note": "Thiếu bản vẽ", "version": dossier.version - 1})
    assert stale_dossier.status_code == 400
    assert "changed by someone else" in stale_dossier.content.decode()
    assert Dossier.objects.get().status == Dossier.Status.IN_PROGRESS


def test_the_api_refuses_a_stale_version_with_409(procedure, file_dossier, w) -> None:
    dossier = file_dossier(procedure, w.canon)
    step = dossier.steps.get(order=1)
    api = w.api("officer")
    ok = api.post(f"/api/dossier-steps/{step.pk}/complete/",
                  {"on": "2026-02-11", "version": step.version}, format="json")
    assert ok.status_code == 200 and ok.data["status"] == "done"
    again = api.post(f"/api/dossier-steps/{step.pk}/complete/",
                     {"on": "2026-02-11", "version": step.version}, format="json")
    assert again.status_code == 409 and again.data["current_version"] == step.version + 1
    patched = api.patch(f"/api/dossiers/{dossier.pk}/", {"note": "old", "version": 1},
                        format="json")
    assert patched.status_code == 409


def test_the_api_files_a_dossier_and_runs_its_actions(procedure, tet, w) -> None:
    api = w.api("officer")
    made = api.post("/api/dossiers/", {"organisation": w.thk.pk, "procedure": procedure.pk,
                                        "submitted": "2026-02-10", "green_lane": True},
                    format="json")
    assert made.status_code == 201, made.data
    assert (made.data["reference"], made.data["target_due"]) == ("CP-2026-0001", "2026-03-03")
    pk = made.data["id"]
    refused = api.post(f"/api/dossiers/{pk}/return/", {"on": "2026-02-11"}, format="json",
                       HTTP_ACCEPT_LANGUAGE="en")
    assert refused.status_code == 400 and "complete" in str(refused.data)
    returned = api.post(f"/api/dossiers/{pk}/return/", {"on": "2026-02-11", "note": "Thiếu"},
                        format="json")
    assert returned.status_code == 200 and returned.data["status"] == "returned"
    back = api.post(f"/api/dossiers/{pk}/resubmit/", {"on": "2026-02-23"}, format="json")
    assert back.data["target_due"] == "2026-03-09"
    done = api.post(f"/api/dossiers/{pk}/complete/", {"on": "2026-02-24"}, format="json")
    assert (done.data["status"], done.data["completed"]) == ("completed", "2026-02-24")
    moved = api.patch(f"/api/dossiers/{pk}/", {"organisation": w.canon.pk}, format="json")
    assert moved.status_code == 400


def test_the_dossier_page_marks_an_overdue_step_and_the_days_past_target(
    procedure, file_dossier, w
) -> None:
    dossier = file_dossier(procedure, w.canon, green_lane=True)
    page = w.web("officer").get(dossier.get_absolute_url())
    first = page.context["steps"][0]
    assert first.late_days > 100 and page.context["late_days"] > 100  # February is long past
    assert b'class="gl-chip late"' in page.content and b'id="actions"' in page.content


def test_the_catalogue_is_public_with_steps_documents_fees_and_basis(make_procedure, w) -> None:
    procedure = make_procedure("ERC", days=3, documents="Giấy đề nghị\nĐiều lệ",
                               fee_vnd=50000, fee_text="Lệ phí")
    client = w.web(None)
    listed = client.get(reverse("procedures:procedure_list"), {"q": "thu tuc erc"})
    assert [p.pk for p in listed.context["page"].object_list] == [procedure.pk]
    page = client.get(procedure.get_absolute_url()).content.decode()
    for text in ("Bước 1", "Điều lệ", "Lệ phí", "Luật thử nghiệm", "50.000 VND"):
        assert text in page, text
    assert w.api(None).get("/api/procedures/").data["count"] == 1
    assert w.api(None).get("/api/dossiers/").status_code in (401, 403)


def test_the_menu_offers_the_catalogue_to_all_and_dossiers_to_the_signed_in(w) -> None:
    def urls(role):
        nav = w.web(role).get(reverse("procedures:finder")).context["nav"]
        return {e["url"] for item in nav for e in item.get("children", [item])}

    catalogue, dossiers = reverse("procedures:procedure_list"), reverse("procedures:dossier_list")
    assert catalogue in urls(None) and dossiers not in urls(None)
    for role in ("investor", "leader"):
        assert {catalogue, dossiers} <= urls(role), role


@pytest.mark.parametrize("language", ["vi", "en", "ja", "fr"])
def test_an_investor_follows_its_dossier_in_its_language(
    procedure, file_dossier, w, language: str
) -> None:
    dossier = file_dossier(procedure, w.canon)
    investor = w.users["investor"]
    investor.language = language
    investor.save()
    page = w.web("investor").get(dossier.get_absolute_url()).content.decode()
    assert f'<html lang="{language}">' in page and dossier.reference in page
    assert "17/03/2026" in page  # the statutory deadline, dd/mm/yyyy in every language


def test_the_finder_and_reports_are_linked_from_the_lists(w) -> None:
    assert reverse("procedures:finder").encode() in w.web(None).get(
        reverse("procedures:procedure_list")).content
    assert reverse("procedures:reports").encode() in w.web("investor").get(
        reverse("procedures:dossier_list")).content


def test_lists_cost_the_same_queries_for_two_dossiers_or_six(procedure, file_dossier, w) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def cost() -> list[int]:
        counts = []
        for fetch in (lambda: w.web("officer").get(reverse("procedures:dossier_list")),
                      lambda: w.api("officer").get("/api/dossiers/"),
                      lambda: w.api("officer").get("/api/dossier-steps/"),
                      lambda: w.api(None).get("/api/procedures/")):
            with CaptureQueriesContext(connection) as queries:
                assert fetch().status_code == 200
            counts.append(len(queries))
        return counts

    for org in (w.canon, w.thk):
        file_dossier(procedure, org)
    few = cost()
    for org in (w.canon, w.thk) * 2:
        file_dossier(procedure, org)
    assert cost() == few


def test_a_refused_step_action_shows_the_page_again_naming_the_step_with_the_typed_values(
        procedure, file_dossier, w) -> None:
    dossier = file_dossier(procedure, w.canon)
    step = dossier.steps.get(status="active")
    client = w.web("officer")
    client.cookies["django_language"] = "en"
    response = client.post(reverse("procedures:dossierstep_action", args=[step.pk, "complete"]),
                           {"on": "2999-01-01", "note": "Đã thẩm định", "version": step.version})
    page = response.content.decode()
    assert response.status_code == 400 and f'id="error-{step.pk}"' in page
    assert f"Step {step.order} ({step.step.name})" in page
    assert 'value="2999-01-01"' in page and 'value="Đã thẩm định"' in page
    assert dossier.steps.get(pk=step.pk).status == "active"


def test_a_refusal_without_reasons_names_the_action_and_keeps_the_date(
        procedure, file_dossier, w) -> None:
    dossier = file_dossier(procedure, w.canon)
    client = w.web("officer")
    client.cookies["django_language"] = "en"
    response = client.post(reverse("procedures:dossier_action", args=[dossier.pk, "reject"]),
                           {"on": "2026-02-12", "note": "", "version": dossier.version})
    page = response.content.decode()
    assert response.status_code == 400 and 'id="error-reject"' in page
    assert "Refuse:" in page and 'value="2026-02-12"' in page
    assert Dossier.objects.get().status == dossier.status != Dossier.Status.REJECTED
