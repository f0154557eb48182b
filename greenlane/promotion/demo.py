"""Demo data: the promotion events the seed articles report (the Vietnam–Japan local cooperation
forum of November 2025 and its seminar, Thanh Hóa's investment conference planned for 2026).
Idempotent: an event already stored under its name is left as it is."""

from __future__ import annotations

import datetime
from typing import Any

from greenlane.core.services import Actor

ACTOR = Actor(name="demo loader")
EVENTS: list[dict[str, Any]] = [
    {
        "name": "Diễn đàn hợp tác địa phương Việt - Nhật 2025", "type": "forum",
        "start": datetime.date(2025, 11, 24), "end": datetime.date(2025, 11, 25),
        "province": "Quảng Ninh", "attendance": None,
        "description": "Bắc Ninh, Thanh Hóa and other provinces met Japanese prefectures and "
                       "companies.",
    },
    {
        "name": "Tọa đàm “Đổi mới sáng tạo địa phương Việt Nam-Nhật Bản”", "type": "seminar",
        "start": datetime.date(2025, 11, 25), "province": "Quảng Ninh",
        "description": "Part of the forum; Bắc Ninh presented its four commitments to Japanese "
                       "investors.",
    },
    {
        "name": "Hội nghị Xúc tiến đầu tư Thanh Hóa 2026", "type": "conference",
        "start": datetime.date(2026, 1, 1), "precision": "year", "province": "Thanh Hóa",
        "organisers_text": "UBND tỉnh Thanh Hóa",
    },
]


def load() -> None:
    from greenlane.places.models import Province
    from greenlane.promotion import services
    from greenlane.promotion.models import Event

    for spec in EVENTS:
        if Event.objects.filter(name=spec["name"]).exists():
            continue
        fields = dict(spec)
        fields["province"] = Province.objects.filter(name=spec["province"], is_current=True).first()
        services.create_event(ACTOR, fields, reason="demo data")


def counts() -> dict[str, int]:
    from greenlane.promotion.models import Event

    return {"events": Event.objects.count()}
