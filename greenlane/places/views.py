from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from greenlane.core.tables import Column
from greenlane.core.views import ObjectDetailView, ObjectListView
from greenlane.places import filtersets
from greenlane.places.models import Country, Province


class CountryListView(ObjectListView):
    model = Country
    public = True
    columns = (
        Column("code", _("Code"), sort="code", link=True),
        Column("name_vi", _("Vietnamese"), sort="name_vi"),
        Column("name_en", _("English"), sort="name_en"),
        Column("name_ja", _("Japanese")),
        Column("name_fr", _("French")),
    )
    filterset = filtersets.CountryFilterSet


class CountryDetailView(ObjectDetailView):
    model = Country
    public = True
    template_name = "places/country.html"


class ProvinceListView(ObjectListView):
    model = Province
    public = True
    columns = (
        Column("name", _("Name"), sort="name", link=True),
        Column("kind", _("Kind"), sort="kind"),
        Column("region", _("Region"), sort="region"),
        Column("successor", _("Merged into")),
        Column("code", _("Code"), sort="code"),
    )
    filterset = filtersets.ProvinceFilterSet
    related = ("successor",)


class ProvinceDetailView(ObjectDetailView):
    model = Province
    public = True
    template_name = "places/province.html"

    def extra(self, obj: Province) -> dict[str, Any]:
        return {"predecessors": list(obj.predecessors.all())}
