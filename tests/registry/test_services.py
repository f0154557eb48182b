"""Registry services: an adjustment is filed and applied to its project, both audited."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from greenlane.core.models import AuditEntry
from greenlane.registry import services
from greenlane.registry.models import Adjustment, Project
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)


@pytest.fixture
def project(w: World) -> Project:
    project = Project.objects.create(name="Canon Quế Võ", province=w.bac_ninh, origin=w.japan,
                                     capital=Decimal("1000"), currency="USD")
    project.investors.add(w.canon)
    return project


def file(w: World, project: Project, **fields: object) -> Adjustment:
    return services.record_adjustment(
        w.users["officer"], Adjustment(project=project, date=datetime.date(2024, 6, 1), **fields))


def test_a_capital_increase_raises_the_capital_and_writes_two_audit_rows(w, project) -> None:  # type: ignore[no-untyped-def]
    adjustment = file(w, project, kind="increase", amount=Decimal("500"), currency="USD")
    project.refresh_from_db()
    assert project.capital == Decimal("1500") and project.capital_usd == Decimal("1500.00")
    assert project.version == 2
    entries = AuditEntry.objects.filter(user=w.users["officer"])
    assert {(e.content_type.model, e.action) for e in entries} == {
        ("adjustment", "create"), ("project", "update")}
    update = entries.get(action="update")
    assert update.object_id == str(project.pk) and ("capital", "1000", "1500") in update.changes()
    assert entries.get(action="create").object_id == str(adjustment.pk)


def test_a_capital_increase_in_another_currency_is_converted_to_the_projects(w, project) -> None:  # type: ignore[no-untyped-def]
    file(w, project, kind="increase", amount=Decimal("1000000"), currency="JPY")
    project.refresh_from_db()
    assert project.capital == Decimal("1000") + Decimal("6600.00")


def test_a_capital_decrease_never_goes_below_zero(w, project) -> None:  # type: ignore[no-untyped-def]
    file(w, project, kind="decrease", amount=Decimal("5000"), currency="USD")
    project.refresh_from_db()
    assert project.capital == 0


def test_a_termination_ends_the_project(w, project) -> None:  # type: ignore[no-untyped-def]
    file(w, project, kind="termination", currency="USD")
    project.refresh_from_db()
    assert project.status == Project.Status.TERMINATED and not project.is_valid


def test_a_change_of_investor_adds_the_new_investor(w, project) -> None:  # type: ignore[no-untyped-def]
    file(w, project, kind="investor", new_investor=w.thk, currency="USD")
    assert set(project.investors.all()) == {w.canon, w.thk}


def test_a_capital_change_without_an_amount_is_refused_and_changes_nothing(w, project) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError):
        file(w, project, kind="increase", currency="USD")
    project.refresh_from_db()
    assert project.capital == Decimal("1000") and project.version == 1
    assert not Adjustment.objects.exists() and not AuditEntry.objects.exists()
