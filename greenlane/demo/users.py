"""The demo's users: one per role, two investors tied to their organisations. Password "demo"."""

from __future__ import annotations

from django.db.models import Q

from greenlane.core.models import User
from greenlane.core.users import create_user
from greenlane.demo.records import ACTOR
from greenlane.orgs.models import Organisation

PASSWORD = "demo"

# (username, role, organisation: its name or short name)
DEMO_USERS: list[tuple[str, str, str | None]] = [
    ("admin", "admin", None),
    ("officer", "officer", None),
    ("leader", "leader", None),
    ("taskforce", "taskforce", None),
    ("investor", "investor", "Canon Vietnam"),
    ("investor2", "investor", "THK Vietnam"),
]
# The investors' own languages: the portal opens in them (the switcher changes it any time).
DEMO_LANGUAGES = {"investor": "ja", "investor2": "en"}


def ensure_users() -> int:
    """Create the demo users that do not exist yet; returns how many were created."""
    made = 0
    for username, role, organisation in DEMO_USERS:
        if User.objects.filter(username=username).exists():
            continue
        org_name = None
        if organisation:
            org = (
                Organisation.objects.filter(Q(name=organisation) | Q(short_name=organisation))
                .order_by("pk")
                .first()
            )
            org_name = org.name if org else organisation
        create_user(
            ACTOR, username, PASSWORD, role, organisation_name=org_name, check_password=False,
            language=DEMO_LANGUAGES.get(username, ""),
        )
        made += 1
    return made
