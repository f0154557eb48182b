"""Filters for the event list, shared by the web page and the API."""

from __future__ import annotations

import django_filters as filters
from django.utils.translation import gettext_lazy as _

from greenlane.orgs.filtersets import visible_organisations
from greenlane.places.models import Province
from greenlane.promotion.models import Event


class EventFilterSet(filters.FilterSet):
    type = filters.MultipleChoiceFilter(choices=Event.Type.choices, label=_("Type"))
    province = filters.ModelChoiceFilter(queryset=Province.objects.all(), label=_("Province"))
    organiser = filters.ModelChoiceFilter(
        queryset=visible_organisations, field_name="organisers", label=_("Organiser")
    )
    start_from = filters.DateFilter(field_name="start", lookup_expr="gte", label=_("From"))
    start_to = filters.DateFilter(field_name="start", lookup_expr="lte", label=_("Until"))

    class Meta:
        model = Event
        fields: list[str] = []
