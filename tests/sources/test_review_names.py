"""Names checked before filing: agencies typed as agencies, names the extractor cut short
completed from their sentence (or sent back to the officer), and pieces of Japanese sentences
refused as names."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from greenlane.orgs.models import Organisation
from greenlane.sources import filing, review
from greenlane.sources.filing.names import completed, organisation_kind, sentence_piece
from greenlane.sources.models import Document, Fact
from tests.sources.test_review_fixtures import english  # noqa: F401  (fixture)
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)

FINANCE = ("Giám đốc Sở Tài chính tỉnh Bắc Ninh Nguyễn Văn An cho biết tỉnh sẽ hỗ trợ các "
           "doanh nghiệp Nhật Bản.")
ZONE = "Ban Quản lý Khu kinh tế Vân Phong đầu tư dự án Cảng Nam Vân Phong, vốn 50 triệu USD."
JAPANESE = "同社はベトナムでの生産拡大を掲げている。"


def fact_of(evidence: str, kind: str, **data: object) -> Fact:
    document = Document.objects.create(title="Tin tức", language="vi", text=evidence,
                                       published=datetime.date(2025, 11, 26))
    return Fact.objects.create(document=document, kind=kind, data=data, evidence=evidence,
                               start=0, end=len(evidence))


@pytest.mark.parametrize(("name", "kind"), [
    ("Ủy ban nhân dân tỉnh Bắc Ninh", "agency"),
    ("Sở Kế hoạch và Đầu tư", "agency"),
    ("Ban Quản lý các Khu công nghiệp Bắc Ninh", "agency"),
    ("Bộ Công Thương", "agency"),
    ("Ministry of Planning and Investment", "agency"),
    ("経済産業省", "agency"),
    ("Đại sứ quán Nhật Bản", "embassy"),
    ("在ベトナム日本国大使館", "embassy"),
    ("Công ty TNHH Canon Việt Nam", "company"),
    ("Công ty Phát Tài", "company"),
])
def test_an_organisation_is_typed_by_what_its_name_says(name: str, kind: str) -> None:
    assert organisation_kind(name) == kind


def test_a_name_cut_short_is_completed_from_its_sentence(w: World) -> None:
    assert completed("Sở Tài", FINANCE) == "Sở Tài chính tỉnh Bắc Ninh"
    assert completed("Ban Quản lý Khu", ZONE) == "Ban Quản lý Khu kinh tế Vân Phong"
    assert completed("Sở Tài", "Sở Tài") is None
    assert completed("Sở Tài", "Đại diện Sở Tài phát biểu.") is None
    assert completed("Công ty Phát Tài", "Công ty Phát Tài đầu tư") == "Công ty Phát Tài"


def test_pieces_of_japanese_sentences_are_not_names() -> None:
    assert sentence_piece("を掲げている。") and sentence_piece("となっている。")
    assert sentence_piece("同社は生産拡大を掲げている。")
    assert not sentence_piece("キヤノン") and not sentence_piece("日本貿易振興機構")


def test_a_person_of_an_agency_cut_short_is_filed_under_its_full_name_as_an_agency(w: World) -> None:
    fact = fact_of(FINANCE, "person", name="Nguyễn Văn An", title="Giám đốc",
                   organisation="Sở Tài")
    review.accept(w.users["officer"], fact)
    org = Organisation.objects.get(name="Sở Tài chính tỉnh Bắc Ninh")
    assert org.kind == Organisation.Kind.AGENCY
    assert not Organisation.objects.filter(name="Sở Tài").exists()


def test_a_project_investor_that_is_an_agency_is_not_filed_as_a_company(w: World) -> None:
    fact = fact_of(ZONE, "project", name="Cảng Nam Vân Phong", investor="Ban Quản lý Khu",
                   location="Bắc Ninh", amount={"value": 50000000, "currency": "USD"})
    plan = filing.plan(fact)
    step = plan.step("investor")
    assert step is not None and step.is_new
    assert step.fields["name"] == "Ban Quản lý Khu kinh tế Vân Phong"
    assert step.fields["kind"] == Organisation.Kind.AGENCY


def test_a_name_that_cannot_be_completed_goes_back_to_the_officer_and_nothing_is_filed(w: World) -> None:
    fact = fact_of("Đại diện Sở Tài phát biểu.", "person", name="Nguyễn Văn An",
                   title="Giám đốc", organisation="Sở Tài")
    before = Organisation.objects.count()
    with pytest.raises(ValidationError, match="cut short"):
        review.accept(w.users["officer"], fact)
    assert Organisation.objects.count() == before


def test_a_sentence_piece_as_a_name_is_refused_with_a_message_on_the_edit_form(w: World) -> None:
    fact = fact_of(JAPANESE, "person", name="を掲げている。", title="社長",
                   organisation="キヤノン株式会社")
    before = Organisation.objects.count()
    client = w.web("officer")
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    data = {"name": "を掲げている。", "title": "社長", "organisation": "キヤノン株式会社",
            "action": "accept", "version": fact.version}
    response = client.post(reverse("review:fact", args=[fact.pk]), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "is a piece of a sentence, not a name" in html and 'id="decide"' in html
    fact.refresh_from_db()
    assert fact.status == Fact.Status.PENDING
    assert Organisation.objects.count() == before
