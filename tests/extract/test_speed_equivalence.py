"""The speed-ups keep every match: the first-character look-ahead (fastre) and the ranking and
date pre-checks give the same results as the plain patterns on the test corpora."""

from __future__ import annotations

import glob
import re
from pathlib import Path

from greenlane.extract import dates, numbers
from greenlane.extract.facts import figures
from greenlane.extract.fastre import first_chars, with_first_char
from greenlane.extract.text import fold

ROOT = Path(__file__).resolve().parents[2]


def _lines() -> list[str]:
    lines: list[str] = []
    for pattern in ("tests/corpus/extract/*.txt", "tests/corpus/heldout/*.txt"):
        for path in sorted(glob.glob(str(ROOT / pattern))):
            text = Path(path).read_text(encoding="utf-8")
            lines += [s for s in re.split(r"(?<=[.!?。])\s*|\n", text) if s.strip()]
    lines += ["ſtands 3RD LARGEST", "Đứng THỨ 2", "KELVIN 5 K", "İstanbul 2024", "ı", ""]
    return lines


def _same(pattern: re.Pattern[str], lines: list[str]) -> None:
    source = re.sub(r"^\(\?=\[.*?\]\)\(\?:(.*)\)$", r"\1", pattern.pattern, flags=re.S)
    plain = re.compile(source, pattern.flags)
    for line in lines:
        for text in (line, fold(line)):
            got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            assert got == want, (pattern.pattern[:60], text)


def test_first_chars_of_alternatives() -> None:
    assert first_chars(r"(?<!x)(?:ab|\dc|(?:d)?e)") == r"[a\dde]"
    assert first_chars(r"a?") is None  # may be empty
    assert first_chars(r"[^a]b") is None  # not handled: no look-ahead
    assert with_first_char(r"x|y").pattern == r"(?=[xy])(?:x|y)"
    assert with_first_char(r"ngày").pattern == r"ngày"  # one literal: re is fast already


def test_patterns_match_as_before() -> None:
    lines = _lines()
    patterns = [figures._RANK, figures._RANK_NEEDS, figures._RANK_HINT, numbers._QUALIFIER]
    patterns += numbers._FIGURE.values()
    patterns += [pattern for pattern, _, _ in dates._RULES]
    for pattern in patterns:
        _same(pattern, lines)


def test_rank_needs_is_necessary() -> None:
    for line in _lines():
        if figures._RANK.search(line):
            assert figures._RANK_NEEDS.search(line), line
