"""Access matrix of ingestion batches and extracted facts: agency staff read them, officers and
admins make batches by uploading (tests/sources), nobody writes them through the generic API."""

from __future__ import annotations

from typing import Any

from django.db import models

from greenlane.orgs.models import Organisation
from greenlane.sources.models import Document, Fact, IngestJob
from tests.testing import AccessMatrix, World


class TestIngestJobAccess(AccessMatrix):
    """Read-only over the API (batches are made by `/api/ingest/`, the upload page or the
    command); a list and a detail page on the web."""

    model = IngestJob
    api = "/api/ingestjobs/"
    web = {"list": "sources:ingestjob_list", "detail": "sources:ingestjob"}
    api_writable = False
    label_field = "actor"

    def make(self, w: World, owner: Organisation) -> models.Model:
        return IngestJob.objects.create(actor="matrix", total=1)

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"actor": "someone", "total": 3}

    def list_params(self, obj: models.Model) -> dict[str, str]:
        return {}


class TestFactAccess(AccessMatrix):
    """Read-only over the API here (the review queue has its own pages and actions); no
    generic web pages."""

    model = Fact
    api = "/api/facts/"
    api_writable = False
    label_field = "note"

    def make(self, w: World, owner: Organisation) -> models.Model:
        document = Document.objects.create(title="Bài thử", text="Canon đầu tư 100 triệu USD.")
        return Fact.objects.create(
            document=document, kind="project", data={"name": "Canon", "investor": owner.name},
            evidence="Canon đầu tư 100 triệu USD.", start=0, end=27, note="matrix",
        )

    def api_fields(self, w: World) -> dict[str, Any]:
        document = Document.objects.create(title="Bài mới")
        return {"document": document.pk, "kind": "person", "data": {"name": "A"},
                "evidence": "A.", "note": "x"}
