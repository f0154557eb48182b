"""Template context shared by every page: the navigation the user's role may see, in groups."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from greenlane.core.access import can, role_of

Entry = tuple[Any, str, str, str]  # (label, url name, app label, model name)


def _groups() -> list[tuple[Any, list[Entry]]]:
    """The menu: groups of entries; a group the user sees one entry of shows as a plain link.

    Apps add entries with a `menu` attribute on their AppConfig (a sequence of Entry); they go
    into the group named for the app below, or into one of their own."""
    from django.apps import apps

    def of(label: str) -> list[Entry]:
        config = apps.get_app_config(label)
        return list(getattr(config, "menu", ()))

    return [
        (_("Statistics"), [(_("Statistics"), "registry:statistics", "registry", "project")]),
        (_("Registry"), [
            (_("Projects"), "registry:project_list", "registry", "project"),
            (_("Organisations"), "orgs:organisation_list", "orgs", "organisation"),
            (_("People"), "orgs:person_list", "orgs", "person"),
            (_("Industrial parks"), "registry:industrialpark_list", "registry", "industrialpark"),
            (_("Reported figures"), "registry:reportedfigure_list", "registry", "reportedfigure"),
            (_("Provinces"), "places:province_list", "places", "province"),
            (_("Countries"), "places:country_list", "places", "country"),
        ]),
        (_("Sources"), [
            (_("Documents"), "sources:document_list", "sources", "document"),
            *of("sources"),
            *of("promotion"),
        ]),
        (_("Investor desk"), [
            *of("aftercare"),
            (_("Desk metrics"), "aftercare:metrics", "aftercare", "slapolicy"),
        ]),
        (_("Green lane"), [
            *of("procedures"),
            (_("Which procedures?"), "procedures:finder", "procedures", "procedure"),
            (_("Green-lane reports"), "procedures:reports", "procedures", "dossier"),
        ]),
        (_("Calendar"), of("calendar")),
    ]


def _visible(user: Any, entries: list[Entry], path: str) -> list[dict[str, Any]]:
    from django.apps import apps

    shown = []
    for label, url_name, app, model_name in entries:
        public = url_name == "registry:statistics"
        if public or can(user, apps.get_model(app, model_name), "view"):
            url = reverse(url_name)
            shown.append({"label": label, "url": url, "active": path.startswith(url)})
    return shown


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    nav = []
    if role_of(user) == "investor":
        url = reverse("portal:home")
        nav.append({"label": _("My portal"), "url": url, "active": request.path == url})
    for label, entries in _groups():
        shown = _visible(user, entries, request.path)
        if len(shown) == 1:
            nav.append(shown[0])
        elif shown:
            active = any(e["active"] for e in shown)
            nav.append({"label": label, "children": shown, "active": active})
    unread = 0
    if user is not None and user.is_authenticated:
        from greenlane.core.notifications import unread as count_unread

        unread = count_unread(user)
    return {"nav": nav, "role": role_of(user), "unread_notifications": unread}
