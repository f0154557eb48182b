"""The reported figures' edit form and list filters (web pages and API)."""

from __future__ import annotations

import django_filters as filters
from django import forms
from django.utils.translation import gettext_lazy as _

from greenlane.core.forms import DateInput
from greenlane.places.models import Country, Province
from greenlane.registry.models import ReportedFigure


class ReportedFigureForm(forms.ModelForm):
    class Meta:
        model = ReportedFigure
        fields = [
            "kind", "measure", "category", "province", "origin", "subject", "label", "projects",
            "amount", "currency", "qualifier", "share_pct", "rank", "rank_of", "value",
            "value_high", "unit", "as_of", "period_start", "period_end", "document", "quote",
            "status",
        ]
        widgets = {
            "as_of": DateInput(),
            "period_start": DateInput(),
            "period_end": DateInput(),
            "label": forms.Textarea(attrs={"rows": 2}),
            "quote": forms.Textarea(attrs={"rows": 3}),
        }


class ReportedFigureFilterSet(filters.FilterSet):
    kind = filters.MultipleChoiceFilter(choices=ReportedFigure.Kind.choices, label=_("Kind"))
    category = filters.ChoiceFilter(choices=ReportedFigure.Category.choices, label=_("Category"))
    measure = filters.ChoiceFilter(choices=ReportedFigure.Measure.choices, label=_("Measure"))
    province = filters.ModelChoiceFilter(queryset=Province.objects.all(), label=_("Province"))
    origin = filters.ModelChoiceFilter(
        queryset=Country.objects.all(), to_field_name="code", label=_("Origin")
    )
    document = filters.NumberFilter(field_name="document_id", label=_("Source document"))
    status = filters.ChoiceFilter(choices=ReportedFigure.Status.choices, label=_("Status"))
    as_of_from = filters.DateFilter(field_name="as_of", lookup_expr="gte", label=_("As of from"))
    as_of_to = filters.DateFilter(field_name="as_of", lookup_expr="lte", label=_("As of until"))

    class Meta:
        model = ReportedFigure
        fields: list[str] = []
