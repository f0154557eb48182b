"""The finder page (“which procedures do I need?”) and the reports page."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from greenlane.calendar.services import office_calendar
from greenlane.procedures import conf, finder, forms, reports
from greenlane.procedures.models import Dossier
from greenlane.registry.models import Project


def _project(request: HttpRequest) -> Project | None:
    """The registry project named by ?project=ID, if the user may see it."""
    pk = request.GET.get("project", "")
    if not pk.isdigit():
        return None
    projects = Project.objects.restrict(request.user).select_related("sector", "park")
    found: Project | None = projects.filter(pk=pk).first()
    return found


def _facts(data: dict[str, Any]) -> finder.Facts:
    sector = (data.get("sector") or "").strip().upper()
    return finder.Facts(
        sector=sector,
        foreign_share=data.get("foreign_share") or Decimal(0),
        in_park=bool(data.get("in_park")),
        land_ha=data.get("land_ha"),
        capital_vnd=data.get("capital_vnd") or Decimal(0),
        environment_group=data.get("environment_group") or finder.estimated_group(sector),
        foreign_experts=bool(data.get("foreign_experts")),
    )


def finder_page(request: HttpRequest) -> HttpResponse:
    """Public: anyone may enter facts by hand; a signed-in user may start from a project."""
    project = _project(request)
    share = conf.green_lane_share()
    context: dict[str, Any] = {"project": project, "error": None, "share_pct": share * 100}
    today = timezone.localdate()
    context["pick"] = forms.ProjectPickForm(user=request.user, initial={"project": project})
    if request.GET.get("project") and project is None:
        context["error"] = _("No such project, or you may not see it.")
        context["form"] = forms.FinderForm()
        return render(request, "procedures/finder.html", context)
    if project is not None and not request.GET.get("sector"):
        facts = finder.facts_from_project(project)
        context["form"] = forms.FinderForm(initial={**facts.__dict__, "start": today})
        context["plan"] = finder.plan(facts, today, office_calendar(), share)
        return render(request, "procedures/finder.html", context)
    typed = {k: v for k, v in request.GET.items() if k != "project"}
    form = context["form"] = forms.FinderForm(typed or None)
    if form.is_bound and form.is_valid():
        start = form.cleaned_data.get("start") or today
        context["plan"] = finder.plan(_facts(form.cleaned_data), start, office_calendar(), share)
    return render(request, "procedures/finder.html", context)


class ReportsView(LoginRequiredMixin, View):
    """Statistics of the dossiers the user may see (an investor: its own)."""

    def get(self, request: HttpRequest) -> HttpResponse:
        form = forms.PeriodForm(request.GET or None)
        start = end = None
        if form.is_bound and form.is_valid():
            start, end = form.cleaned_data["decided_from"], form.cleaned_data["decided_to"]
        report = reports.build(
            Dossier.objects.restrict(request.user), office_calendar(), conf.green_lane_share(),
            timezone.localdate(), start, end,
        )
        tables = [
            (_("By procedure"), report.by_procedure, "by-procedure", _("Procedure")),
            (_("By agency"), report.by_agency, "by-agency", _("Agency")),
        ]
        return render(request, "procedures/reports.html", {
            "form": form, "report": report, "tables": tables, "share": conf.green_lane_share(),
        })
