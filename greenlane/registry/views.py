"""Registry screens: configuration on the generic views in greenlane.core.views."""

from __future__ import annotations

from typing import Any

from django.forms import ModelForm
from django.utils.translation import gettext_lazy as _

from greenlane.core.tables import Column
from greenlane.core.views import (
    ObjectDeleteView,
    ObjectDetailView,
    ObjectEditView,
    ObjectListView,
)
from greenlane.registry import filtersets, forms, services
from greenlane.registry.models import Adjustment, IndustrialPark, Project, Sector

PROJECT_COLUMNS = (
    Column("name", _("Name"), sort="name", link=True),
    Column("kind", _("Kind")),
    Column("investors", _("Investors")),
    Column("origin", _("Origin"), sort="origin__name_en"),
    Column("province", _("Province"), sort="province__name"),
    Column("capital_usd", _("Capital (USD)"), sort="capital_usd", kind="money"),
    Column("status", _("Status"), sort="status"),
    Column("irc_date", _("IRC date"), sort="irc_date", kind="date"),
)


class ProjectListView(ObjectListView):
    model = Project
    columns = PROJECT_COLUMNS
    filterset = filtersets.ProjectFilterSet
    related = ("origin", "province")
    prefetch = ("investors",)


class ProjectDetailView(ObjectDetailView):
    model = Project
    template_name = "registry/project.html"

    def extra(self, obj: Project) -> dict[str, Any]:
        return {
            "investors": list(obj.investors.all()),
            "adjustments": list(obj.adjustments.select_related("new_investor")),
        }


class ProjectEditView(ObjectEditView):
    model = Project
    form_class = forms.ProjectForm


class ProjectDeleteView(ObjectDeleteView):
    model = Project
    success_url = "registry:project_list"


class ParkListView(ObjectListView):
    model = IndustrialPark
    columns = (
        Column("name", _("Name"), sort="name", link=True),
        Column("province", _("Province"), sort="province__name"),
        Column("operator", _("Operator")),
        Column("area_ha", _("Area (ha)"), sort="area_ha", kind="number"),
    )
    filterset = filtersets.ParkFilterSet
    related = ("province", "operator")


class ParkDetailView(ObjectDetailView):
    model = IndustrialPark
    template_name = "registry/industrialpark.html"

    def extra(self, obj: IndustrialPark) -> dict[str, Any]:
        projects = Project.objects.restrict(self.request.user).filter(park=obj)
        return {
            "projects": projects.select_related("origin")[:100],
            "project_count": projects.count(),
        }


class ParkEditView(ObjectEditView):
    model = IndustrialPark
    form_class = forms.ParkForm


class ParkDeleteView(ObjectDeleteView):
    model = IndustrialPark
    success_url = "registry:industrialpark_list"


class SectorListView(ObjectListView):
    model = Sector
    columns = (
        Column("code", _("Code"), sort="code"),
        Column("name_vi", _("Name (Vietnamese)")),
        Column("name_en", _("Name (English)")),
    )
    filterset = filtersets.SectorFilterSet
    searchable = False
    public = True


class AdjustmentAddView(ObjectEditView):
    """Adjustments are filed from the project page and applied to the project by the service."""

    model = Adjustment
    form_class = forms.AdjustmentForm

    def load(self, pk: int | None) -> Any | None:
        project_id = self.request.GET.get("project") or self.request.POST.get("project")
        if (
            not Project.objects.restrict(self.request.user, "change")
            .filter(pk=project_id if str(project_id).isdigit() else 0)
            .exists()
        ):
            from django.core.exceptions import PermissionDenied

            raise PermissionDenied(_("You may not change this project."))
        return None

    def save(self, form: ModelForm[Any], obj: Any | None, version: int | None, reason: str) -> Any:
        adjustment = services.record_adjustment(self.request.user, form.instance, reason)
        return adjustment.project
