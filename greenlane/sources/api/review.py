"""The review queue over the API: POST to facts/<id>/accept/, edit/, reject/ or reopen/ with the
`version` the client read (409 if the fact moved on since), a `reason`, and for accept and edit
optionally `values` (the contract's JSON of the fact's kind); accept also takes `resolution`
("overwrite" or "keep") for a fact in conflict. Reading facts is the facts viewset's."""

from __future__ import annotations

from typing import Any, ClassVar

from django.core.exceptions import ObjectDoesNotExist
from django.urls import path
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from greenlane.sources import filing, review
from greenlane.sources.models import Fact


class DecisionSerializer(serializers.Serializer):
    version = serializers.IntegerField(min_value=1)
    reason = serializers.CharField(required=False, allow_blank=True, max_length=500, default="")
    values = serializers.JSONField(required=False)
    resolution = serializers.ChoiceField(choices=review.RESOLUTIONS, required=False)


class ConflictSerializer(serializers.Serializer):
    record = serializers.CharField()
    field = serializers.CharField()
    registry = serializers.CharField()
    reported = serializers.CharField()


class ReviewedFactSerializer(serializers.ModelSerializer):
    values = serializers.JSONField(read_only=True)
    record = serializers.SerializerMethodField()
    conflicts = serializers.SerializerMethodField()

    class Meta:
        model = Fact
        fields = ["id", "document", "kind", "data", "edited", "values", "evidence", "status",
                  "note", "reviewed_by", "reviewed", "record", "conflicts", "version"]
        read_only_fields = fields

    def get_record(self, fact: Fact) -> dict[str, Any] | None:
        record = fact.record if fact.record_id else None
        if record is None:
            return None
        return {"model": record._meta.label_lower, "id": record.pk, "name": str(record),
                "url": record.get_absolute_url()}

    def get_conflicts(self, fact: Fact) -> list[dict[str, str]]:
        if fact.status != Fact.Status.CONFLICT:
            return []
        plan = filing.plan(fact)
        return [{"record": str(step.record), "field": change.field,
                 "registry": change.current_shown, "reported": change.new_shown}
                for step, change in plan.conflicts]


class DecisionView(APIView):
    """One review decision on one fact; editors only (RestrictedPermission: POST is "add")."""

    queryset = Fact.objects.all()
    decision: ClassVar[str]

    def fact(self, request: Request, pk: int) -> Fact:
        try:
            fact: Fact = Fact.objects.restrict(request.user, "change").get(pk=pk)
        except ObjectDoesNotExist as error:
            raise NotFound() from error
        return fact

    @extend_schema(request=DecisionSerializer, responses={200: ReviewedFactSerializer})
    def post(self, request: Request, pk: int) -> Response:
        fact = self.fact(request, pk)
        given = DecisionSerializer(data=request.data)
        given.is_valid(raise_exception=True)
        data = given.validated_data
        who, version, reason = request.user, data["version"], data["reason"]
        if self.decision == "accept":
            review.accept(who, fact, data.get("values"), reason, version, data.get("resolution"))
        elif self.decision == "edit":
            if "values" not in data:
                raise serializers.ValidationError({"values": _("Send the fact's values.")})
            review.edit(who, fact, data["values"], reason, version)
        elif self.decision == "reject":
            review.reject(who, fact, reason, version)
        else:
            review.reopen(who, fact, reason, version)
        return Response(ReviewedFactSerializer(fact).data)


def _view(decision: str) -> Any:
    view: type[DecisionView] = type(
        f"{decision.title()}FactView", (DecisionView,), {"decision": decision}
    )
    return view.as_view()


urlpatterns = [
    path(f"facts/<int:pk>/{decision}/", _view(decision), name=f"fact-{decision}")
    for decision in ("accept", "edit", "reject", "reopen")
]
