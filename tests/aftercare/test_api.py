"""The desk over the API: the life cycle as POST actions, investors' own actions, and the
refusals."""

from __future__ import annotations

import pytest

from greenlane.aftercare.models import Request, SystemicIssue
from tests.aftercare.conftest import at, file, pdf

BASE = "/api/aftercare/requests/"


def step(client, r, name, **data):  # type: ignore[no-untyped-def]
    return client.post(f"{BASE}{r}/{name}/", data, format="json")


def test_the_life_cycle_over_the_api(desk, agency) -> None:
    investor, officer = desk.api("investor"), desk.api("officer")
    filed = investor.post(f"{BASE}file/", {
        "subject": "Thủ tục hải quan linh kiện", "description": "Mã HS?", "topic": "customs",
        "priority": "high", "files": [pdf("spec.pdf")]}, format="multipart")
    assert filed.status_code == 201, filed.data
    pk = filed.data["id"]
    assert filed.data["status"] == "received" and filed.data["first_response_due"]
    assert Request.objects.get(pk=pk).attachments.get().name == "spec.pdf"
    assert step(officer, pk, "acknowledge").data["status"] == "acknowledged"
    assert step(officer, pk, "start", agency=agency.pk).data["agency"] == agency.pk
    waiting = step(officer, pk, "wait", text="Xin bảng thông số kỹ thuật.")
    assert waiting.data["status"] == "waiting" and waiting.data["clock"]["running"] is False
    answer = investor.post(f"{BASE}{pk}/message/", {"body": "Đã gửi."}, format="json")
    assert answer.status_code == 201 and answer.data["from_investor"]
    assert investor.get(f"{BASE}{pk}/").data["status"] == "in_progress"
    assert step(officer, pk, "resolve", text="Mã HS 9002.11.").data["status"] == "resolved"
    closed = step(investor, pk, "confirm", text="Cảm ơn.")
    assert closed.status_code == 200 and closed.data["status"] == "closed"


def test_an_investor_uploads_a_file_to_its_request(desk) -> None:
    r = file(desk, at(3, 2, 9))
    response = desk.api("investor").post(f"{BASE}{r.pk}/attach/", {"file": pdf("ho-so.pdf")},
                                         format="multipart")
    assert response.status_code == 201 and response.data["name"] == "ho-so.pdf"
    download = desk.api("investor").get(response.data["download"])
    assert download.status_code == 200 and download["Content-Disposition"].startswith(
        "attachment")


def test_a_fake_pdf_upload_is_a_400_with_the_reason(desk) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    r = file(desk, at(3, 2, 9))
    response = desk.api("investor").post(
        f"{BASE}{r.pk}/attach/", {"file": SimpleUploadedFile("x.pdf", b"GIF89a")},
        format="multipart")
    assert response.status_code == 400 and "x.pdf" in str(response.data)


@pytest.mark.parametrize("name", ["acknowledge", "start", "wait", "resolve", "close", "assign"])
def test_an_investor_may_not_call_the_desks_actions(desk, name) -> None:
    r = file(desk, at(3, 2, 9))
    assert step(desk.api("investor"), r.pk, name, text="x").status_code == 403
    assert Request.objects.get(pk=r.pk).status == "received"


def test_the_leader_reads_but_acts_not(desk) -> None:
    r = file(desk, at(3, 2, 9))
    leader = desk.api("leader")
    assert leader.get(f"{BASE}{r.pk}/").data["officer"] is None
    assert step(leader, r.pk, "acknowledge").status_code == 403
    assert leader.post(f"{BASE}{r.pk}/message/", {"body": "?"}, format="json").status_code == 403


def test_an_investor_cannot_write_an_internal_note_over_the_api(desk) -> None:
    r = file(desk, at(3, 2, 9))
    response = desk.api("investor").post(f"{BASE}{r.pk}/message/",
                                         {"body": "?", "internal": True}, format="json")
    assert response.status_code == 403 and r.messages.count() == 0


def test_the_desk_files_for_an_investor_and_links_a_systemic_issue(desk) -> None:
    officer = desk.api("officer")
    created = officer.post(BASE, {"organisation": desk.thk.pk, "subject": "Điện 22 kV",
                                  "description": "Thiếu điện.", "topic": "infrastructure",
                                  "priority": "urgent"}, format="json")
    assert created.status_code == 201 and created.data["calendar"] == "24x7"
    issue = SystemicIssue.objects.create(title="Thiếu điện ở KCN")
    linked = step(officer, created.data["id"], "link-issue", issue=issue.pk)
    assert linked.data["issues"] == [issue.pk]
    assert officer.get(f"/api/aftercare/issues/{issue.pk}/").data["requests"] == [
        created.data["id"]]


def test_an_investor_filing_on_the_desks_route_is_refused(desk) -> None:
    response = desk.api("investor").post(BASE, {"organisation": desk.thk.pk, "subject": "x",
                                                "description": "x"}, format="json")
    assert response.status_code == 403 and not Request.objects.exists()


def test_the_desk_filing_on_the_investors_route_is_told_where_to_go(desk) -> None:
    response = desk.api("officer").post(f"{BASE}file/", {"subject": "x", "description": "x",
                                                         "topic": "tax"}, format="json")
    assert response.status_code == 403


def test_the_openapi_schema_describes_the_actions(desk) -> None:
    schema = desk.api("officer").get("/api/schema/", {"format": "json"})
    assert schema.status_code == 200
    paths = schema.json()["paths"] if hasattr(schema, "json") else {}
    assert "/api/aftercare/requests/{id}/resolve/" in paths
    assert "/api/aftercare/requests/file/" in paths
