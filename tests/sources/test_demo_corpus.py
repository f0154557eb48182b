"""The demo corpus: written for the demo, ingested once, alive with facts of every main kind and
one figure that disagrees with the registry's demo data."""

from __future__ import annotations

from collections import Counter

import pytest

from greenlane.sources import demo
from greenlane.sources.models import Document, Fact, IngestJob

pytestmark = pytest.mark.django_db


def test_the_corpus_has_four_vietnamese_two_french_two_english_and_two_japanese_articles() -> None:
    assert sorted(p.name for p in demo.CORPUS.iterdir()) == sorted(demo.FILES)
    demo.load()
    assert Counter(Document.objects.values_list("language", flat=True)) == {
        "vi": 4, "fr": 2, "en": 2, "ja": 2}
    assert all(d.published and d.publisher for d in Document.objects.all())


def test_loading_twice_creates_nothing_the_second_time() -> None:
    demo.load()
    first = demo.counts()
    demo.load()
    assert demo.counts() == first == {"ingestion batches": 1, "extracted facts": first["extracted facts"]}
    assert IngestJob.objects.get().failed == 0


def test_every_article_gives_facts_and_every_main_kind_is_there() -> None:
    demo.load()
    for document in Document.objects.filter(duplicate_of__isnull=True):
        assert document.facts.exists(), document.title
    kinds = set(Fact.objects.values_list("kind", flat=True))
    assert {"investment", "project", "person", "event", "target", "ranking"} <= kinds


def test_the_french_translation_is_linked_to_its_vietnamese_original() -> None:
    demo.load()
    translation = Document.objects.get(title__startswith="Hai Phong attire")
    assert translation.duplicate_of.title.startswith("Hải Phòng thu hút")
    assert translation.merged_facts.count() >= 5 and not translation.facts.exists()


def test_one_article_reports_a_japanese_project_count_in_bac_ninh_other_than_the_registrys_126() -> None:
    demo.load()
    stock = Fact.objects.get(kind="investment", data__destination="Bắc Ninh", data__origin="JP",
                             data__measure="stock")
    assert stock.data["projects"] == 131
