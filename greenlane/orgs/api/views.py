from __future__ import annotations

from greenlane.core.api import RestrictedViewSet
from greenlane.orgs import filtersets
from greenlane.orgs.api import serializers as s
from greenlane.orgs.models import Organisation, Person, Position


class OrganisationViewSet(RestrictedViewSet):
    queryset = Organisation.objects.all()
    serializer_class = s.OrganisationSerializer
    filterset_class = filtersets.OrganisationFilterSet
    ordering_fields = ["name", "created"]


class PersonViewSet(RestrictedViewSet):
    queryset = Person.objects.all()
    serializer_class = s.PersonSerializer
    filterset_class = filtersets.PersonFilterSet


class PositionViewSet(RestrictedViewSet):
    queryset = Position.objects.all()
    serializer_class = s.PositionSerializer
    filterset_class = filtersets.PositionFilterSet
    search_enabled = False
