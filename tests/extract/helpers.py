"""Shared helpers for the extraction tests (no Django, no database)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus" / "extract"
FRESH = CORPUS.parent / "fresh"
FRESH2 = CORPUS.parent / "fresh2"
FRESH3 = CORPUS.parent / "fresh3"


def cp1258(text: str) -> bytes:
    """Encode Vietnamese as Windows-1258 does: base letters plus combining tone marks."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            out += unicodedata.normalize("NFC", parts[:-1]).encode("cp1258")
            out += parts[-1].encode("cp1258")
    return bytes(out)
