from __future__ import annotations

from greenlane.core.api import RestrictedViewSet
from greenlane.sources import filtersets
from greenlane.sources.api import serializers as s
from greenlane.sources.models import Citation, Document


class DocumentViewSet(RestrictedViewSet):
    queryset = Document.objects.all()
    serializer_class = s.DocumentSerializer
    filterset_class = filtersets.DocumentFilterSet


class CitationViewSet(RestrictedViewSet):
    """Read-only: citations are written by `sources.services.cite` (review, import)."""

    queryset = Citation.objects.all()
    serializer_class = s.CitationSerializer
    filterset_class = filtersets.CitationFilterSet
    search_enabled = False
    related = ("content_type",)
    http_method_names = ["get", "head", "options"]
