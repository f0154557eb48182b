from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from greenlane.aftercare import sla
from greenlane.aftercare.models import (
    Attachment,
    EscalationLevel,
    Message,
    Priority,
    Request,
    SLAPolicy,
    SystemicIssue,
    Topic,
)
from greenlane.core.api import VersionedSerializer
from greenlane.core.roles import Role

TIMES = ["received_at", "acknowledged_at", "first_response_at", "started_at", "waiting_since",
         "resolved_at", "confirmed_at", "closed_at"]
CLOCK = ["calendar", "first_response_hours", "resolution_hours", "first_response_due",
         "resolution_due", "used_seconds", "paused_seconds", "first_response_breached",
         "resolution_breached"]


class ClockSerializer(serializers.Serializer):
    running = serializers.BooleanField()
    due = serializers.DateTimeField(allow_null=True)
    remaining = serializers.DurationField(allow_null=True)
    used = serializers.DurationField()
    paused = serializers.DurationField()
    share = serializers.FloatField()
    at_risk = serializers.BooleanField()
    breached = serializers.BooleanField()


class RequestSerializer(VersionedSerializer):
    """The desk's view of a request."""

    url = serializers.SerializerMethodField()
    clock = serializers.SerializerMethodField()

    class Meta:
        model = Request
        fields = ["id", "url", "organisation", "project", "subject", "description", "topic",
                  "agency", "priority", "strategic", "status", "officer", *TIMES, "reopened",
                  "policy", *CLOCK, "clock", "level", "escalated_at", "issues", "version",
                  "created", "updated"]
        read_only_fields = ["status", *TIMES, "reopened", "policy", *CLOCK, "level",
                            "escalated_at", "issues", "created", "updated"]

    def get_url(self, obj: Request) -> str:
        return obj.get_absolute_url()

    def get_clock(self, obj: Request) -> dict[str, Any]:
        return ClockSerializer(sla.read(obj)).data


class InvestorRequestSerializer(RequestSerializer):
    """What an investor reads of its own request: no officer, level or internal links."""

    class Meta(RequestSerializer.Meta):
        fields = ["id", "url", "organisation", "project", "subject", "description", "topic",
                  "agency", "priority", "strategic", "status", *TIMES, "reopened", *CLOCK,
                  "clock", "version", "created", "updated"]
        read_only_fields = fields


class FileSerializer(serializers.Serializer):
    """An investor's new request."""

    subject = serializers.CharField(max_length=300)
    description = serializers.CharField()
    topic = serializers.ChoiceField(choices=Topic.choices)
    priority = serializers.ChoiceField(choices=Priority.choices,
                                       default="normal")
    project = serializers.IntegerField(required=False, allow_null=True)


class StepSerializer(serializers.Serializer):
    """A step of the life cycle; `version` is the one the client read (409 if stale)."""

    version = serializers.IntegerField(required=False)
    text = serializers.CharField(required=False, allow_blank=True, default="",
                                 help_text=_("Note, question, resolution summary or reason."))
    agency = serializers.IntegerField(required=False, allow_null=True)
    officer = serializers.IntegerField(required=False, allow_null=True)
    issue = serializers.IntegerField(required=False, allow_null=True)


class PostSerializer(serializers.Serializer):
    body = serializers.CharField()
    internal = serializers.BooleanField(default=False)


class UploadSerializer(serializers.Serializer):
    file = serializers.FileField()
    internal = serializers.BooleanField(default=False)
    message = serializers.IntegerField(required=False, allow_null=True)


class MessageSerializer(VersionedSerializer):
    class Meta:
        model = Message
        fields = ["id", "request", "author_name", "from_investor", "body", "internal", "time",
                  "version", "created", "updated"]
        read_only_fields = ["author_name", "from_investor", "time", "created", "updated"]


class AttachmentSerializer(VersionedSerializer):
    download = serializers.SerializerMethodField()

    class Meta:
        model = Attachment
        fields = ["id", "request", "message", "name", "size", "internal", "download", "version",
                  "created"]
        read_only_fields = fields

    def get_download(self, obj: Attachment) -> str:
        return f"/api/aftercare/attachments/{obj.pk}/download/"


class SLAPolicySerializer(VersionedSerializer):
    class Meta:
        model = SLAPolicy
        fields = ["id", "priority", "first_response_hours", "resolution_hours", "calendar",
                  "warn_at", "basis", "version"]

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        first = attrs.get("first_response_hours",
                          getattr(self.instance, "first_response_hours", None))
        last = attrs.get("resolution_hours", getattr(self.instance, "resolution_hours", None))
        if first and last and first > last:
            raise serializers.ValidationError(
                {"resolution": _("The resolution target must not be shorter than the "
                                 "first-response target.")})
        return attrs


class EscalationLevelSerializer(VersionedSerializer):
    roles = serializers.ListField(
        child=serializers.ChoiceField(choices=[r for r in Role.values if r != Role.INVESTOR]),
        required=False)

    class Meta:
        model = EscalationLevel
        fields = ["id", "level", "name", "percent", "roles", "users", "notify_officer", "version"]

    def validate_users(self, users: list[Any]) -> list[Any]:
        if any(user.role == Role.INVESTOR for user in users):
            raise serializers.ValidationError(_("Investors cannot be on the escalation ladder."))
        return users


class SystemicIssueSerializer(VersionedSerializer):
    requests = serializers.SerializerMethodField()

    class Meta:
        model = SystemicIssue
        fields = ["id", "title", "description", "status", "agency", "proposal", "requests",
                  "version", "created", "updated"]
        read_only_fields = ["created", "updated"]

    def get_requests(self, obj: SystemicIssue) -> list[int]:
        return [r.pk for r in obj.requests.all()]
