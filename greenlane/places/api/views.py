from __future__ import annotations

from greenlane.core.api import RestrictedViewSet
from greenlane.places import filtersets
from greenlane.places.api import serializers as s
from greenlane.places.models import Country, Province


class CountryViewSet(RestrictedViewSet):
    queryset = Country.objects.all()
    serializer_class = s.CountrySerializer
    filterset_class = filtersets.CountryFilterSet


class ProvinceViewSet(RestrictedViewSet):
    queryset = Province.objects.all()
    serializer_class = s.ProvinceSerializer
    filterset_class = filtersets.ProvinceFilterSet
