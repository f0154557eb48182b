"""Places and countries: compiled look-up of the province and country data modules."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .data.countries import COUNTRY_NAMES
from .data.provinces import PROVINCES
from .text import fold


@dataclass(frozen=True)
class Mention:
    kind: str  # "province", "country", "org", "person"
    key: str  # canonical name (province), ISO code (country), the name (org, person)
    surface: str  # as written
    start: int
    end: int


_COUNTRY_EXTRA: dict[str, tuple[str, ...]] = {
    "JP": ("Nhật", "japonais", "japonaise", "japonaises", "Japanese", "日系", "Nippon"),
    "KR": ("Hàn Quốc", "coréen", "coréenne", "coréens", "coréennes", "Korean", "Korea",
           "Corée", "南朝鮮"),
    "CN": ("chinois", "chinoise", "chinoises", "Chinese", "中国系"),
    "TW": ("taïwanais", "taïwanaise", "Taiwanese", "Đài Loan (Trung Quốc)"),
    "SG": ("singapourien", "singapourienne", "singapouriens", "Singaporean"),
    "US": ("Mỹ", "américain", "américaine", "américains", "American", "USA", "U.S.", "US",
           "Etats-Unis", "米国", "アメリカ"),
    "HK": ("Hồng Kông", "Hong Kong", "Hongkong", "香港"),
    "GB": ("Anh Quốc", "britannique", "britanniques", "British", "UK", "英国"),
    "DE": ("CHLB Đức", "nước Đức", "Cộng hòa Liên bang Đức", "allemand", "allemande",
           "allemands", "German"),
    "FR": ("français", "française", "françaises", "French", "仏"),
    "IT": ("nước Ý", "italien", "italienne", "Italian"),
    "TH": ("thaïlandais", "Thai"),
    "NL": ("néerlandais", "néerlandaise", "Dutch", "Holland"),
    "AU": ("Úc", "australien", "australienne", "Australian", "豪州"),
    "IN": ("indien", "indienne", "Indian"),
    "MY": ("malaisien", "malaisienne", "Malaysian"),
    "RU": ("Liên bang Nga", "nước Nga", "russe", "Russian"),
    "CA": ("canadien", "canadienne", "Canadian"),
    "VN": ("Việt", "Viet Nam", "Viêt-Nam", "vietnamien", "vietnamienne", "vietnamiens",
           "vietnamiennes", "Vietnamese", "越"),
}
_COUNTRY_BLOCK = {"Áo", "Séc", "Síp", "Nga", "Sark", "Chad", "Maurice", "Jordan", "Georgia",
                  "Jersey", "Guernsey", "Đức", "Man", "Ý", "Turkey", "Dominica", "Bỉ"}
_KATAKANA = re.compile(r"[\u30a0-\u30ff]")


_TOKEN = re.compile(r"[a-z0-9]+")
_GAP = re.compile(r"[\s.\-–']*")


def _key(name: str) -> str:
    return " ".join(_TOKEN.findall(fold(name)))


def _index() -> tuple[dict[str, tuple[str, str]], dict[str, int], re.Pattern[str]]:
    table: dict[str, tuple[str, str]] = {}
    for code, names in COUNTRY_NAMES.items():
        for name in names + _COUNTRY_EXTRA.get(code, ()):
            if name not in _COUNTRY_BLOCK:
                table.setdefault(_key(name) if name.isascii() or _key(name) else name,
                                 ("country", code))
    for canonical, (_, _, variants) in PROVINCES.items():
        for name in (canonical, *variants):
            table[_key(name) or name] = ("province", canonical)
    longest: dict[str, int] = {}
    for key in table:
        words = key.split()
        if key.isascii() or _key(key):
            longest[words[0]] = max(longest.get(words[0], 0), len(words))
    wide = sorted((k for k in table if not _key(k)), key=len, reverse=True)
    return table, longest, re.compile("|".join(re.escape(k) for k in wide))


_TABLE, _FIRST, _WIDE = _index()
_HAS_WIDE = re.compile(r"[\u3040-\u9fff]")


def find_places(sentence: str, folded: str | None = None) -> list[Mention]:
    """Provinces and countries named in a sentence (longest name wins)."""
    folded = fold(sentence) if folded is None else folded
    found = _latin_places(sentence, folded)
    if _HAS_WIDE.search(sentence):
        for match in _WIDE.finditer(sentence):
            start, end = match.span()
            if _plausible(sentence, match.group(0), start, end):
                kind, key = _TABLE[match.group(0)]
                found.append(Mention(kind, key, match.group(0), start, end))
        found.sort(key=lambda m: m.start)
    return found


def _latin_places(sentence: str, folded: str) -> list[Mention]:
    tokens = [(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(folded)]
    found: list[Mention] = []
    index = 0
    while index < len(tokens):
        size = _FIRST.get(tokens[index][2], 0)
        hit = None
        for n in range(min(size, len(tokens) - index), 0, -1):
            span = tokens[index:index + n]
            if any(not _GAP.fullmatch(folded, a[1], b[0]) for a, b in zip(span, span[1:])):
                continue
            entry = _TABLE.get(" ".join(t[2] for t in span))
            if entry is not None:
                hit = (n, entry)
                break
        if hit is None:
            index += 1
            continue
        n, (kind, key) = hit
        start, end = tokens[index][0], tokens[index + n - 1][1]
        if end < len(sentence) and sentence[end] == "." and key in ("US", "GB"):
            end += 1
        surface = sentence[start:end]
        if _plausible(sentence, surface, start, end):
            found.append(Mention(kind, key, surface, start, end))
        index += n
    return found


def _plausible(sentence: str, surface: str, start: int, end: int) -> bool:
    first = surface[0]
    if first.isascii() and first.isalpha() and not first.isupper():
        return surface.lower() in _LOWER_OK
    if _KATAKANA.match(first):
        before = sentence[start - 1] if start else ""
        after = sentence[end] if end < len(sentence) else ""
        return not (_KATAKANA.match(before or " ") or _KATAKANA.match(after or " "))
    return not (first.isalpha() and first.islower() and surface.lower() not in _LOWER_OK)


_LOWER_OK = {name.lower() for names in _COUNTRY_EXTRA.values() for name in names
             if name[:1].islower()}


def province_status(name: str) -> str:
    return PROVINCES[name][0] if name in PROVINCES else ""
