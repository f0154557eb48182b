"""DRF settings hooks (permission, pagination, errors). Kept apart from the viewsets because
DRF imports these while it is itself being imported."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError as DjangoValidationError
from rest_framework import permissions, status
from rest_framework.exceptions import ValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response

from greenlane.core.access import can

if TYPE_CHECKING:
    from rest_framework.request import Request
    from rest_framework.views import APIView

ACTION_OF_METHOD = {
    "GET": "view",
    "HEAD": "view",
    "OPTIONS": "view",
    "POST": "add",
    "PUT": "change",
    "PATCH": "change",
    "DELETE": "delete",
}


class Pagination(PageNumberPagination):
    page_size_query_param = "page_size"
    max_page_size = 500


class RestrictedPermission(permissions.BasePermission):
    """Allows a request when the user's role may do the method's action on the view's model."""

    def has_permission(self, request: Request, view: APIView) -> bool:
        model = getattr(getattr(view, "queryset", None), "model", None)
        if model is None:
            return bool(request.user and request.user.is_authenticated)
        return can(request.user, model, ACTION_OF_METHOD.get(request.method or "GET", "view"))


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    from rest_framework.views import exception_handler as drf_exception_handler

    from greenlane.core import services

    if isinstance(exc, services.ConflictError):
        return Response(
            {"detail": str(exc), "current_version": exc.current}, status=status.HTTP_409_CONFLICT
        )
    if isinstance(exc, DjangoValidationError):
        detail = exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages}
        exc = ValidationError(detail)
    return drf_exception_handler(exc, context)
