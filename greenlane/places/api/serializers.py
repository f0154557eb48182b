from __future__ import annotations

from greenlane.core.api import VersionedSerializer
from greenlane.places.models import Country, Province


class CountrySerializer(VersionedSerializer):
    class Meta:
        model = Country
        fields = ["id", "code", "name_vi", "name_en", "name_ja", "name_fr", "aliases", "version"]


class ProvinceSerializer(VersionedSerializer):
    class Meta:
        model = Province
        fields = [
            "id",
            "code",
            "name",
            "name_en",
            "kind",
            "region",
            "is_current",
            "on_former_map",
            "successor",
            "aliases",
            "version",
        ]
