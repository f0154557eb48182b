"""API base: every viewset's queryset goes through `.restrict()`, every write through services."""

from __future__ import annotations

from typing import Any

from django.db import models
from rest_framework import serializers, viewsets

from greenlane.core import services
from greenlane.core.drf import ACTION_OF_METHOD
from greenlane.core.models import BaseModel
from greenlane.core.text import fold


class VersionedSerializer(serializers.ModelSerializer):
    """Sends `version`; a write that sends it back is refused with 409 if the record moved on."""

    version = serializers.IntegerField(required=False)

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        # Model-level validation (clean()) runs in the service; field checks happen here.
        return attrs


class RestrictedViewSet(viewsets.ModelViewSet):
    """CRUD on a model; list/retrieve/update/delete see only what `.restrict()` allows."""

    search_enabled = True

    def model(self) -> type[BaseModel]:
        queryset = getattr(self, "queryset", None)
        assert queryset is not None, f"{type(self).__name__} needs a queryset"
        model: type[BaseModel] = queryset.model
        return model

    def get_queryset(self) -> models.QuerySet[Any]:
        action = ACTION_OF_METHOD.get(self.request.method or "GET", "view")
        queryset = self.model().objects.restrict(self.request.user, action)
        queryset = queryset.select_related(*getattr(self, "related", ())).prefetch_related(
            *getattr(self, "prefetch", ())
        )
        query = self.request.query_params.get("q", "").strip()
        if query and self.search_enabled:
            for word in fold(query).split()[:8]:
                queryset = queryset.filter(search__contains=word)
        return queryset.order_by(
            *(queryset.query.order_by or queryset.model._meta.ordering or ["pk"])
        )

    def perform_create(self, serializer: serializers.BaseSerializer[Any]) -> None:
        data = dict(serializer.validated_data)
        data.pop("version", None)
        model = self.model()
        m2m = {f.name for f in model._meta.many_to_many}
        instance = model(**{k: v for k, v in data.items() if k not in m2m})
        serializer.instance = services.create(
            self.request.user, instance, {k: v for k, v in data.items() if k in m2m}
        )

    def perform_update(self, serializer: serializers.BaseSerializer[Any]) -> None:
        data = dict(serializer.validated_data)
        version = data.pop("version", None)
        assert serializer.instance is not None
        serializer.instance = services.update(self.request.user, serializer.instance, data, version)

    def perform_destroy(self, instance: Any) -> None:
        services.delete(self.request.user, instance)
