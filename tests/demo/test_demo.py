"""The demo data: loaded once per module (rolled back afterwards), checked against the seed
articles' headline figures."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from django.db import transaction
from django.test import Client, override_settings

from greenlane import demo
from greenlane.core.models import AuditEntry, User
from greenlane.orgs.models import Organisation
from greenlane.places.models import Country, Province
from greenlane.registry.models import Project
from greenlane.registry.statistics import StatQuery, breakdown, totals
from greenlane.sources.models import Document

BN = Decimal(10**9)


@pytest.fixture(scope="module")
def loaded(
    django_db_setup: None, django_db_blocker: object, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[demo.Summary, demo.Summary]]:
    """Load the demo twice inside one transaction that is rolled back at the end."""
    media: Path = tmp_path_factory.mktemp("media")
    unblock = django_db_blocker.unblock  # type: ignore[attr-defined]
    with unblock(), override_settings(MEDIA_ROOT=media), transaction.atomic():
        first = demo.load()
        second = demo.load()
        yield first, second
        transaction.set_rollback(True)


@pytest.fixture
def summaries(
    loaded: tuple[demo.Summary, demo.Summary], db: None
) -> tuple[demo.Summary, demo.Summary]:
    return loaded


def province(code: str) -> Province:
    return Province.objects.get(code=code)


def test_loading_twice_creates_nothing_the_second_time(summaries: tuple[demo.Summary, ...]) -> None:
    first, second = summaries
    assert not first.already_loaded
    assert second.already_loaded
    assert second.users_created == 0
    assert second.counts == first.counts
    assert first.counts["projects"] > 2000
    assert "already loaded" in second.describe()


def test_japan_ranks_fifth_of_42_origins_in_bac_ninh_with_126_projects_and_1_98_bn(
    summaries: object,
) -> None:
    rows = breakdown(StatQuery(group="origin", province=province("24")))
    ranked = [r for r in rows if r.rank]
    japan = next(r for r in ranked if r.key == "JP")
    assert len(ranked) == 42
    assert japan.rank == 5
    assert japan.projects == 126
    assert japan.capital_usd == Decimal("1.98") * BN
    assert [r.key for r in ranked[:4]] == ["KR", "CN", "HK", "SG"]


def test_bac_ninh_counts_the_projects_recorded_in_former_bac_giang(summaries: object) -> None:
    bac_giang = province("F24")
    assert bac_giang.successor == province("24")
    assert Project.objects.filter(province=bac_giang, irc_date__year=2023).exists()
    whole = totals(StatQuery(province=province("24")))
    former = totals(StatQuery(province=province("F27"), map="former"))
    assert whole["projects"] > former["projects"]


def test_thanh_hoa_has_180_projects_worth_15_6_bn_of_which_japan_holds_82_5_percent(
    summaries: object,
) -> None:
    thanh_hoa = province("38")
    assert totals(StatQuery(province=thanh_hoa)) == {
        "projects": 180,
        "capital_usd": Decimal("15.6") * BN,
    }
    japan = totals(StatQuery(province=thanh_hoa, origin=Country.objects.get(code="JP")))
    assert japan["capital_usd"] / (Decimal("15.6") * BN) == Decimal("0.825")
    assert Project.objects.filter(name="Nhà máy Lọc hóa dầu Nghi Sơn").exists()


def test_the_demo_users_exist_with_their_roles_and_organisations(summaries: object) -> None:
    for username, role, organisation in demo.DEMO_USERS:
        user = User.objects.get(username=username)
        assert user.role == role
        assert user.check_password("demo")
        if organisation:
            assert user.organisation is not None
            assert organisation in (user.organisation.name, user.organisation.short_name)
        else:
            assert user.organisation is None
    assert User.objects.get(username="admin").is_superuser


def test_every_seed_document_has_citations_quoting_its_text(summaries: object) -> None:
    # the seed articles; the demo corpus comes in through ingestion batches
    documents = Document.objects.filter(job__isnull=True)
    assert documents.count() == 3
    for document in documents:
        text = " ".join(document.text.split())
        citations = list(document.citations.all())
        assert citations, document.title
        for citation in citations:
            assert citation.quote in text


def test_seed_records_are_audited_as_the_demo_loader(summaries: object) -> None:
    canon = Organisation.objects.get(short_name="Canon Vietnam")
    assert canon.is_strategic
    entries = AuditEntry.objects.filter(object_id=str(canon.pk), actor="demo loader")
    assert entries.exists()
    project = Project.objects.get(name="Nhà máy Canon Quế Võ")
    assert project.adjustments.exists()
    assert AuditEntry.objects.filter(object_id=str(project.pk), action="update").exists()


def test_generate_projects_adds_the_asked_number_with_derived_fields_and_investors(
    summaries: object,
) -> None:
    from greenlane.demo.generate import generate_projects

    before = Project.objects.count()
    assert generate_projects(300, seed=3) == 300
    new = Project.objects.order_by("-pk")[:300]
    assert Project.objects.count() == before + 300
    assert all(p.capital_usd is not None and p.search for p in new)
    assert Project.objects.filter(pk__in=[p.pk for p in new], investors__isnull=False).exists()
    assert all(p.park is None or p.park.province_id == p.province_id for p in new)




@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/registry/projects/",
        "/registry/statistics/",
        "/registry/parks/",
        "/orgs/people/",
        "/sources/documents/",
    ],
)
def test_the_main_screens_render_with_demo_data(summaries: object, path: str) -> None:
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(username="officer"))
    response = client.get(path, follow=True)
    assert response.status_code == 200
