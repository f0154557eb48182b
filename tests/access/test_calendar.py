"""The calendar's holidays × every web page and API action × every role."""

from __future__ import annotations

import datetime
from typing import Any

from django.db import models

from greenlane.calendar.models import Holiday
from greenlane.orgs.models import Organisation
from tests.testing import AccessMatrix, World


class TestHolidayAccess(AccessMatrix):
    model = Holiday
    api = "/api/holidays/"
    web = {"list": "calendar:holiday_list", "detail": "calendar:holiday",
           "add": "calendar:holiday_add", "edit": "calendar:holiday_edit",
           "delete": "calendar:holiday_delete"}

    def make(self, w: World, owner: Organisation) -> models.Model:
        # 2099: a year the loader leaves empty, so the date is free and the list is short.
        return Holiday.objects.create(date=datetime.date(2099, 3, 3), name="Ngày nghỉ thử")

    def api_fields(self, w: World) -> dict[str, Any]:
        return {"date": "2098-03-04", "name": "Ngày nghỉ mới", "kind": "day_off",
                "basis": "Thông báo thử"}

    def list_params(self, obj: models.Model) -> dict[str, str]:
        return {"year": "2099"}
