"""Helpers shared by the fact rules."""

from __future__ import annotations

import re
from typing import Any

from ..analysis import Context, Sentence
from ..gazetteer import Mention
from ..model import Fact, Period
from ..text import FOLD_TABLE

_LATIN = r"A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF"


def make(kind: str, sentence: Sentence, **fields: Any) -> Fact:
    return Fact(kind, dict(fields), sentence.evidence, sentence.start, sentence.end)


def place_name(mention: Mention) -> str:
    """Provinces by their canonical name; countries as written."""
    return mention.key if mention.kind == "province" else mention.surface


_MERGED_WITH = re.compile(
    r"(?:hợp nhất|sáp nhập|sát nhập|merg\w*|fusion\w*|fusionn\w*|統合|合併)[^,.;]{0,20}$",
    re.IGNORECASE,
)


def destination(sentence: Sentence, context: Context) -> str | None:
    provinces = sentence.provinces()
    if provinces:
        merged = _MERGED_WITH.search(sentence.text, 0, provinces[0].start)
        if merged and len(provinces) > 1:  # "sau khi hợp nhất với tỉnh Long An, Tây Ninh có ..."
            return provinces[1].key
        return provinces[0].key
    home = [c for c in sentence.countries(foreign=False) if c.key == "VN"]
    if home and not _inside_org(home[0], sentence):
        return home[0].surface
    return context.main_province


def subject(sentence: Sentence, context: Context, before: int | None = None) -> str | None:
    """The province named in the sentence, else a country named before ``before``, else the
    document's main place."""
    provinces = sentence.provinces()
    if provinces:
        return provinces[0].key
    limit = len(sentence.text) if before is None else before
    countries = [c for c in sentence.countries(foreign=False) if c.start < limit]
    if countries and not _inside_org(countries[0], sentence):
        return countries[0].key
    return context.main_province


def _inside_org(mention: Mention, sentence: Sentence) -> bool:
    return any(o.start <= mention.start and mention.end <= o.end for o in sentence.orgs)


def period_of(sentence: Sentence) -> Period | None:
    for date in sentence.dates:
        if date.grain == "period":
            return Period(date.value, date.until)
        if date.grain in ("month", "year"):
            return Period(date.value, date.value)
    return None


def fold_pattern(pattern: str) -> str:
    """A regex for folded text: diacritics off, letters lower-cased, escapes (\\d, \\W) kept."""
    folded = pattern.translate(FOLD_TABLE)
    return re.sub(r"(?<!\\)[A-Z]", lambda m: m.group(0).lower(), folded)


def cue(pattern: str) -> re.Pattern[str]:
    """Key words, matched on ``Sentence.folded`` (same offsets as the text, faster)."""
    return re.compile(rf"(?<![{_LATIN}-])(?:{fold_pattern(pattern)})(?![{_LATIN}])")


def nearest_before(mentions: list[Mention], position: int) -> Mention | None:
    before = [m for m in mentions if m.end <= position]
    return before[-1] if before else None
