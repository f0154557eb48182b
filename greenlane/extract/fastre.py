"""Faster scanning for alternation-heavy regexes, with the same matches.

``with_first_char(pattern, flags)`` compiles ``(?=[F])(?:pattern)`` where F holds every character
a match can begin with (read from the parsed pattern; zero-width assertions skipped). The
look-ahead consumes nothing and only rejects positions where no match can start, so matches,
groups and spans are those of ``pattern``; but positions are rejected with one character test
instead of entering every alternative (Python's re tries each branch in turn, and under
IGNORECASE it cannot pre-check their first letters). When F cannot be derived (the pattern may
match the empty string, or begins with something this reader does not handle), the pattern is
compiled as it is.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# The regex parser of Python >= 3.11 (the project's minimum); private modules, typed loosely.
_C: Any = importlib.import_module("re._constants")
_P: Any = importlib.import_module("re._parser")


class _Unknown(Exception):
    pass


_CATEGORIES = {_C.CATEGORY_DIGIT: r"\d", _C.CATEGORY_SPACE: r"\s", _C.CATEGORY_WORD: r"\w"}


def _escape(code: int) -> str:
    return "\\" + chr(code) if chr(code) in "\\]^-[" else re.escape(chr(code))


def _sequence(items) -> tuple[list[str], bool]:  # type: ignore[no-untyped-def]
    """(class members a match of ``items`` can begin with, whether it can be empty)."""
    out: list[str] = []
    for op, av in items:
        first, nullable = _item(op, av)
        out += first
        if not nullable:
            return out, False
    return out, True


def _item(op, av) -> tuple[list[str], bool]:  # type: ignore[no-untyped-def]
    if op in (_C.ASSERT, _C.ASSERT_NOT, _C.AT):
        return [], True
    if op is _C.LITERAL:
        return [_escape(av)], False
    if op is _C.IN:
        out = []
        for kind, value in av:
            if kind is _C.LITERAL:
                out.append(_escape(value))
            elif kind is _C.RANGE:
                out.append(_escape(value[0]) + "-" + _escape(value[1]))
            elif kind is _C.CATEGORY and value in _CATEGORIES:
                out.append(_CATEGORIES[value])
            else:
                raise _Unknown(kind)
        return out, False
    if op is _C.SUBPATTERN:
        return _sequence(av[-1])
    if op is _C.BRANCH:
        out, nullable = [], False
        for alternative in av[1]:
            first, empty = _sequence(alternative)
            out += first
            nullable = nullable or empty
        return out, nullable
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, _, item = av
        first, empty = _sequence(item)
        return first, empty or low == 0
    raise _Unknown(op)


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class matching every first character of a match, or None."""
    try:
        first, nullable = _sequence(_P.parse(pattern, flags))
    except (_Unknown, re.error, TypeError, ValueError):
        return None
    if nullable or not first:
        return None
    return "[" + "".join(dict.fromkeys(first)) + "]"


def _one_literal(first: str) -> bool:
    """ "[n]": re already scans for a single literal first character quickly."""
    inner = first[1:-1]
    return len(inner) == 1 or (
        len(inner) == 2 and inner[0] == "\\" and inner not in _CATEGORIES.values()
    )


def with_first_char(pattern: str, flags: int = 0) -> re.Pattern[str]:
    first = first_chars(pattern, flags)
    if first is None or _one_literal(first):
        return re.compile(pattern, flags)
    return re.compile(f"(?={first})(?:{pattern})", flags)
