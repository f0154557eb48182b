"""Filters for registry lists, shared by the web pages and the API."""

from __future__ import annotations

from typing import Any

import django_filters as filters
from django import forms
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from greenlane.core.text import fold
from greenlane.orgs.models import Organisation
from greenlane.places.models import Country, Province
from greenlane.registry.forms import (
    VALID_CHOICES,
    Autocomplete,
    Checkboxes,
    ChosenRecord,
    LightSelect,
    ValidSelect,
)
from greenlane.registry.models import Adjustment, IndustrialPark, Project, Sector

# Fields a project may lack, for the "not recorded" filter (the statistics' unknown rows).
MISSING_CHOICES = [
    ("origin", _("origin")),
    ("sector", _("sector")),
    ("park", _("industrial park")),
    ("irc_date", _("IRC date")),
]


class ProjectFilterSet(filters.FilterSet):
    kind = filters.MultipleChoiceFilter(
        choices=Project.Kind.choices, label=_("Kind"), widget=Checkboxes
    )
    status = filters.MultipleChoiceFilter(
        choices=Project.Status.choices, label=_("Status"), widget=Checkboxes
    )
    valid = filters.ChoiceFilter(
        choices=VALID_CHOICES,
        method="filter_valid",
        label=_("Valid projects"),
        empty_label=_("All"),
        widget=ValidSelect,
    )
    origin = filters.ModelChoiceFilter(
        queryset=Country.objects.filter(
            Exists(Project.objects.filter(origin=OuterRef("pk")))
        ).only("code", "name_vi", "name_en", "name_ja", "name_fr"),
        to_field_name="code",
        label=_("Origin"),
        widget=LightSelect,
    )
    province = filters.ModelChoiceFilter(
        queryset=Province.objects.only("code", "name", "is_current"),
        method="filter_province",
        label=_("Province"),
        widget=LightSelect,
    )
    province_exact = filters.NumberFilter(
        field_name="province_id",
        label=_("Province, without the units merged into it"),
        widget=ChosenRecord(Province.objects.all()),
    )
    park = filters.ModelChoiceFilter(
        queryset=IndustrialPark.objects.only("name"),
        label=_("Industrial park"),
        widget=LightSelect,
    )
    sector = filters.CharFilter(method="filter_sector", label=_("Sector (VSIC code)"))
    investor = filters.NumberFilter(
        field_name="investors",
        label=_("Investor"),
        widget=ChosenRecord(Organisation.objects.none()),
    )
    investor_name = filters.CharFilter(
        method="filter_investor_name",
        label=_("Investor name"),
        widget=Autocomplete("organisation-list", {"placeholder": _("e.g. canon")}),
    )
    missing = filters.ChoiceFilter(
        choices=MISSING_CHOICES,
        method="filter_missing",
        label=_("Not recorded"),
        empty_label="—",
        widget=LightSelect,
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

    @property
    def form(self) -> forms.Form:
        """The chosen investor is named only if the user may see that organisation."""
        fresh = not hasattr(self, "_form")
        form: forms.Form = super().form
        if fresh:
            user = getattr(self.request, "user", None)
            widget = form.fields["investor"].widget
            widget.queryset = Organisation.objects.restrict(user)
        return form

    def filter_valid(self, queryset: QuerySet[Project], name: str, value: Any) -> QuerySet[Project]:
        if value not in ("true", "false"):
            return queryset
        valid = Q(status__in=Project.VALID)
        return queryset.filter(valid) if value == "true" else queryset.exclude(valid)

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

    def filter_investor_name(
        self, queryset: QuerySet[Project], name: str, value: str
    ) -> QuerySet[Project]:
        """Projects with an investor whose name holds every word, accents or not."""
        words = fold(value).split()[:8]
        if not words:
            return queryset
        organisations = Organisation.objects.all()
        for word in words:
            organisations = organisations.filter(search__contains=word)
        links = Project.investors.through.objects.filter(organisation__in=organisations)
        return queryset.filter(pk__in=links.values("project_id"))

    def filter_missing(
        self, queryset: QuerySet[Project], name: str, value: str
    ) -> QuerySet[Project]:
        if value not in dict(MISSING_CHOICES):
            return queryset
        return queryset.filter(**{f"{value}__isnull": True})


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
