"""The desk's models × every web page and API action × every role (tests.testing.AccessMatrix).

Requests, messages and attachments reach an investor through their request's organisation
(internal notes and files never); SLA policies, the ladder and systemic issues are internal. The
desk (admin, officer, task force) writes; the leader reads."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models

from greenlane.aftercare.models import (
    Attachment,
    EscalationLevel,
    Message,
    Request,
    SLAPolicy,
    SystemicIssue,
)
from greenlane.orgs.models import Organisation
from tests.testing import AccessMatrix, World


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Any) -> None:
    settings.MEDIA_ROOT = tmp_path / "media"


def a_request(owner: Organisation, subject: str = "Yêu cầu thử nghiệm") -> Request:
    return Request.objects.create(organisation=owner, subject=subject,
                                  description="Mô tả thử nghiệm.", topic="land")


class TestRequestAccess(AccessMatrix):
    model = Request
    api = "/api/aftercare/requests/"
    web = {"list": "aftercare:request_list", "detail": "aftercare:request",
           "add": "aftercare:request_add", "edit": "aftercare:request_edit",
           "delete": "aftercare:request_delete"}
    label_field = "subject"

    def make(self, w: World, owner: Organisation) -> models.Model:
        return a_request(owner)

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"organisation": w.canon.pk, "subject": "Yêu cầu mới", "topic": "customs",
                "description": "Mã HS của linh kiện?", "priority": "normal"}


class TestMessageAccess(AccessMatrix):
    """No pages of their own (the thread is on the request page)."""

    model = Message
    api = "/api/aftercare/messages/"
    label_field = "body"

    def make(self, w: World, owner: Organisation) -> models.Model:
        return Message.objects.create(request=a_request(owner), body="Tin nhắn thử",
                                      author_name="officer")

    def api_fields(self, w: World) -> dict[str, Any]:
        request = Request.objects.filter(organisation=w.canon).first() or a_request(w.canon)
        return {"request": request.pk, "body": "Tin nhắn mới"}


class TestAttachmentAccess(AccessMatrix):
    """Read-only over the API: files arrive with a request's `attach` action or a message."""

    model = Attachment
    api = "/api/aftercare/attachments/"
    api_writable = False
    label_field = "name"

    def make(self, w: World, owner: Organisation) -> models.Model:
        upload = SimpleUploadedFile("ho-so.pdf", b"%PDF-1.4\n%%EOF\n")
        return Attachment.objects.create(request=a_request(owner), file=upload, name="ho-so.pdf",
                                         size=15)

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"request": a_request(w.canon).pk, "name": "ho-so.pdf"}


class TestSLAPolicyAccess(AccessMatrix):
    model = SLAPolicy
    api = "/api/aftercare/policies/"
    web = {"list": "aftercare:slapolicy_list", "detail": "aftercare:slapolicy",
           "add": "aftercare:slapolicy_add", "edit": "aftercare:slapolicy_edit",
           "delete": "aftercare:slapolicy_delete"}
    label_field = "basis"

    def make(self, w: World, owner: Organisation) -> models.Model:
        return SLAPolicy.objects.create(priority="normal", first_response_hours=Decimal(8),
                                        resolution_hours=Decimal(40), basis="Quyết định thử")

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"priority": "low", "first_response_hours": "16", "resolution_hours": "160",
                "calendar": "office", "warn_at": 75}

    def form_fields(self, w: World) -> dict[str, Any]:
        return {**self.api_fields(w), "priority": "normal"}


class TestEscalationLevelAccess(AccessMatrix):
    model = EscalationLevel
    api = "/api/aftercare/ladder/"
    web = {"list": "aftercare:escalationlevel_list", "detail": "aftercare:escalationlevel",
           "add": "aftercare:escalationlevel_add", "edit": "aftercare:escalationlevel_edit",
           "delete": "aftercare:escalationlevel_delete"}

    def make(self, w: World, owner: Organisation) -> models.Model:
        return EscalationLevel.objects.create(level=1, name="Trưởng Tổ công tác", percent=100,
                                              roles=["taskforce"])

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"level": 1, "name": "Phó Chủ tịch", "percent": 150, "roles": ["leader"]}

    def form_fields(self, w: World) -> dict[str, Any]:
        return {"level": 1, "name": "Phó Chủ tịch", "percent": 150, "roles": ["leader"],
                "notify_officer": "on"}


class TestSystemicIssueAccess(AccessMatrix):
    model = SystemicIssue
    api = "/api/aftercare/issues/"
    web = {"list": "aftercare:systemicissue_list", "detail": "aftercare:systemicissue",
           "add": "aftercare:systemicissue_add", "edit": "aftercare:systemicissue_edit",
           "delete": "aftercare:systemicissue_delete"}
    label_field = "title"

    def make(self, w: World, owner: Organisation) -> models.Model:
        issue = SystemicIssue.objects.create(title="Chậm giải phóng mặt bằng ở Quế Võ")
        a_request(owner).issues.add(issue)
        return issue

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"title": "Thiếu điện 22 kV", "status": "open"}
