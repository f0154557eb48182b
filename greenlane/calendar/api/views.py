from __future__ import annotations

from typing import Any

from rest_framework import serializers

from greenlane.calendar import filtersets, services
from greenlane.calendar.api.serializers import HolidaySerializer
from greenlane.calendar.models import Holiday
from greenlane.core.api import RestrictedViewSet


class HolidayViewSet(RestrictedViewSet):
    """Holidays, announced days off and make-up working days; filter by `year` and `kind`."""

    queryset = Holiday.objects.all()
    serializer_class = HolidaySerializer
    filterset_class = filtersets.HolidayFilterSet
    ordering_fields = ["date", "kind", "name"]
    search_enabled = False

    def perform_create(self, serializer: serializers.BaseSerializer[Holiday]) -> None:
        data = dict(serializer.validated_data)
        data.pop("version", None)
        serializer.instance = services.add_holiday(self.request.user, data)

    def perform_update(self, serializer: serializers.BaseSerializer[Holiday]) -> None:
        data = dict(serializer.validated_data)
        version = data.pop("version", None)
        assert serializer.instance is not None
        serializer.instance = services.change_holiday(
            self.request.user, serializer.instance, data, version
        )

    def perform_destroy(self, instance: Any) -> None:
        services.remove_holiday(self.request.user, instance)
