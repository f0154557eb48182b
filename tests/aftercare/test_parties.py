"""A request comes from an investor organisation, about one of that organisation's projects:
the desk's form and the service both refuse another organisation's project or an agency."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from greenlane.aftercare import services
from greenlane.aftercare.models import Request
from greenlane.registry.models import Project
from tests.aftercare.conftest import at, file


def _form(desk, **fields):  # type: ignore[no-untyped-def]
    return {"organisation": desk.thk.pk, "subject": "Hoàn thuế GTGT", "description": "Hồ sơ?",
            "topic": "tax", "priority": "low", **fields}


def test_the_desk_form_refuses_a_project_of_another_organisation(desk) -> None:
    canon_site = Project.objects.create(name="Canon Quế Võ", province=desk.bac_ninh)
    canon_site.investors.add(desk.canon)
    response = desk.web("officer").post(reverse("aftercare:request_add"),
                                        _form(desk, project=canon_site.pk))
    assert response.status_code == 400
    assert "project" in response.context["form"].errors
    assert not Request.objects.filter(subject="Hoàn thuế GTGT").exists()


def test_the_desk_form_accepts_the_organisations_own_project(desk) -> None:
    thk_site = Project.objects.create(name="Nhà máy THK", province=desk.bac_ninh)
    thk_site.investors.add(desk.thk)
    response = desk.web("officer").post(reverse("aftercare:request_add"),
                                        _form(desk, project=thk_site.pk))
    assert response.status_code == 302
    assert Request.objects.get(subject="Hoàn thuế GTGT").project == thk_site


def test_the_desk_form_refuses_an_agency_as_the_investor(desk, agency) -> None:
    response = desk.web("officer").post(reverse("aftercare:request_add"),
                                        _form(desk, organisation=agency.pk))
    assert response.status_code == 400
    assert "organisation" in response.context["form"].errors


def test_the_service_refuses_an_agency_or_a_foreign_project(desk, agency) -> None:
    canon_site = Project.objects.create(name="Canon Quế Võ", province=desk.bac_ninh)
    canon_site.investors.add(desk.canon)
    with pytest.raises(ValidationError, match="agency"):
        file(desk, at(3, 2), who="officer", organisation=agency)
    with pytest.raises(ValidationError, match="not an investor"):
        file(desk, at(3, 2), who="officer", organisation=desk.thk, project=canon_site)


def test_a_correction_cannot_move_a_request_to_a_foreign_project(desk) -> None:
    canon_site = Project.objects.create(name="Canon Quế Võ", province=desk.bac_ninh)
    canon_site.investors.add(desk.canon)
    r = file(desk, at(3, 2), who="officer", organisation=desk.thk)
    with pytest.raises(ValidationError, match="not an investor"):
        services.change_request(desk.users["officer"], r, {"project": canon_site}, r.version)
