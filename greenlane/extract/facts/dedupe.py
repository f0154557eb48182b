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
    kept_by_kind: dict[str, list[Fact]] = {}
    for fact in sorted(facts, key=_filled, reverse=True):
        same_kind = kept_by_kind.setdefault(fact.kind, [])
        if fact.kind in _KEYS and same_kind:
            given = _given(fact)
            if given is not None and any(_says(other, given) for other in same_kind):
                continue
        kept.append(fact)
        same_kind.append(fact)
    order = {id(f): i for i, f in enumerate(facts)}
    return sorted(kept, key=lambda f: order[id(f)])


def _given(fact: Fact) -> list[tuple[str, Any]] | None:
    """The fields of ``fact`` another fact must repeat to say it, or None if it says too little
    to be anyone's repeat (names only, no figure)."""
    given = [(k, fact.fields.get(k)) for k in _KEYS[fact.kind] if fact.fields.get(k) is not None]
    if not [k for k, _ in given if k not in _NAMES] and fact.kind not in ("person", "event"):
        return None
    return given


def _says(fuller: Fact, given: list[tuple[str, Any]]) -> bool:
    """Every field ``given`` (of a fact of the same kind), ``fuller`` gives too."""
    return all(_same(value, fuller.fields.get(key)) for key, value in given)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, Money) and isinstance(b, Money):
        return a.currency == b.currency and abs(a.value - b.value) <= 0.01 * abs(a.value)
    return bool(a == b)


def _filled(fact: Fact) -> int:
    return sum(value not in (None, "", []) for value in fact.fields.values())
