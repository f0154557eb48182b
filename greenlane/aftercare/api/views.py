"""The desk over the API. Requests are created and edited through the services; the life cycle
is a set of POST actions on a request; investors use only their actions (file, message,
attach, confirm, reopen) on their own organisation's requests."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404
from drf_spectacular.utils import extend_schema
from rest_framework import permissions, serializers, status
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.request import Request as ApiRequest
from rest_framework.response import Response

from greenlane.aftercare import filtersets, services
from greenlane.aftercare.api import serializers as s
from greenlane.aftercare.models import (
    Attachment,
    EscalationLevel,
    Message,
    Request,
    SLAPolicy,
    SystemicIssue,
)
from greenlane.core.access import role_of
from greenlane.core.api import RestrictedViewSet
from greenlane.core.files import serve
from greenlane.core.models import User
from greenlane.core.roles import Role
from greenlane.orgs.models import Organisation
from greenlane.registry.models import Project

# Actions an investor may call: the services check that the request is its own.
INVESTOR_ACTIONS = ("file", "message", "attach", "confirm", "reopen")


def _pick(model: type[models.Model], pk: Any, field: str) -> Any:
    if pk in (None, ""):
        return None
    found = model._default_manager.filter(pk=pk).first()
    if found is None:
        raise serializers.ValidationError({field: "No such record."})
    return found


class RequestViewSet(RestrictedViewSet):
    queryset = Request.objects.all()
    serializer_class = s.RequestSerializer
    filterset_class = filtersets.RequestFilterSet
    ordering_fields = ["received_at", "resolution_due", "first_response_due", "priority", "id"]
    related = ("organisation", "agency")
    prefetch = ("issues",)
    parser_classes = [JSONParser, MultiPartParser, FormParser]

    def get_serializer_class(self) -> type[serializers.BaseSerializer[Any]]:
        if role_of(self.request.user) == Role.INVESTOR:
            return s.InvestorRequestSerializer
        return s.RequestSerializer

    def get_permissions(self) -> list[Any]:
        if self.action in INVESTOR_ACTIONS:
            return [permissions.IsAuthenticated()]
        return list(super().get_permissions())

    def perform_create(self, serializer: serializers.BaseSerializer[Any]) -> None:
        data = dict(serializer.validated_data)
        data.pop("version", None)
        serializer.instance = services.file_request(self.request.user, data)

    def perform_update(self, serializer: serializers.BaseSerializer[Any]) -> None:
        data = dict(serializer.validated_data)
        version = data.pop("version", None)
        assert serializer.instance is not None
        serializer.instance = services.change_request(
            self.request.user, serializer.instance, data, version)

    def target(self) -> Request:
        """The request of a detail action, if the user may see it at all."""
        found = Request.objects.restrict(self.request.user).filter(pk=self.kwargs["pk"]).first()
        if found is None:
            raise Http404
        return found

    def answer(self, obj: Request, code: int = status.HTTP_200_OK) -> Response:
        serializer = self.get_serializer_class()(obj, context=self.get_serializer_context())
        return Response(serializer.data, status=code)

    @extend_schema(request=s.FileSerializer, responses={201: s.InvestorRequestSerializer})
    @action(detail=False, methods=["post"])
    def file(self, request: ApiRequest) -> Response:
        """An investor files a request for its own organisation."""
        if role_of(request.user) != Role.INVESTOR:
            raise PermissionDenied("The desk files requests with POST on the list.")
        payload = s.FileSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = dict(payload.validated_data)
        data["project"] = _pick(Project, data.get("project"), "project")
        files = request.FILES.getlist("files")
        return self.answer(services.file_request(request.user, data, files), 201)

    def _step(self, request: ApiRequest, run: Any) -> Response:
        payload = s.StepSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        data = dict(payload.validated_data)
        data["agency"] = _pick(Organisation, data.get("agency"), "agency")
        data["officer"] = _pick(User, data.get("officer"), "officer")
        data["issue"] = _pick(SystemicIssue, data.get("issue"), "issue")
        return self.answer(run(self.target(), data, data.get("version"), data["text"]))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"])
    def acknowledge(self, request: ApiRequest, pk: str) -> Response:
        return self._step(request, lambda r, d, v, t: services.acknowledge(request.user, r, v, t))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"])
    def assign(self, request: ApiRequest, pk: str) -> Response:
        return self._step(request, lambda r, d, v, t: services.assign(
            request.user, r, d["agency"], d["officer"], v, t))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"])
    def start(self, request: ApiRequest, pk: str) -> Response:
        return self._step(request, lambda r, d, v, t: services.start(
            request.user, r, d["agency"], v, t))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"])
    def wait(self, request: ApiRequest, pk: str) -> Response:
        """Ask the investor (`text` is the question); the clock pauses."""
        return self._step(request, lambda r, d, v, t: services.wait_on_investor(
            request.user, r, t, v))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"])
    def resume(self, request: ApiRequest, pk: str) -> Response:
        return self._step(request, lambda r, d, v, t: services.resume(request.user, r, v, t))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"])
    def resolve(self, request: ApiRequest, pk: str) -> Response:
        """`text` is the resolution, sent to the investor."""
        return self._step(request, lambda r, d, v, t: services.resolve(request.user, r, t, v))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"])
    def confirm(self, request: ApiRequest, pk: str) -> Response:
        return self._step(request, lambda r, d, v, t: services.confirm(request.user, r, t, v))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request: ApiRequest, pk: str) -> Response:
        return self._step(request, lambda r, d, v, t: services.reopen(request.user, r, t, v))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"])
    def close(self, request: ApiRequest, pk: str) -> Response:
        return self._step(request, lambda r, d, v, t: services.close(request.user, r, t, v))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"], url_path="link-issue")
    def link_issue(self, request: ApiRequest, pk: str) -> Response:
        return self._step(request, lambda r, d, v, t: services.link_issue(
            request.user, r, _required_issue(d), True, v))

    @extend_schema(request=s.StepSerializer)
    @action(detail=True, methods=["post"], url_path="unlink-issue")
    def unlink_issue(self, request: ApiRequest, pk: str) -> Response:
        return self._step(request, lambda r, d, v, t: services.link_issue(
            request.user, r, _required_issue(d), False, v))

    @extend_schema(request=s.PostSerializer, responses={201: s.MessageSerializer})
    @action(detail=True, methods=["post"])
    def message(self, request: ApiRequest, pk: str) -> Response:
        """Write to the thread (files as multipart `files`); internal notes: officers only."""
        payload = s.PostSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        message = services.post_message(
            request.user, self.target(), payload.validated_data["body"],
            payload.validated_data["internal"], request.FILES.getlist("files"))
        return Response(s.MessageSerializer(message).data, status=201)

    @extend_schema(request=s.UploadSerializer, responses={201: s.AttachmentSerializer})
    @action(detail=True, methods=["post"])
    def attach(self, request: ApiRequest, pk: str) -> Response:
        """Upload one file (multipart `file`)."""
        upload = request.FILES.get("file")
        if upload is None:
            raise serializers.ValidationError({"file": "Send the file as multipart 'file'."})
        target, data = self.target(), _form(request)
        message = _pick(Message, data.get("message"), "message")
        if message is not None and not Message.objects.restrict(request.user).filter(
                pk=message.pk).exists():
            raise serializers.ValidationError({"message": "No such record."})
        internal = str(data.get("internal", "")).lower() in ("1", "true", "on")
        attachment = services.attach(request.user, target, upload, internal, message)
        return Response(s.AttachmentSerializer(attachment).data, status=201)


def _form(request: ApiRequest) -> Any:
    """The request's fields (a multipart form or JSON object)."""
    data: Any = request.data
    return data if hasattr(data, "get") else {}


def _required_issue(data: dict[str, Any]) -> SystemicIssue:
    if data.get("issue") is None:
        raise serializers.ValidationError({"issue": "Choose a systemic issue."})
    issue: SystemicIssue = data["issue"]
    return issue


class MessageViewSet(RestrictedViewSet):
    """The threads; an investor lists only its own requests' messages, never internal notes."""

    queryset = Message.objects.all()
    serializer_class = s.MessageSerializer
    filterset_class = filtersets.MessageFilterSet
    search_enabled = False

    def perform_create(self, serializer: serializers.BaseSerializer[Any]) -> None:
        data = serializer.validated_data
        serializer.instance = services.post_message(
            self.request.user, data["request"], data["body"], data.get("internal", False))


class AttachmentViewSet(RestrictedViewSet):
    """Read-only: files arrive with POST /api/aftercare/requests/{id}/attach/ or a message."""

    queryset = Attachment.objects.all()
    serializer_class = s.AttachmentSerializer
    filterset_class = filtersets.AttachmentFilterSet
    search_enabled = False
    http_method_names = ["get", "head", "options"]

    @action(detail=True, methods=["get"])
    def download(self, request: ApiRequest, pk: str) -> Any:
        """The file itself, to those who may see it."""
        attachment = self.get_object()
        return serve(attachment.file, attachment.name)


class SLAPolicyViewSet(RestrictedViewSet):
    queryset = SLAPolicy.objects.all()
    serializer_class = s.SLAPolicySerializer
    search_enabled = False


class EscalationLevelViewSet(RestrictedViewSet):
    queryset = EscalationLevel.objects.all()
    serializer_class = s.EscalationLevelSerializer
    search_enabled = False
    prefetch = ("users",)


class SystemicIssueViewSet(RestrictedViewSet):
    queryset = SystemicIssue.objects.all()
    serializer_class = s.SystemicIssueSerializer
    filterset_class = filtersets.SystemicIssueFilterSet
    prefetch = ("requests",)
