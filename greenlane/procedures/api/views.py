from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.exceptions import MethodNotAllowed, PermissionDenied
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response

from greenlane.core.api import RestrictedViewSet
from greenlane.core.files import serve
from greenlane.procedures import filtersets, services
from greenlane.procedures.api import serializers as s
from greenlane.procedures.models import Dossier, DossierAttachment, DossierStep, Procedure, Step


class ProcedureViewSet(RestrictedViewSet):
    queryset = Procedure.objects.all()
    serializer_class = s.ProcedureSerializer
    filterset_class = filtersets.ProcedureFilterSet
    ordering_fields = ["order", "code", "name", "statutory_days"]
    related = ("agency",)
    prefetch = ("steps", "prerequisites")


class StepViewSet(RestrictedViewSet):
    queryset = Step.objects.all()
    serializer_class = s.ProcedureStepSerializer
    filterset_class = filtersets.StepFilterSet
    search_enabled = False


def _act(
    request: Request, obj: Any, call: Callable[[dt.date, str, int | None], Any]
) -> dict[str, Any]:
    data = s.DossierActionSerializer(data=request.data)
    data.is_valid(raise_exception=True)
    values = data.validated_data
    call(values.get("on") or timezone.localdate(), values.get("note", ""), values.get("version"))
    return {"id": obj.pk}


class DossierViewSet(RestrictedViewSet):
    """Dossiers; POST files one through `submit_dossier`. Actions: return, resubmit, reject,
    complete (body: on, note, version) and files (multipart upload: file, description)."""

    queryset = Dossier.objects.all()
    serializer_class = s.DossierSerializer
    filterset_class = filtersets.DossierFilterSet
    ordering_fields = ["submitted", "target_due", "reference", "status", "completed"]
    related = ("organisation", "procedure")

    def perform_create(self, serializer: serializers.BaseSerializer[Dossier]) -> None:
        data = dict(serializer.validated_data)
        serializer.instance = services.submit_dossier(
            self.request.user, organisation=data["organisation"], procedure=data["procedure"],
            submitted=data["submitted"], green_lane=data.get("green_lane", False),
            project=data.get("project"), note=data.get("note", ""),
            reference=data.get("reference", ""),
        )

    def perform_update(self, serializer: serializers.BaseSerializer[Dossier]) -> None:
        data = dict(serializer.validated_data)
        version = data.pop("version", None)
        for fixed in ("organisation", "procedure", "reference"):
            data.pop(fixed, None)
        assert serializer.instance is not None
        serializer.instance = services.update_dossier(
            self.request.user, serializer.instance, data, version
        )

    def _dossier_action(self, request: Request, name: str) -> Response:
        dossier = self.get_object()
        calls: dict[str, Callable[..., Any]] = {
            "return": services.return_for_completion,
            "resubmit": lambda who, d, on, note, version: services.resubmit(who, d, on, version),
            "reject": services.reject_dossier,
            "complete": services.complete_dossier,
        }
        _act(request, dossier, lambda on, note, version: calls[name](
            request.user, dossier, on, note, version))
        return Response(self.get_serializer(Dossier.objects.get(pk=dossier.pk)).data)

    @action(detail=True, methods=["post"], url_path="return",
            serializer_class=s.DossierActionSerializer)
    def return_for_completion(self, request: Request, pk: str | None = None) -> Response:
        return self._dossier_action(request, "return")

    @action(detail=True, methods=["post"], serializer_class=s.DossierActionSerializer)
    def resubmit(self, request: Request, pk: str | None = None) -> Response:
        return self._dossier_action(request, "resubmit")

    @action(detail=True, methods=["post"], serializer_class=s.DossierActionSerializer)
    def reject(self, request: Request, pk: str | None = None) -> Response:
        return self._dossier_action(request, "reject")

    @action(detail=True, methods=["post"], serializer_class=s.DossierActionSerializer)
    def complete(self, request: Request, pk: str | None = None) -> Response:
        return self._dossier_action(request, "complete")

    def get_serializer_class(self) -> type[serializers.BaseSerializer[Any]]:
        if self.action in ("return_for_completion", "resubmit", "reject", "complete"):
            return s.DossierSerializer
        return super().get_serializer_class()

    @action(detail=True, methods=["post"], permission_classes=[IsAuthenticated],
            serializer_class=s.DossierUploadSerializer)
    def files(self, request: Request, pk: str | None = None) -> Response:
        """Upload a file: the dossier's handlers, or the investor whose dossier it is."""
        dossier = Dossier.objects.restrict(request.user).filter(pk=pk).first()
        if dossier is None:
            raise Http404(_("No such record, or you may not see it."))
        if not services.may_attach(request.user, dossier):
            raise PermissionDenied(_("You may not add files to this dossier."))
        upload = s.DossierUploadSerializer(data=request.data)
        upload.is_valid(raise_exception=True)
        attachment = services.attach(request.user, dossier, upload.validated_data["file"],
                                     upload.validated_data.get("description", ""))
        return Response(s.DossierAttachmentSerializer(attachment).data, status=201)


class DossierStepViewSet(RestrictedViewSet):
    """Read-only but for the actions start and complete (body: on, note, version)."""

    queryset = DossierStep.objects.all()
    serializer_class = s.DossierStepSerializer
    filterset_class = filtersets.DossierStepFilterSet
    search_enabled = False
    related = ("step",)
    http_method_names = ["get", "head", "options", "post"]

    def create(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        raise MethodNotAllowed("POST", _("Dossier steps are created with their dossier."))

    def _step_action(self, request: Request, name: str) -> Response:
        item = self.get_object()
        if name == "start":
            _act(request, item, lambda on, note, version: services.start_step(
                request.user, item, on, version))
        else:
            _act(request, item, lambda on, note, version: services.complete_step(
                request.user, item, on, note, version))
        return Response(s.DossierStepSerializer(DossierStep.objects.get(pk=item.pk)).data)

    @action(detail=True, methods=["post"], serializer_class=s.DossierActionSerializer)
    def start(self, request: Request, pk: str | None = None) -> Response:
        return self._step_action(request, "start")

    @action(detail=True, methods=["post"], serializer_class=s.DossierActionSerializer)
    def complete(self, request: Request, pk: str | None = None) -> Response:
        return self._step_action(request, "complete")


class DossierAttachmentViewSet(RestrictedViewSet):
    """Read-only: files are added through POST /api/dossiers/{id}/files/."""

    queryset = DossierAttachment.objects.all()
    serializer_class = s.DossierAttachmentSerializer
    filterset_class = filtersets.DossierAttachmentFilterSet
    search_enabled = False
    http_method_names = ["get", "head", "options"]

    @action(detail=True, methods=["get"])
    def download(self, request: Request, pk: str | None = None) -> Any:
        attachment = self.get_object()
        return serve(attachment.file, attachment.name)
