"""The life cycle of a request through the services: every step timestamped, audited and told
to the right people; investors act only as investors, on their own requests."""

from __future__ import annotations

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, ValidationError

from greenlane.aftercare import services
from greenlane.aftercare.models import Message, Request
from greenlane.core.models import AuditEntry, Notification
from tests.aftercare.conftest import at, file

S = Request.Status


def audit_of(request: Request) -> list[AuditEntry]:
    kind = ContentType.objects.get_for_model(Request)
    return list(AuditEntry.objects.filter(content_type=kind, object_id=str(request.pk))
                .order_by("time", "id"))


def subjects(user) -> list[str]:  # type: ignore[no-untyped-def]
    return list(Notification.objects.filter(user=user).values_list("subject", flat=True))


def test_a_request_goes_from_received_to_closed_with_every_step_timestamped_and_audited(
        desk, agency) -> None:
    officer, investor = desk.users["officer"], desk.users["investor"]
    r = file(desk, at(3, 2, 9))
    assert (r.status, r.organisation, r.filed_by) == (S.RECEIVED, desk.canon, investor)
    r = services.acknowledge(officer, r, at=at(3, 2, 10))
    assert r.acknowledged_at == r.first_response_at == at(3, 2, 10) and r.officer == officer
    r = services.start(officer, r, agency, at=at(3, 2, 11))
    assert (r.status, r.agency, r.started_at) == (S.IN_PROGRESS, agency, at(3, 2, 11))
    r = services.wait_on_investor(officer, r, "Xin lịch tan ca?", at=at(3, 3, 9))
    assert (r.status, r.waiting_since) == (S.WAITING, at(3, 3, 9))
    services.post_message(investor, r, "17:00 và 22:00.", at=at(3, 4, 9))
    r.refresh_from_db()
    assert r.status == S.IN_PROGRESS and r.waiting_since is None
    r = services.resolve(officer, r, "Hai tuyến đường gom được phê duyệt.", at=at(3, 5, 9))
    assert (r.status, r.resolved_at) == (S.RESOLVED, at(3, 5, 9))
    r = services.confirm(investor, r, "Cảm ơn.", at=at(3, 6, 9))
    assert (r.status, r.confirmed_at, r.closed_at) == (S.CLOSED, at(3, 6, 9), at(3, 6, 9))
    statuses = [e.after["status"] for e in audit_of(r)]
    assert statuses == ["received", "acknowledged", "in_progress", "waiting", "in_progress",
                        "resolved", "closed"]
    assert [e.actor for e in audit_of(r)][-1] == "investor"
    bodies = list(r.messages.values_list("body", flat=True))
    assert bodies == ["Xin lịch tan ca?", "17:00 và 22:00.", "Hai tuyến đường gom được phê duyệt.",
                      "Cảm ơn."]


def test_the_investor_reopens_a_resolution_that_did_not_solve_the_problem(desk, agency) -> None:
    officer = desk.users["officer"]
    r = services.start(officer, file(desk, at(3, 2, 9)), agency, at=at(3, 2, 10))
    r = services.resolve(officer, r, "Đã xử lý.", at=at(3, 3, 10))  # 8 h used
    r = services.reopen(desk.users["investor"], r, "Vẫn còn ùn tắc.", at=at(3, 9, 8))
    assert (r.status, r.reopened, r.resolved_at) == (S.IN_PROGRESS, 1, None)
    assert r.resolution_due == at(3, 12, 16)  # the 32 hours left, from Monday 9 at 08:00
    assert any("reopened" in s for s in subjects(officer))


def test_the_investor_is_told_of_questions_and_resolutions_and_the_desk_of_answers(
        desk, agency) -> None:
    officer, investor = desk.users["officer"], desk.users["investor"]
    r = file(desk, at(3, 2, 9))
    assert any("New request" in s for s in subjects(officer))
    r = services.wait_on_investor(officer, r, "?", at=at(3, 2, 10))
    services.post_message(investor, r, "Đây.", at=at(3, 2, 11))
    r.refresh_from_db()
    services.resolve(officer, r, "Xong.", at=at(3, 3, 9))
    told = subjects(investor)
    assert any("question" in s for s in told) and any("confirm or reopen" in s for s in told)
    assert any("The investor wrote" in s for s in subjects(officer))
    assert subjects(desk.users["investor2"]) == []


def test_a_strategic_investors_request_goes_to_the_task_force_at_once(desk) -> None:
    desk.canon.is_strategic = True
    desk.canon.save()
    r = file(desk, at(3, 2, 9))
    assert r.strategic
    assert any("Strategic investor" in s for s in subjects(desk.users["taskforce"]))


def test_an_internal_note_reaches_no_investor(desk) -> None:
    r = file(desk, at(3, 2, 9))
    services.post_message(desk.users["officer"], r, "Sở chưa trả lời.", internal=True,
                          at=at(3, 2, 10))
    assert subjects(desk.users["investor"]) == []
    services.post_message(desk.users["officer"], r, "Chúng tôi đang xử lý.", at=at(3, 2, 11))
    seen = Message.objects.restrict(desk.users["investor"]).filter(request=r)
    assert list(seen.values_list("body", flat=True)) == ["Chúng tôi đang xử lý."]
    assert Message.objects.restrict(desk.users["officer"]).filter(request=r).count() == 2
    assert len(subjects(desk.users["investor"])) == 1


def test_the_first_public_answer_of_the_desk_is_its_first_response(desk) -> None:
    r = file(desk, at(3, 2, 9))
    services.post_message(desk.users["officer"], r, "Ghi chú.", internal=True, at=at(3, 2, 10))
    r.refresh_from_db()
    assert r.first_response_at is None
    services.post_message(desk.users["officer"], r, "Chúng tôi đã nhận.", at=at(3, 2, 11))
    r.refresh_from_db()
    assert r.first_response_at == at(3, 2, 11) and not r.first_response_breached


@pytest.mark.parametrize("step", ["acknowledge", "start", "resolve", "close"])
def test_an_investor_may_not_take_the_desks_steps(desk, step) -> None:
    r = file(desk, at(3, 2, 9))
    call = {"acknowledge": lambda: services.acknowledge(desk.users["investor"], r),
            "start": lambda: services.start(desk.users["investor"], r),
            "resolve": lambda: services.resolve(desk.users["investor"], r, "Tự xong."),
            "close": lambda: services.close(desk.users["investor"], r, "Thôi.")}[step]
    with pytest.raises(PermissionDenied):
        call()
    assert Request.objects.get(pk=r.pk).status == S.RECEIVED


def test_an_investor_may_not_write_an_internal_note(desk) -> None:
    r = file(desk, at(3, 2, 9))
    with pytest.raises(PermissionDenied):
        services.post_message(desk.users["investor"], r, "Nội bộ?", internal=True)


def test_an_investor_may_not_act_on_another_investors_request(desk) -> None:
    theirs = file(desk, at(3, 2, 9), who="investor2")
    assert theirs.organisation == desk.thk
    with pytest.raises(PermissionDenied):
        services.post_message(desk.users["investor"], theirs, "Xin chào.")
    r = services.resolve(desk.users["officer"], theirs, "Xong.", at=at(3, 3, 9))
    with pytest.raises(PermissionDenied):
        services.confirm(desk.users["investor"], r)


def test_an_investor_files_only_for_its_own_organisation_and_projects(desk) -> None:
    from tests.access.test_matrix import a_project

    thk_project = a_project(desk, desk.thk, "Nhà máy THK")
    r = file(desk, at(3, 2, 9), organisation=desk.thk, strategic=True, officer=None)
    assert r.organisation == desk.canon and not r.strategic
    with pytest.raises(ValidationError):
        file(desk, at(3, 2, 9), project=thk_project)


def test_the_leader_reads_but_takes_no_step(desk) -> None:
    r = file(desk, at(3, 2, 9))
    with pytest.raises(PermissionDenied):
        services.acknowledge(desk.users["leader"], r)
    with pytest.raises(PermissionDenied):
        services.post_message(desk.users["leader"], r, "Chỉ đạo.")


def test_a_step_that_does_not_fit_the_status_is_refused_with_a_clear_message(desk) -> None:
    r = file(desk, at(3, 2, 9))
    with pytest.raises(ValidationError, match="received"):
        services.resume(desk.users["officer"], r)
    with pytest.raises(ValidationError, match="agency"):
        services.start(desk.users["officer"], r)
    with pytest.raises(ValidationError):
        services.wait_on_investor(desk.users["officer"], r, "   ")


def test_closing_an_unresolved_request_needs_a_reason_and_stops_the_clock(desk) -> None:
    r = file(desk, at(3, 2, 9))
    with pytest.raises(ValidationError):
        services.close(desk.users["officer"], r)
    r = services.close(desk.users["officer"], r, "Trùng với yêu cầu #1.", at=at(3, 2, 13))
    assert r.status == S.CLOSED and r.clock_started is None and r.used.total_seconds() == 3 * 3600


def test_linking_a_request_to_a_systemic_issue_is_audited(desk) -> None:
    from greenlane.aftercare.models import SystemicIssue

    issue = SystemicIssue.objects.create(title="Chậm GPMB ở Quế Võ")
    r = services.link_issue(desk.users["taskforce"], file(desk, at(3, 2, 9)), issue)
    assert list(r.issues.all()) == [issue]
    assert audit_of(r)[-1].after["issues"] == [issue.pk]
    r = services.link_issue(desk.users["taskforce"], r, issue, linked=False)
    assert list(r.issues.all()) == []
