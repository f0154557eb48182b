"""The dossier's life through the services: submission, steps, return and resubmission,
refusal, completion; audit rows, date checks and optimistic locking."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from greenlane.core.models import AuditEntry, Notification
from greenlane.core.services import ConflictError
from greenlane.procedures import services
from greenlane.procedures.models import Dossier, DossierStep
from greenlane.registry.models import Project

D = dt.date


def audited(obj) -> list[str]:
    kind = ContentType.objects.get_for_model(type(obj))
    return list(AuditEntry.objects.filter(content_type=kind, object_id=str(obj.pk))
                .order_by("id").values_list("action", flat=True))


def active(dossier: Dossier) -> DossierStep:
    return dossier.steps.get(status=DossierStep.Status.ACTIVE)


def test_submitting_numbers_the_dossier_and_audits_it_and_each_step(procedure, file_dossier, w) -> None:
    first = file_dossier(procedure, w.canon)
    second = file_dossier(procedure, w.thk)
    assert (first.reference, second.reference) == ("CP-2026-0001", "CP-2026-0002")
    assert first.status == Dossier.Status.RECEIVED
    assert audited(first) == ["create"]
    assert all(audited(step) == ["create"] for step in first.steps.all())
    assert first.steps.count() == 3


def test_completing_each_step_starts_the_next_and_the_last_completes_the_dossier(
    procedure, file_dossier, w
) -> None:
    dossier = file_dossier(procedure, w.canon)
    officer = w.users["officer"]
    services.complete_step(officer, active(dossier), D(2026, 2, 11))
    second = active(dossier)
    assert (second.order, second.started, second.due) == (2, D(2026, 2, 11), D(2026, 2, 23))
    dossier.refresh_from_db()
    assert dossier.status == Dossier.Status.IN_PROGRESS
    services.complete_step(officer, second, D(2026, 2, 23))
    services.complete_step(officer, active(dossier), D(2026, 2, 24), note="Issued")
    dossier.refresh_from_db()
    assert (dossier.status, dossier.completed) == (Dossier.Status.COMPLETED, D(2026, 2, 24))
    assert set(dossier.steps.values_list("status", flat=True)) == {DossierStep.Status.DONE}
    assert Notification.objects.filter(user=w.users["investor"],
                                       subject__contains=dossier.reference).exists()


def test_a_returned_dossier_stops_the_clock_and_restarts_it_when_it_comes_back(
    procedure, file_dossier, w
) -> None:
    dossier = file_dossier(procedure, w.canon, green_lane=True)
    officer = w.users["officer"]
    dossier = services.return_for_completion(officer, dossier, D(2026, 2, 11), "Add the site plan")
    assert dossier.status == Dossier.Status.RETURNED
    assert dossier.steps.get(order=1).status == DossierStep.Status.PAUSED
    note = Notification.objects.get(user=w.users["investor"])
    assert "returned for completion" in note.subject and note.body == "Add the site plan"
    assert not Notification.objects.filter(user=w.users["investor2"]).exists()
    dossier = services.resubmit(officer, dossier, D(2026, 2, 23))
    assert (dossier.submitted, dossier.status) == (D(2026, 2, 23), Dossier.Status.IN_PROGRESS)
    assert dossier.target_due == D(2026, 3, 9)  # 10 working days from Monday 23 February
    step = dossier.steps.get(order=1)
    assert (step.status, step.started, step.due) == ("active", D(2026, 2, 23), D(2026, 2, 24))


def test_returning_needs_a_reason_and_refusing_needs_reasons(procedure, file_dossier, w) -> None:
    dossier = file_dossier(procedure, w.canon)
    with pytest.raises(ValidationError):
        services.return_for_completion(w.users["officer"], dossier, D(2026, 2, 11), " ")
    with pytest.raises(ValidationError):
        services.reject_dossier(w.users["officer"], dossier, D(2026, 2, 11), "")


def test_a_refused_dossier_closes_its_open_steps_and_accepts_no_more_actions(
    procedure, file_dossier, w
) -> None:
    dossier = file_dossier(procedure, w.canon)
    dossier = services.reject_dossier(w.users["officer"], dossier, D(2026, 2, 12), "Wrong site")
    assert (dossier.status, dossier.completed) == (Dossier.Status.REJECTED, D(2026, 2, 12))
    assert set(dossier.steps.values_list("status", flat=True)) == {DossierStep.Status.CLOSED}
    with pytest.raises(ValidationError, match="refused"):
        services.complete_dossier(w.users["officer"], dossier, D(2026, 2, 13))


def test_completing_the_dossier_ends_every_open_step_that_day(procedure, file_dossier, w) -> None:
    dossier = file_dossier(procedure, w.canon)
    dossier = services.complete_dossier(w.users["officer"], dossier, D(2026, 2, 13), "Issued")
    assert dossier.status == Dossier.Status.COMPLETED
    assert list(dossier.steps.values_list("done", flat=True)) == [D(2026, 2, 13)] * 3


@pytest.mark.parametrize("when", [D(2026, 2, 9), D(2999, 1, 1)])
def test_a_step_cannot_be_done_before_it_started_or_in_the_future(
    procedure, file_dossier, w, when: dt.date
) -> None:
    dossier = file_dossier(procedure, w.canon)
    with pytest.raises(ValidationError):
        services.complete_step(w.users["officer"], active(dossier), when)
    assert active(dossier).done is None


def test_only_a_step_under_way_can_be_completed_and_only_a_waiting_one_started(
    procedure, file_dossier, w
) -> None:
    dossier = file_dossier(procedure, w.canon)
    waiting = dossier.steps.get(order=3)
    with pytest.raises(ValidationError):
        services.complete_step(w.users["officer"], waiting, D(2026, 2, 11))
    started = services.start_step(w.users["officer"], waiting, D(2026, 2, 11))
    assert (started.status, started.due) == ("active", D(2026, 2, 12))
    with pytest.raises(ValidationError):
        services.start_step(w.users["officer"], started, D(2026, 2, 11))


def test_a_dossier_cannot_name_a_project_of_another_investor(procedure, file_dossier, w) -> None:
    project = Project.objects.create(name="Nhà máy THK", province=w.bac_ninh)
    project.investors.add(w.thk)
    with pytest.raises(ValidationError):
        file_dossier(procedure, w.canon, project=project)
    assert not Dossier.objects.exists()


def test_a_stale_step_is_refused_and_the_first_change_kept(procedure, file_dossier, w) -> None:
    dossier = file_dossier(procedure, w.canon)
    mine, theirs = active(dossier), active(dossier)
    services.complete_step(w.users["officer"], theirs, D(2026, 2, 11), note="theirs")
    with pytest.raises(ConflictError):
        services.complete_step(w.users["taskforce"], mine, D(2026, 2, 12), note="mine")
    assert dossier.steps.get(order=1).note == "theirs"


def test_a_stale_dossier_action_is_refused(procedure, file_dossier, w) -> None:
    dossier = file_dossier(procedure, w.canon)
    stale = Dossier.objects.get(pk=dossier.pk)
    services.update_dossier(w.users["officer"], dossier, {"note": "first"})
    with pytest.raises(ConflictError):
        services.return_for_completion(w.users["officer"], stale, D(2026, 2, 11), "late")
    with pytest.raises(ConflictError):
        services.update_dossier(w.users["officer"], stale, {"note": "second"})
    dossier.refresh_from_db()
    assert (dossier.note, dossier.status) == ("first", Dossier.Status.RECEIVED)


def test_switching_to_the_green_lane_recomputes_the_target_and_the_running_step(
    procedure, file_dossier, w
) -> None:
    dossier = file_dossier(procedure, w.canon)
    services.complete_step(w.users["officer"], active(dossier), D(2026, 2, 11))
    dossier.refresh_from_db()
    dossier = services.update_dossier(w.users["officer"], dossier, {"green_lane": True})
    assert dossier.target_due == D(2026, 3, 3)
    running = active(dossier)
    assert (running.days, running.due) == (2, D(2026, 2, 13))
    assert dossier.steps.get(order=3).days == 1


def test_the_filed_fields_cannot_be_changed_through_the_edit_service(
    procedure, file_dossier, w
) -> None:
    dossier = file_dossier(procedure, w.canon)
    with pytest.raises(ValidationError):
        services.update_dossier(w.users["officer"], dossier, {"organisation": w.thk})
