"""The green lane's models × every web page and API action × every role."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from django.urls import reverse

from greenlane.core.services import Actor
from greenlane.orgs.models import Organisation
from greenlane.procedures import services
from greenlane.procedures.models import Dossier, DossierAttachment, DossierStep, Procedure, Step
from tests.testing import AccessMatrix, World

ACTOR = Actor(name="access matrix")


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"


def an_agency() -> Organisation:
    return Organisation.objects.get_or_create(name="Sở Xây dựng Thử", kind="agency")[0]


def a_procedure() -> Procedure:
    return Procedure.objects.get_or_create(
        code="TST", defaults={"name": "Thủ tục thử", "agency": an_agency(), "statutory_days": 5,
                              "legal_basis": "Luật thử"})[0]


def a_dossier(owner: Organisation) -> Dossier:
    """A dossier of `owner` under a procedure of one step."""
    procedure = a_procedure()
    if not procedure.steps.exists():
        Step.objects.create(procedure=procedure, order=1, name="Tiếp nhận", days=1)
    return services.submit_dossier(ACTOR, organisation=owner, procedure=procedure,
                                   submitted=datetime.date(2026, 2, 10), note="Hồ sơ thử")


class TestProcedureAccess(AccessMatrix):
    model = Procedure
    api = "/api/procedures/"
    web = {"list": "procedures:procedure_list", "detail": "procedures:procedure",
           "add": "procedures:procedure_add", "edit": "procedures:procedure_edit",
           "delete": "procedures:procedure_delete"}

    def make(self, w: World, owner: Organisation) -> models.Model:
        return Procedure.objects.create(code="THU", name="Thủ tục kiểm tra", agency=an_agency(),
                                        statutory_days=10, legal_basis="Luật thử")

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"code": "MOI", "name": "Thủ tục mới", "agency": an_agency().pk,
                "statutory_days": 3, "legal_basis": "Nghị định thử"}

    def form_fields(self, w: World) -> dict[str, Any]:
        return {**self.api_fields(w), "day_kind": "working", "location": "any", "order": "10"}


class TestStepAccess(AccessMatrix):
    model = Step
    api = "/api/procedure-steps/"
    web = {"add": "procedures:step_add", "edit": "procedures:step_edit",
           "delete": "procedures:step_delete"}

    def make(self, w: World, owner: Organisation) -> models.Model:
        return Step.objects.create(procedure=a_procedure(), order=2, name="Thẩm định", days=3)

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"procedure": a_procedure().pk, "order": 3, "name": "Bước mới", "days": 2}

    def add_url(self, w: World) -> str:
        return reverse(self.web["add"]) + f"?procedure={a_procedure().pk}"


class TestDossierAccess(AccessMatrix):
    model = Dossier
    api = "/api/dossiers/"
    web = {"list": "procedures:dossier_list", "detail": "procedures:dossier",
           "add": "procedures:dossier_add", "edit": "procedures:dossier_edit",
           "delete": "procedures:dossier_delete"}
    label_field = "note"

    def make(self, w: World, owner: Organisation) -> models.Model:
        return a_dossier(owner)

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"organisation": w.canon.pk, "procedure": a_procedure().pk,
                "submitted": "2026-02-10", "note": "Hồ sơ mới"}


class TestDossierStepAccess(AccessMatrix):
    """Read-only but for its actions (start, complete): steps come with their dossier."""

    model = DossierStep
    api = "/api/dossier-steps/"
    api_writable = False
    label_field = "note"

    def make(self, w: World, owner: Organisation) -> models.Model:
        step: DossierStep = a_dossier(owner).steps.get()
        return step

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"dossier": 1, "order": 2, "note": "Bước mới"}  # refused whatever it holds


class TestDossierAttachmentAccess(AccessMatrix):
    """Read-only over the API (uploads: POST /api/dossiers/{id}/files/); the web detail is the
    download itself."""

    model = DossierAttachment
    api = "/api/dossier-attachments/"
    api_writable = False
    web = {"detail": "procedures:dossierattachment",
           "delete": "procedures:dossierattachment_delete"}

    def make(self, w: World, owner: Organisation) -> models.Model:
        upload = SimpleUploadedFile("ban-ve.pdf", b"%PDF-1.4 plan", "application/pdf")
        return services.attach(ACTOR, a_dossier(owner), upload, "Bản vẽ")

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"dossier": 1, "name": "moi.pdf"}  # refused whatever it holds
