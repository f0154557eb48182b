"""Site-wide pages: the home page and the audit log."""

from __future__ import annotations

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views import View

from greenlane.core.access import role_of
from greenlane.core.models import AuditEntry
from greenlane.core.roles import INTERNAL, Role


def switch_language(request: HttpRequest) -> HttpResponse:
    """Django's language switch, and the choice remembered for the signed-in user."""
    from django.views.i18n import set_language

    from greenlane.core.users import set_language as remember

    response = set_language(request)
    language = request.POST.get("language", "")
    if request.method == "POST" and request.user.is_authenticated:
        remember(request.user, language)
    return response


def home(request: HttpRequest) -> HttpResponse:
    """The public front page; investors land on their portal instead."""
    from greenlane.registry.statistics import headline

    if role_of(request.user) == Role.INVESTOR:
        return redirect("portal:home")
    return render(request, "core/home.html", {"headline": headline(request.user)})


class AuditListView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        if role_of(request.user) not in INTERNAL:
            raise PermissionDenied(_("Only agency staff may read the audit log."))
        entries = AuditEntry.objects.select_related("content_type")
        if request.GET.get("actor"):
            entries = entries.filter(actor=request.GET["actor"])
        page = Paginator(entries, 50).get_page(request.GET.get("page"))
        return render(request, "core/audit.html", {"page": page, "querystring": ""})


class NotificationListView(LoginRequiredMixin, View):
    """The signed-in user's notifications, newest first; opening the page marks them read."""

    def get(self, request: HttpRequest) -> HttpResponse:
        from greenlane.core.notifications import mark_read

        rows = request.user.notifications.all()  # type: ignore[union-attr]
        page = Paginator(rows, 50).get_page(request.GET.get("page"))
        fresh = [n.pk for n in page if not n.read]
        context = {"page": page, "querystring": "", "unread_ids": fresh}
        mark_read(request.user, [n.pk for n in page])  # type: ignore[arg-type]
        return render(request, "core/notifications.html", context)
