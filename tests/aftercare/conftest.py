"""The desk's test world: the six users, SLA policies per priority, the three-level ladder, an
agency, and Tết 2026 (Monday 16 – Friday 20 February) as days off. Uploaded files go to a
temporary MEDIA_ROOT. Times are set explicitly (`at`), never read from the clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from greenlane.aftercare import services
from greenlane.aftercare.models import EscalationLevel, Request, SLAPolicy
from greenlane.calendar.engine import HO_CHI_MINH
from greenlane.calendar.models import Holiday
from greenlane.orgs.models import Organisation
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)

TET_2026 = [dt.date(2026, 2, day) for day in range(16, 21)]


def at(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2026) -> dt.datetime:
    """An aware time in Asia/Ho_Chi_Minh."""
    return dt.datetime(year, month, day, hour, minute, tzinfo=HO_CHI_MINH)


def pdf(name: str = "ho-so.pdf", size: int = 0) -> SimpleUploadedFile:
    body = b"%PDF-1.4\n% test\n" + b"0" * size + b"\n%%EOF\n"
    return SimpleUploadedFile(name, body, content_type="application/pdf")


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Any) -> Any:
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def tet(db: None) -> list[dt.date]:
    """Exactly Tết 2026 off between February and March 2026 (whatever the loaded data holds)."""
    Holiday.objects.filter(date__range=(dt.date(2026, 2, 1), dt.date(2026, 3, 31))).delete()
    for day in TET_2026:
        Holiday.objects.create(date=day, name="Tết Nguyên đán", kind=Holiday.Kind.HOLIDAY)
    return TET_2026


@pytest.fixture
def policies(db: None) -> dict[str, SLAPolicy]:
    """urgent: 4 h / 48 h around the clock; high 4 / 24, normal 8 / 40, low 16 / 160 office
    hours; at risk from 75 %."""
    rows = {"urgent": (4, 48, "24x7"), "high": (4, 24, "office"), "normal": (8, 40, "office"),
            "low": (16, 160, "office")}
    return {p: SLAPolicy.objects.create(priority=p, first_response_hours=Decimal(f),
                                        resolution_hours=Decimal(r), calendar=c)
            for p, (f, r, c) in rows.items()}


@pytest.fixture
def ladder(db: None, users: dict[str, Any]) -> list[EscalationLevel]:
    """0 officer at 75 %, 1 task-force lead at 100 %, 2 vice-chairman (leader) at 150 %."""
    levels = [EscalationLevel.objects.create(level=0, name="Officer", percent=75),
              EscalationLevel.objects.create(level=1, name="Task-force lead", percent=100,
                                             roles=["taskforce"]),
              EscalationLevel.objects.create(level=2, name="Vice-chairman", percent=150,
                                             roles=["leader"], notify_officer=False)]
    return levels


@pytest.fixture
def agency(db: None) -> Organisation:
    return Organisation.objects.create(name="Sở Xây dựng tỉnh Bắc Ninh", kind="agency")


@pytest.fixture
def desk(w: World, policies: dict[str, SLAPolicy], tet: list[dt.date],
         agency: Organisation) -> Iterator[World]:
    """The world, in English (users' language and the test's), so that assertions on
    messages do not depend on the translation catalogues."""
    for user in w.users.values():
        user.language = "en"
        user.save(update_fields=["language"])
    with translation.override("en"):
        yield w


def file(w: World, when: dt.datetime, who: str = "investor", priority: str = "normal",
         **fields: Any) -> Request:
    """A request of Canon (or of THK when filed by investor2), filed through the service."""
    data = {"subject": "Ùn tắc nút giao QL18", "description": "Xe đưa đón kẹt 40 phút.",
            "topic": "infrastructure", "priority": priority, **fields}
    if not who.startswith("investor"):
        data.setdefault("organisation", w.canon)
    return services.file_request(w.users[who], data, at=when)
