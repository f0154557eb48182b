"""Reference data shipped with Greenlane: countries (ISO 3166 names in vi/en/ja/fr from babel,
plus the aliases the press uses) and Vietnam's provinces on both maps. Loading is idempotent."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from greenlane.core.text import fold

DATA = Path(__file__).resolve().parent / "data"
NOT_COUNTRIES = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB"}


def country_rows() -> list[dict[str, Any]]:
    from babel import Locale

    names = {lang: Locale.parse(lang).territories for lang in ("vi", "en", "ja", "fr")}
    extra = json.loads((DATA / "countries_extra.json").read_text(encoding="utf-8"))
    rows = []
    for code, name_en in names["en"].items():
        if len(code) != 2 or not code.isalpha() or code in NOT_COUNTRIES:
            continue
        row = {"code": code, "name_en": name_en, "aliases": extra.get(code, [])}
        for lang in ("vi", "ja", "fr"):
            row[f"name_{lang}"] = names[lang].get(code, name_en)
        names_all = [code, row["name_vi"], name_en, row["name_ja"], row["name_fr"], *row["aliases"]]
        row["search"] = " ".join(fold(n) for n in names_all if n)
        rows.append(row)
    return rows


def province_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DATA / "provinces.json").read_text(encoding="utf-8"))
    return data


def _search(entry: dict[str, Any]) -> str:
    return " ".join(fold(n) for n in [entry["name"], entry["name_en"], *entry.get("aliases", [])])


def load(country_model: Any, province_model: Any) -> None:
    """Upsert countries and provinces with the given model classes (historical ones in a
    migration, the real ones elsewhere)."""
    for row in country_rows():
        code = row.pop("code")
        country_model.objects.update_or_create(code=code, defaults=row)
    data = province_data()
    current = {}
    for entry in data["current"]:
        current[entry["name"]], _ = province_model.objects.update_or_create(
            code=entry["code"],
            defaults={
                "name": entry["name"],
                "name_en": entry["name_en"],
                "kind": entry["kind"],
                "region": entry.get("region", ""),
                "is_current": True,
                "successor": None,
                "aliases": entry.get("aliases", []),
                "search": _search(entry),
                "on_former_map": bool(entry.get("unchanged")),
            },
        )
    for entry in data["former"]:
        successor = current[entry["successor"]]
        if successor.on_former_map and successor.name == entry["name"]:
            continue  # an unchanged unit: the same record on both maps
        province_model.objects.update_or_create(
            code=f"F{entry['code']}",
            defaults={
                "name": entry["name"],
                "name_en": entry["name_en"],
                "kind": entry["kind"],
                "region": entry.get("region", ""),
                "is_current": False,
                "on_former_map": True,
                "successor": successor,
                "aliases": entry.get("aliases", []),
                "search": _search(entry),
            },
        )
