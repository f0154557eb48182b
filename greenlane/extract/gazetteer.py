"""Places and countries: compiled look-up of the province and country data modules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from .data.cities import CITIES
from .data.countries import COUNTRY_NAMES
from .data.provinces import PROVINCES
from .fastre import literal_trie
from .text import fold


@dataclass(frozen=True)
class Mention:
    kind: str  # "province", "country", "city" (abroad), "org", "person"
    key: str  # canonical name (province), ISO code (country), the name (org, person)
    surface: str  # as written
    start: int
    end: int


_COUNTRY_EXTRA: dict[str, tuple[str, ...]] = {
    "JP": ("Nhật", "japonais", "japonaise", "japonaises", "Japanese", "日系", "Nippon"),
    "KR": (
        "Hàn Quốc",
        "coréen",
        "coréenne",
        "coréens",
        "coréennes",
        "Korean",
        "Korea",
        "Corée",
        "南朝鮮",
    ),
    "CN": ("chinois", "chinoise", "chinoises", "Chinese", "中国系"),
    "TW": ("taïwanais", "taïwanaise", "Taiwanese", "Đài Loan (Trung Quốc)"),
    "SG": ("singapourien", "singapourienne", "singapouriens", "Singaporean"),
    "US": (
        "Mỹ",
        "américain",
        "américaine",
        "américains",
        "American",
        "USA",
        "U.S.",
        "US",
        "Etats-Unis",
        "米国",
        "アメリカ",
    ),
    "HK": ("Hồng Kông", "Hong Kong", "Hongkong", "香港"),
    "GB": ("Anh Quốc", "britannique", "britanniques", "British", "UK", "英国"),
    "DE": (
        "CHLB Đức",
        "nước Đức",
        "Cộng hòa Liên bang Đức",
        "allemand",
        "allemande",
        "allemands",
        "German",
    ),
    "FR": ("français", "française", "françaises", "French", "仏"),
    "IT": ("nước Ý", "italien", "italienne", "Italian"),
    "TH": ("thaïlandais", "Thai"),
    "NL": ("néerlandais", "néerlandaise", "Dutch", "Holland"),
    "AU": ("Úc", "australien", "australienne", "Australian", "豪州"),
    "IN": ("indien", "indienne", "Indian"),
    "MY": ("malaisien", "malaisienne", "Malaysian"),
    "RU": ("Liên bang Nga", "nước Nga", "russe", "Russian"),
    "CA": ("canadien", "canadienne", "Canadian"),
    "VN": (
        "Việt",
        "Viet Nam",
        "Viêt-Nam",
        "vietnamien",
        "vietnamienne",
        "vietnamiens",
        "vietnamiennes",
        "Vietnamese",
        "越",
    ),
}
_COUNTRY_BLOCK = {
    "Áo",
    "Séc",
    "Síp",
    "Nga",
    "Sark",
    "Chad",
    "Maurice",
    "Jordan",
    "Georgia",
    "Jersey",
    "Guernsey",
    "Đức",
    "Man",
    "Ý",
    "Turkey",
    "Dominica",
    "Bỉ",
}
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
                table.setdefault(
                    _key(name) if name.isascii() or _key(name) else name, ("country", code)
                )
    for canonical, (_, _, variants) in PROVINCES.items():
        for name in (canonical, *variants):
            table[_key(name) or name] = ("province", canonical)
    for canonical, names in CITIES.items():  # after provinces and countries: never over them
        for name in names:
            table.setdefault(_key(name) or name, ("city", canonical))
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
    return _drop_qualifiers(sentence, found) if len(found) > 1 else found


_QUALIFIED = re.compile(r"\s*[(（]\s*$")


def _drop_qualifiers(sentence: str, found: list[Mention]) -> list[Mention]:
    """A country in brackets right after another qualifies it and is not a second origin
    ("Đài Loan (Trung Quốc)", "Taïwan (Chine)")."""
    out: list[Mention] = []
    for mention in found:
        if (
            out
            and mention.kind == "country"
            and out[-1].kind == "country"
            and out[-1].key != "VN"  # "Công ty X Việt Nam (Hàn Quốc)": the origin, kept
            and _QUALIFIED.match(sentence[out[-1].end : mention.start])
        ):
            continue
        out.append(mention)
    return out


_UPPER = "".join(
    chr(c)
    for c in list(range(0x41, 0x5B)) + list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00))
    if chr(c).isupper()
)
_UPPER_SET = frozenset(_UPPER)
_FIRST_WORD = re.compile(rf"(?<![a-z0-9])(?:{literal_trie(_FIRST)})(?![a-z0-9])")


def _latin_places(sentence: str, folded: str) -> list[Mention]:
    """Names start with a capital (or are lower-case demonyms such as "japonais")."""
    found: list[Mention] = []
    after = 0
    for first in _FIRST_WORD.finditer(folded):  # only where a known name's first word stands
        position = first.start()
        if position < after or not _may_start(sentence, folded, position):
            continue
        mention = _place_at(sentence, folded, position)
        if mention is not None:
            found.append(mention)
            after = mention.end
    return found


def _may_start(sentence: str, folded: str, position: int) -> bool:
    """A capital that starts a word, or a lower-case demonym."""
    char = sentence[position]
    if char in _UPPER_SET:
        before = sentence[position - 1] if position else ""
        if not (before.isalnum() or before == "_"):  # what (?<!\w) means in re
            return True
    return _LOWER_RE.match(folded, position) is not None


_WINDOW = 60  # characters a name may span


def _place_at(sentence: str, folded: str, position: int) -> Mention | None:
    """The longest name (at most six words within the window) starting at ``position``."""
    window = [
        (m.start(), m.end(), m.group(0))
        for m in _TOKEN.finditer(folded, position, position + _WINDOW)
    ][:6]
    size = _FIRST.get(window[0][2], 0)
    for n in range(min(size, len(window)), 0, -1):
        span = window[:n]
        if any(not _GAP.fullmatch(folded, a[1], b[0]) for a, b in pairwise(span)):
            continue
        entry = _TABLE.get(" ".join(t[2] for t in span))
        if entry is None:
            continue
        kind, key = entry
        start, end = span[0][0], span[-1][1]
        if end < len(sentence) and sentence[end] == "." and key in ("US", "GB"):
            end += 1
        surface = sentence[start:end]
        if kind == "city" and _NAME_GOES_ON.match(sentence, end):
            return None  # "Osaka Haruhiko", "Seoul Semiconductor": a longer name
        return (
            Mention(kind, key, surface, start, end)
            if _plausible(sentence, surface, start, end)
            else None
        )
    return None


_NAME_GOES_ON = re.compile(r"[ \-]+[A-ZÀ-ÝĐ\u1EA0-\u1EF8]")


def _plausible(sentence: str, surface: str, start: int, end: int) -> bool:
    if surface in ("US", "U.S.") and sentence[end : end + 1] == "$":
        return False  # "US$1.1 billion" is a currency, not an origin
    first = surface[0]
    if first.isascii() and first.isalpha() and not first.isupper():
        return surface.lower() in _LOWER_OK
    if _KATAKANA.match(first):
        before = sentence[start - 1] if start else ""
        after = sentence[end] if end < len(sentence) else ""
        return not (_KATAKANA.match(before or " ") or _KATAKANA.match(after or " "))
    return not (first.isalpha() and first.islower() and surface.lower() not in _LOWER_OK)


_LOWER_OK = {
    name.lower() for names in _COUNTRY_EXTRA.values() for name in names if name[:1].islower()
}
_LOWER_RE = re.compile(
    r"(?<![\w])(?:"
    + "|".join(sorted((fold(n) for n in _LOWER_OK), key=len, reverse=True))
    + r")(?![\w])"
)


def province_status(name: str) -> str:
    return PROVINCES[name][0] if name in PROVINCES else ""
