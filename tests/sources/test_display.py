"""The document page's pieces: marks over evidence offsets, escaping, fact values formatted."""

from __future__ import annotations

from django.utils import translation

from greenlane.sources.display import (
    Span,
    formatted,
    highlighted,
    key_values,
    marks_of,
    spans_in,
)
from greenlane.sources.models import Fact


def span(start: int, end: int, kind: str = "investment") -> Span:
    return Span(start, end, Fact(kind=kind, start=start, end=end, evidence="x"))


def test_overlapping_evidence_spans_become_one_mark_and_misplaced_ones_none() -> None:
    text = "0123456789" * 3
    marks = marks_of(text, [span(0, 5), span(3, 8), span(10, 12), span(20, 99), span(4, 4)])
    assert [(m.id, m.start, m.end, len(m.facts)) for m in marks] == [
        ("ev-1", 0, 8, 2), ("ev-2", 10, 12, 1)]


def test_a_retelling_marks_the_sentences_of_facts_filed_under_the_original() -> None:
    own = Fact(kind="person", start=0, end=4, evidence="x")
    merged = Fact(kind="investment", start=50, end=60, evidence="y", also_evidence=[
        {"document": 7, "evidence": "z", "start": 5, "end": 9},
        {"document": 8, "evidence": "w", "start": 1, "end": 2}])
    assert [(s.start, s.end, s.fact) for s in spans_in(7, [own], [merged])] == [
        (0, 4, own), (5, 9, merged)]


def test_the_highlighted_text_escapes_everything_and_keeps_line_breaks() -> None:
    text = "<b>A</b> & \"B\"\nC <script>x</script>"
    html = highlighted(text, marks_of(text, [span(11, 14)]))
    assert html == ('&lt;b&gt;A&lt;/b&gt; &amp; <mark id="ev-1" class="evidence" '
                    'data-kinds="investment">&quot;B&quot;</mark><br>\n'
                    "C &lt;script&gt;x&lt;/script&gt;")


def test_money_uses_the_languages_separators_and_shows_its_qualifier() -> None:
    amount = {"value": 1980000000, "currency": "USD", "qualifier": "approx"}
    with translation.override("vi"):
        assert formatted("amount", amount) == "≈ 1.980.000.000 USD"
    with translation.override("en"):
        assert formatted("amount", amount) == "≈ 1,980,000,000 USD"


def test_dates_and_periods_read_day_month_year() -> None:
    assert formatted("as_of", "2025-09-30") == "30/09/2025"
    assert formatted("period", {"start": "2025-01", "end": "2025-09"}) == "01/2025–09/2025"
    assert formatted("start", "2025") == "2025"


def test_key_values_skip_empty_fields_and_read_a_rank_with_its_total() -> None:
    with translation.override("en"):
        shown = key_values("ranking", {"subject": "JP", "rank": 5, "of": 42, "scope": None})
        assert shown == [("subject", "JP"), ("rank", "5 of 42")]
        assert key_values("investment", {"projects": 1150, "share_pct": 82.5, "year": 2024}) == [
            ("projects", "1,150"), ("share", "82.5 %")]
