"""Text helpers shared by the pipeline: one-to-one diacritic folding and sentence splitting."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and base.isascii():
            table[code] = base.lower()
    table.update({ord("đ"): "d", ord("Đ"): "d", ord("ı"): "i"})
    return table


_FOLD = FOLD_TABLE = _build_fold_table()


def fold(text: str) -> str:
    """Lower-case and strip diacritics keeping one character per character (offsets survive)."""
    return text.translate(_FOLD).lower()


def fold_key(text: str) -> str:
    """A comparison key: folded, punctuation dropped, white space squashed."""
    decomposed = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^0-9a-z\u3040-\u30ff\u4e00-\u9fff]+", " ", bare).split())


@dataclass(frozen=True)
class Sentence:
    text: str
    start: int
    end: int


MAX_SENTENCE = 1500
_END = re.compile(r"[.!?…]+[»”\")’']*(?=\s+\S)|[。！？]+[」』）)]*")
_ABBREVIATIONS = frozenset(
    [
        "co",
        "ltd",
        "pte",
        "pty",
        "sdn",
        "bhd",
        "inc",
        "corp",
        "mr",
        "ms",
        "mrs",
        "dr",
        "st",
        "no",
        "jr",
        "sr",
        "tp",
        "vs",
        "etc",
        "mme",
        "m",
        "mm",
        "p",
        "tr",
        "ths",
        "ts",
        "pgs",
        "gs",
        "jsc",
    ]
)
_WORD_BEFORE = re.compile(r"(\w+)$")


def _is_abbreviation(block: str, dot: int) -> bool:
    if block[dot] != ".":
        return False
    word = _WORD_BEFORE.search(block, max(0, dot - 12), dot)
    if word is None:
        return False
    token = word.group(1)
    return token.lower() in _ABBREVIATIONS or (len(token) == 1 and token.isupper())


def split_sentences(block: str, offset: int) -> Iterator[Sentence]:
    """Split one paragraph (no blank lines inside) into sentences with absolute offsets.

    A sentence ends at . ! ? followed by space (not after abbreviations such as "M." or "Co."),
    or at Japanese 。！？.
    """
    position = 0
    for match in _END.finditer(block):
        if _is_abbreviation(block, match.start()):
            continue
        yield from _emit(block, position, match.end(), offset)
        position = match.end()
    yield from _emit(block, position, len(block), offset)


def _emit(block: str, start: int, end: int, offset: int) -> Iterator[Sentence]:
    while start < end and block[start].isspace():
        start += 1
    while end > start and block[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = block.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield Sentence(block[start:cut], offset + start, offset + cut)
        start = cut
        while start < end and block[start].isspace():
            start += 1
    if end > start:
        yield Sentence(block[start:end], offset + start, offset + end)
