from __future__ import annotations

from rest_framework import serializers

from greenlane.core.api import VersionedSerializer
from greenlane.sources.models import Citation, Document


class DocumentSerializer(VersionedSerializer):
    class Meta:
        model = Document
        fields = [
            "id",
            "title",
            "publisher",
            "published",
            "language",
            "url",
            "content_hash",
            "text",
            "version",
            "created",
        ]
        read_only_fields = ["content_hash", "created"]


class CitationSerializer(VersionedSerializer):
    model = serializers.CharField(source="content_type.model", read_only=True)

    class Meta:
        model = Citation
        fields = ["id", "document", "quote", "model", "object_id", "field", "version"]
        read_only_fields = ["object_id"]
