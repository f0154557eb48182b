from __future__ import annotations

from rest_framework import serializers

from greenlane.core.api import VersionedSerializer
from greenlane.orgs.models import Organisation, Person, Position
from greenlane.places.models import Country


class OrganisationSerializer(VersionedSerializer):
    country = serializers.SlugRelatedField(
        slug_field="code", queryset=Country.objects.all(), required=False, allow_null=True
    )

    class Meta:
        model = Organisation
        fields = [
            "id",
            "name",
            "short_name",
            "kind",
            "country",
            "province",
            "parent",
            "tax_code",
            "website",
            "email",
            "phone",
            "address",
            "is_strategic",
            "notes",
            "version",
        ]


class PersonSerializer(VersionedSerializer):
    class Meta:
        model = Person
        fields = ["id", "full_name", "country", "email", "phone", "notes", "version"]


class PositionSerializer(VersionedSerializer):
    class Meta:
        model = Position
        fields = ["id", "person", "organisation", "title", "start", "end", "version"]
