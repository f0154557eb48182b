from importlib import import_module
from typing import Any

from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerView
from rest_framework.routers import APIRootView

from greenlane.core import views_site

API_APPS = (
    "places", "orgs", "registry", "sources", "promotion", "calendar", "aftercare", "procedures",
    "portal",
)


def api_root() -> Any:
    """One root listing every app's routes (each app's router would otherwise shadow the next)."""
    routes = {}
    for app in API_APPS:
        router = getattr(import_module(f"greenlane.{app}.api.urls"), "router", None)
        for prefix, _viewset, basename in getattr(router, "registry", ()):
            routes[prefix] = f"{basename}-list"
    return APIRootView.as_view(api_root_dict=routes)


api_patterns = [
    path("", api_root(), name="api-root"),
    *(path("", include(f"greenlane.{app}.api.urls")) for app in API_APPS),
    path("statistics/", include("greenlane.registry.api.statistics_urls")),
]

urlpatterns = [
    path("", views_site.home, name="home"),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("i18n/setlang/", views_site.switch_language, name="set_language"),
    path("i18n/catalog.js", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("audit/", views_site.AuditListView.as_view(), name="audit"),
    path("notifications/", views_site.NotificationListView.as_view(), name="notifications"),
    path("places/", include("greenlane.places.urls")),
    path("orgs/", include("greenlane.orgs.urls")),
    path("registry/", include("greenlane.registry.urls")),
    path("promotion/", include("greenlane.promotion.urls")),
    path("sources/review/", include("greenlane.sources.review_urls")),
    path("sources/", include("greenlane.sources.urls")),
    path("calendar/", include("greenlane.calendar.urls")),
    path("aftercare/", include("greenlane.aftercare.urls")),
    path("procedures/", include("greenlane.procedures.urls")),
    path("portal/", include("greenlane.portal.urls")),
    path("api/", include(api_patterns)),
    path("api/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("api/docs/", SpectacularSwaggerView.as_view(url_name="schema"), name="api-docs"),
    path("api/redoc/", SpectacularRedocView.as_view(url_name="schema"), name="api-redoc"),
]
