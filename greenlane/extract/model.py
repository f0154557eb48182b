"""The typed results of extraction: documents, facts and the values inside them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

JSON = dict[str, Any]


@dataclass(frozen=True)
class Money:
    value: float
    currency: str
    qualifier: str = "exact"

    def as_json(self) -> JSON:
        value: float | int = int(self.value) if self.value == int(self.value) else self.value
        return {"value": value, "currency": self.currency, "qualifier": self.qualifier}


@dataclass(frozen=True)
class Period:
    start: str | None
    end: str | None

    def as_json(self) -> JSON:
        return {"start": self.start, "end": self.end}


@dataclass
class Fact:
    """One fact read from one sentence.

    ``start``/``end`` locate the evidence in ``Document.text``.
    """

    kind: str
    fields: JSON
    evidence: str
    start: int = 0
    end: int = 0

    def as_json(self) -> JSON:
        out: JSON = {"kind": self.kind}
        out.update({key: _plain(value) for key, value in self.fields.items()})
        out["evidence"] = self.evidence
        return out


@dataclass
class Document:
    source: str
    text: str = ""
    title: str | None = None
    language: str = "und"
    published: str | None = None
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    duplicate_of: str | None = None
    features: frozenset[str] = field(default_factory=frozenset)  # for finding duplicates

    def as_json(self) -> JSON:
        out: JSON = {
            "source": self.source,
            "language": self.language,
            "title": self.title,
            "published": self.published,
            "duplicate_of": self.duplicate_of,
            "facts": [fact.as_json() for fact in self.facts],
        }
        if self.error:
            out["error"] = self.error
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, Money | Period):
        return value.as_json()
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value
