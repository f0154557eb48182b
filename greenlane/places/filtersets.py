from __future__ import annotations

import django_filters as filters
from django.utils.translation import gettext_lazy as _

from greenlane.places.models import Country, Province


class CountryFilterSet(filters.FilterSet):
    code = filters.CharFilter(lookup_expr="iexact", label=_("Code"))

    class Meta:
        model = Country
        fields: list[str] = []


class ProvinceFilterSet(filters.FilterSet):
    is_current = filters.BooleanFilter(label=_("On today's map"))
    on_former_map = filters.BooleanFilter(label=_("On the map before 1 July 2025"))
    kind = filters.ChoiceFilter(choices=Province.Kind.choices, label=_("Kind"))

    class Meta:
        model = Province
        fields: list[str] = []
