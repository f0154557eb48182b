"""The reported figures' routes, for tests, while greenlane/registry/urls.py and
greenlane/registry/api/urls.py do not include them yet: this module is a root URLconf equal to
greenlane.urls plus those routes, and `reported_routes` switches to it only when they are missing.
Once the two lines are added, the fixture does nothing."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import NoReverseMatch, URLResolver, include, path, reverse
from rest_framework.routers import SimpleRouter

from greenlane import urls as root
from greenlane.registry import urls as registry_urls
from greenlane.registry.api.reported import ReportedFigureViewSet


def _missing_web() -> bool:
    try:
        reverse("registry:reportedfigure_list")
    except NoReverseMatch:
        return True
    return False


def _missing_api() -> bool:
    from django.urls import Resolver404, resolve

    try:
        resolve("/api/reported-figures/")
    except Resolver404:
        return True
    return False


def _patterns() -> list[Any]:
    router = SimpleRouter()
    router.register("reported-figures", ReportedFigureViewSet)
    registry = [*registry_urls.urlpatterns,
                path("reported/", include("greenlane.registry.reported_urls"))]
    patterns: list[Any] = [path("api/", include(router.urls))]
    for pattern in root.urlpatterns:
        if isinstance(pattern, URLResolver) and pattern.namespace == "registry":
            pattern = path("registry/", include((registry, "registry")))
        patterns.append(pattern)
    return patterns


urlpatterns = _patterns()


@pytest.fixture
def reported_routes(settings: Any) -> None:
    if _missing_web() or _missing_api():
        settings.ROOT_URLCONF = __name__


def test_the_reported_figures_routes_are_served_in_tests(reported_routes: None) -> None:
    assert reverse("registry:reportedfigure", args=[1]) == "/registry/reported/1/"
    assert reverse("reportedfigure-detail", args=[1]) == "/api/reported-figures/1/"
