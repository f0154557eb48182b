"""Meta-tests: every model is reachable over the API and covered by an access-matrix class, and
each model's access policy is the one the agency decided."""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest
from django.apps import apps
from django.urls import URLPattern, URLResolver, get_resolver
from rest_framework.viewsets import GenericViewSet

import tests.access
from greenlane.core.models import AuditEntry, Notification, User
from tests.testing import AccessMatrix

PROJECT_APPS = ("places", "orgs", "registry", "promotion", "sources", "calendar", "aftercare", "procedures", "portal")
# core models with their own tests instead of a matrix class (test_investor_isolation.py: the
# audit log page; User has no API and no list page).
CORE_HANDLED_SEPARATELY = {User, AuditEntry, Notification}

# The agency's decision, per model: (anonymous visitors see it, what an investor sees[, who
# writes through the generic pages and API: default admin and officer]).
EDITORS = frozenset({"admin", "officer"})
DESK = frozenset({"admin", "officer", "taskforce"})
POLICY: dict[str, tuple[Any, ...]] = {
    "places.country": (True, "all"),
    "places.province": (True, "all"),
    "registry.sector": (True, "all"),
    "registry.industrialpark": (False, "all"),
    "registry.project": (False, "own"),
    "registry.adjustment": (False, "own"),
    "orgs.organisation": (False, "own"),
    "orgs.person": (False, "none"),
    "orgs.position": (False, "none"),
    "sources.document": (False, "none"),
    "sources.citation": (False, "none"),
    "sources.ingestjob": (False, "none"),
    "sources.fact": (False, "none"),
    "promotion.event": (False, "none"),
    "registry.reportedfigure": (False, "none"),
    "calendar.holiday": (False, "all"),
    "aftercare.request": (False, "own", DESK),
    "aftercare.message": (False, "own", DESK),
    "aftercare.attachment": (False, "own", DESK),
    "aftercare.slapolicy": (False, "none", DESK),
    "aftercare.escalationlevel": (False, "none", DESK),
    "aftercare.systemicissue": (False, "none", DESK),
    "procedures.procedure": (True, "all"),
    "procedures.step": (True, "all"),
    "procedures.dossier": (False, "own", DESK),
    "procedures.dossierstep": (False, "own", DESK),
    "procedures.dossierattachment": (False, "own", DESK),
    # portal
}


def project_models() -> list[Any]:
    return [m for app in PROJECT_APPS for m in apps.get_app_config(app).get_models()]


def viewset_models() -> dict[Any, list[type]]:
    found: dict[Any, list[type]] = {}

    def walk(patterns: list[Any]) -> None:
        for p in patterns:
            if isinstance(p, URLResolver):
                walk(p.url_patterns)
            elif isinstance(p, URLPattern):
                cls = getattr(p.callback, "cls", None)
                if cls and issubclass(cls, GenericViewSet) and getattr(cls, "queryset", None) is not None:
                    found.setdefault(cls.queryset.model, []).append(cls)

    walk(get_resolver().url_patterns)
    return found


def matrix_classes() -> list[type[AccessMatrix]]:
    for info in pkgutil.walk_packages(tests.access.__path__, "tests.access."):
        if info.name.rsplit(".", 1)[-1].startswith("test_"):
            importlib.import_module(info.name)
    seen, todo = [], list(AccessMatrix.__subclasses__())
    while todo:
        cls = todo.pop()
        seen.append(cls)
        todo.extend(cls.__subclasses__())
    return seen


@pytest.mark.parametrize("model", project_models(), ids=lambda m: m._meta.label_lower)
def test_every_model_has_an_api_viewset(model: Any) -> None:
    assert model in viewset_models(), f"{model._meta.label} has no API viewset registered"


@pytest.mark.parametrize("model", project_models(), ids=lambda m: m._meta.label_lower)
def test_every_model_has_an_access_matrix_class(model: Any) -> None:
    covered = {cls.model for cls in matrix_classes() if hasattr(cls, "model")}
    assert model in covered, f"{model._meta.label} has no AccessMatrix test class"


def test_every_core_model_is_handled_separately_and_none_is_exposed_over_the_api() -> None:
    core = set(apps.get_app_config("core").get_models())
    assert core == CORE_HANDLED_SEPARATELY, "a new core model needs its access tests"
    assert not core & set(viewset_models())


def test_every_access_matrix_class_points_at_its_models_api_route() -> None:
    from django.urls import resolve

    for cls in matrix_classes():
        if hasattr(cls, "model"):
            view = resolve(cls.api).func
            assert view.cls.queryset.model is cls.model, cls.__name__  # type: ignore[attr-defined]


@pytest.mark.parametrize("model", project_models(), ids=lambda m: m._meta.label_lower)
def test_every_models_access_declaration_matches_the_agencys_policy(model: Any) -> None:
    label = model._meta.label_lower
    assert label in POLICY, f"decide who may see {label} and add it to POLICY"
    public, investor, *writers = POLICY[label]
    access = model.access
    assert access.public is public
    assert access.write == (writers[0] if writers else EDITORS)
    assert {"admin", "officer", "leader", "taskforce"} <= access.view | (
        {"admin", "officer", "leader", "taskforce"} if access.public or access.signed_in else set())
    if investor == "all":
        assert access.public or access.signed_in
    elif investor == "own":
        assert not (access.public or access.signed_in) and access.investor_scope
    else:
        assert not (access.public or access.signed_in) and access.investor_scope is None
