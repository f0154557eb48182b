from __future__ import annotations

from typing import Any

from rest_framework import serializers

from greenlane.core.api import VersionedSerializer
from greenlane.orgs.models import Organisation
from greenlane.places.models import Country
from greenlane.registry.models import Adjustment, IndustrialPark, Project, Sector


class SectorSerializer(VersionedSerializer):
    class Meta:
        model = Sector
        fields = ["id", "code", "level", "name_vi", "name_en", "parent", "version"]


class ParkSerializer(VersionedSerializer):
    class Meta:
        model = IndustrialPark
        fields = [
            "id",
            "name",
            "province",
            "operator",
            "area_ha",
            "established",
            "notes",
            "version",
        ]


class ProjectSerializer(VersionedSerializer):
    origin = serializers.SlugRelatedField(
        slug_field="code", queryset=Country.objects.all(), required=False, allow_null=True
    )
    investors = serializers.PrimaryKeyRelatedField(
        many=True, queryset=Organisation.objects.all(), required=False
    )
    capital_usd = serializers.DecimalField(max_digits=22, decimal_places=2, read_only=True)
    url = serializers.SerializerMethodField()

    class Meta:
        model = Project
        fields = [
            "id",
            "url",
            "name",
            "kind",
            "investors",
            "origin",
            "province",
            "park",
            "sector",
            "capital",
            "currency",
            "usd_rate",
            "capital_usd",
            "status",
            "irc_number",
            "irc_date",
            "area_ha",
            "description",
            "version",
            "created",
            "updated",
        ]
        read_only_fields = ["created", "updated"]

    def get_url(self, obj: Project) -> str:
        return obj.get_absolute_url()

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        park = attrs.get("park", getattr(self.instance, "park", None))
        province = attrs.get("province", getattr(self.instance, "province", None))
        if park is not None and province is not None and park.province.current != province.current:
            raise serializers.ValidationError(
                {"park": "This industrial park is in another province."}
            )
        return attrs


class AdjustmentSerializer(VersionedSerializer):
    class Meta:
        model = Adjustment
        fields = [
            "id",
            "project",
            "kind",
            "date",
            "amount",
            "currency",
            "new_investor",
            "note",
            "version",
        ]
