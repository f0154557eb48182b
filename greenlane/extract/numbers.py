"""Numbers, money, percentages and counts as people write them in vi, fr, en and ja."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fastre import with_first_char
from .model import Money


@dataclass(frozen=True)
class Quantity:
    """A figure found in a sentence; ``low``/``high`` differ for ranges such as "5.000-10.000"."""

    low: float
    high: float
    unit: str  # "money", "%", "projects", "ha", "visits", "people", "" (plain) ...
    start: int
    end: int
    currency: str | None = None
    qualifier: str = "exact"
    noun: str = ""  # the words right after the figure ("kỹ sư", "ingénieurs")

    @property
    def value(self) -> float:
        return self.low

    def money(self) -> Money | None:
        if self.currency is None:
            return None
        return Money(_round(self.low), self.currency, self.qualifier)


def _round(value: float) -> float:
    return float(round(value)) if value >= 1000 else round(value, 6)


_DIGITS = r"\d{1,3}(?:(?P<sep>[.,])\d{3})(?:(?P=sep)\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_DIGITS_FR = r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|" + _DIGITS
_WORD_NUMBERS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "bốn": 4,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "douze": 12,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
}
_WORDS = "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
_SCALES = {
    "nghìn tỷ": 1e12,
    "nghìn tỉ": 1e12,
    "ngàn tỷ": 1e12,
    "ngàn tỉ": 1e12,
    "tỷ": 1e9,
    "tỉ": 1e9,
    "triệu": 1e6,
    "nghìn": 1e3,
    "ngàn": 1e3,
    "vạn": 1e4,
    "milliards": 1e9,
    "milliard": 1e9,
    "mds": 1e9,
    "md": 1e9,
    "mrd": 1e9,
    "millions": 1e6,
    "million": 1e6,
    "mln": 1e6,
    "billions": 1e9,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
    "mn": 1e6,
    "m": 1e6,
    "thousand": 1e3,
    "mille": 1e3,
    "k": 1e3,
    "b": 1e9,
}
_SCALE = "|".join(re.escape(s) for s in sorted(_SCALES, key=len, reverse=True))
_CURRENCIES = [
    (
        "USD",
        r"USD|US\$|U\.S\. dollars?|US dollars?|đô la Mỹ|đô-la Mỹ|đô la|đôla|USĐ"
        r"|(?:de |d')?dollars?(?: américains| US| des États-Unis)?|\$|米ドル|ドル",
    ),
    ("VND", r"tỷ đồng|đồng|VNĐ|VND|dongs?|ドン"),
    ("EUR", r"EUR|euros?|d'euros|€|ユーロ"),
    ("JPY", r"JPY|yên Nhật|yên|yens?|円"),
    ("KRW", r"KRW|won|ウォン"),
    ("CNY", r"CNY|nhân dân tệ|yuans?|人民元"),
    ("SGD", r"SGD|S\$"),
]
_CURRENCY_SUFFIX = "|".join(f"(?P<c_{code}>{pattern})" for code, pattern in _CURRENCIES)
_PREFIX_CURRENCY = {
    "$": "USD",
    "US$": "USD",
    "USD": "USD",
    "€": "EUR",
    "EUR": "EUR",
    "¥": "JPY",
    "S$": "SGD",
    "VND": "VND",
    "VNĐ": "VND",
    "JPY": "JPY",
}
_UNITS = [
    ("%", r"%|％|phần trăm|pour ?cent|per ?cent|percent"),
    (
        "projects",
        r"(?:(?:new|valid|active|licensed|registered|foreign|fdi|oda|outbound|"
        r"investment|nouveaux|dự án|lượt)\s+){0,3}(?:dự án|projets?|projects?|件)",
    ),
    ("ha", r"ha\b|hecta|héc-ta|hectares?|ヘクタール"),
    (
        "visits",
        r"lượt(?: khách)?(?!\s+(?:góp vốn|điều chỉnh|dự án|tăng vốn|mua cổ phần|doanh nghiệp))"
        r"|visiteurs|visitors|arrivals|touristes|tourists",
    ),
    ("people", r"người|lao động|personnes|people|workers|employees|travailleurs|人"),
    ("companies", r"doanh nghiệp|entreprises|companies|firms|社"),
]
_UNIT_SUFFIX = "|".join(f"(?P<u_{i}>{pattern})" for i, (_, pattern) in enumerate(_UNITS))

_TAIL = re.compile(
    rf"(?:\s*(?P<scale>(?:{_SCALE})(?:\s+(?:{_SCALE}))?)(?![\w]))?"
    rf"(?:(?:\s*|-(?=ha\b|hect))(?:(?P<cur>{_CURRENCY_SUFFIX})|(?P<unit>{_UNIT_SUFFIX})))?",
    re.IGNORECASE,
)
_RANGE = r"\s*(?:-|–|—|~|～|đến|tới|à|to)\s*"
_PREFIX = r"(?:(?P<pre>US\$|S\$|USD|EUR|VNĐ|VND|JPY|\$|€|¥)\s?)?"
_LATIN = r"A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF"
_FIGURE = {
    lang: with_first_char(
        rf"(?<![{_LATIN}.,/-]){_PREFIX}(?P<a>{digits}|{_WORDS})"
        rf"(?:{_RANGE}(?P<b>{digits.replace('sep', 'sep2')}))?"
        rf"(?!(?!ha(?![{_LATIN}]))[{_LATIN}/]|[.,]\d)",  # "65ha" is 65 hectares; "5G" is no figure
        re.IGNORECASE,
    )
    for lang, digits in (("fr", _DIGITS_FR), ("other", _DIGITS))
}
_JA_MONEY = re.compile(
    r"(?P<a>(?:\d[\d,.]*(?:兆|億|万|千))+\d*)(?P<cur>米ドル|ドル|円|ユーロ|ドン|ウォン)?"
)
_JA_PART = re.compile(r"([\d,.]+)(兆|億|万|千)?")
_JA_SCALE = {"兆": 1e12, "億": 1e8, "万": 1e4, "千": 1e3}
_QUALIFIERS = [
    (
        "approx",
        r"khoảng|xấp xỉ|gần|ước(?: tính| đạt)?|chừng|environ|près de|quelque|presque"
        r"|about|around|approximately|nearly|almost|some|roughly|約|およそ",
    ),
    ("over", r"hơn|trên|vượt|ngoài|plus de|au moins|more than|over|above|at least|exceeding|超"),
    ("under", r"dưới|chưa đến|chưa tới|không tới|moins de|less than|under|below|up to|jusqu'à"),
]
_QUALIFIER = with_first_char(
    "(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _QUALIFIERS)
    + r")\s*(?:tới|đến|de|là)?\s*$",
    re.IGNORECASE,
)
_NOUN = re.compile(r"\s*((?:[^\W\d_]+[\s'’-]?){1,3})")


def parse_number(text: str, language: str) -> float | None:
    """Read "1,98" / "5.000" (vi, fr) or "1.6" / "5,000" (en, ja) as a float."""
    lowered = text.lower()
    if lowered in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[lowered])
    text = re.sub(r"[\s\u00a0\u202f]", "", text)
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal = "." if text.rfind(".") > text.rfind(",") else ","
    elif dots + commas == 0 or dots > 1 or commas > 1:
        decimal = ""
    else:
        sep = "." if dots else ","
        tail = len(text) - text.rfind(sep) - 1
        if language in ("vi", "fr", "und"):
            decimal = "" if sep == "." and tail == 3 else sep
        else:
            decimal = "" if sep == "," and tail == 3 else sep
    for separator in ".,":
        if separator != decimal:
            text = text.replace(separator, "")
    text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def find_quantities(sentence: str, language: str) -> list[Quantity]:
    """Every figure of a sentence, with its scale, currency or unit and qualifier."""
    found: list[Quantity] = []
    if language == "ja":
        found.extend(_ja_ranges(sentence))
        found.extend(q for q in _ja_money(sentence) if not _overlaps(q, found))
    taken = [(q.start, q.end) for q in found]
    pattern = _FIGURE["fr" if language == "fr" else "other"]
    for match in pattern.finditer(sentence):
        if any(s <= match.start() < e for s, e in taken):
            continue
        quantity = _quantity(sentence, match, language)
        if quantity is not None:
            found.append(quantity)
    return _drop_conversions(sentence, found)


_CONVERSION = re.compile(r"\s*[(（]\s*(?:\w+\s+){0,2}(?:約|およそ|ca\.\s?)?$")


def _overlaps(quantity: Quantity, found: list[Quantity]) -> bool:
    return any(q.start < quantity.end and quantity.start < q.end for q in found)


def _drop_conversions(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """ "12 billion yen (about $77 million)": the amount in brackets restates the first one."""
    kept: list[Quantity] = []
    for quantity in found:
        previous = kept[-1] if kept else None
        if (
            quantity.currency
            and previous is not None
            and previous.currency
            and _CONVERSION.fullmatch(sentence, previous.end, quantity.start)
        ):
            continue
        kept.append(quantity)
    return kept


_JA_RANGE = re.compile(r"(\d[\d,.]*)(万|千)?\s*[～~〜\-－]\s*(\d[\d,.]*)(万|千|億)?(人|件|社)?")


def _ja_ranges(sentence: str) -> list[Quantity]:
    out = []
    for m in _JA_RANGE.finditer(sentence):
        low, high = parse_number(m.group(1), "ja"), parse_number(m.group(3), "ja")
        if low is None or high is None or not (m.group(2) or m.group(4) or m.group(5)):
            continue
        low *= _JA_SCALE.get(m.group(2) or "", 1.0)
        high *= _JA_SCALE.get(m.group(4) or "", 1.0)
        unit = {"人": "people", "件": "projects", "社": "companies"}.get(m.group(5) or "", "")
        out.append(
            Quantity(
                low, high, unit, m.start(), m.end(), None, "exact", sentence[m.end() : m.end() + 8]
            )
        )
    return out


def _quantity(sentence: str, match: re.Match[str], language: str) -> Quantity | None:
    low = parse_number(match.group("a"), language)
    if low is None:
        return None
    high = parse_number(match.group("b"), language) if match.group("b") else low
    if high is None:
        return None
    tail = _TAIL.match(sentence, match.end())
    end = tail.end() if tail and tail.end() > match.end() else match.end()
    scale = 1.0
    unit, currency = "", _PREFIX_CURRENCY.get(match.group("pre") or "")
    if tail:
        scale = _scale(tail.group("scale"))
        currency = _currency(tail) or currency
        unit = _unit(tail)
    word = match.group("a").lower() in _WORD_NUMBERS
    if word and unit not in ("projects", "companies"):
        return None
    if currency:
        unit = "money"
    elif scale != 1.0 and tail and tail.group("scale").lower() in ("m", "b", "k"):
        return None  # a bare "5 m" is metres, not millions
    noun = _NOUN.match(sentence, end)
    return Quantity(
        low * scale,
        high * scale,
        unit,
        match.start(),
        end,
        currency,
        _qualifier(sentence, match.start()),
        noun.group(1).strip() if noun else "",
    )


def _scale(words: str | None) -> float:
    if not words:
        return 1.0
    scale = 1.0
    for word in re.split(r"\s+", words.lower()):
        scale *= _SCALES.get(word, 1.0)
    if words.lower() in _SCALES:
        return _SCALES[words.lower()]
    return scale


def _currency(tail: re.Match[str]) -> str | None:
    for code, _ in _CURRENCIES:
        if tail.group(f"c_{code}"):
            return code
    return None


def _unit(tail: re.Match[str]) -> str:
    for index, (name, _) in enumerate(_UNITS):
        if tail.group(f"u_{index}"):
            return name
    return ""


def _qualifier(sentence: str, start: int) -> str:
    match = _QUALIFIER.search(sentence, max(0, start - 24), start)
    if match is None:
        return "exact"
    for name, _ in _QUALIFIERS:
        if match.group(name):
            return name
    return "exact"


def _ja_money(sentence: str) -> list[Quantity]:
    out = []
    for match in _JA_MONEY.finditer(sentence):
        total = 0.0
        for part in _JA_PART.finditer(match.group("a")):
            number = parse_number(part.group(1), "ja")
            if number is not None:
                total += number * _JA_SCALE.get(part.group(2) or "", 1.0)
        cur = match.group("cur")
        currency = {
            "米ドル": "USD",
            "ドル": "USD",
            "円": "JPY",
            "ユーロ": "EUR",
            "ドン": "VND",
            "ウォン": "KRW",
        }.get(cur or "")
        unit = "money" if currency else ""
        if total:
            out.append(
                Quantity(
                    total,
                    total,
                    unit,
                    match.start(),
                    match.end(),
                    currency,
                    _qualifier(sentence, match.start()),
                )
            )
    return out
