"""State changes of promotion events. Views, API, the review queue and jobs call these."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import transaction

from greenlane.core import services
from greenlane.core.services import Who
from greenlane.promotion.models import Event


@transaction.atomic
def create_event(who: Who, fields: Mapping[str, Any], reason: str = "") -> Event:
    """A new event; `fields` may hold `organisers` (organisations or their ids)."""
    plain = {k: v for k, v in fields.items() if k != "organisers"}
    later = {"organisers": fields["organisers"]} if "organisers" in fields else {}
    return services.create(who, Event(**plain), later, reason)


@transaction.atomic
def update_event(
    who: Who,
    event: Event,
    fields: Mapping[str, Any],
    expected_version: int | None = None,
    reason: str = "",
) -> Event:
    return services.update(who, event, fields, expected_version, reason)
