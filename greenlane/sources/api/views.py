from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from greenlane.core.api import RestrictedViewSet
from greenlane.sources import filtersets, ingest, tasks
from greenlane.sources.api import serializers as s
from greenlane.sources.models import Citation, Document, Fact, IngestJob

READ_ONLY = ["get", "head", "options"]


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
    http_method_names = READ_ONLY


class IngestJobViewSet(RestrictedViewSet):
    """Read-only: batches are made by uploading (`/api/ingest/`) or `greenlane ingest`. A
    running batch's `processed`, `total` and `percent` are its progress."""

    queryset = IngestJob.objects.all()
    serializer_class = s.IngestJobSerializer
    filterset_class = filtersets.IngestJobFilterSet
    search_enabled = False
    http_method_names = READ_ONLY


class FactViewSet(RestrictedViewSet):
    """Read-only here: reviewing (accept, reject, edit) is the review queue's, whose API routes
    are added beside these ones (see `api/urls.py`)."""

    queryset = Fact.objects.all()
    serializer_class = s.FactSerializer
    filterset_class = filtersets.FactFilterSet
    search_enabled = False
    prefetch = ("also_in",)
    http_method_names = READ_ONLY


class IngestUploadView(APIView):
    """POST multipart `files` (several), optional `publisher` and `url`: a new ingestion batch.
    Answers 202 with the batch; bad files are reported in its `report`, the others go through."""

    queryset = IngestJob.objects.all()  # RestrictedPermission: POST needs "add" on batches
    parser_classes = [MultiPartParser, FormParser]

    @extend_schema(request=s.IngestUploadSerializer, responses={202: s.IngestJobSerializer})
    def post(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        upload = s.IngestUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        data = upload.validated_data
        files = [ingest.Incoming.from_upload(f) for f in data["files"]]
        job = ingest.create_job(request.user, files, data.get("publisher", ""), data.get("url", ""))
        tasks.enqueue(job.pk)
        job.refresh_from_db()
        return Response(s.IngestJobSerializer(job).data, status=status.HTTP_202_ACCEPTED)
