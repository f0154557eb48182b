from __future__ import annotations

from rest_framework import serializers

from greenlane.core.api import VersionedSerializer
from greenlane.orgs.models import Organisation
from greenlane.promotion.models import Event


class EventSerializer(VersionedSerializer):
    organisers = serializers.PrimaryKeyRelatedField(
        many=True, queryset=Organisation.objects.all(), required=False
    )
    when = serializers.CharField(read_only=True)

    class Meta:
        model = Event
        fields = [
            "id",
            "name",
            "type",
            "start",
            "end",
            "precision",
            "when",
            "province",
            "place",
            "organisers",
            "organisers_text",
            "attendance",
            "description",
            "version",
            "created",
            "updated",
        ]
        read_only_fields = ["created", "updated"]
