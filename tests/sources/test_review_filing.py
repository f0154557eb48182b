"""How each kind of fact is filed: rankings, indicators, targets and commitments as reported
figures, a figure repeated by a second source, names matched without diacritics or legal forms,
and what Greenlane cannot file without the officer's help."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError

from greenlane.orgs.models import Position
from greenlane.promotion.models import Event
from greenlane.registry.models import Project, ReportedFigure
from greenlane.sources import filing, review
from greenlane.sources.filing.lookup import org_key, province
from greenlane.sources.models import Citation, Document
from tests.sources.test_review_fixtures import (  # noqa: F401  (fixtures)
    STOCK,
    TEXT,
    article,
    english,
    fact,
    make_fact,
)
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)


def accept(w: World, fact_: object) -> object:
    return review.accept(w.users["officer"], fact_)  # type: ignore[arg-type]


def test_a_ranking_is_filed_as_the_rank_of_an_origin_in_a_province(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    accept(w, fact("rank"))
    figure = ReportedFigure.objects.get()
    assert (figure.kind, figure.origin, figure.province) == ("ranking", w.japan, w.bac_ninh)
    assert (figure.rank, figure.rank_of) == (5, 42)


@pytest.mark.parametrize(("kind", "values", "expected"), [
    ("indicator", {"subject": "Thanh Hóa", "metric": "growth", "value": 10.24, "unit": "%",
                   "period": {"start": "2021", "end": "2025"}},
     {"label": "growth", "value": Decimal("10.24"), "unit": "%",
      "period_start": datetime.date(2021, 1, 1), "period_end": datetime.date(2025, 12, 31)}),
    ("target", {"subject": "Bắc Ninh", "metric": "engineers", "low": 5000, "high": 10000,
                "unit": "people", "year": 2030},
     {"value": Decimal("5000"), "value_high": Decimal("10000"),
      "period_end": datetime.date(2030, 12, 31)}),
    ("commitment", {"actor": "Bắc Ninh", "text": "A green lane for investors."},
     {"label": "A green lane for investors.", "value": None}),
])
def test_indicators_targets_and_commitments_are_filed_as_reported_figures(  # type: ignore[no-untyped-def]
        w: World, article, kind, values, expected) -> None:
    from greenlane.sources.models import Fact

    made = Fact.objects.create(document=article, kind=kind, data=values, evidence=STOCK)
    accept(w, made)
    figure = ReportedFigure.objects.get()
    assert figure.kind == kind and figure.province is not None
    for name, value in expected.items():
        assert getattr(figure, name) == value, name


def test_a_second_source_with_the_same_figure_adds_its_citation(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    accept(w, fact("stock"))
    other = Document.objects.create(title="Báo Đầu tư", text=TEXT,
                                    published=datetime.date(2025, 11, 26))
    accept(w, make_fact(other, "stock"))
    figure = ReportedFigure.objects.get()
    content_type = ContentType.objects.get_for_model(ReportedFigure)
    cited = Citation.objects.filter(content_type=content_type, object_id=figure.pk)
    assert {c.document_id for c in cited} == {figure.document_id, other.pk}


def test_another_figure_for_the_same_date_is_a_conflict(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    accept(w, fact("stock"))
    second = accept(w, fact("stock", projects=131))
    assert second.status == "conflict"  # type: ignore[attr-defined]
    assert ReportedFigure.objects.get().projects == 126


def test_a_figure_of_another_date_is_another_figure(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    accept(w, fact("stock"))
    accept(w, fact("stock", projects=120, as_of="2024-12-31"))
    assert sorted(ReportedFigure.objects.values_list("projects", flat=True)) == [120, 126]


def test_a_project_is_found_by_its_name_without_diacritics(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    project = Project.objects.create(name="Nhà máy Canon Quế Võ", province=w.bac_ninh,
                                     origin=w.japan)
    plan = filing.plan(fact("project", name="NHA MAY CANON QUE VO"))
    step = plan.step("project")
    assert step is not None and step.record == project
    assert [c.field for c in step.changes if c.state == "fill"] == ["capital", "investors"]


def test_an_unknown_investor_becomes_an_organisation(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    accept(w, fact("project", investor="Công ty TNHH Điện tử Samsung HCMC CE Complex"))
    investor = Project.objects.get().investors.get()
    assert investor.name == "Công ty TNHH Điện tử Samsung HCMC CE Complex"
    assert investor.country == w.japan


def test_a_persons_organisation_is_read_from_the_title_when_not_given(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    accept(w, fact("person", organisation=None))
    assert Position.objects.get().organisation.name == "Ủy ban nhân dân tỉnh Bắc Ninh"


def test_a_person_without_any_organisation_is_refused_with_a_clear_message(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match="organisation"):
        accept(w, fact("person", organisation=None, title="trưởng đoàn"))


def test_events_of_the_same_name_in_other_provinces_stay_apart(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    accept(w, fact("event", name="Hội nghị", place="Bắc Ninh"))
    accept(w, fact("event", name="Hội nghị", place="Quảng Ninh"))
    assert Event.objects.count() == 2


def test_an_unknown_country_code_is_a_problem_to_fix(w: World, fact) -> None:  # type: ignore[no-untyped-def]
    assert filing.plan(fact("stock", origin="ZZ")).problems


def test_names_are_compared_without_legal_forms_or_prefixes(w: World) -> None:
    assert org_key("Công ty Trách nhiệm hữu hạn Canon Việt Nam") == org_key("Canon Vietnam")
    assert org_key("Canon Vietnam Co., Ltd.") == org_key("Canon Việt Nam")
    assert province("tỉnh Bac Ninh") == w.bac_ninh and province("Bắc Giang") == w.bac_giang
