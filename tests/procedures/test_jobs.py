"""The overdue alert job: who is told, when it escalates, and that running it again sends
nothing new."""

from __future__ import annotations

import datetime as dt

from greenlane.core.models import AuditEntry, Notification, User
from greenlane.core.periodic import run
from greenlane.procedures import services
from greenlane.procedures.jobs import alert_overdue
from greenlane.procedures.models import DossierStep

D = dt.date


def told(name: str, w) -> list[str]:
    return list(Notification.objects.filter(user=w.users[name]).values_list("subject", flat=True))


def test_a_step_due_today_alerts_the_agency_users_and_the_officers_once(
    procedure, file_dossier, agency, w
) -> None:
    clerk = User.objects.create_user("clerk", role="taskforce", organisation=agency)
    dossier = file_dossier(procedure, w.canon)  # step 1 due on Wednesday 11 February
    assert alert_overdue(D(2026, 2, 10)) == "0 steps alerted, 0 escalated"
    assert alert_overdue(D(2026, 2, 11)) == "1 steps alerted, 0 escalated"
    subjects = list(Notification.objects.filter(user=clerk).values_list("subject", flat=True))
    assert subjects == [f"Due today: {dossier.reference}, step “Bước 1”"]
    assert len(told("officer", w)) == 1
    assert told("taskforce", w) == told("leader", w) == told("investor", w) == []
    assert alert_overdue(D(2026, 2, 11)) == "0 steps alerted, 0 escalated"
    assert Notification.objects.count() == 2
    step = dossier.steps.get(order=1)
    assert (step.alerted, step.version) == (DossierStep.Alert.AGENCY, 1)  # no form goes stale
    assert AuditEntry.objects.filter(object_id=str(step.pk), actor="overdue alert job").exists()


def test_a_step_overdue_by_more_than_the_limit_escalates_to_task_force_and_leaders(
    settings, procedure, file_dossier, w
) -> None:
    settings.GREEN_LANE_ESCALATE_AFTER = 2
    file_dossier(procedure, w.canon)
    alert_overdue(D(2026, 2, 12))  # one working day late: level 1
    assert alert_overdue(D(2026, 2, 13)) == "0 steps alerted, 0 escalated"  # two: still level 1
    # Tết does not count: on Monday 23 February the step is three working days late.
    assert alert_overdue(D(2026, 2, 23)) == "1 steps alerted, 1 escalated"
    assert [s.split(":")[0] for s in told("leader", w)] == ["Escalated"]
    assert len(told("taskforce", w)) == 1 and len(told("officer", w)) == 2
    assert DossierStep.objects.get(order=1).alerted == DossierStep.Alert.ESCALATED
    assert alert_overdue(D(2026, 3, 30)) == "0 steps alerted, 0 escalated"


def test_paused_done_and_closed_steps_raise_no_alert(procedure, file_dossier, w) -> None:
    returned = file_dossier(procedure, w.canon)
    services.return_for_completion(w.users["officer"], returned, D(2026, 2, 10), "Add a map")
    refused = file_dossier(procedure, w.thk)
    services.reject_dossier(w.users["officer"], refused, D(2026, 2, 10), "No")
    Notification.objects.all().delete()
    assert alert_overdue(D(2026, 3, 30)) == "0 steps alerted, 0 escalated"
    assert not Notification.objects.exists()


def test_a_resubmitted_dossier_can_be_alerted_again(procedure, file_dossier, w) -> None:
    dossier = file_dossier(procedure, w.canon)
    alert_overdue(D(2026, 2, 11))
    dossier = services.return_for_completion(w.users["officer"], dossier, D(2026, 2, 11), "Map")
    services.resubmit(w.users["officer"], dossier, D(2026, 2, 23))
    assert alert_overdue(D(2026, 2, 24)) == "1 steps alerted, 0 escalated"


def test_the_periodic_runner_finds_the_job_by_its_configured_path(procedure, file_dossier, w) -> None:
    file_dossier(procedure, w.canon, submitted=D(2026, 2, 10))
    assert run("greenlane.procedures.jobs.alert_overdue").endswith("escalated")
    assert DossierStep.objects.get(order=1).alerted == DossierStep.Alert.ESCALATED
