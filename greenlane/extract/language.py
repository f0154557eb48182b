"""A fast language guess for vi, fr, en, ja (and "und"): script, diacritics and stop words."""

from __future__ import annotations

import re

_VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĐ]", re.I)
_LETTER = re.compile(r"[^\W\d_]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_WORD = re.compile(r"[a-zàâçéèêëîïôûùüÿœæ']+")
_STOP = {
    "fr": frozenset(
        [
            "le",
            "la",
            "les",
            "des",
            "du",
            "de",
            "et",
            "est",
            "dans",
            "pour",
            "une",
            "un",
            "sur",
            "au",
            "aux",
            "par",
            "avec",
            "qui",
            "que",
            "ont",
            "ses",
            "son",
            "cette",
            "ces",
            "été",
            "plus",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "is",
            "was",
            "for",
            "on",
            "with",
            "that",
            "by",
            "as",
            "from",
            "has",
            "have",
            "its",
            "are",
            "which",
            "this",
            "at",
        ]
    ),
    "vi": frozenset(
        [
            "cua",
            "va",
            "cac",
            "nhung",
            "duoc",
            "trong",
            "nam",
            "tinh",
            "voi",
            "cho",
            "la",
            "mot",
            "da",
            "dau",
            "tu",
            "nguoi",
            "khong",
            "ve",
            "tai",
            "nay",
            "tren",
        ]
    ),
}


def detect_language(text: str) -> str:
    sample = text[:4000]
    if not sample.strip():
        return "und"
    kana, cjk = len(_KANA.findall(sample)), len(_CJK.findall(sample))
    vietnamese = len(_VI_LETTERS.findall(sample))
    if kana or cjk or 0 < vietnamese <= 0.03 * len(sample):
        # Counting letters is the costly part; without kana or CJK and with Vietnamese
        # letters absent or above 3 % of all characters the answer does not depend on it.
        letters = len(_LETTER.findall(sample)) or 1
        if kana > 0.05 * letters or (kana and kana + cjk > 0.3 * letters):
            return "ja"
        if cjk > 0.3 * letters:
            return "zh"
        if vietnamese > 0.03 * letters:
            return "vi"
    elif vietnamese:
        return "vi"
    words = _WORD.findall(_strip(sample.lower()))
    scores = {lang: sum(w in stop for w in words) for lang, stop in _STOP.items()}
    best = max(scores, key=lambda lang: scores[lang])
    return best if scores[best] >= 2 else "und"


def _strip(text: str) -> str:
    return text.replace("đ", "d")
