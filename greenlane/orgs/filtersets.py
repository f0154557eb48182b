from __future__ import annotations

import django_filters as filters
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from greenlane.orgs.models import Organisation, Person, Position
from greenlane.places.models import Country, Province


class OrganisationFilterSet(filters.FilterSet):
    kind = filters.MultipleChoiceFilter(choices=Organisation.Kind.choices, label=_("Kind"))
    country = filters.ModelChoiceFilter(
        queryset=Country.objects.all(), to_field_name="code", label=_("Country")
    )
    province = filters.ModelChoiceFilter(queryset=Province.objects.all(), label=_("Province"))
    is_strategic = filters.BooleanFilter(label=_("Strategic investor"))

    class Meta:
        model = Organisation
        fields: list[str] = []


def visible_organisations(request: HttpRequest | None) -> QuerySet[Organisation]:
    """The organisations the filter offers: only those the user may see (names are data too)."""
    user = getattr(request, "user", None)
    return Organisation.objects.restrict(user, "view")


class PersonFilterSet(filters.FilterSet):
    organisation = filters.ModelChoiceFilter(
        queryset=visible_organisations,
        field_name="positions__organisation",
        label=_("Organisation"),
        distinct=True,
    )

    class Meta:
        model = Person
        fields: list[str] = []


class PositionFilterSet(filters.FilterSet):
    person = filters.NumberFilter(field_name="person_id")
    organisation = filters.NumberFilter(field_name="organisation_id")

    class Meta:
        model = Position
        fields: list[str] = []
