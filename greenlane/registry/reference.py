"""VSIC 2018 sections and divisions, loaded idempotently from the shipped JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data" / "vsic2018.json"


def load(sector_model: Any) -> None:
    rows = json.loads(DATA.read_text(encoding="utf-8"))
    by_code: dict[str, Any] = {}
    for row in sorted(rows, key=lambda r: r["level"]):
        by_code[row["code"]], _ = sector_model.objects.update_or_create(
            code=row["code"],
            defaults={
                "level": row["level"],
                "name_vi": row["name_vi"],
                "name_en": row["name_en"],
                "parent": by_code.get(row["parent"]) if row["parent"] else None,
            },
        )
