from __future__ import annotations

from rest_framework import serializers

from greenlane.core.api import VersionedSerializer
from greenlane.sources.models import Citation, Document, Fact, IngestJob


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


class IngestJobSerializer(serializers.ModelSerializer):
    percent = serializers.IntegerField(read_only=True)

    class Meta:
        model = IngestJob
        fields = [
            "id", "status", "actor", "total", "processed", "percent", "created_documents",
            "duplicates", "failed", "facts", "report", "created", "finished",
        ]
        read_only_fields = fields


class FactSerializer(VersionedSerializer):
    kind_display = serializers.CharField(source="get_kind_display", read_only=True)
    values = serializers.JSONField(read_only=True)

    class Meta:
        model = Fact
        fields = [
            "id", "document", "kind", "kind_display", "data", "edited", "values", "evidence",
            "start", "end", "status", "note", "reviewed_by", "reviewed", "also_in", "version",
            "created",
        ]
        read_only_fields = [
            "document", "kind", "data", "evidence", "start", "end", "reviewed_by", "reviewed",
            "also_in", "created",
        ]


class IngestUploadSerializer(serializers.Serializer):
    # Each file is checked by ingestion and reported on its own: an empty one is not refused here.
    files = serializers.ListField(
        child=serializers.FileField(allow_empty_file=True), allow_empty=False
    )
    publisher = serializers.CharField(max_length=200, required=False, allow_blank=True)
    url = serializers.URLField(max_length=1000, required=False, allow_blank=True)
