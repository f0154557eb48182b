"""Promotion events × every web page and API action × every role (tests.testing.AccessMatrix)."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import models

from greenlane.orgs.models import Organisation
from greenlane.promotion.models import Event
from tests.testing import AccessMatrix, World


class TestEventAccess(AccessMatrix):
    model = Event
    api = "/api/events/"
    web = {"list": "promotion:event_list", "detail": "promotion:event",
           "add": "promotion:event_add", "edit": "promotion:event_edit",
           "delete": "promotion:event_delete"}

    def make(self, w: World, owner: Organisation) -> models.Model:
        event = Event.objects.create(name="Hội nghị Xúc tiến Thử nghiệm", type="conference",
                                     start=datetime.date(2025, 11, 25), province=w.bac_ninh)
        event.organisers.add(owner)
        return event

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"name": "Diễn đàn Mới", "type": "forum", "start": "2026-03-01",
                "organisers": [w.canon.pk]}

    def form_fields(self, w: World) -> dict[str, Any]:
        return {"name": "Diễn đàn Mới", "type": "forum", "start": "2026-03-01",
                "precision": "day", "organisers": [w.canon.pk]}
