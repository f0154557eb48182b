"""The request page reads well: no remaining time once resolved, a clear message after an
assignment, no repeated step names in the timeline, durations in hours in the audit trail,
and no internal routing flag shown to investors."""

from __future__ import annotations

from django.contrib.messages import get_messages
from django.urls import reverse

from greenlane.aftercare import services
from tests.aftercare.conftest import at, file


def test_a_resolved_request_shows_no_remaining_time(desk) -> None:
    r = file(desk, at(3, 2, 9))
    before = desk.web("officer").get(r.get_absolute_url()).content.decode()
    assert "Remaining" in before or "Overdue by" in before
    r = services.resolve(desk.users["officer"], r, "Đã xong.", at=at(3, 2, 11))
    html = desk.web("officer").get(r.get_absolute_url()).content.decode()
    assert "Remaining" not in html and "Overdue by" not in html


def test_after_an_assignment_the_message_names_the_officer(desk) -> None:
    r = file(desk, at(3, 2, 9))
    officer = desk.users["taskforce"]
    response = desk.web("officer").post(
        reverse("aftercare:request_action", args=[r.pk, "assign"]),
        {"version": r.version, "officer": officer.pk})
    shown = " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert response.status_code == 302
    assert f"was assigned to {officer}" in shown and "acknowledged" not in shown


def test_the_timeline_does_not_repeat_a_step_without_a_note(desk) -> None:
    r = file(desk, at(3, 2, 9))
    r = services.acknowledge(desk.users["officer"], r, at=at(3, 2, 10))
    r = services.wait_on_investor(desk.users["officer"], r, "Bản vẽ nào?", at=at(3, 2, 11))
    events = desk.web("officer").get(r.get_absolute_url()).context["events"]
    acknowledged = next(e for e in events if e.text == "acknowledged")
    waiting = events[-1]
    assert acknowledged.note == "" and waiting.note


def test_the_audit_trail_shows_the_clock_in_hours(desk, agency) -> None:
    r = file(desk, at(3, 2, 9))
    r = services.wait_on_investor(desk.users["officer"], r, "Bản vẽ nào?", at=at(3, 2, 11))
    audit = desk.web("officer").get(r.get_absolute_url()).context["audit"]
    rows = [row for entry in audit for row in entry.rows if "working time used" in row[0].lower()]
    assert rows and rows[0][2] == "2 h"


def test_investors_do_not_see_the_strategic_flag(desk) -> None:
    r = file(desk, at(3, 2, 9), who="officer", strategic=True)
    assert "strategic investor" in desk.web("officer").get(r.get_absolute_url()).content.decode()
    html = desk.web("investor").get(r.get_absolute_url()).content.decode()
    assert "strategic investor" not in html
