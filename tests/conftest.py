"""The shared test base: one named user per role, and the two investor organisations."""

from __future__ import annotations

import pytest
from django.test import Client

from greenlane.core.models import User
from greenlane.orgs.models import Organisation

ROLES = ("admin", "officer", "leader", "taskforce", "investor", "investor2")


@pytest.fixture
def canon(db: None) -> Organisation:
    return Organisation.objects.create(name="Canon Vietnam", kind="company")


@pytest.fixture
def thk(db: None) -> Organisation:
    return Organisation.objects.create(name="THK Vietnam", kind="company")


@pytest.fixture
def users(db: None, canon: Organisation, thk: Organisation) -> dict[str, User]:
    """admin, officer, leader, taskforce, investor (of Canon) and investor2 (of THK)."""
    made = {}
    for name in ROLES:
        role = "investor" if name.startswith("investor") else name
        org = {"investor": canon, "investor2": thk}.get(name)
        made[name] = User.objects.create_user(
            name,
            password="demo",
            role=role,
            organisation=org,
            is_superuser=name == "admin",
            is_staff=name == "admin",
        )
    return made


@pytest.fixture
def client_as(users: dict[str, User]):  # type: ignore[no-untyped-def]
    """`client_as("officer")`: a test client logged in as that user (None: anonymous)."""

    def make(name: str | None) -> Client:
        client = Client(HTTP_HOST="127.0.0.1")
        if name:
            client.force_login(users[name])
        return client

    return make
