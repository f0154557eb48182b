"""What the fact rules see: each sentence with its figures, dates and named things, and the
document's context (language, year, main province)."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .dates import DateSpan, find_dates
from .gazetteer import Mention, find_places
from .numbers import Quantity, find_quantities
from .orgs import find_orgs
from .text import fold

_HAS_DIGIT = re.compile(r"\d")


@dataclass
class Sentence:
    text: str
    start: int  # offsets in Document.text
    end: int
    evidence: str  # the same sentence as written in the input
    folded: str
    quantities: list[Quantity]
    dates: list[DateSpan]
    used: set[int] = field(default_factory=set)  # start offsets of quantities already in a fact
    _places: list[Mention] | None = None
    _orgs: list[Mention] | None = None

    @property
    def places(self) -> list[Mention]:
        """Provinces and countries, looked up on first use (most sentences never need them)."""
        if self._places is None:
            self._places = _past_dateline(find_places(self.text, self.folded), self.text)
        return self._places

    @property
    def orgs(self) -> list[Mention]:
        if self._orgs is None:
            self._orgs = _past_dateline(find_orgs(self.text), self.text)
        return self._orgs

    def provinces(self) -> list[Mention]:
        return [p for p in self.places if p.kind == "province"]

    def countries(self, foreign: bool = True) -> list[Mention]:
        return [p for p in self.places if p.kind == "country" and (not foreign or p.key != "VN")]

    def figures(self) -> list[Quantity]:
        """Quantities that are not part of a date and not yet used by another fact."""
        return [
            q for q in self.quantities if q.start not in self.used and not _in_date(q, self.dates)
        ]


_JA_DATELINE = re.compile(
    r"\s*【[^】]{1,20}】|[A-Z][A-Z .]{2,20}\s*(?:\([^)]{1,30}\)\s*)?(?:--|—|–)\s+"
)


def _past_dateline(mentions: list[Mention], text: str) -> list[Mention]:
    """The mentions that are not in a leading dateline."""
    lead = _filed_from(text) if mentions and mentions[0].start < 40 else 0
    return [m for m in mentions if m.start >= lead]


def _filed_from(text: str) -> int:
    """Where a leading dateline ends ("【ハノイ】", "HANOI, May 5 (Reuters) - "): the city a story
    is filed from is not a place it is about."""
    match = _JA_DATELINE.match(text)
    return match.end() if match else dateline(text)[0]


def _in_date(quantity: Quantity, dates: list[DateSpan]) -> bool:
    return any(d.start <= quantity.start < d.end for d in dates)


@dataclass
class Context:
    language: str
    year: int | None
    main_province: str | None
    published: str | None
    last_category: str | None = None  # the previous sentence's investment category
    last_measure: str | None = None  # and its measure, for "of which ..." continuations
    previous: Sentence | None = None  # the sentence read before this one
    before_previous: Sentence | None = None


def analyse(
    text: str,
    start: int,
    end: int,
    evidence: str,
    language: str,
    year: int | None,
    published: str | None = None,
) -> Sentence:
    skip, _ = dateline(text) if start < 2000 else (0, None)
    if skip:
        text = " " * skip + text[skip:]
    folded = fold(text)
    digits = _HAS_DIGIT.search(text) is not None
    quantities = find_quantities(text, language) if digits else []
    dates = find_dates(text, year, published) if digits else []
    return Sentence(
        text,
        start,
        end,
        evidence,
        folded,
        quantities,
        dates,
    )


def story_year(published: str | None, text: str) -> int | None:
    """The document's year, else the most frequent plausible year it names."""
    if published:
        return int(published[:4])
    years = Counter(int(y) for y in re.findall(r"(?<!\d)(20[0-4]\d)(?!\d)", text[:20000]))
    return years.most_common(1)[0][0] if years else None


def main_province(sentences: list[Sentence]) -> str | None:
    """The place the story is about: a province of the headline or lead, else Vietnam when the
    lead names it, else the most frequent province."""
    for sentence in sentences[:2]:
        if sentence.provinces():
            return sentence.provinces()[0].key
    for sentence in sentences[:2]:
        home = [c for c in sentence.countries(foreign=False) if c.key == "VN"]
        if home:
            return home[0].surface
    counts = Counter(p.key for s in sentences for p in s.provinces())
    return counts.most_common(1)[0][0] if counts else None


_DATELINE = re.compile(
    r"([A-ZÀ-Ỹ][\w .'’-]{1,30}),\s+([^()\-–—]{3,30}?)\s*(?:\([A-Za-z ]{2,20}\))?\s*[-–—]\s+"
)


def dateline(text: str) -> tuple[int, str | None]:
    """Length of a leading wire dateline ("HANOI, Oct 2 (Reuters) - ") and its full date."""
    match = _DATELINE.match(text)
    if match is None:
        return 0, None
    dates = [d for d in find_dates(match.group(2), None) if len(d.value) == 10]
    return match.end(), dates[0].value if dates else None
