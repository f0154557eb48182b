from decimal import Decimal

import pytest

from greenlane.core import services
from greenlane.core.models import AuditEntry
from greenlane.core.text import fold
from greenlane.places.models import Province
from greenlane.registry.models import Project


@pytest.fixture
def project(users):  # type: ignore[no-untyped-def]
    province = Province.objects.get(name="Bắc Ninh", is_current=True)
    return services.create(
        users["officer"],
        Project(name="Canon Bắc Ninh", province=province, capital=Decimal("100"), currency="USD"),
    )


def test_folding_finds_vietnamese_without_diacritics() -> None:
    assert fold("Bắc Ninh") == "bac ninh"
    assert fold("ĐỒNG NAI") == "dong nai"


def test_a_create_writes_an_audit_row_with_the_after_state(project, users) -> None:  # type: ignore[no-untyped-def]
    entry = AuditEntry.objects.get(object_id=str(project.pk), action="create")
    assert entry.user == users["officer"]
    assert entry.before is None and entry.after["name"] == "Canon Bắc Ninh"


def test_an_update_records_before_and_after_and_bumps_the_version(project, users) -> None:  # type: ignore[no-untyped-def]
    services.update(users["officer"], project, {"capital": Decimal("250")}, reason="IRC amended")
    project.refresh_from_db()
    assert project.version == 2 and project.capital_usd == Decimal("250.00")
    entry = AuditEntry.objects.get(object_id=str(project.pk), action="update")
    assert ("capital", "100", "250") in entry.changes()
    assert entry.reason == "IRC amended"


def test_an_edit_that_raced_another_is_refused_not_lost(project, users) -> None:  # type: ignore[no-untyped-def]
    stale = Project.objects.get(pk=project.pk)
    services.update(users["officer"], project, {"capital": Decimal("300")})
    with pytest.raises(services.ConflictError):
        services.update(users["admin"], stale, {"capital": Decimal("999")}, expected_version=1)
    project.refresh_from_db()
    assert project.capital == Decimal("300")


def test_an_invalid_change_is_refused_and_changes_nothing(project, users) -> None:  # type: ignore[no-untyped-def]
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.update(users["officer"], project, {"capital": Decimal("-5")})
    project.refresh_from_db()
    assert project.capital == Decimal("100") and project.version == 1
