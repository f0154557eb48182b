"""The review queue over the API: facts/<id>/accept|edit|reject|reopen/, with the version the
client read (409 when stale), 400 for what cannot be filed, and nothing for other roles."""

from __future__ import annotations

import pytest

from greenlane.registry.models import Project, ReportedFigure
from greenlane.sources import review
from greenlane.sources.models import Fact
from tests.registry.test_reported_routes import reported_routes  # noqa: F401  (fixture)
from tests.sources.test_review_fixtures import article, english, fact  # noqa: F401  (fixtures)
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)


@pytest.fixture(autouse=True)
def routes(reported_routes: None) -> None:
    """Record links to reported figures resolve (see tests/registry/test_reported_routes.py)."""


def url(fact: Fact, decision: str) -> str:
    return f"/api/facts/{fact.pk}/{decision}/"


def test_accept_files_the_fact_and_answers_with_its_record(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    response = w.api("officer").post(url(stock, "accept"), {"version": 1}, format="json")
    assert response.status_code == 200, response.data
    figure = ReportedFigure.objects.get()
    assert response.data["status"] == "accepted"
    assert response.data["record"]["id"] == figure.pk
    assert response.data["record"]["model"] == "registry.reportedfigure"


def test_edit_keeps_both_versions_and_accept_files_the_edited_one(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    edited = w.api("officer").post(url(stock, "edit"), {
        "version": 1, "values": {**stock.data, "projects": 128}, "reason": "checked"},
        format="json")
    assert edited.status_code == 200 and edited.data["edited"]["projects"] == 128
    assert edited.data["data"]["projects"] == 126
    accepted = w.api("officer").post(url(stock, "accept"), {"version": 2}, format="json")
    assert accepted.status_code == 200 and ReportedFigure.objects.get().projects == 128


def test_a_stale_version_answers_409(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    review.reject(w.users["admin"], stock)
    response = w.api("officer").post(url(stock, "accept"), {"version": 1}, format="json")
    assert response.status_code == 409 and response.data["current_version"] == 2


def test_bad_values_answer_400_naming_the_field(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    response = w.api("officer").post(url(stock, "accept"), {
        "version": 1, "values": {**stock.data, "origin": "Japan"}}, format="json")
    assert response.status_code == 400 and "origin" in response.data
    assert not ReportedFigure.objects.exists()


def test_a_conflict_is_reported_and_resolved_over_the_api(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    review.accept(w.users["officer"], fact("project"))
    again = fact("project_again")
    client = w.api("officer")
    first = client.post(url(again, "accept"), {"version": 1}, format="json")
    assert first.status_code == 200 and first.data["status"] == "conflict"
    assert first.data["conflicts"][0]["field"] == "capital"
    resolved = client.post(url(again, "accept"), {
        "version": 2, "resolution": "overwrite", "reason": "licence adjusted"}, format="json")
    assert resolved.status_code == 200 and resolved.data["status"] == "accepted"
    assert Project.objects.get().capital == 150000000


def test_accepting_twice_answers_400(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = review.accept(w.users["officer"], fact("stock"))
    response = w.api("officer").post(url(stock, "accept"), {"version": stock.version},
                                     format="json")
    assert response.status_code == 400 and ReportedFigure.objects.count() == 1


@pytest.mark.parametrize("role", [None, "leader", "taskforce", "investor", "investor2"])
@pytest.mark.parametrize("decision", ["accept", "edit", "reject", "reopen"])
def test_only_editors_decide(w: World, fact, role: str | None, decision: str) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    response = w.api(role).post(url(stock, decision), {"version": 1, "values": stock.data},
                                format="json")
    assert response.status_code in ((401, 403) if role is None else (403,))
    assert Fact.objects.get(pk=stock.pk).version == 1


def test_a_fact_that_does_not_exist_answers_404(w: World) -> None:
    response = w.api("officer").post("/api/facts/999999/accept/", {"version": 1}, format="json")
    assert response.status_code == 404
