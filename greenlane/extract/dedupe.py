"""Same story, two languages or two outlets: match documents by shared figures, years, places,
countries and people (no embedding model offline), and merge their facts keeping every source."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .model import JSON, Document, Fact
from .text import fold_key

MIN_SHARED_FIGURES = 2
THRESHOLD = 0.5


Split = tuple[frozenset[str], frozenset[str]]  # (figures, everything else) of a fingerprint


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """0..1: how much of the smaller fingerprint the larger one repeats."""
    return _similarity(_split(a), _split(b))


def _split(features: frozenset[str]) -> Split:
    figures = _only(features, "n:")
    return figures, features - figures


def _similarity(a: Split, b: Split) -> float:
    (figures_a, names_a), (figures_b, names_b) = a, b
    shared = len(figures_a & figures_b)
    if shared < MIN_SHARED_FIGURES:
        return 0.0
    figure_overlap = shared / min(len(figures_a), len(figures_b))
    name_overlap = (
        len(names_a & names_b) / min(len(names_a), len(names_b)) if names_a and names_b else 0.0
    )
    return 0.7 * figure_overlap + 0.3 * name_overlap


def _only(features: frozenset[str], prefix: str) -> frozenset[str]:
    return frozenset(f for f in features if f.startswith(prefix))


def find_duplicates(documents: Sequence[Document]) -> dict[str, str]:
    """Set ``duplicate_of`` on each document that retells an earlier one; return the pairs.

    Candidates come from an index of figures, so only documents sharing figures are compared.
    """
    pairs: dict[str, str] = {}
    index: dict[str, list[int]] = defaultdict(list)
    splits = [_split(document.features) for document in documents]
    for position, document in enumerate(documents):
        figures = splits[position][0]
        if not document.error and figures:
            earlier = _candidates(index, figures)
            for other in sorted(earlier):
                match = documents[other]
                if match.source == document.source:
                    continue
                smaller = min(len(figures), len(splits[other][0]))
                if 0.7 * (earlier[other] / smaller) + 0.3 < THRESHOLD:
                    continue  # even with every name shared it would stay under the threshold
                if _similarity(splits[position], splits[other]) >= THRESHOLD:
                    root = match.duplicate_of or match.source
                    document.duplicate_of = pairs[document.source] = root
                    break
        for figure in figures:
            index[figure].append(position)
    return pairs


def _candidates(index: dict[str, list[int]], figures: frozenset[str]) -> dict[int, int]:
    """Earlier documents sharing at least MIN_SHARED_FIGURES figures, with how many they share."""
    counts: dict[int, int] = defaultdict(int)
    for figure in figures:
        for position in index.get(figure, ()):
            counts[position] += 1
    return {position: shared for position, shared in counts.items() if shared >= MIN_SHARED_FIGURES}


@dataclass
class MergedFact:
    """One fact as told by one or more documents of the same story."""

    kind: str
    fields: JSON
    sources: list[tuple[str, str, int, int]] = field(
        default_factory=list
    )  # source, evidence, start, end

    def as_json(self) -> JSON:
        return {
            "kind": self.kind,
            **Fact(self.kind, self.fields, "").as_json(),
            "sources": [
                {"source": s, "evidence": e, "start": a, "end": b} for s, e, a, b in self.sources
            ],
        }


def merge_facts(documents: Iterable[Document]) -> list[MergedFact]:
    """Facts of all documents, those repeated across duplicate documents merged into one."""
    merged: dict[tuple[str, str], MergedFact] = {}
    for document in documents:
        story = document.duplicate_of or document.source
        for fact in document.facts:
            key = (story, fact_key(fact))
            entry = merged.get(key)
            if entry is None:
                entry = merged[key] = MergedFact(fact.kind, dict(fact.fields))
            else:
                for name, value in fact.fields.items():
                    if entry.fields.get(name) in (None, "", []):
                        entry.fields[name] = value
            entry.sources.append((document.source, fact.evidence, fact.start, fact.end))
    return list(merged.values())


def fact_key(fact: Fact) -> str:
    """A language-independent key: the kind and its figures (or the person's folded name)."""
    f = fact.fields
    if fact.kind == "person":
        return "person:" + fold_key(str(f.get("name")))
    if fact.kind == "commitment":
        return "commitment:" + fold_key(str(f.get("actor")))
    names = (
        "category",
        "origin",
        "projects",
        "amount",
        "share_pct",
        "rank",
        "of",
        "low",
        "high",
        "year",
        "value",
        "start",
        "type",
    )
    values = [_figure(f.get(name)) for name in names]
    if fact.kind in ("project", "ranking") and not any(values):
        values.append(fold_key(str(f.get("name") or f.get("subject"))))
    return fact.kind + ":" + repr(values)


def _figure(value: object) -> object:
    if isinstance(value, float | int) and not isinstance(value, bool):
        return float(f"{float(value):.3g}")
    if hasattr(value, "value"):
        return (float(f"{float(value.value):.3g}"), getattr(value, "currency", None))
    return value
