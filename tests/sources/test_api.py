"""API: batches and facts read-only, an upload endpoint that makes a batch."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from greenlane.sources.models import Document, Fact, IngestJob
from tests.sources.conftest import DA_NANG_EN, HAI_PHONG_VI, from_corpus, ingest_now

pytestmark = pytest.mark.django_db


def upload(*pairs: tuple[str, bytes]) -> list[SimpleUploadedFile]:
    return [SimpleUploadedFile(name, data) for name, data in pairs]


def test_an_officer_uploads_several_files_and_gets_the_batch_with_its_report(w) -> None:
    files = upload((DA_NANG_EN.name, DA_NANG_EN.read_bytes()), ("empty.txt", b""))
    response = w.api("officer").post("/api/ingest/", {"files": files}, format="multipart")
    assert response.status_code == 202, response.data
    assert response.data["status"] == "done" and response.data["percent"] == 100
    assert [e["outcome"] for e in response.data["report"]] == ["stored", "failed"]
    assert IngestJob.objects.get().user == w.users["officer"]
    assert Document.objects.count() == 1


@pytest.mark.parametrize("role", ["investor", "leader", "taskforce"])
def test_the_upload_endpoint_refuses_roles_that_may_not_add(w, role: str) -> None:
    files = upload((DA_NANG_EN.name, DA_NANG_EN.read_bytes()))
    response = w.api(role).post("/api/ingest/", {"files": files}, format="multipart")
    assert response.status_code == 403
    assert not IngestJob.objects.exists()


def test_the_upload_endpoint_refuses_anonymous_clients(w) -> None:
    files = upload((DA_NANG_EN.name, DA_NANG_EN.read_bytes()))
    assert w.api(None).post("/api/ingest/", {"files": files}).status_code in (401, 403)


def test_an_upload_without_files_is_a_400_naming_the_field(w) -> None:
    response = w.api("officer").post("/api/ingest/", {"publisher": "x"}, format="multipart")
    assert response.status_code == 400 and "files" in response.data


def test_a_batchs_progress_reads_from_its_api_record(w) -> None:
    job = ingest_now(*from_corpus(HAI_PHONG_VI, DA_NANG_EN))
    data = w.api("leader").get(f"/api/ingestjobs/{job.pk}/").data
    assert (data["processed"], data["total"], data["percent"], data["status"]) == (2, 2, 100, "done")


def test_facts_filter_by_document_kind_and_batch(w) -> None:
    first = ingest_now(*from_corpus(HAI_PHONG_VI))
    ingest_now(*from_corpus(DA_NANG_EN))
    document = Document.objects.get(job=first)
    api = w.api("officer")
    by_document = api.get("/api/facts/", {"document": document.pk}).data["results"]
    assert {f["document"] for f in by_document} == {document.pk}
    assert len(by_document) == document.facts.count()
    people = api.get("/api/facts/", {"kind": "person", "job": first.pk}).data["results"]
    assert [f["values"]["name"] for f in people] == ["Lê Thị Hương"]


def test_facts_cannot_be_changed_through_the_read_only_endpoint(w) -> None:
    ingest_now(*from_corpus(DA_NANG_EN))
    fact = Fact.objects.first()
    response = w.api("officer").patch(f"/api/facts/{fact.pk}/", {"status": "accepted"},
                                      format="json")
    assert response.status_code == 405
    assert Fact.objects.get(pk=fact.pk).status == "pending"


def test_investors_see_no_facts_and_no_batches(w) -> None:
    ingest_now(*from_corpus(DA_NANG_EN))
    api: Any = w.api("investor")
    for url in ("/api/facts/", "/api/ingestjobs/"):
        response = api.get(url)
        assert response.status_code == 403 or response.data["results"] == []
