"""The statistics are computed once per registry state: the page's breakdown and totals share
one pass over the projects, later requests reuse it, and any change through the services, a
bulk load or a delete is seen at once."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from greenlane.core import services
from greenlane.registry import statistics
from greenlane.registry.models import Project
from greenlane.registry.statistics import StatQuery, breakdown, totals
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)

# The cache is never used inside a transaction, so these tests commit (transactional_db). With
# serialized rollback, as the other committing tests (backup, browser): the flush after each
# leaves the database for the next one to restore, not re-created with new content type ids.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def empty_cache() -> None:
    statistics.clear_cache()


def japanese(w: World, name: str, capital: str) -> Project:
    return services.create(
        services.Actor(name="test"),
        Project(name=name, kind="fdi", province=w.bac_ninh, origin=w.japan,
                capital=Decimal(capital), irc_date=datetime.date(2024, 1, 1)),
    )  # fmt: skip


def japan_capital() -> Decimal:
    return {r.key: r for r in breakdown(StatQuery(group="origin"))}["JP"].capital_usd


def project_scans(queries: list[dict[str, str]]) -> list[str]:
    """Queries that read the projects' capital: the aggregate passes."""
    return [q["sql"] for q in queries if "capital_usd" in q["sql"]]


def test_a_breakdown_and_its_totals_scan_the_projects_once(w: World) -> None:
    japanese(w, "Canon", "100")
    query = StatQuery(group="origin")
    with CaptureQueriesContext(connection) as first:
        breakdown(query)
        assert totals(query)["capital_usd"] == Decimal("100")
    assert len(project_scans(first.captured_queries)) == 1
    with CaptureQueriesContext(connection) as again:
        breakdown(query)
        totals(query)
    assert project_scans(again.captured_queries) == []


def test_an_edit_through_the_services_is_seen_at_once(w: World) -> None:
    project = japanese(w, "Canon", "100")
    assert japan_capital() == Decimal("100")
    services.update(services.Actor(name="test"), project, {"capital": Decimal("250")})
    assert japan_capital() == Decimal("250")


def test_a_new_project_and_a_delete_are_seen_at_once(w: World) -> None:
    japanese(w, "Canon", "100")
    assert japan_capital() == Decimal("100")
    extra = japanese(w, "Fuji", "50")
    assert japan_capital() == Decimal("150")
    services.delete(services.Actor(name="test"), extra)
    assert japan_capital() == Decimal("100")


def test_a_bulk_load_without_the_services_is_seen_at_once(w: World) -> None:
    japanese(w, "Canon", "100")
    assert japan_capital() == Decimal("100")
    Project.objects.bulk_create([Project(name="Bulk", province=w.bac_ninh, origin=w.japan,
                                         capital=Decimal("5"), capital_usd=Decimal("5"))])
    assert japan_capital() == Decimal("105")


def test_figures_read_inside_a_transaction_are_not_remembered(w: World) -> None:
    japanese(w, "Canon", "100")
    with transaction.atomic():
        Project.objects.filter(name="Canon").update(capital_usd=Decimal("999"))
        assert japan_capital() == Decimal("999")
        transaction.set_rollback(True)
    assert japan_capital() == Decimal("100")


def test_the_home_pages_figures_follow_the_registry(w: World) -> None:
    japanese(w, "Canon", "100")
    assert statistics.headline()["projects"] == 1
    japanese(w, "Fuji", "50")
    assert statistics.headline() == {"projects": 2, "capital_usd": Decimal("150"), "origins": 1}
