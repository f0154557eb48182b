"""The escalation job: a request close to or past its due time moves up the ladder, each level's
people are told (in the app and by e-mail), and running the job again tells nobody twice."""

from __future__ import annotations

from django.core import mail

from greenlane.aftercare import jobs, services
from greenlane.aftercare.models import Request
from greenlane.core.models import AuditEntry, Notification
from tests.aftercare.conftest import at, file


def told(user) -> int:  # type: ignore[no-untyped-def]
    return Notification.objects.filter(user=user, subject__startswith="Escalated").count()


def with_mail(desk) -> None:  # type: ignore[no-untyped-def]
    for name in ("officer", "taskforce", "leader"):
        desk.users[name].email = f"{name}@bacninh.gov.vn"
        desk.users[name].save()


def test_a_request_at_75_percent_rises_to_the_officer_level(desk, ladder, agency) -> None:
    r = services.start(desk.users["officer"], file(desk, at(3, 2, 8)), agency, at=at(3, 2, 8))
    assert "0 requests escalated" in jobs.escalate(now=at(3, 5, 13))  # 28 h of 40 used
    summary = jobs.escalate(now=at(3, 5, 17))  # 32 h: 80 %
    r.refresh_from_db()
    assert summary.startswith("1 requests escalated") and r.level == 0
    assert told(desk.users["officer"]) == 1 and told(desk.users["taskforce"]) == 0


def test_past_due_it_reaches_the_task_force_lead_then_the_vice_chairman(desk, ladder) -> None:
    r = file(desk, at(3, 2, 8))
    services.acknowledge(desk.users["officer"], r, at=at(3, 2, 8, 30))
    jobs.escalate(now=at(3, 9, 9))  # 41 h: past due
    r.refresh_from_db()
    assert r.level == 1 and r.resolution_breached
    assert told(desk.users["taskforce"]) == 1 and told(desk.users["officer"]) == 1
    assert told(desk.users["leader"]) == 0
    jobs.escalate(now=at(3, 11, 17))  # 64 h: 160 %
    r.refresh_from_db()
    assert r.level == 2 and told(desk.users["leader"]) == 1
    assert told(desk.users["investor"]) == 0


def test_running_the_job_twice_notifies_once(desk, ladder,
                                            django_capture_on_commit_callbacks) -> None:
    with_mail(desk)
    r = file(desk, at(3, 2, 8))
    with django_capture_on_commit_callbacks(execute=True):
        first = jobs.escalate(now=at(3, 9, 9))
    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        second = jobs.escalate(now=at(3, 9, 9, 5))
    assert first.startswith("1 requests escalated") and second.startswith("0 requests")
    # one mail per person told (nobody sees the others' addresses), none the second time
    assert sent >= 1 and len(mail.outbox) == sent
    assert all(len(message.to) == 1 for message in mail.outbox)
    assert told(desk.users["taskforce"]) == 1
    escalations = AuditEntry.objects.filter(object_id=str(r.pk), actor=services.JOB)
    assert escalations.count() == 1


def test_each_level_is_mailed_through_djangos_mail_settings(desk, ladder, django_capture_on_commit_callbacks) -> None:
    with_mail(desk)
    file(desk, at(3, 2, 8))
    with django_capture_on_commit_callbacks(execute=True):
        jobs.escalate(now=at(3, 12, 17))  # 72 h: 180 %, every level at once
    recipients = sorted(address for m in mail.outbox for address in m.to)
    assert recipients == ["leader@bacninh.gov.vn", "officer@bacninh.gov.vn",
                          "taskforce@bacninh.gov.vn"]
    assert "Vice-chairman" in mail.outbox[0].subject


def test_a_late_first_response_escalates_before_the_resolution_clock(desk, ladder) -> None:
    r = file(desk, at(3, 2, 8))  # first response within 8 h
    jobs.escalate(now=at(3, 3, 9))
    r.refresh_from_db()
    assert r.first_response_breached and r.level == 1


def test_a_request_waiting_on_the_investor_does_not_escalate(desk, ladder) -> None:
    r = services.wait_on_investor(desk.users["officer"], file(desk, at(3, 2, 8)), "?",
                                  at=at(3, 2, 9))
    jobs.escalate(now=at(4, 30, 9))
    assert Request.objects.get(pk=r.pk).level is None


def test_resolved_requests_are_left_alone(desk, ladder) -> None:
    r = services.resolve(desk.users["officer"], file(desk, at(3, 2, 8)), "Xong.", at=at(3, 2, 9))
    jobs.escalate(now=at(5, 1, 9))
    r.refresh_from_db()
    assert r.level is None and not r.resolution_breached


def test_without_a_ladder_the_job_still_marks_late_requests(desk) -> None:
    r = file(desk, at(3, 2, 8))
    assert jobs.escalate(now=at(3, 20, 9)) == "0 requests escalated, 1 newly past due"
    r.refresh_from_db()
    assert r.resolution_breached and r.level is None


def test_the_periodic_runner_finds_the_job() -> None:
    from django.conf import settings

    from greenlane.core.periodic import jobs as periodic_jobs

    assert "greenlane.aftercare.jobs.escalate" in periodic_jobs()
    assert settings.PERIODIC_JOBS["greenlane.aftercare.jobs.escalate"] > 0


def test_a_day_off_announced_after_filing_moves_the_due_time_once(desk) -> None:
    import datetime as dt

    from greenlane.calendar.models import Holiday

    r = file(desk, at(3, 2, 9))
    assert r.resolution_due == at(3, 9, 9)
    Holiday.objects.create(date=dt.date(2026, 3, 4), name="Nghỉ bù", kind=Holiday.Kind.DAY_OFF)
    assert jobs.escalate(now=at(3, 2, 10)).endswith("1 due times moved by the calendar")
    r.refresh_from_db()
    assert r.resolution_due == at(3, 10, 9) and r.first_response_due == at(3, 3, 9)
    assert jobs.escalate(now=at(3, 2, 10)) == "0 requests escalated, 0 newly past due"
