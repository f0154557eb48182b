"""Template context shared by every page: the navigation the user's role may see."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from greenlane.core.access import can, role_of


def _menu() -> list[tuple[Any, str, str, str]]:
    """(label, url name, app label, model name) of each menu entry.

    Apps add entries with a `menu` attribute on their AppConfig: a sequence of such tuples."""
    from django.apps import apps

    extra = [entry for config in apps.get_app_configs() for entry in getattr(config, "menu", ())]
    return [*_core_menu()[:2], *extra, *_core_menu()[2:]]


def _core_menu() -> list[tuple[Any, str, str, str]]:
    return [
        (_("Statistics"), "registry:statistics", "registry", "project"),
        (_("Projects"), "registry:project_list", "registry", "project"),
        (_("Organisations"), "orgs:organisation_list", "orgs", "organisation"),
        (_("People"), "orgs:person_list", "orgs", "person"),
        (_("Industrial parks"), "registry:industrialpark_list", "registry", "industrialpark"),
        (_("Documents"), "sources:document_list", "sources", "document"),
        (_("Provinces"), "places:province_list", "places", "province"),
        (_("Countries"), "places:country_list", "places", "country"),
    ]


def navigation(request: HttpRequest) -> dict[str, Any]:
    from django.apps import apps

    user = getattr(request, "user", None)
    entries = []
    for label, url_name, app, model_name in _menu():
        model = apps.get_model(app, model_name)
        public = url_name == "registry:statistics"
        if public or can(user, model, "view"):
            url = reverse(url_name)
            entries.append({"label": label, "url": url, "active": request.path.startswith(url)})
    if role_of(user) == "investor":
        url = reverse("portal:home")
        entries.insert(0, {"label": _("My portal"), "url": url, "active": request.path == url})
    unread = 0
    if user is not None and user.is_authenticated:
        from greenlane.core.notifications import unread as count_unread

        unread = count_unread(user)
    return {"nav": entries, "role": role_of(user), "unread_notifications": unread}
