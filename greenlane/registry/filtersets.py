"""Filters for registry lists, shared by the web pages and the API."""

from __future__ import annotations

from typing import Any

import django_filters as filters
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from greenlane.orgs.models import Organisation
from greenlane.places.models import Country, Province
from greenlane.registry.models import Adjustment, IndustrialPark, Project, Sector


class ProjectFilterSet(filters.FilterSet):
    kind = filters.MultipleChoiceFilter(choices=Project.Kind.choices, label=_("Kind"))
    status = filters.MultipleChoiceFilter(choices=Project.Status.choices, label=_("Status"))
    valid = filters.BooleanFilter(method="filter_valid", label=_("Valid projects only"))
    origin = filters.ModelChoiceFilter(
        queryset=Country.objects.all(), to_field_name="code", label=_("Origin")
    )
    province = filters.ModelChoiceFilter(
        queryset=Province.objects.all(), method="filter_province", label=_("Province")
    )
    park = filters.ModelChoiceFilter(
        queryset=IndustrialPark.objects.all(), label=_("Industrial park")
    )
    sector = filters.CharFilter(method="filter_sector", label=_("Sector (VSIC code)"))
    investor = filters.ModelChoiceFilter(
        queryset=Organisation.objects.all(), field_name="investors", label=_("Investor")
    )
    licensed_from = filters.DateFilter(
        field_name="irc_date", lookup_expr="gte", label=_("Licensed from")
    )
    licensed_to = filters.DateFilter(
        field_name="irc_date", lookup_expr="lte", label=_("Licensed until")
    )
    min_usd = filters.NumberFilter(
        field_name="capital_usd", lookup_expr="gte", label=_("Capital from (USD)")
    )
    max_usd = filters.NumberFilter(
        field_name="capital_usd", lookup_expr="lte", label=_("Capital up to (USD)")
    )

    class Meta:
        model = Project
        fields: list[str] = []

    def filter_valid(self, queryset: QuerySet[Project], name: str, value: Any) -> QuerySet[Project]:
        if value is None:
            return queryset
        valid = Q(status__in=Project.VALID)
        return queryset.filter(valid) if value else queryset.exclude(valid)

    def filter_province(
        self, queryset: QuerySet[Project], name: str, value: Province | None
    ) -> QuerySet[Project]:
        """A current province covers the former provinces merged into it."""
        if value is None:
            return queryset
        return queryset.filter(Q(province=value) | Q(province__successor=value))

    def filter_sector(
        self, queryset: QuerySet[Project], name: str, value: str
    ) -> QuerySet[Project]:
        code = value.strip().upper()
        if not code:
            return queryset
        return queryset.filter(Q(sector__code=code) | Q(sector__parent__code=code))


class ParkFilterSet(filters.FilterSet):
    province = filters.ModelChoiceFilter(queryset=Province.objects.all(), label=_("Province"))

    class Meta:
        model = IndustrialPark
        fields: list[str] = []


class SectorFilterSet(filters.FilterSet):
    level = filters.NumberFilter(label=_("Level"))

    class Meta:
        model = Sector
        fields: list[str] = []


class AdjustmentFilterSet(filters.FilterSet):
    kind = filters.MultipleChoiceFilter(choices=Adjustment.Kind.choices, label=_("Kind"))
    project = filters.NumberFilter(field_name="project_id", label=_("Project"))

    class Meta:
        model = Adjustment
        fields: list[str] = []
