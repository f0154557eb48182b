"""Canon's investor gets nothing of THK's requests and THK's nothing of Canon's, on every page
and endpoint: lists, details, search, exports, attachments, threads, counts, filters; and no
investor ever gets an internal note or file."""

from __future__ import annotations

import io

import pytest
from django.urls import reverse

from greenlane.aftercare import services
from greenlane.aftercare.models import Attachment, Message, Request
from tests.aftercare.conftest import at, file, pdf

INVESTORS = pytest.mark.parametrize("me", ["investor", "investor2"])


NAME = {"investor": "Canon", "investor2": "THK"}


def other(me: str) -> str:
    return "investor2" if me == "investor" else "investor"


@pytest.fixture
def two(desk, agency) -> dict[str, Request]:  # type: ignore[no-untyped-def]
    """A request of each investor, both "Ùn tắc giao thông", each with a public message, an
    internal note, a public file and an internal file."""
    made = {}
    for me, agency_name in (("investor", agency), ("investor2", None)):
        r = file(desk, at(3, 2, 9), who=me, subject=f"Ùn tắc giao thông {NAME[me]}")
        if agency_name:
            r = services.start(desk.users["officer"], r, agency_name, at=at(3, 2, 10))
        services.post_message(desk.users[me], r, f"Câu hỏi của {NAME[me]}",
                              files=[pdf(f"{NAME[me]}.pdf")], at=at(3, 2, 11))
        services.post_message(desk.users["officer"], r, f"Nội bộ về {NAME[me]}", internal=True,
                              files=[pdf(f"noi-bo-{NAME[me]}.pdf")], at=at(3, 2, 12))
        made[me] = Request.objects.get(pk=r.pk)
    return made


def csv_text(response) -> str:  # type: ignore[no-untyped-def]
    return b"".join(response.streaming_content).decode("utf-8-sig")


@INVESTORS
def test_the_web_list_search_and_count_hold_only_the_investors_own_request(desk, two, me) -> None:
    client, url = desk.web(me), reverse("aftercare:request_list")
    for params in ({}, {"q": "un tac giao thong"}, {"status": "received"},
                   {"status": "in_progress"}, {"organisation": two[other(me)].organisation_id}):
        page = client.get(url, params).context["page"]
        assert [r.pk for r in page.object_list] == [r.pk for r in [two[me]]
                                                    if not params.get("status")
                                                    or params["status"] == two[me].status]
        assert page.paginator.count <= 1


@INVESTORS
def test_the_exports_hold_only_the_investors_own_request(desk, two, me) -> None:
    from openpyxl import load_workbook

    url = reverse("aftercare:request_list")
    text = csv_text(desk.web(me).get(url, {"export": "csv"}))
    assert two[me].subject in text and two[other(me)].subject not in text
    sheet = load_workbook(io.BytesIO(desk.web(me).get(url, {"export": "xlsx"}).content)).active
    subjects = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert subjects == [two[me].subject]


@INVESTORS
def test_the_other_investors_request_page_and_files_are_not_found(desk, two, me) -> None:
    client = desk.web(me)
    assert client.get(two[me].get_absolute_url()).status_code == 200
    assert client.get(two[other(me)].get_absolute_url()).status_code == 404
    for attachment in Attachment.objects.filter(request=two[other(me)]):
        assert client.get(attachment.get_absolute_url()).status_code == 404
    reply = reverse("aftercare:request_message", args=[two[other(me)].pk])
    assert client.post(reply, {"body": "Xin chào"}).status_code == 404


@INVESTORS
def test_an_investor_downloads_its_own_public_file_but_never_an_internal_one(desk, two,
                                                                            me) -> None:
    client = desk.web(me)
    mine = Attachment.objects.get(request=two[me], internal=False)
    internal = Attachment.objects.get(request=two[me], internal=True)
    response = client.get(mine.get_absolute_url())
    assert response.status_code == 200 and response["Content-Disposition"].startswith(
        "attachment")
    assert client.get(internal.get_absolute_url()).status_code == 404
    assert desk.web("officer").get(internal.get_absolute_url()).status_code == 200


@INVESTORS
def test_the_investors_page_has_no_internal_note_or_file(desk, two, me) -> None:
    html = desk.web(me).get(two[me].get_absolute_url()).content.decode()
    assert f"Câu hỏi của {NAME[me]}" in html and f"{NAME[me]}.pdf" in html
    assert "Nội bộ" not in html and "noi-bo" not in html


@INVESTORS
def test_the_agency_filter_names_only_agencies_of_the_investors_own_requests(desk, two,
                                                                            me) -> None:
    form = desk.web(me).get(reverse("aftercare:request_list")).context["filters"].form
    agencies = list(form.fields["agency"].queryset)
    assert agencies == ([two[me].agency] if two[me].agency else [])
    assert "organisation" not in form.fields and "issue" not in form.fields


@INVESTORS
def test_the_api_lists_search_and_counts_only_the_investors_own(desk, two, me) -> None:
    client = desk.api(me)
    for params in ({}, {"q": "un tac"}, {"organisation": two[other(me)].organisation_id}):
        data = client.get("/api/aftercare/requests/", params).data
        assert [r["id"] for r in data["results"]] == [two[me].pk] and data["count"] == 1
        assert "officer" not in data["results"][0] and "level" not in data["results"][0]
    assert client.get(f"/api/aftercare/requests/{two[other(me)].pk}/").status_code == 404


@INVESTORS
def test_the_api_threads_and_files_hold_only_the_investors_own_public_ones(desk, two,
                                                                          me) -> None:
    client = desk.api(me)
    messages = client.get("/api/aftercare/messages/", {"page_size": 100}).data
    assert [m["body"] for m in messages["results"]] == [f"Câu hỏi của {NAME[me]}"]
    assert messages["count"] == 1
    files = client.get("/api/aftercare/attachments/").data
    assert [f["name"] for f in files["results"]] == [f"{NAME[me]}.pdf"] and files["count"] == 1
    theirs = Attachment.objects.get(request=two[other(me)], internal=False)
    internal = Attachment.objects.get(request=two[me], internal=True)
    for attachment in (theirs, internal):
        url = f"/api/aftercare/attachments/{attachment.pk}/download/"
        assert client.get(url).status_code == 404
    note = Message.objects.get(request=two[me], internal=True)
    assert client.get(f"/api/aftercare/messages/{note.pk}/").status_code == 404


@INVESTORS
def test_the_api_actions_on_the_other_investors_request_are_not_found(desk, two, me) -> None:
    client, theirs = desk.api(me), two[other(me)]
    for step in ("message", "confirm", "reopen"):
        response = client.post(f"/api/aftercare/requests/{theirs.pk}/{step}/",
                               {"body": "?", "text": "?"}, format="json")
        assert response.status_code == 404, step
    upload = client.post(f"/api/aftercare/requests/{theirs.pk}/attach/", {"file": pdf()},
                         format="multipart")
    assert upload.status_code == 404
    assert theirs.messages.count() == 2 and theirs.attachments.count() == 2


@INVESTORS
def test_notifications_name_only_the_investors_own_requests(desk, two, me) -> None:
    from greenlane.core.models import Notification

    subjects = " ".join(Notification.objects.filter(user=desk.users[me])
                        .values_list("subject", flat=True))
    assert two[other(me)].subject not in subjects
