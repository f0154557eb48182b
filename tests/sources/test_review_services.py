"""The review services: accepting files a fact into the registry with a citation of its sentence,
editing keeps both versions, a disagreement with the registry waits for the officer's choice,
and every change is audited and refused on a stale version."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from greenlane.core.models import AuditEntry
from greenlane.core.services import ConflictError
from greenlane.orgs.models import Person, Position
from greenlane.promotion.models import Event
from greenlane.registry.models import Project, ReportedFigure
from greenlane.sources import review
from greenlane.sources.models import Citation, Fact
from tests.sources.test_review_fixtures import (  # noqa: F401  (fixtures)
    PROJECT_AGAIN,
    STOCK,
    article,
    english,
    fact,
)
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)


def citations(record: object) -> list[Citation]:
    content_type = ContentType.objects.get_for_model(type(record))
    return list(Citation.objects.filter(content_type=content_type, object_id=record.pk))  # type: ignore[attr-defined]


def audited(record: object, action: str) -> list[AuditEntry]:
    content_type = ContentType.objects.get_for_model(type(record))
    return list(AuditEntry.objects.filter(content_type=content_type, action=action,
                                          object_id=str(record.pk)))  # type: ignore[attr-defined]


def test_accepting_a_stock_figure_files_a_reported_figure_citing_the_sentence(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    review.accept(w.users["officer"], stock)
    figure = ReportedFigure.objects.get()
    assert (figure.kind, figure.measure, figure.category) == ("investment", "stock", "fdi")
    assert figure.province == w.bac_ninh and figure.origin == w.japan
    assert figure.projects == 126 and figure.amount == Decimal("1980000000")
    assert figure.qualifier == "approx" and figure.as_of == datetime.date(2025, 11, 26)
    assert figure.document == stock.document and figure.quote == STOCK
    assert [c.quote for c in citations(figure)] == [STOCK]
    stock.refresh_from_db()
    assert stock.status == "accepted" and stock.record == figure
    assert stock.reviewed_by == w.users["officer"] and stock.reviewed is not None
    assert audited(figure, "create")[0].user == w.users["officer"]
    change = audited(stock, "update")[0]
    assert ("status", "pending", "accepted") in change.changes()


def test_an_edit_keeps_the_extractors_values_beside_the_officers(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    values = {**stock.data, "projects": 127}
    review.edit(w.users["officer"], stock, values, reason="the article's table says 127")
    review.accept(w.users["officer"], stock)
    stock.refresh_from_db()
    assert stock.data["projects"] == 126 and stock.edited["projects"] == 127
    assert ReportedFigure.objects.get().projects == 127
    assert audited(stock, "update")[-1].reason == "the article's table says 127"


def test_values_sent_with_accept_are_kept_as_the_officers_version(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    review.accept(w.users["officer"], stock, values={**stock.data, "projects": 125})
    assert stock.data["projects"] == 126 and stock.edited["projects"] == 125
    assert ReportedFigure.objects.get().projects == 125


def test_a_rejected_fact_files_nothing_and_keeps_the_reason(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    review.reject(w.users["officer"], stock, reason="an old figure")
    stock.refresh_from_db()
    assert stock.status == "rejected" and stock.note == "an old figure"
    assert not ReportedFigure.objects.exists() and not Citation.objects.exists()
    assert audited(stock, "update")[0].reason == "an old figure"
    with pytest.raises(ValidationError, match="reopen"):
        review.accept(w.users["officer"], stock)


def test_a_fact_cannot_be_accepted_twice(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    review.accept(w.users["officer"], stock)
    with pytest.raises(ValidationError, match="already been accepted"):
        review.accept(w.users["officer"], stock)
    with pytest.raises(ValidationError, match="already been accepted"):
        review.reopen(w.users["officer"], stock)
    assert ReportedFigure.objects.count() == 1 and Citation.objects.count() == 1


def test_a_stale_version_is_refused_and_changes_nothing(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    seen = Fact.objects.get(pk=stock.pk)  # another officer's page, loaded at version 1
    review.edit(w.users["officer"], stock, {**stock.data, "projects": 120})
    with pytest.raises(ConflictError) as refused:
        review.accept(w.users["admin"], seen)
    assert (refused.value.expected, refused.value.current) == (1, 2)
    with pytest.raises(ConflictError):
        review.reject(w.users["admin"], stock, expected_version=1)
    assert not ReportedFigure.objects.exists()
    assert Fact.objects.get(pk=stock.pk).status == "pending"


def test_a_project_fact_creates_the_project_and_its_investor(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    first = review.accept(w.users["officer"], fact("project"))
    project = Project.objects.get()
    assert first.record == project and project.name == "Nhà máy Canon Quế Võ"
    assert project.province == w.bac_ninh and project.origin == w.japan
    assert project.capital == Decimal("120000000") and project.kind == "fdi"
    assert list(project.investors.all()) == [w.canon]  # "Canon Vietnam", already known
    assert len(citations(project)) == 1


def test_a_differing_capital_is_a_conflict_and_the_registry_waits_for_the_officer(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    review.accept(w.users["officer"], fact("project"))
    project = Project.objects.get()
    second = review.accept(w.users["officer"], fact("project_again"))
    assert second.status == "conflict" and second.record == project
    project.refresh_from_db()
    assert project.capital == Decimal("120000000") and project.version == 1
    with pytest.raises(ValidationError, match="reason"):
        review.accept(w.users["officer"], second, resolution="overwrite")
    review.accept(w.users["officer"], second, resolution="overwrite",
                  reason="the licence was adjusted in 2025")
    project.refresh_from_db()
    assert project.capital == Decimal("150000000")
    assert audited(project, "update")[0].reason == "the licence was adjusted in 2025"
    assert [c.field for c in citations(project) if c.quote == PROJECT_AGAIN] == ["capital"]


def test_keeping_the_registrys_value_rejects_the_fact_and_changes_nothing(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    review.accept(w.users["officer"], fact("project"))
    second = review.accept(w.users["officer"], fact("project_again"))
    review.accept(w.users["officer"], second, resolution="keep", reason="the press is wrong")
    assert second.status == "rejected" and second.note == "the press is wrong"
    project = Project.objects.get()
    assert project.capital == Decimal("120000000") and project.version == 1
    assert not any(c.quote == PROJECT_AGAIN for c in citations(project))


def test_a_person_fact_files_the_person_and_their_position(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    accepted = review.accept(w.users["officer"], fact("person"))
    person = Person.objects.get()
    position = Position.objects.get()
    assert accepted.record == person and person.full_name == "Phan Thế Tuấn"
    assert position.person == person and position.title.startswith("Phó Chủ tịch")
    assert position.organisation.name == "Ủy ban nhân dân tỉnh Bắc Ninh"
    assert position.organisation.kind == "agency"
    assert citations(person) and citations(position)


def test_the_same_person_without_diacritics_is_found_and_another_title_is_a_conflict(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    review.accept(w.users["officer"], fact("person"))
    again = review.accept(w.users["officer"], fact(
        "person", name="Phan The Tuan", title="Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh"))
    assert again.status == "conflict"
    assert Person.objects.count() == 1 and Position.objects.get().title.startswith("Phó")


def test_an_event_fact_files_an_event(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    accepted = review.accept(w.users["officer"], fact("event"))
    event = Event.objects.get()
    assert accepted.record == event and event.type == "forum"
    assert event.start == datetime.date(2025, 11, 25) and event.end is None
    assert event.province is not None and event.province.name == "Quảng Ninh"
    assert citations(event)


def test_a_fact_without_what_its_record_needs_is_refused_with_a_clear_message(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    orphan = fact("project", location=None, name="Dự án Mới")
    with pytest.raises(ValidationError, match="province"):
        review.accept(w.users["officer"], orphan)
    assert Fact.objects.get(pk=orphan.pk).status == "pending" and not Project.objects.exists()


def test_reopening_a_rejected_fact_puts_it_back_in_the_queue(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    stock = fact("stock")
    review.reject(w.users["officer"], stock, reason="by mistake")
    review.reopen(w.users["officer"], stock)
    assert stock.status == "pending" and stock.reviewed_by is None
    review.accept(w.users["officer"], stock)
    assert stock.status == "accepted"


def test_rejecting_many_leaves_the_accepted_ones_alone(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    accepted = review.accept(w.users["officer"], fact("stock"))
    others = [fact("rank"), fact("event")]
    done, skipped = review.reject_many(w.users["officer"], [accepted, *others], "not relevant")
    assert (done, skipped) == (2, 1)
    assert Fact.objects.get(pk=accepted.pk).status == "accepted"
    assert set(Fact.objects.filter(status="rejected").values_list("pk", flat=True)) == {
        f.pk for f in others}
