"""API of the reported figures: register with
`router.register("reported-figures", reported.ReportedFigureViewSet)` in registry/api/urls.py."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from greenlane.core.api import RestrictedViewSet, VersionedSerializer
from greenlane.places.models import Country
from greenlane.registry.models import ReportedFigure
from greenlane.registry.reported import compare
from greenlane.registry.reported_forms import ReportedFigureFilterSet


class ReportedFigureSerializer(VersionedSerializer):
    origin = serializers.SlugRelatedField(
        slug_field="code", queryset=Country.objects.all(), required=False, allow_null=True
    )
    amount_usd = serializers.DecimalField(max_digits=22, decimal_places=2, read_only=True)
    registry = serializers.SerializerMethodField()

    class Meta:
        model = ReportedFigure
        fields = [
            "id", "kind", "measure", "category", "province", "origin", "subject", "label",
            "projects", "amount", "currency", "qualifier", "amount_usd", "share_pct", "rank",
            "rank_of", "value", "value_high", "unit", "as_of", "period_start", "period_end",
            "document", "quote", "status", "registry", "version", "created", "updated",
        ]
        read_only_fields = ["created", "updated"]

    def get_registry(self, obj: ReportedFigure) -> list[dict[str, Any]]:
        """The registry's figures beside the reported ones (retrieve only: each is computed)."""
        if self.context.get("view") is not None and self.context["view"].action != "retrieve":
            return []
        return [
            {"metric": line.metric, "reported": line.reported, "registry": line.registry,
             "differs": line.differs, "sentence": line.sentence}
            for line in compare(obj).lines
        ]


class ReportedFigureViewSet(RestrictedViewSet):
    queryset = ReportedFigure.objects.all()
    serializer_class = ReportedFigureSerializer
    filterset_class = ReportedFigureFilterSet
    ordering_fields = ["as_of", "period_end", "projects", "amount", "created"]
    related = ("province", "origin", "document")
