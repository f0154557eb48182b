"""Reported figures' screens: configuration on the generic views in greenlane.core.views."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from greenlane.core.tables import Column
from greenlane.core.views import ObjectDeleteView, ObjectDetailView, ObjectEditView, ObjectListView
from greenlane.registry.models import ReportedFigure
from greenlane.registry.reported import compare
from greenlane.registry.reported_forms import ReportedFigureFilterSet, ReportedFigureForm


class ReportedFigureListView(ObjectListView):
    model = ReportedFigure
    columns = (
        Column("kind", _("Kind"), sort="kind", link=True),
        Column("province", _("Province"), sort="province__name"),
        Column("origin", _("Origin"), sort="origin__name_en"),
        Column("category", _("Category"), sort="category"),
        Column("measure", _("Measure")),
        Column("projects", _("Projects"), sort="projects", kind="number"),
        Column("amount_usd", _("Amount (USD)"), kind="money"),
        Column("rank", _("Rank"), sort="rank", kind="number"),
        Column("date_label", _("Date")),
        Column("document", _("Source")),
        Column("status", _("Status"), sort="status"),
    )
    filterset = ReportedFigureFilterSet
    related = ("province", "origin", "document")


class ReportedFigureDetailView(ObjectDetailView):
    model = ReportedFigure
    template_name = "registry/reportedfigure.html"

    def extra(self, obj: ReportedFigure) -> dict[str, Any]:
        return {"comparison": compare(obj)}


class ReportedFigureEditView(ObjectEditView):
    model = ReportedFigure
    form_class = ReportedFigureForm


class ReportedFigureDeleteView(ObjectDeleteView):
    model = ReportedFigure
    success_url = "registry:reportedfigure_list"
