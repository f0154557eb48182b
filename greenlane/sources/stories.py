"""Which stored document a new one retells, and which facts are the same fact.

Both come from the extraction core (`find_duplicates`, `fact_key`); this module feeds them the
documents already stored, so a translation ingested weeks after its original is still linked."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from typing import Any

from greenlane.extract import Document as Extracted
from greenlane.extract import Fact as ExtractedFact
from greenlane.extract import Money, Period, extract_document, find_duplicates
from greenlane.extract.dedupe import MIN_SHARED_FIGURES
from greenlane.extract.dedupe import fact_key as core_fact_key
from greenlane.sources.models import Document

# How many of the latest stored documents a batch is compared with.
RECENT = 200


class Stories:
    """Fingerprints of stored documents, in the order they were stored (`source` = the pk).

    `root_of(new)` runs the core's `find_duplicates` on the new document and the stored ones
    that share enough figures with it (an index by figure keeps a long batch linear)."""

    def __init__(self) -> None:
        self.documents: list[Extracted] = []
        self.index: dict[str, list[int]] = defaultdict(list)

    @classmethod
    def recent(cls, exclude_job: int | None = None, limit: int = RECENT) -> Stories:
        stories = cls()
        stored = Document.objects.exclude(text="").order_by("-pk")
        if exclude_job is not None:
            stored = stored.exclude(job_id=exclude_job, extracted__isnull=True)
        rows = stored.values_list("pk", "text", "duplicate_of_id")[:limit]
        for pk, text, root in reversed(rows):
            fingerprint = extract_document(text, source=str(pk))
            fingerprint.duplicate_of = str(root) if root else None
            fingerprint.facts, fingerprint.text = [], ""  # only the features are kept
            stories.add(fingerprint)
        return stories

    def add(self, document: Extracted) -> None:
        position = len(self.documents)
        self.documents.append(document)
        for figure in _figures(document):
            self.index[figure].append(position)

    def root_of(self, document: Extracted) -> str | None:
        """The source of the earliest document of the story `document` retells, or None."""
        shared: dict[int, int] = defaultdict(int)
        for figure in _figures(document):
            for position in self.index.get(figure, ()):
                shared[position] += 1
        candidates = [
            dataclasses.replace(self.documents[p])  # find_duplicates writes to its arguments
            for p in sorted(shared)
            if shared[p] >= MIN_SHARED_FIGURES
        ]
        if not candidates:
            return None
        find_duplicates([*candidates, document])
        return document.duplicate_of


def _figures(document: Extracted) -> frozenset[str]:
    return frozenset(f for f in document.features if f.startswith("n:"))


def fact_key(kind: str, data: dict[str, Any]) -> str:
    """The core's language-independent key of a fact stored as JSON (`Fact.data`)."""
    return core_fact_key(ExtractedFact(kind, {k: _revive(v) for k, v in data.items()}, ""))


def _revive(value: Any) -> Any:
    """Money and periods back from their JSON form, so keys match those of fresh facts."""
    if isinstance(value, dict) and {"value", "currency"} <= value.keys():
        return Money(value["value"], value["currency"], value.get("qualifier", "exact"))
    if isinstance(value, dict) and value.keys() == {"start", "end"}:
        return Period(value["start"], value["end"])
    return value
