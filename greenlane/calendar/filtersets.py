"""Filters for the holiday list, shared by the web page and the API."""

from __future__ import annotations

import django_filters as filters
from django.utils.translation import gettext_lazy as _

from greenlane.calendar.models import Holiday


class HolidayFilterSet(filters.FilterSet):
    year = filters.NumberFilter(
        field_name="date", lookup_expr="year", label=_("Year"), min_value=1, max_value=9999
    )
    kind = filters.MultipleChoiceFilter(choices=Holiday.Kind.choices, label=_("Kind"))
    date_from = filters.DateFilter(field_name="date", lookup_expr="gte", label=_("From"))
    date_to = filters.DateFilter(field_name="date", lookup_expr="lte", label=_("Until"))

    class Meta:
        model = Holiday
        fields: list[str] = []
