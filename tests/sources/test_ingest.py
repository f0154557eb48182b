"""Ingestion services: each document stored once, facts filed once per story, bad files reported
per file while the others go through, progress saved as the batch goes."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import translation

from greenlane.core.models import AuditEntry
from greenlane.sources import ingest
from greenlane.sources.models import Document, Fact, IngestJob
from tests.sources.conftest import (
    BAC_NINH_VI,
    DA_NANG_EN,
    HAI_PHONG_FR,
    HAI_PHONG_VI,
    from_corpus,
    incoming,
    ingest_now,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english() -> Any:
    """Services speak the active language (Vietnamese by default); these tests read English."""
    with translation.override("en"):
        yield

ARTICLE = (
    "Nghệ An thu hút 520 triệu USD vốn FDI\n\n"
    "Trong quý III/2024, tỉnh Nghệ An thu hút 12 dự án FDI mới với tổng vốn đăng ký khoảng "
    "520 triệu USD.\n\n"
    "Lũy kế đến ngày 30/9/2024, Nghệ An có 180 dự án FDI còn hiệu lực với tổng vốn đăng ký "
    "4,2 tỷ USD.\n"
)


def test_the_same_bytes_twice_make_one_document_and_the_second_batch_counts_a_duplicate() -> None:
    first = ingest_now(incoming("a.txt", ARTICLE))
    second = ingest_now(incoming("copy-with-another-name.txt", ARTICLE))
    assert Document.objects.count() == 1
    assert (first.created_documents, first.duplicates) == (1, 0)
    assert (second.created_documents, second.duplicates, second.failed) == (0, 1, 0)
    entry = second.report[0]
    assert entry["outcome"] == "duplicate"
    assert entry["document"] == Document.objects.get().pk


def test_the_same_file_twice_in_one_batch_is_stored_once() -> None:
    job = ingest_now(incoming("a.txt", ARTICLE), incoming("b.txt", ARTICLE))
    assert Document.objects.count() == 1
    assert (job.created_documents, job.duplicates, job.processed, job.total) == (1, 1, 2, 2)


def test_ingesting_again_changes_nothing_no_facts_no_audit_rows() -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI, DA_NANG_EN))
    facts, audit = Fact.objects.count(), AuditEntry.objects.count()
    versions = dict(Document.objects.values_list("pk", "version"))
    again = ingest_now(*from_corpus(HAI_PHONG_VI, DA_NANG_EN))
    assert facts > 0
    assert Fact.objects.count() == facts
    assert AuditEntry.objects.count() == audit
    assert dict(Document.objects.values_list("pk", "version")) == versions
    assert (again.duplicates, again.facts, again.status) == (2, 0, "done")


def test_a_stored_document_gets_the_extractors_title_language_date_text_and_facts() -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI), publisher="Tạp chí thử")
    document = Document.objects.get()
    assert document.title == "Hải Phòng thu hút 2,1 tỷ USD vốn FDI trong 9 tháng"
    assert (document.language, document.published.isoformat()) == ("vi", "2025-10-06")
    assert document.publisher == "Tạp chí thử"
    assert document.content_hash and document.file and document.extracted
    stock = Fact.objects.get(document=document, kind="investment", data__projects=1150)
    assert stock.data["amount"] == {"value": 32500000000, "currency": "USD", "qualifier": "exact"}
    assert "evidence" not in stock.data and "kind" not in stock.data
    assert stock.status == Fact.Status.PENDING


def test_each_facts_offsets_locate_its_evidence_in_the_stored_text() -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI, DA_NANG_EN))
    for fact in Fact.objects.select_related("document"):
        assert fact.document.text[fact.start : fact.end] == fact.evidence


def test_documents_and_facts_are_audited_under_the_batchs_actor(users: dict[str, Any]) -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI), who=users["officer"])
    document = Document.objects.get()
    rows = AuditEntry.objects.filter(object_id=str(document.pk), content_type__model="document")
    assert [r.action for r in rows.order_by("id")] == ["create", "update"]
    assert {r.user for r in rows} == {users["officer"]}
    assert AuditEntry.objects.filter(content_type__model="fact").count() == Fact.objects.count()


def test_a_translation_in_a_later_batch_is_linked_and_its_facts_merged_not_repeated() -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI))
    pending = Fact.objects.count()
    later = ingest_now(*from_corpus(HAI_PHONG_FR))
    original = Document.objects.get(language="vi")
    translation = Document.objects.get(language="fr")
    assert translation.duplicate_of == original
    assert list(original.retellings.all()) == [translation]
    assert later.report[0]["same_story_as"] == original.pk
    assert Fact.objects.count() == pending  # every fact of the translation was known already
    stock = Fact.objects.get(document=original, data__projects=1150)
    assert list(stock.also_in.all()) == [translation]
    [source] = stock.also_evidence
    assert source["document"] == translation.pk
    assert translation.text[source["start"] : source["end"]] == source["evidence"]
    assert "1 150 projets" in source["evidence"]


def test_a_translation_in_the_same_batch_is_linked_to_the_original_given_first() -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI, HAI_PHONG_FR))
    translation = Document.objects.get(language="fr")
    assert translation.duplicate_of == Document.objects.get(language="vi")
    assert not translation.facts.exists()
    assert translation.merged_facts.count() >= 5


def test_an_unrelated_article_is_not_linked_to_anything() -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI, BAC_NINH_VI))
    assert not Document.objects.filter(duplicate_of__isnull=False).exists()


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary file"),
        ("report.pdf", b"%PDF-1.7 ...", "not read"),
        ("empty.txt", b"", "empty"),
        ("blank.md", b" \n\t\n", "empty"),
        ("nul.txt", b"abc\x00\x01\x02\x03" * 200, "cannot be read as text"),
        ("undecodable.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 300, "cannot be read as text"),
    ],
)
def test_a_bad_file_is_reported_by_name_while_the_good_one_goes_through(
    name: str, data: bytes, says: str
) -> None:
    job = ingest_now(incoming(name, data), incoming("good.txt", ARTICLE))
    bad, good = job.report
    assert bad["outcome"] == "failed" and says in bad["message"] and name in bad["message"]
    assert good["outcome"] == "stored" and good["facts"] > 0
    assert (job.failed, job.created_documents, job.processed, job.total) == (1, 1, 2, 2)
    assert Document.objects.count() == 1


def test_a_file_over_the_size_limit_is_refused_without_being_read(settings: Any) -> None:
    settings.MAX_UPLOAD_MB = 1

    def read() -> bytes:
        raise AssertionError("a file over the limit must not be read")

    big = ingest.Incoming("big.txt", 2 * 1024 * 1024, read)
    job = ingest_now(big)
    assert job.report[0]["outcome"] == "failed"
    assert "the limit is 1 MB" in job.report[0]["message"]


def test_a_file_larger_than_announced_is_refused_too(settings: Any) -> None:
    settings.MAX_UPLOAD_MB = 1
    job = ingest_now(ingest.Incoming("liar.txt", 10, lambda: b"a" * (1024 * 1024 + 1)))
    assert "the limit is 1 MB" in job.report[0]["message"]


def test_a_utf16_file_is_read_not_refused_for_its_nul_bytes() -> None:
    job = ingest_now(incoming("u16.txt", ARTICLE.encode("utf-16")))
    assert job.report[0]["outcome"] == "stored" and job.facts > 0
    assert Document.objects.get().text.startswith("Nghệ An")


def test_progress_is_saved_after_every_file() -> None:
    seen: list[tuple[int, int]] = []
    job = ingest.create_job(None, [incoming("a.txt", ARTICLE), *from_corpus(DA_NANG_EN)])
    assert (job.status, job.processed, job.total) == ("queued", 0, 2)

    def check(entry: dict[str, Any]) -> None:
        stored = IngestJob.objects.get(pk=job.pk)
        seen.append((stored.processed, stored.facts))

    done = ingest.run_job(job.pk, on_file=check)
    assert [p for p, _ in seen] == [1, 2]
    assert seen[0][1] > 0 and seen[1][1] == done.facts
    assert (done.status, done.percent) == ("done", 100)
    assert done.finished is not None


def test_running_a_finished_batch_again_does_nothing() -> None:
    job = ingest_now(incoming("a.txt", ARTICLE))
    facts = Fact.objects.count()
    again = ingest.run_job(job.pk)
    assert Fact.objects.count() == facts and again.processed == 1


def test_a_document_the_extractor_fails_on_is_kept_reported_and_read_again_next_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(ingest, "extract_document", broken)
    job = ingest_now(incoming("a.txt", ARTICLE), incoming("b.txt", ARTICLE + "\nThêm."))
    assert job.failed == 2 and job.status == "done"
    assert "boom" in job.report[0]["message"]
    assert Document.objects.filter(extracted__isnull=True).count() == 2  # nothing lost
    monkeypatch.undo()
    retry = ingest_now(incoming("a.txt", ARTICLE))
    assert retry.report[0]["outcome"] == "stored" and retry.facts > 0
    assert retry.created_documents == 0
    assert Document.objects.count() == 2


def test_the_files_under_a_directory_are_found_recursively_and_only_the_readable_kinds(
    tmp_path: Any,
) -> None:
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    for name in ("a.txt", "sub/b.md", "sub/deeper/c.HTML", "sub/d.pdf", ".hidden/e.txt", "f"):
        (tmp_path / name).write_text("x")
    found = [f.name for f in ingest.files_under([str(tmp_path)])]
    assert [n.removeprefix(str(tmp_path) + "/") for n in found] == [
        "a.txt", "sub/b.md", "sub/deeper/c.HTML"]


def test_a_document_filed_by_hand_with_the_same_bytes_is_left_as_it_is() -> None:
    import hashlib

    manual = Document.objects.create(title="Nhập tay", text="Văn bản gốc.",
                                     content_hash=hashlib.sha256(ARTICLE.encode()).hexdigest())
    job = ingest_now(incoming("a.txt", ARTICLE))
    assert job.report[0]["outcome"] == "duplicate" and job.report[0]["document"] == manual.pk
    manual.refresh_from_db()
    assert (manual.title, manual.text, manual.extracted) == ("Nhập tay", "Văn bản gốc.", None)


def test_a_long_batch_saves_its_report_now_and_then_and_completely_at_the_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ingest.Progress, "REPORT_EVERY", 3600.0)
    files = [incoming(f"{n}.txt", ARTICLE.replace("520", str(500 + n))) for n in range(4)]
    job = ingest.create_job(None, files)
    seen: list[int] = []
    ingest.run_job(job.pk, on_file=lambda e: seen.append(
        len([r for r in IngestJob.objects.get(pk=job.pk).report if r["outcome"] == "stored"])))
    assert seen == [0, 0, 0, 0]  # counters every file, the report not every file
    assert [e["outcome"] for e in IngestJob.objects.get(pk=job.pk).report] == ["stored"] * 4


def test_an_html_page_is_stored_as_its_article_text_with_its_facts_located() -> None:
    from pathlib import Path

    page = Path(__file__).resolve().parents[1] / "corpus" / "extract" / "en_007.html"
    job = ingest_now(ingest.Incoming.from_path(page, page.name))
    document = Document.objects.get()
    assert job.report[0]["outcome"] == "stored" and job.facts > 0
    assert "<" not in document.text and document.file.name.endswith(".html")
    for fact in document.facts.all():
        assert " ".join(document.text[fact.start : fact.end].split()) == " ".join(
            fact.evidence.split())
