"""Bytes to text: BOMs, UTF-8, UTF-16, Windows-1258/1252, Shift_JIS ... then NFC with an offset map
back to the decoded text, so evidence can be copied from the input as it was written."""

from __future__ import annotations

import bisect
import codecs
import functools
import re
import sys
import unicodedata
from dataclasses import dataclass, field

MAX_CHARS = 400_000
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CP1258_HINTS = frozenset(b"\xc3\xcc\xd0\xd2\xd5\xdd\xde\xe3\xec\xf0\xf2\xf5\xfd")


@dataclass
class Decoded:
    raw: str  # the decoded input
    text: str  # NFC
    encoding: str
    warnings: list[str] = field(default_factory=list)
    _marks: list[int] = field(default_factory=list)  # NFC offsets where raw and NFC realign
    _raw_marks: list[int] = field(default_factory=list)

    def raw_offset(self, offset: int) -> int:
        """Map an offset in ``text`` (NFC) to the matching offset in ``raw``."""
        if not self._marks:
            return offset
        index = bisect.bisect_right(self._marks, offset) - 1
        if index < 0:
            return offset
        return self._raw_marks[index] + (offset - self._marks[index])


def decode(data: bytes | str) -> Decoded:
    if isinstance(data, str):
        raw, encoding = data, "str"
    else:
        raw, encoding = _decode_bytes(data)
    raw = raw.lstrip("\ufeff")
    warnings: list[str] = []
    if len(raw) > MAX_CHARS:
        warnings.append(f"document cut off at {MAX_CHARS} characters (it has {len(raw)})")
        raw = raw[:MAX_CHARS]
    decoded = Decoded(raw, raw, encoding, warnings)
    if not unicodedata.is_normalized("NFC", raw):
        _normalise(decoded)
    return decoded


def _decode_bytes(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_utf16(data):
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    guess = _guess(data[:20000])
    if guess:
        return data.decode(guess, errors="replace"), guess
    high = {byte for byte in data[:20000] if byte >= 0x80}
    encoding = "cp1258" if high & _CP1258_HINTS else "cp1252"
    return data.decode(encoding, errors="replace"), encoding


def _looks_utf16(data: bytes) -> bool:
    sample = data[:2000]
    return len(sample) > 8 and sample[1::2].count(0) > len(sample) // 4


def _guess(sample: bytes) -> str | None:
    """Multi-byte Asian encodings only; single-byte Latin text is left to the cp1258 rule."""
    for encoding in ("shift_jis", "euc_jp"):
        try:
            text = sample.decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum("\u3040" <= c <= "\u30ff" for c in text) > len(text) // 20:
            return encoding
    return None


@functools.cache
def _clusters() -> re.Pattern[str]:
    """A character followed by one or more combining characters (built on first use: 0.1 s)."""
    codes = [c for c in range(sys.maxunicode + 1) if unicodedata.combining(chr(c))]
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    marks = "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
        for a, b in ranges
    )
    return re.compile(f"(?s).[{marks}]+")


def _normalise(decoded: Decoded) -> None:
    """NFC cluster by cluster, remembering where each cluster starts in both strings."""
    raw = decoded.raw
    pieces: list[str] = []
    marks: list[int] = []
    raw_marks: list[int] = []
    position = length = 0
    for match in _clusters().finditer(raw):
        start, end = match.span()
        pieces.append(raw[position:start])
        length += start - position
        cluster = unicodedata.normalize("NFC", match.group(0))
        marks.append(length)
        raw_marks.append(start)
        pieces.append(cluster)
        length += len(cluster)
        marks.append(length)
        raw_marks.append(end)
        position = end
    pieces.append(raw[position:])
    decoded.text = "".join(pieces)
    decoded._marks, decoded._raw_marks = marks, raw_marks
    decoded.warnings.append("text was not NFC: normalised; evidence is copied from the input")
