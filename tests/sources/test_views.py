"""The upload page, the batch page and its progress, and the document page with its evidence
highlighted."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from greenlane.sources.models import Document, Fact, IngestJob
from tests.sources.conftest import HAI_PHONG_FR, HAI_PHONG_VI, from_corpus, incoming, ingest_now

pytestmark = pytest.mark.django_db

UPLOAD = "/sources/upload/"
ARTICLE = (
    "Nghệ An thu hút 520 triệu USD vốn FDI\n\n"
    "Trong quý III/2024, tỉnh Nghệ An thu hút 12 dự án FDI mới với tổng vốn đăng ký khoảng "
    "520 triệu USD.\n"
)


@pytest.fixture
def web(client_as):
    """`web(role)`: a client of that role that reads the pages in English (or `language`)."""

    def make(role: str | None, language: str = "en") -> Any:
        client = client_as(role)
        client.defaults["HTTP_ACCEPT_LANGUAGE"] = language
        return client

    return make


def files(*pairs: tuple[str, bytes]) -> list[SimpleUploadedFile]:
    return [SimpleUploadedFile(name, data) for name, data in pairs]


def test_an_officer_uploads_several_files_at_once_and_lands_on_the_batch_page(web) -> None:
    upload = files(("a.txt", ARTICLE.encode()), ("b.md", HAI_PHONG_VI.read_bytes()))
    response = web("officer").post(UPLOAD, {"documents": upload, "publisher": "Báo thử"})
    job = IngestJob.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("sources:ingestjob", args=[job.pk])
    assert (job.status, job.created_documents, job.processed) == ("done", 2, 2)
    assert set(Document.objects.values_list("publisher", flat=True)) == {"Báo thử"}
    page = web("officer").get(response["Location"])
    assert page.status_code == 200
    assert "a.txt" in page.content.decode() and "b.md" in page.content.decode()


def test_the_upload_page_offers_a_multiple_file_input_limited_to_readable_types(web) -> None:
    page = web("officer").get(UPLOAD).content.decode()
    assert re.search(r'<input type="file" name="documents"[^>]*multiple', page)
    assert 'accept=".txt,.md,.html,.htm"' in page


@pytest.mark.parametrize("role", ["investor", "investor2", "leader", "taskforce"])
def test_the_upload_page_is_refused_to_roles_that_may_not_add(web, role: str) -> None:
    client = web(role)
    assert client.get(UPLOAD).status_code == 403
    posted = client.post(UPLOAD, {"documents": files(("a.txt", ARTICLE.encode()))})
    assert posted.status_code == 403
    assert not Document.objects.exists() and not IngestJob.objects.exists()


def test_an_anonymous_visitor_is_sent_to_the_login_page(web) -> None:
    posted = web(None).post(UPLOAD, {"documents": files(("a.txt", ARTICLE.encode()))})
    assert posted.status_code == 302 and posted["Location"].startswith("/accounts/login/")
    assert not Document.objects.exists()


def test_an_upload_without_files_shows_the_form_again_with_a_message(web) -> None:
    response = web("officer").post(UPLOAD, {"publisher": "x"})
    assert response.status_code == 400
    assert "Choose one or more files." in response.content.decode()
    assert not IngestJob.objects.exists()


def test_bad_files_are_listed_with_their_reason_while_the_good_ones_are_stored(
    web, settings: Any
) -> None:
    settings.MAX_UPLOAD_MB = 1
    upload = files(
        ("good.txt", ARTICLE.encode()),
        ("photo.txt", b"\xff\xd8\xff\xe0" + bytes(300)),
        ("empty.txt", b""),
        ("huge.txt", b"a" * (1024 * 1024 + 10)),
        ("garbled.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 100),
        ("scan.pdf", b"%PDF-1.4"),
    )
    response = web("officer").post(UPLOAD, {"documents": upload}, follow=True)
    page = response.content.decode()
    job = IngestJob.objects.get()
    assert (job.total, job.created_documents, job.failed) == (6, 1, 5)
    assert Document.objects.count() == 1
    for said in ("binary file", "is empty", "the limit is 1 MB", "cannot be read as text",
                 "not read"):
        assert said in page, said


def test_the_batch_page_polls_for_progress_only_while_the_batch_runs(web) -> None:
    from greenlane.sources import ingest

    job = ingest.create_job(None, [incoming("a.txt", ARTICLE)])
    client = web("officer")
    running = client.get(reverse("sources:ingestjob", args=[job.pk])).content.decode()
    progress_url = reverse("sources:ingestjob_progress", args=[job.pk])
    assert f'hx-get="{progress_url}"' in running and 'hx-trigger="every 2s"' in running
    assert "/static/django_htmx/htmx-2.min.js" in running  # the bundled script, no CDN
    fragment = client.get(progress_url, HTTP_HX_REQUEST="true").content.decode()
    assert "0 of 1 files (0 %)" in fragment and "hx-get" in fragment
    assert "<html" not in fragment
    ingest.run_job(job.pk)
    done = client.get(progress_url, HTTP_HX_REQUEST="true").content.decode()
    assert "1 of 1 files (100 %)" in done
    assert "hx-get" not in done  # the swap without a trigger stops the polling
    assert "htmx" not in client.get(reverse("sources:ingestjob", args=[job.pk])).content.decode()


def test_the_progress_of_a_batch_is_hidden_from_investors(web) -> None:
    job = ingest_now(*from_corpus(HAI_PHONG_VI))
    url = reverse("sources:ingestjob_progress", args=[job.pk])
    assert web("investor").get(url).status_code == 404
    assert web(None).get(url).status_code == 302


# --- the document page -------------------------------------------------------------------------


def test_the_document_page_marks_every_evidence_sentence_and_links_each_fact_to_it(web) -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI))
    document = Document.objects.get()
    page = web("officer", "vi").get(document.get_absolute_url()).content.decode()
    marks = re.findall(r'<mark id="(ev-\d+)"[^>]*>(.*?)</mark>', page, re.S)
    evidence = {f.evidence for f in document.facts.all()}
    assert len(marks) == len(evidence) > 3
    for mark_id, _ in marks:
        assert f'href="#{mark_id}"' in page
    assert "32.500.000.000 USD" in page  # money with Vietnamese separators
    assert "30/09/2025" in page  # as of, dd/mm/yyyy
    assert "Lê Thị Hương" in page


def test_the_document_text_is_escaped_so_markup_in_it_shows_as_text(web) -> None:
    hostile = ("<script>alert('x')</script> Nghệ An thu hút 520 triệu USD <b>vốn</b> FDI\n\n"
               "Trong quý III/2024, tỉnh Nghệ An <img src=x onerror=alert(1)> thu hút 12 dự án FDI "
               "mới với tổng vốn đăng ký khoảng 520 triệu USD.\n")
    ingest_now(incoming("x.txt", hostile))
    document = Document.objects.get()
    assert document.facts.exists()
    page = web("officer").get(document.get_absolute_url()).content.decode()
    assert "<script>alert" not in page and "<img src=x" not in page and "<b>vốn" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert re.search(r'<mark id="ev-1"[^>]*>[^<]*&lt;img src=x onerror=alert\(1\)&gt;', page)


def test_facts_whose_offsets_do_not_fit_the_text_are_listed_without_a_mark(web) -> None:
    document = Document.objects.create(title="Ngắn", text="Một câu.")
    Fact.objects.create(document=document, kind="person", data={"name": "A"}, evidence="x",
                        start=5, end=500)
    page = web("officer").get(document.get_absolute_url()).content.decode()
    assert "<mark" not in page
    assert "sentence not located in the text" in page


def test_a_translation_and_its_original_link_to_each_other(web) -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI, HAI_PHONG_FR))
    original = Document.objects.get(language="vi")
    translation = Document.objects.get(language="fr")
    client = web("officer")
    page_fr = client.get(translation.get_absolute_url()).content.decode()
    page_vi = client.get(original.get_absolute_url()).content.decode()
    assert re.search(rf'id="same-story"><a href="{original.get_absolute_url()}"', page_fr)
    assert re.search(rf'id="retellings"><a href="{translation.get_absolute_url()}"', page_vi)
    assert "filed under an earlier document" in page_fr  # its facts, merged into the original's
    assert "Also reported in" in page_vi
    # the French sentences of the merged facts are marked in the French text
    marked = re.findall(r'<mark id="ev-\d+"[^>]*>(.*?)</mark>', page_fr, re.S)
    assert len(marked) >= 5
    assert any("1 150 projets" in m for m in marked)


def test_the_review_link_appears_once_the_review_queue_has_its_fact_page(web) -> None:
    from django.urls import NoReverseMatch

    ingest_now(*from_corpus(HAI_PHONG_VI))
    fact = Fact.objects.first()
    page = web("officer").get(fact.document.get_absolute_url()).content.decode()
    try:
        url = reverse("review:fact", args=[fact.pk])
    except NoReverseMatch:
        assert "Review this fact" not in page
    else:
        assert f'href="{url}"' in page


def test_the_original_file_downloads_for_staff_and_never_renders_inline(web) -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI))
    document = Document.objects.get()
    url = reverse("sources:document_file", args=[document.pk])
    response = web("leader").get(url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content) == HAI_PHONG_VI.read_bytes()
    assert web("investor").get(url).status_code == 404


def test_the_document_list_filters_by_batch(web) -> None:
    first = ingest_now(*from_corpus(HAI_PHONG_VI))
    ingest_now(*from_corpus(HAI_PHONG_FR))
    response = web("officer").get(reverse("sources:document_list"), {"job": first.pk})
    assert [d.language for d in response.context["page"].object_list] == ["vi"]


def test_the_batch_list_links_to_the_upload_page(web) -> None:
    ingest_now(*from_corpus(HAI_PHONG_VI))
    page = web("officer").get(reverse("sources:ingestjob_list")).content.decode()
    assert f'href="{UPLOAD}"' in page
    assert "Ingestion" in web("officer").get("/").content.decode()


def test_more_files_than_the_server_takes_at_once_get_a_clear_message(web, settings: Any) -> None:
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 2
    upload = files(*[(f"{n}.txt", ARTICLE.encode()) for n in range(3)])
    response = web("officer").post(UPLOAD, {"documents": upload})
    assert response.status_code == 400
    assert "At most 2 files can be uploaded at once" in response.content.decode()
    assert not IngestJob.objects.exists()
