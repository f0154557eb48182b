"""Within one document: drop a fact that a fuller fact of the same kind already says (a headline
repeating the lead, a person named twice)."""

from __future__ import annotations

from typing import Any

from ..model import Fact, Money

_KEYS = {
    "investment": ("destination", "origin", "category", "projects", "amount", "share_pct"),
    "project": ("amount", "location", "area_ha"),
    "target": ("subject", "low", "high", "year"),
    "ranking": ("subject", "rank", "of"),
    "indicator": ("subject", "value"),
    "event": ("type", "start"),
    "person": ("name",),
}
_NAMES = ("destination", "origin", "category", "subject", "location", "type")


def drop_repeats(facts: list[Fact]) -> list[Fact]:
    kept: list[Fact] = []
    for fact in sorted(facts, key=_filled, reverse=True):
        if fact.kind in _KEYS and any(_says(other, fact) for other in kept):
            continue
        kept.append(fact)
    order = {id(f): i for i, f in enumerate(facts)}
    return sorted(kept, key=lambda f: order[id(f)])


def _says(fuller: Fact, fact: Fact) -> bool:
    """Every figure ``fact`` gives, ``fuller`` gives too (and it gives at least one)."""
    if fuller.kind != fact.kind:
        return False
    given = [(k, fact.fields.get(k)) for k in _KEYS[fact.kind] if fact.fields.get(k) is not None]
    if not [k for k, _ in given if k not in _NAMES] and fact.kind not in ("person", "event"):
        return False
    return all(_same(value, fuller.fields.get(key)) for key, value in given)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Money) and isinstance(b, Money):
        return a.currency == b.currency and abs(a.value - b.value) <= 0.01 * abs(a.value)
    return bool(a == b)


def _filled(fact: Fact) -> int:
    return sum(value not in (None, "", []) for value in fact.fields.values())
