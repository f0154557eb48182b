"""Every model × every web page and API action × every role, from the model's access policy.

Each class only supplies data; `tests.testing.AccessMatrix` generates and runs the cases.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse

from greenlane.orgs.models import Organisation, Person, Position
from greenlane.places.models import Country, Province
from greenlane.registry.models import Adjustment, IndustrialPark, Project, Sector
from greenlane.sources.models import Citation, Document
from tests.testing import AccessMatrix, World


def a_project(w: World, owner: Organisation, name: str = "Nhà máy Thử nghiệm") -> Project:
    project = Project.objects.create(
        name=name, kind="fdi", province=w.bac_ninh, origin=w.japan, capital=Decimal("1000"),
        currency="USD", irc_date=datetime.date(2024, 3, 1),
    )
    project.investors.add(owner)
    return project


class TestCountryAccess(AccessMatrix):
    model = Country
    api = "/api/countries/"
    web = {"list": "places:country_list", "detail": "places:country"}
    label_field = "name_en"

    def make(self, w: World, owner: Organisation) -> models.Model:
        return Country.objects.create(code="ZY", name_vi="Xứ Thử", name_en="Testland")

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"code": "ZX", "name_vi": "Xứ Mới", "name_en": "Newland"}


class TestProvinceAccess(AccessMatrix):
    model = Province
    api = "/api/provinces/"
    web = {"list": "places:province_list", "detail": "places:province"}

    def make(self, w: World, owner: Organisation) -> models.Model:
        return Province.objects.create(code="T99", name="Tỉnh Thử", name_en="Testprovince")

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"code": "T98", "name": "Tỉnh Mới", "name_en": "Newprovince"}


class TestSectorAccess(AccessMatrix):
    model = Sector
    api = "/api/sectors/"
    web = {"list": "registry:sector_list"}
    label_field = "name_en"

    def make(self, w: World, owner: Organisation) -> models.Model:
        return Sector.objects.create(code="ZY", level=1, name_vi="Ngành thử", name_en="Test sector")

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"code": "ZX", "level": 1, "name_vi": "Ngành mới", "name_en": "New sector"}

    def list_params(self, obj: models.Model) -> dict[str, str]:
        return {"sort": "-code"}  # the sector list has no search; "ZY" sorts first


class TestIndustrialParkAccess(AccessMatrix):
    model = IndustrialPark
    api = "/api/parks/"
    web = {"list": "registry:industrialpark_list", "detail": "registry:industrialpark",
           "add": "registry:industrialpark_add", "edit": "registry:industrialpark_edit",
           "delete": "registry:industrialpark_delete"}

    def make(self, w: World, owner: Organisation) -> models.Model:
        return IndustrialPark.objects.create(name="KCN Thử Nghiệm", province=w.bac_ninh)

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"name": "KCN Mới", "province": w.bac_ninh.pk}


class TestProjectAccess(AccessMatrix):
    model = Project
    api = "/api/projects/"
    web = {"list": "registry:project_list", "detail": "registry:project",
           "add": "registry:project_add", "edit": "registry:project_edit",
           "delete": "registry:project_delete"}

    def make(self, w: World, owner: Organisation) -> models.Model:
        return a_project(w, owner)

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"name": "Dự án Mới", "kind": "fdi", "province": w.bac_ninh.pk, "origin": "JP",
                "capital": "2000", "currency": "USD", "investors": [w.canon.pk]}

    def form_fields(self, w: World) -> dict[str, Any]:
        return {"name": "Dự án Mới", "kind": "fdi", "province": w.bac_ninh.pk,
                "origin": w.japan.pk, "capital": "2000", "currency": "USD",
                "investors": [w.canon.pk], "status": "licensed"}


class TestAdjustmentAccess(AccessMatrix):
    model = Adjustment
    api = "/api/adjustments/"
    web = {"add": "registry:adjustment_add"}
    label_field = "note"

    def make(self, w: World, owner: Organisation) -> models.Model:
        return Adjustment.objects.create(project=a_project(w, owner), kind="other",
                                         date=datetime.date(2024, 6, 1), note="Điều chỉnh thử")

    def api_fields(self, w: World) -> dict[str, Any]:
        project = Project.objects.filter(investors=w.canon).first() or a_project(w, w.canon)
        return {"project": project.pk, "kind": "other", "date": "2024-07-01", "note": "Mới",
                "currency": "USD"}

    def add_url(self, w: World) -> str:
        project = Project.objects.filter(investors=w.canon).first() or a_project(w, w.canon)
        return reverse(self.web["add"]) + f"?project={project.pk}"


class TestOrganisationAccess(AccessMatrix):
    """The row is the owner itself: the investor sees its own organisation, not THK."""

    model = Organisation
    api = "/api/organisations/"
    web = {"list": "orgs:organisation_list", "detail": "orgs:organisation",
           "add": "orgs:organisation_add", "edit": "orgs:organisation_edit",
           "delete": "orgs:organisation_delete"}

    def make(self, w: World, owner: Organisation) -> models.Model:
        return owner

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"name": "Công ty Mới", "kind": "company"}


class TestPersonAccess(AccessMatrix):
    model = Person
    api = "/api/people/"
    web = {"list": "orgs:person_list", "detail": "orgs:person", "add": "orgs:person_add",
           "edit": "orgs:person_edit", "delete": "orgs:person_delete"}
    label_field = "full_name"

    def make(self, w: World, owner: Organisation) -> models.Model:
        person = Person.objects.create(full_name="Nguyễn Văn Thử")
        Position.objects.create(person=person, organisation=owner, title="Giám đốc")
        return person

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"full_name": "Trần Thị Mới"}


class TestPositionAccess(AccessMatrix):
    model = Position
    api = "/api/positions/"
    web = {"add": "orgs:position_add"}
    label_field = "title"

    def make(self, w: World, owner: Organisation) -> models.Model:
        person = Person.objects.create(full_name="Lê Văn Chức")
        return Position.objects.create(person=person, organisation=owner, title="Giám đốc")

    def api_fields(self, w: World) -> dict[str, Any]:
        person = Person.objects.first() or Person.objects.create(full_name="Phạm Mới")
        return {"person": person.pk, "organisation": w.canon.pk, "title": "Phó giám đốc"}


class TestDocumentAccess(AccessMatrix):
    model = Document
    api = "/api/documents/"
    web = {"list": "sources:document_list", "detail": "sources:document",
           "add": "sources:document_add", "edit": "sources:document_edit",
           "delete": "sources:document_delete"}
    label_field = "title"

    def make(self, w: World, owner: Organisation) -> models.Model:
        return Document.objects.create(title="Báo cáo thử nghiệm", publisher="Báo Bắc Ninh")

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"title": "Báo cáo mới", "language": "vi"}


class TestCitationAccess(AccessMatrix):
    """Read-only over the API (citations are filed by `sources.services.cite`); no web pages."""

    model = Citation
    api = "/api/citations/"
    api_writable = False
    label_field = "quote"

    def make(self, w: World, owner: Organisation) -> models.Model:
        project = a_project(w, owner)
        document = Document.objects.create(title="Nguồn thử")
        return Citation.objects.create(
            document=document, quote="Canon đầu tư thêm.", object_id=project.pk,
            content_type=ContentType.objects.get_for_model(Project),
        )

    def api_fields(self, w: World) -> dict[str, Any]:
        document = Document.objects.create(title="Nguồn mới")
        return {"document": document.pk, "quote": "Một câu."}
