from __future__ import annotations

from typing import Any

from django.utils.translation import gettext as _
from rest_framework import serializers

from greenlane.core.api import VersionedSerializer
from greenlane.procedures.models import Dossier, DossierAttachment, DossierStep, Procedure, Step


class ProcedureStepSerializer(VersionedSerializer):
    class Meta:
        model = Step
        fields = ["id", "procedure", "order", "name", "agency", "days", "documents", "version"]


class ProcedureSerializer(VersionedSerializer):
    url = serializers.SerializerMethodField()
    steps = serializers.SerializerMethodField()

    class Meta:
        model = Procedure
        fields = [
            "id", "url", "code", "name", "name_en", "description", "agency", "statutory_days",
            "day_kind", "green_lane_days", "fee_vnd", "fee_text", "documents", "legal_basis",
            "order", "prerequisites", "foreign_share_over", "location", "needs_land",
            "needs_foreign_experts", "sector_codes", "environment_groups", "min_capital_vnd",
            "steps", "version",
        ]
        extra_kwargs = {"prerequisites": {"required": False}}

    def get_url(self, obj: Procedure) -> str:
        return obj.get_absolute_url()

    def get_steps(self, obj: Procedure) -> list[dict[str, Any]]:
        return [
            {"id": s.pk, "order": s.order, "name": s.name, "agency": s.agency_id, "days": s.days}
            for s in obj.steps.all()
        ]


class DossierSerializer(VersionedSerializer):
    """Create files a dossier through `submit_dossier`; deadlines, status and steps follow from
    the services and are read-only here."""

    url = serializers.SerializerMethodField()
    reference = serializers.CharField(max_length=40, required=False, allow_blank=True)

    class Meta:
        model = Dossier
        fields = [
            "id", "url", "reference", "organisation", "project", "procedure", "submitted",
            "green_lane", "statutory_due", "target_due", "status", "completed", "note",
            "version", "created", "updated",
        ]
        read_only_fields = ["statutory_due", "target_due", "status", "completed", "created",
                            "updated"]

    def get_url(self, obj: Dossier) -> str:
        return obj.get_absolute_url()

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if self.instance is not None:
            for name in ("organisation", "procedure", "reference"):
                if name in attrs and attrs[name] != getattr(self.instance, name):
                    raise serializers.ValidationError(
                        {name: _("This cannot change once the dossier is filed.")}
                    )
        return attrs


class DossierStepSerializer(VersionedSerializer):
    step_name = serializers.CharField(source="step.name", read_only=True)

    class Meta:
        model = DossierStep
        fields = ["id", "dossier", "step", "step_name", "order", "agency", "days", "started",
                  "due", "done", "status", "alerted", "note", "version"]
        read_only_fields = fields


class DossierAttachmentSerializer(VersionedSerializer):
    download = serializers.SerializerMethodField()

    class Meta:
        model = DossierAttachment
        fields = ["id", "dossier", "name", "size", "description", "uploaded_by", "created",
                  "download", "version"]
        read_only_fields = fields

    def get_download(self, obj: DossierAttachment) -> str:
        return obj.get_download_url()


class DossierActionSerializer(serializers.Serializer):
    """A step or dossier action: its date (default today), a note or reason, and the version
    the client last saw (a stale one is refused with 409)."""

    on = serializers.DateField(required=False)
    note = serializers.CharField(max_length=500, required=False, allow_blank=True, default="")
    version = serializers.IntegerField(required=False)


class DossierUploadSerializer(serializers.Serializer):
    file = serializers.FileField()
    description = serializers.CharField(max_length=300, required=False, allow_blank=True,
                                        default="")
