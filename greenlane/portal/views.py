"""The investor portal: one page where an investor sees its own requests, dossiers and projects
and what waits for it; agency staff can preview what a given investor sees."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from greenlane.aftercare.models import Request
from greenlane.core.access import role_of
from greenlane.core.roles import INTERNAL, Role
from greenlane.orgs.models import Organisation
from greenlane.procedures.models import Dossier, DossierStep
from greenlane.registry.models import Project

LIMIT = 50


class PortalView(LoginRequiredMixin, View):
    def get(self, request: HttpRequest) -> HttpResponse:
        organisation, preview = self.organisation(request)
        context: dict[str, Any] = {"organisation": organisation, "preview": preview}
        if organisation is not None:
            context.update(summary(request, organisation, preview))
        if preview is not None:
            context["choices"] = investor_organisations()
        return render(request, "portal/home.html", context)

    def organisation(self, request: HttpRequest) -> tuple[Organisation | None, bool | None]:
        """Whose portal: the investor's own; for staff, the one they chose to preview."""
        role = role_of(request.user)
        if role == Role.INVESTOR:
            return request.user.organisation, None  # type: ignore[union-attr]
        if role not in INTERNAL:
            raise PermissionDenied(_("The portal is for investors and agency staff."))
        chosen = request.GET.get("organisation", "")
        found = Organisation.objects.filter(pk=chosen).first() if chosen.isdigit() else None
        return found, True


def investor_organisations() -> models.QuerySet[Organisation]:
    """Organisations with investor users, then those investing in projects (for the preview)."""
    return Organisation.objects.filter(
        models.Q(users__role=Role.INVESTOR) | models.Q(projects__isnull=False)
    ).distinct().order_by("name")[:500]


def _scoped(
    request: HttpRequest, queryset: models.QuerySet[Any], organisation: Organisation,
    lookup: str, preview: bool | None,
) -> models.QuerySet[Any]:
    """The investor's rows: `.restrict()` for the investor, the organisation's rows in a preview
    (staff may see them all anyway)."""
    if preview:
        return queryset.filter(**{lookup: organisation})
    return queryset.restrict(request.user, "view")  # type: ignore[attr-defined]


def summary(
    request: HttpRequest, organisation: Organisation, preview: bool | None
) -> dict[str, Any]:
    requests = _scoped(request, Request.objects.all(), organisation, "organisation", preview)
    dossiers = _scoped(request, Dossier.objects.all(), organisation, "organisation", preview)
    projects = _scoped(request, Project.objects.all(), organisation, "investors", preview)
    open_requests = requests.filter(status__in=Request.OPEN).select_related("agency")
    steps = DossierStep.objects.filter(
        dossier__in=dossiers.filter(status__in=Dossier.OPEN), status=DossierStep.Status.ACTIVE
    ).select_related("dossier", "step")
    today = timezone.localdate()
    shown = list(dossiers.select_related("procedure").order_by("status", "target_due")[:LIMIT])
    requests_shown = list(open_requests.order_by("resolution_due", "-id")[:LIMIT])
    now = timezone.now()
    return {
        "open_requests": requests_shown,
        "late_requests": {
            r.pk for r in requests_shown
            if r.status != "waiting" and r.resolution_due is not None and r.resolution_due < now
        },
        "waiting": open_requests.filter(status="waiting").count(),
        "to_confirm": requests.filter(status="resolved").count(),
        "resolved_requests": list(
            requests.exclude(status__in=Request.OPEN).order_by("-received_at")[:10]
        ),
        "dossiers": shown,
        "late_dossiers": {d.pk for d in shown if d.status in Dossier.OPEN and d.target_due < today},
        "open_dossiers": dossiers.filter(status__in=Dossier.OPEN).count(),
        "late_steps": steps.filter(due__lt=today).count(),
        "next_step": steps.filter(due__gte=today).order_by("due").first(),
        "projects": list(
            projects.select_related("province", "origin").order_by("-capital_usd")[:LIMIT]
        ),
        "today": today,
    }
