from __future__ import annotations

from rest_framework import serializers

from greenlane.core.api import RestrictedViewSet
from greenlane.registry import filtersets, services
from greenlane.registry.api import serializers as s
from greenlane.registry.models import Adjustment, IndustrialPark, Project, Sector


class SectorViewSet(RestrictedViewSet):
    queryset = Sector.objects.all()
    serializer_class = s.SectorSerializer
    filterset_class = filtersets.SectorFilterSet
    search_enabled = False


class ParkViewSet(RestrictedViewSet):
    queryset = IndustrialPark.objects.all()
    serializer_class = s.ParkSerializer
    filterset_class = filtersets.ParkFilterSet


class ProjectViewSet(RestrictedViewSet):
    queryset = Project.objects.all()
    serializer_class = s.ProjectSerializer
    filterset_class = filtersets.ProjectFilterSet
    ordering_fields = ["name", "irc_date", "capital_usd", "created"]
    related = ("origin",)
    prefetch = ("investors",)


class AdjustmentViewSet(RestrictedViewSet):
    queryset = Adjustment.objects.all()
    serializer_class = s.AdjustmentSerializer
    filterset_class = filtersets.AdjustmentFilterSet
    search_enabled = False

    def perform_create(self, serializer: serializers.BaseSerializer[Adjustment]) -> None:
        data = dict(serializer.validated_data)
        data.pop("version", None)
        project = data["project"]
        if not Project.objects.restrict(self.request.user, "change").filter(pk=project.pk).exists():
            raise serializers.ValidationError({"project": "You may not change this project."})
        serializer.instance = services.record_adjustment(self.request.user, Adjustment(**data))
