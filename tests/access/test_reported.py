"""Reported figures, and the review queue's pages, × every role (tests.testing.AccessMatrix).

The reported figures' routes are served by tests/registry/test_reported_routes.py until
greenlane/registry/urls.py and registry/api/urls.py include them."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.db import models

from greenlane.orgs.models import Organisation
from greenlane.registry.models import ReportedFigure
from greenlane.sources.models import Document, Fact
from tests.registry.test_reported_routes import reported_routes  # noqa: F401  (fixture)
from tests.testing import AccessMatrix, World

QUOTE = "Bắc Ninh có 126 dự án FDI từ Nhật Bản còn hiệu lực."


class TestReportedFigureAccess(AccessMatrix):
    model = ReportedFigure
    api = "/api/reported-figures/"
    web = {"list": "registry:reportedfigure_list", "detail": "registry:reportedfigure",
           "add": "registry:reportedfigure_add", "edit": "registry:reportedfigure_edit",
           "delete": "registry:reportedfigure_delete"}
    label_field = "subject"

    @pytest.fixture(autouse=True)
    def routes(self, reported_routes: None) -> None:
        """The routes are served in tests until the urls.py lines are added."""

    def make(self, w: World, owner: Organisation) -> models.Model:
        document = Document.objects.create(title="Báo Bắc Ninh", text=QUOTE)
        return ReportedFigure.objects.create(
            kind="investment", measure="stock", category="fdi", province=w.bac_ninh,
            origin=w.japan, subject="Bắc Ninh thử nghiệm", projects=126,
            as_of=datetime.date(2025, 11, 26), document=document, quote=QUOTE)

    def api_fields(self, w: World) -> dict[str, Any]:
        document = Document.objects.create(title="Báo mới", text=QUOTE)
        return {"kind": "investment", "measure": "stock", "category": "fdi",
                "province": w.bac_ninh.pk, "origin": "JP", "subject": "Mới", "projects": 120,
                "document": document.pk, "quote": QUOTE}

    def form_fields(self, w: World) -> dict[str, Any]:
        document = Document.objects.create(title="Báo mới", text=QUOTE)
        return {"kind": "investment", "measure": "stock", "category": "fdi",
                "province": w.bac_ninh.pk, "origin": w.japan.pk, "subject": "Mới",
                "projects": 120, "currency": "USD", "qualifier": "exact", "status": "current",
                "document": document.pk, "quote": QUOTE}


class TestFactReviewPagesAccess(AccessMatrix):
    """The review queue and a fact's page; the facts' API is read-only (its decisions are
    tested in tests/sources/test_review_api.py)."""

    model = Fact
    api = "/api/facts/"
    api_writable = False
    web = {"list": "review:queue", "detail": "review:fact"}
    label_field = "note"

    @pytest.fixture(autouse=True)
    def routes(self, reported_routes: None) -> None:
        """A fact's page links to reported figures."""

    def make(self, w: World, owner: Organisation) -> models.Model:
        document = Document.objects.create(title="Bài thử", text=QUOTE)
        return Fact.objects.create(
            document=document, kind="investment", evidence=QUOTE, start=0, end=len(QUOTE),
            data={"destination": "Bắc Ninh", "origin": "JP", "projects": 126}, note="matrix")

    def api_fields(self, w: World) -> dict[str, Any]:
        document = Document.objects.create(title="Bài mới")
        return {"document": document.pk, "kind": "person", "data": {"name": "A"},
                "evidence": "A.", "note": "x"}

    def list_params(self, obj: models.Model) -> dict[str, str]:
        return {}  # the queue lists the pending facts, oldest first
