"""Shared data for the green lane's tests: a calendar with exactly the holidays a test names
(Tết 2026 on 16–20 February), agencies, procedures with steps, and a dossier factory."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from django.utils import translation

from greenlane.calendar.models import Holiday
from greenlane.orgs.models import Organisation
from greenlane.procedures import services
from greenlane.procedures.models import Dossier, Procedure, Step
from tests.testing import fast_passwords, w  # noqa: F401  (fixtures)

TET_2026 = [dt.date(2026, 2, d) for d in range(16, 21)]  # Monday 16 to Friday 20 February


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def users_in_english(request: pytest.FixtureRequest) -> None:
    """Users read English pages (their own language otherwise: the catalogues are complete), so
    that assertions on messages do not depend on the translations."""
    if "users" in request.fixturenames:
        for user in request.getfixturevalue("users").values():
            user.language = "en"
            user.save(update_fields=["language"])


@pytest.fixture(autouse=True)
def media(settings: Any, tmp_path: Path) -> Path:
    """Uploaded files go to a scratch MEDIA_ROOT."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return Path(settings.MEDIA_ROOT)


@pytest.fixture
def tet(db: None) -> list[dt.date]:
    """Only Tết 2026 is off besides weekends: the loaded calendar is cleared so that tests do
    not depend on it."""
    Holiday.objects.all().delete()
    for day in TET_2026:
        Holiday.objects.create(date=day, name="Tết Nguyên đán", kind=Holiday.Kind.HOLIDAY)
    return TET_2026


@pytest.fixture
def agency(db: None) -> Organisation:
    return Organisation.objects.create(name="Sở Xây dựng tỉnh Thử", kind="agency")


@pytest.fixture
def make_procedure(agency: Organisation) -> Callable[..., Procedure]:
    def make(code: str = "CP", days: int = 20, kind: str = "working",
             steps: tuple[int, ...] = (1, 3, 1), **fields: Any) -> Procedure:
        procedure = Procedure.objects.create(
            code=code, name=fields.pop("name", f"Thủ tục {code}"), agency=fields.pop("agency", agency),
            statutory_days=days, day_kind=kind, legal_basis="Luật thử nghiệm", **fields,
        )
        for order, limit in enumerate(steps, start=1):
            Step.objects.create(procedure=procedure, order=order, name=f"Bước {order}", days=limit)
        return procedure

    return make


@pytest.fixture
def procedure(make_procedure: Callable[..., Procedure]) -> Procedure:
    return make_procedure()


@pytest.fixture
def file_dossier(users: Any, tet: list[dt.date]) -> Callable[..., Dossier]:
    """`file_dossier(procedure, organisation, submitted=..., green_lane=...)` through the service."""

    def make(procedure: Procedure, organisation: Organisation, **fields: Any) -> Dossier:
        fields.setdefault("submitted", dt.date(2026, 2, 10))
        return services.submit_dossier(
            users["officer"], organisation=organisation, procedure=procedure, **fields
        )

    return make

