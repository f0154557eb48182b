"""The desk's pages: the list with its filters and search, the request page with its clocks,
thread and steps, investors' filing page, and the metrics."""

from __future__ import annotations

from django.urls import reverse

from greenlane.aftercare import services
from greenlane.aftercare.models import Request, SystemicIssue
from tests.aftercare.conftest import at, file, pdf


def listed(response) -> list[int]:  # type: ignore[no-untyped-def]
    return [row.pk for row in response.context["page"].object_list]


def test_the_desk_list_searches_without_diacritics_and_filters(desk, agency) -> None:
    road = file(desk, at(3, 2, 9))
    permit = file(desk, at(3, 2, 9), subject="Giấy phép lao động chậm", topic="labour")
    services.start(desk.users["officer"], permit, agency, at=at(3, 2, 10))
    client = desk.web("officer")
    url = reverse("aftercare:request_list")
    assert listed(client.get(url, {"q": "un tac nut giao"})) == [road.pk]
    assert listed(client.get(url, {"topic": "labour"})) == [permit.pk]
    assert listed(client.get(url, {"agency": agency.pk})) == [permit.pk]
    assert listed(client.get(url, {"status": "received"})) == [road.pk]
    assert set(listed(client.get(url, {"overdue": "true"}))) == {road.pk, permit.pk}
    assert listed(client.get(url, {"strategic": "true"})) == []


def test_the_overdue_filter_leaves_out_requests_on_time_and_waiting(desk) -> None:
    from django.utils import timezone

    fresh = services.file_request(desk.users["investor"], {
        "subject": "Mới", "description": "Mới.", "topic": "tax"})
    waiting = services.wait_on_investor(desk.users["officer"], file(desk, at(3, 2, 9)), "?",
                                        at=at(3, 2, 10))
    response = desk.web("officer").get(reverse("aftercare:request_list"), {"overdue": "true"})
    assert fresh.resolution_due > timezone.now()
    assert fresh.pk not in listed(response) and waiting.pk not in listed(response)


def test_the_request_page_shows_the_clock_thread_steps_and_audit_to_the_desk(desk) -> None:
    r = file(desk, at(3, 2, 9))
    services.post_message(desk.users["officer"], r, "Ghi chú nội bộ", internal=True,
                          at=at(3, 2, 10))
    page = desk.web("officer").get(r.get_absolute_url())
    html = page.content.decode()
    assert page.status_code == 200 and "Ghi chú nội bộ" in html
    assert [s.action for s in page.context["steps"]] == [
        "acknowledge", "start", "wait", "resolve", "assign", "close"]
    assert page.context["audit"] and page.context["clock"].due == r.resolution_due
    assert "09/03/2026 09:00" in html  # 40 working hours after Monday 2 March, 09:00


def test_the_investors_page_has_no_internal_note_audit_or_desk_steps(desk) -> None:
    r = file(desk, at(3, 2, 9))
    services.post_message(desk.users["officer"], r, "Ghi chú nội bộ", internal=True,
                          at=at(3, 2, 10))
    r = services.resolve(desk.users["officer"], r, "Đã xong.", at=at(3, 2, 11))
    page = desk.web("investor").get(r.get_absolute_url())
    html = page.content.decode()
    assert "Ghi chú nội bộ" not in html and "Đã xong." in html
    assert "audit" not in page.context and "issues" not in page.context
    assert [s.action for s in page.context["steps"]] == ["confirm", "reopen"]
    assert all(e.who in ("investor", "the desk") for e in page.context["events"])


def test_the_leader_reads_the_page_without_steps_or_reply_form(desk) -> None:
    page = desk.web("leader").get(file(desk, at(3, 2, 9)).get_absolute_url())
    assert page.status_code == 200 and page.context["steps"] == []
    assert not page.context["can_write"]


def test_a_step_posted_from_the_page_moves_the_request(desk, agency) -> None:
    r = file(desk, at(3, 2, 9))
    url = reverse("aftercare:request_action", args=[r.pk, "start"])
    response = desk.web("taskforce").post(url, {"version": r.version, "agency": agency.pk})
    assert response.status_code == 302
    r.refresh_from_db()
    assert r.status == Request.Status.IN_PROGRESS and r.agency == agency


def test_a_refused_step_shows_the_page_again_with_the_text_typed(desk) -> None:
    r = file(desk, at(3, 2, 9))
    url = reverse("aftercare:request_action", args=[r.pk, "resume"])
    response = desk.web("officer").post(url, {"version": r.version, "text": "Tiếp tục"})
    assert response.status_code == 400 and "received" in response.context["error"]
    assert response.context["failed_action"] == "resume"


def test_an_investor_cannot_post_a_desk_step_from_the_page(desk) -> None:
    r = file(desk, at(3, 2, 9))
    url = reverse("aftercare:request_action", args=[r.pk, "acknowledge"])
    assert desk.web("investor").post(url, {"version": r.version}).status_code == 403
    assert desk.web("investor2").post(url, {"version": r.version}).status_code == 404
    assert Request.objects.get(pk=r.pk).status == Request.Status.RECEIVED


def test_an_investor_files_a_request_with_attachments(desk) -> None:
    client = desk.web("investor")
    assert client.get(reverse("aftercare:request_file")).status_code == 200
    response = client.post(reverse("aftercare:request_file"), {
        "subject": "Cấp điện 22 kV", "description": "Cần thêm 2 MVA.", "topic": "infrastructure",
        "priority": "high", "attachments": [pdf("so-do.pdf"), pdf("cong-suat.pdf")]})
    assert response.status_code == 302
    r = Request.objects.get(subject="Cấp điện 22 kV")
    assert r.organisation == desk.canon and r.policy and r.policy.priority == "high"
    assert sorted(r.attachments.values_list("name", flat=True)) == ["cong-suat.pdf", "so-do.pdf"]


def test_the_filing_page_sends_the_desk_to_its_own_form(desk) -> None:
    response = desk.web("officer").get(reverse("aftercare:request_file"))
    assert response.status_code == 302 and response["Location"] == reverse(
        "aftercare:request_add")


def test_the_desk_files_for_an_investor_and_corrects_the_priority(desk) -> None:
    client = desk.web("officer")
    response = client.post(reverse("aftercare:request_add"), {
        "organisation": desk.thk.pk, "subject": "Hoàn thuế GTGT", "description": "Hồ sơ?",
        "topic": "tax", "priority": "low"})
    assert response.status_code == 302
    r = Request.objects.get(subject="Hoàn thuế GTGT")
    assert r.resolution_hours == 160
    response = client.post(reverse("aftercare:request_edit", args=[r.pk]), {
        "organisation": desk.thk.pk, "subject": "Hoàn thuế GTGT", "description": "Hồ sơ?",
        "topic": "tax", "priority": "high", "version": r.version})
    r.refresh_from_db()
    assert response.status_code == 302 and r.resolution_hours == 24


def test_a_reply_with_a_file_goes_to_the_thread(desk) -> None:
    r = file(desk, at(3, 2, 9))
    response = desk.web("investor").post(
        reverse("aftercare:request_message", args=[r.pk]),
        {"body": "光学部品の仕様書を添付します。", "attachments": [pdf("spec.pdf")]})
    assert response.status_code == 302
    message = r.messages.get()
    assert message.from_investor and message.attachments.get().name == "spec.pdf"


def test_an_empty_reply_is_refused_and_nothing_is_lost(desk) -> None:
    r = file(desk, at(3, 2, 9))
    response = desk.web("officer").post(reverse("aftercare:request_message", args=[r.pk]),
                                        {"body": "", "internal": "on"})
    assert response.status_code == 400 and r.messages.count() == 0


def test_the_metrics_page_is_for_staff(desk, agency) -> None:
    r = services.start(desk.users["officer"], file(desk, at(3, 2, 9)), agency, at=at(3, 2, 10))
    services.resolve(desk.users["officer"], r, "Xong.", at=at(3, 3, 10))
    page = desk.web("leader").get(reverse("aftercare:metrics"))
    assert page.status_code == 200
    assert [row.label for row in page.context["report"].by_agency] == [agency.name]
    assert desk.web("investor").get(reverse("aftercare:metrics")).status_code == 403


def test_an_issue_page_lists_its_requests(desk) -> None:
    issue = SystemicIssue.objects.create(title="Chậm GPMB Quế Võ")
    r = services.link_issue(desk.users["officer"], file(desk, at(3, 2, 9)), issue)
    page = desk.web("leader").get(issue.get_absolute_url())
    assert [x.pk for x in page.context["linked"]] == [r.pk]
    assert page.context["report"].investors == 1


def test_the_menu_shows_the_desk_to_staff_and_investors_their_requests(desk) -> None:
    def urls(role: str) -> set[str]:
        page = desk.web(role).get(reverse("aftercare:request_list"))
        items = [c for item in page.context["nav"] for c in item.get("children", [item])]
        return {item["url"] for item in items}

    requests, issues = reverse("aftercare:request_list"), reverse("aftercare:systemicissue_list")
    assert {requests, issues, reverse("aftercare:metrics")} <= urls("leader")
    assert requests in urls("investor") and issues not in urls("investor")


def test_the_timeline_dates_each_step_when_it_happened(desk, agency) -> None:
    r = file(desk, at(3, 2, 9))
    r = services.start(desk.users["officer"], r, agency, at=at(3, 2, 10))
    services.post_message(desk.users["officer"], r, "Ghi chú", internal=True, at=at(3, 2, 11))
    services.resolve(desk.users["officer"], r, "Xong.", at=at(3, 3, 15))
    events = desk.web("investor").get(r.get_absolute_url()).context["events"]
    assert [(e.time, e.text) for e in events] == [
        (at(3, 2, 9), "received"), (at(3, 2, 10), "in progress"), (at(3, 3, 15), "resolved")]
