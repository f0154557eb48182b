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
from collections.abc import Iterable
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


def presence(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for yes/no tests: ``presence(p).search(text)`` finds something exactly when
    ``re.compile(p).search(text)`` does (spans and groups may differ; use it only as a test).

    Top-level alternatives that spell a finite set of words ("vice[- ]president",
    "presidente?") are merged into one trie, so re picks the branch of a node by its first
    character instead of trying every word at every position; the others are kept as written.
    """
    words: list[str] = []
    others: list[str] = []
    for alternative in _top_level(pattern):
        expanded = _expand(alternative, flags)
        if expanded is None:
            others.append(alternative)
        else:
            words.extend(expanded)
    parts = ([literal_trie(words)] if words else []) + others
    return with_first_char("|".join(parts), flags)


def _top_level(pattern: str) -> list[str]:
    """``pattern`` cut at the ``|`` that are outside groups and character classes."""
    parts, depth, start, index, in_class = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            index += 1 if pattern[index + 1 : index + 2] != "^" else 2
            index += 1 if pattern[index + 1 : index + 2] == "]" else 0
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


_MAX_WORDS = 64


def _expand(pattern: str, flags: int) -> list[str] | None:
    """Every string ``pattern`` matches when that is a small finite set of plain text."""
    try:
        return _strings(_P.parse(pattern, flags & ~re.IGNORECASE))
    except (_Unknown, re.error, TypeError, ValueError):
        return None


def _strings(items: Any) -> list[str]:
    out = [""]
    for op, av in items:
        if op is _C.LITERAL:
            choices = [chr(av)]
        elif op is _C.IN and all(o is _C.LITERAL for o, _ in av):
            choices = [chr(code) for _, code in av]
        elif op is _C.SUBPATTERN and not av[1] and not av[2]:
            choices = _strings(av[3])
        elif op is _C.BRANCH:
            choices = [s for branch in av[1] for s in _strings(branch)]
        elif op is _C.MAX_REPEAT and av[0] == 0 and av[1] == 1:
            choices = ["", *_strings(av[2])]
        else:
            raise _Unknown(op)
        out = [a + b for a in out for b in choices]
        if len(out) > _MAX_WORDS:
            raise _Unknown(op)
    return out


def literal_trie(words: Iterable[str]) -> str:
    """A pattern matching any of ``words`` (plain text), factored as a trie: re tries the
    alternatives of one node by their distinct first characters instead of every word at
    every position. At each position it matches the longest word, as an alternation sorted
    longest first does."""
    root: dict[str, Any] = {}
    for word in words:
        if not word:
            continue
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_pattern(root)


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in node.items() if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
