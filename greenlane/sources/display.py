"""How a document and its facts are shown: the text with every evidence sentence marked, and
each fact's key values in the house formats. The text is untrusted: every piece is escaped."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.urls import NoReverseMatch, reverse
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from greenlane.core import formats
from greenlane.sources.models import Fact


@dataclass(frozen=True)
class Span:
    """Where a fact's sentence is in one document's text."""

    start: int
    end: int
    fact: Fact


@dataclass
class Mark:
    """One highlighted stretch of the text and the facts read from it."""

    id: str
    start: int
    end: int
    facts: list[Fact] = field(default_factory=list)


def spans_in(document_id: int, own: Iterable[Fact], merged: Iterable[Fact]) -> list[Span]:
    """The sentences of the document's own facts, and of the facts filed under an earlier
    document of the same story that this one repeats (`Fact.also_evidence`)."""
    spans = [Span(f.start, f.end, f) for f in own]
    for fact in merged:
        spans.extend(
            Span(int(e.get("start", 0)), int(e.get("end", 0)), fact)
            for e in fact.also_evidence
            if isinstance(e, dict) and e.get("document") == document_id
        )
    return spans


def marks_of(text: str, spans: Iterable[Span]) -> list[Mark]:
    """Evidence spans in text order; overlapping spans are merged into one mark. Spans that do
    not fit the text get no mark."""
    fitting = sorted(
        (s for s in spans if 0 <= s.start < s.end <= len(text)), key=lambda s: (s.start, s.end)
    )
    marks: list[Mark] = []
    for span in fitting:
        if marks and span.start < marks[-1].end:
            marks[-1].end = max(marks[-1].end, span.end)
            marks[-1].facts.append(span.fact)
        else:
            marks.append(Mark(f"ev-{len(marks) + 1}", span.start, span.end, [span.fact]))
    return marks


def highlighted(text: str, marks: Sequence[Mark]) -> SafeString:
    """The text as HTML: escaped, line breaks kept, each mark a <mark id=...>."""
    pieces: list[str] = []
    position = 0
    for mark in marks:
        pieces.append(_escaped(text[position : mark.start]))
        kinds = " ".join(sorted({f.kind for f in mark.facts}))
        pieces.append(
            f'<mark id="{mark.id}" class="evidence" data-kinds="{escape(kinds)}">'
            f"{_escaped(text[mark.start : mark.end])}</mark>"
        )
        position = mark.end
    pieces.append(_escaped(text[position:]))
    return mark_safe("".join(pieces))  # every piece of the text is escaped above


def _escaped(text: str) -> str:
    return str(escape(text)).replace("\r\n", "\n").replace("\n", "<br>\n")


def review_url(fact: Fact) -> str | None:
    """The fact's page in the review queue, once the review module provides it."""
    try:
        return reverse("review:fact", args=[fact.pk])
    except NoReverseMatch:
        return None


# --- key values of a fact ------------------------------------------------------------------------

LABELS = {
    "measure": gettext_lazy("measure"),
    "category": gettext_lazy("category"),
    "origin": gettext_lazy("origin"),
    "destination": gettext_lazy("destination"),
    "projects": gettext_lazy("projects"),
    "amount": gettext_lazy("amount"),
    "share_pct": gettext_lazy("share"),
    "period": gettext_lazy("period"),
    "as_of": gettext_lazy("as of"),
    "name": gettext_lazy("name"),
    "investor": gettext_lazy("investor"),
    "location": gettext_lazy("location"),
    "area_ha": gettext_lazy("area (ha)"),
    "subject": gettext_lazy("subject"),
    "rank": gettext_lazy("rank"),
    "scope": gettext_lazy("among"),
    "metric": gettext_lazy("metric"),
    "low": gettext_lazy("from"),
    "high": gettext_lazy("to"),
    "unit": gettext_lazy("unit"),
    "year": gettext_lazy("year"),
    "value": gettext_lazy("value"),
    "type": gettext_lazy("type"),
    "start": gettext_lazy("start"),
    "end": gettext_lazy("end"),
    "place": gettext_lazy("place"),
    "organisers": gettext_lazy("organisers"),
    "title": gettext_lazy("title"),
    "organisation": gettext_lazy("organisation"),
    "actor": gettext_lazy("who"),
}
# The fields worth showing beside the text, per kind, in order.
KEY_FIELDS = {
    "investment": ("category", "measure", "origin", "destination", "projects", "amount",
                   "share_pct", "period", "as_of"),
    "project": ("name", "investor", "origin", "location", "amount", "area_ha"),
    "ranking": ("subject", "rank", "scope", "location", "period"),
    "target": ("subject", "metric", "low", "high", "unit", "year"),
    "indicator": ("subject", "metric", "value", "unit", "period"),
    "event": ("name", "type", "start", "end", "place"),
    "person": ("name", "title", "organisation"),
    "commitment": ("actor",),
}


def key_values(kind: str, values: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, formatted value) of the fields that have a value."""
    shown: list[tuple[str, str]] = []
    for name in KEY_FIELDS.get(kind, tuple(values)):
        value = values.get(name)
        if value in (None, "", [], {}):
            continue
        if name == "rank" and values.get("of"):
            text = _("%(rank)s of %(of)s") % {"rank": value, "of": values["of"]}
        else:
            text = formatted(name, value)
        shown.append((str(LABELS.get(name, name)), text))
    return shown


def formatted(name: str, value: Any) -> str:
    if isinstance(value, dict) and "currency" in value:
        qualifier = QUALIFIERS.get(str(value.get("qualifier")), "")
        return qualifier + formats.money(value.get("value"), str(value["currency"]))
    if isinstance(value, dict) and {"start", "end"} <= value.keys():
        start, end = day(value["start"]), day(value["end"])
        return start if start == end or not end else f"{start}–{end}"
    if name in ("as_of", "start", "end"):
        return day(value)
    if name == "origin":
        return country_name(value)
    if name == "unit":
        return unit_label(str(value))
    if name == "share_pct":
        return f"{formats.number(value, 1 if float(value) % 1 else 0)} %"
    if isinstance(value, float | int) and not isinstance(value, bool) and name != "year":
        return formats.number(value, 0 if float(value) == int(value) else 2)
    return str(value)


QUALIFIERS = {"approx": "≈ ", "over": "> ", "under": "< "}  # compact, beside the text
MONEY_WORDS = {
    "approx": gettext_lazy("about %(amount)s"),
    "over": gettext_lazy("over %(amount)s"),
    "under": gettext_lazy("under %(amount)s"),
}
UNITS = {
    "people": pgettext_lazy("unit", "people"),
    "visits": pgettext_lazy("unit", "visits"),
    "projects": pgettext_lazy("unit", "projects"),
    "companies": pgettext_lazy("unit", "companies"),
    "jobs": pgettext_lazy("unit", "jobs"),
    "money": pgettext_lazy("unit", "money"),
}


def qualified_money(value: Any, currency: str, qualifier: str = "") -> str:
    """"about 1.980.000.000 USD": an amount with its qualifier in words; "exact" says none."""
    amount = formats.money(value, currency)
    words = MONEY_WORDS.get(qualifier)
    return str(words) % {"amount": amount} if words is not None else amount


def unit_label(unit: str) -> str:
    """A unit as the extractor writes it ("people") in the user's language; "%", "ha" or a
    currency as they are."""
    return str(UNITS.get(unit, unit))


def country_name(code: Any) -> str:
    """A country's name in the user's language from its ISO code; the code when unknown."""
    from greenlane.places.models import Country

    country = Country.objects.filter(code=str(code).upper()).first() if code else None
    return country.name if country is not None else str(code or "")


def day(value: Any) -> str:
    """ISO "2024-09-30", "2024-09" or "2024" as 30/09/2024, 09/2024 or 2024."""
    text = str(value or "")
    parts = text.split("-")
    if len(parts) in (2, 3) and all(p.isdigit() for p in parts):
        return "/".join(reversed(parts))
    return text
