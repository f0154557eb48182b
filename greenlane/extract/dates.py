"""Dates and periods as written in vi, fr, en and ja news: "chiều 13/6", "24-29/9", "quý III/2024",
"8 tháng của năm 2024", "premier semestre 2024", "2025年11月25日" ..."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .fastre import with_first_char


@dataclass(frozen=True)
class DateSpan:
    start: int
    end: int
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    until: str | None = None  # the end of a period
    grain: str = "day"  # "day", "month", "year", "period"


_MONTHS = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ORDINAL_FR_EN = {
    "premier": 1,
    "first": 1,
    "1er": 1,
    "deuxième": 2,
    "second": 2,
    "troisième": 3,
    "third": 3,
    "quatrième": 4,
    "fourth": 4,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "seven": 7,
}
_NUM_WORD = "|".join(sorted(_ORDINAL_FR_EN, key=len, reverse=True))
_Y = r"((?:19|20)\d{2})"
_CUE = r"(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|từ|đến|tới|vào|dịp|le|du|au|on|from|until|to|since)"

Builder = Callable[[re.Match[str], int | None], DateSpan | None]
_RULES: list[tuple[re.Pattern[str], Builder, tuple[str, ...]]] = []
_MONTH_HINTS = tuple(sorted({name[:3] for name in _MONTHS}))


def _rule(pattern: str, *hints: str) -> Callable[[Builder], Builder]:
    """Register a date rule; it only runs on sentences containing one of ``hints`` (lower case)."""

    def register(builder: Builder) -> Builder:
        _RULES.append((with_first_char(pattern, re.IGNORECASE), builder, hints))
        return builder

    return register


def _day(year: int | None, month: int, day: int) -> str | None:
    if year is None or not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month(year: int | None, month: int) -> str | None:
    return f"{year:04d}-{month:02d}" if year is not None and 1 <= month <= 12 else None


def _year(text: str | None, context: int | None) -> int | None:
    return int(text) if text else context


def _span(
    m: re.Match[str], value: str | None, until: str | None = None, grain: str = "day"
) -> DateSpan | None:
    return DateSpan(m.start(), m.end(), value, until, grain) if value else None


@_rule(r"(?<!\d)(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?|(?<!\d)(\d{1,2})月(\d{1,2})日", "月")
def _japanese(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    if m.group(1):
        year, month = int(m.group(1)), int(m.group(2))
        if m.group(3):
            return _span(m, _day(year, month, int(m.group(3))))
        return _span(m, _month(year, month), grain="month")
    return _span(m, _day(ctx, int(m.group(4)), int(m.group(5))))


def _days(
    m: re.Match[str], year: int | None, month: int, first: int, last: int
) -> DateSpan | None:
    """Days ``first`` to ``last`` of one month, as a period."""
    if first >= last:
        return None
    return _span(m, _day(year, month, first), _day(year, month, last), "period")


@_rule(r"(?<!\d)(?:" + _Y + r"年)?(\d{1,2})月(\d{1,2})日?\s?[～~〜\-－]\s?(\d{1,2})日", "月")
def _ja_day_range(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    year = _year(m.group(1), ctx)
    return _days(m, year, int(m.group(2)), int(m.group(3)), int(m.group(4)))


@_rule(
    r"(?<![\d/.])(\d{1,2})\s+(?:đến|tới)\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})"
    r"(?:/" + _Y + r")?(?![\d/])",
    "đến",
    "tới",
)
def _vi_day_range(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    year = _year(m.group(4), ctx)
    return _days(m, year, int(m.group(3)), int(m.group(1)), int(m.group(2)))


@_rule(
    r"(?<!\d)(\d{1,2})(?:er)?\s*(?:au|-|–|to)\s*(\d{1,2})\s+(" + _MONTH + r")\.?(?:\s+" + _Y + ")?",
    *_MONTH_HINTS,
)
def _days_monthname(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    month = _MONTHS[m.group(3).lower()]
    return _days(m, _year(m.group(4), ctx), month, int(m.group(1)), int(m.group(2)))


@_rule(
    r"\b(" + _MONTH + r")\.?\s+(\d{1,2})\s*(?:-|–|to|until)\s*(\d{1,2})(?!\d)(?:,?\s+" + _Y + ")?",
    *_MONTH_HINTS,
)
def _monthname_days(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    month = _MONTHS[m.group(1).lower()]
    return _days(m, _year(m.group(4), ctx), month, int(m.group(2)), int(m.group(3)))


def _short_year(text: str, ctx: int | None) -> int | None:
    """ "25年" in Japanese business news: 2025, when near the story's year."""
    year = 2000 + int(text)
    return year if ctx is None or abs(year - ctx) <= 15 else None


@_rule(r"(?<![\d.,])(\d{2})\s?[～~〜\-－]\s?(\d{2})年(?![\d間代])", "年")
def _ja_short_years(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    first, last = _short_year(m.group(1), ctx), _short_year(m.group(2), ctx)
    if first is None or last is None or first >= last:
        return None
    return _span(m, str(first), str(last), "period")


@_rule(
    r"(?<![\d.,/])(\d{2})年(?:(\d{1,2})\s?[～~〜\-－]\s?(\d{1,2})月|(\d{1,2})月)?(?![\d間代])", "年"
)
def _ja_short_year(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    year = _short_year(m.group(1), ctx)
    if year is None:
        return None
    if m.group(2):
        return _span(m, _month(year, int(m.group(2))), _month(year, int(m.group(3))), "period")
    if m.group(4):
        return _span(m, _month(year, int(m.group(4))), grain="month")
    return _span(m, str(year), grain="year")


@_rule(r"(?<![\d/.])(\d{1,2})\s?[-–]\s?(\d{1,2})/(\d{1,2})(?:/(\d{4}))?(?![\d/])", "/")
def _day_range(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    year, month = _year(m.group(4), ctx), int(m.group(3))
    first, last = int(m.group(1)), int(m.group(2))
    if first >= last:
        return None
    return _span(m, _day(year, month, first), _day(year, month, last), "period")


@_rule(r"(?<![\d/.])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])", "/", ".", "-")
def _full_numeric(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    return _span(m, _day(int(m.group(3)), int(m.group(2)), int(m.group(1))))


@_rule(_CUE + r"\s+(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?![\d/])", "/")
def _day_month(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    return _span(m, _day(ctx, int(m.group(2)), int(m.group(1))))


@_rule(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+" + _Y + ")?", "tháng")
def _vi_long(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    return _span(m, _day(_year(m.group(3), ctx), int(m.group(2)), int(m.group(1))))


@_rule(r"(\d{1,2})\s+tháng\s+(?:đầu\s+)?(?:của\s+)?năm(?:\s+" + _Y + r")?", "tháng")
def _vi_months_of_year(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    year, months = _year(m.group(2), ctx), int(m.group(1))
    if not 1 <= months <= 12 or year is None:
        return None
    return _span(m, f"{year}-01", _month(year, months), "period")


@_rule(r"tháng\s+(\d{1,2})(?:\s*(?:/|năm)\s*" + _Y + r")?(?![\d/])", "tháng")
def _vi_month(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    return _span(m, _month(_year(m.group(2), ctx), int(m.group(1))), grain="month")


@_rule(
    r"(?:quý|trimestre|quarter|Q|T)\s?(IV|III|II|I|[1-4])(?:\s*(?:/|năm|of|de|du|,)?\s*"
    + _Y
    + r")?(?!\w)",
    *("quý", "trimestre", "quarter", "q1", "q2", "q3", "q4", "t1", "t2", "t3", "t4"),
)
def _quarter(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    year, quarter = _year(m.group(2), ctx), _ROMAN[m.group(1).lower()]
    if year is None or (m.group(0)[0] in "QT" and not m.group(2)):
        return None
    return _span(m, _month(year, 3 * quarter - 2), _month(year, 3 * quarter), "period")


@_rule(
    r"(premier|first|deuxième|second|troisième|third|quatrième|fourth)\s+(?:trimestre|quarter)"
    r"(?:\s+(?:de\s+l'année\s+|of\s+)?" + _Y + ")?",
    "trimestre",
    "quarter",
)
def _quarter_words(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    year, quarter = _year(m.group(2), ctx), _ORDINAL_FR_EN[m.group(1).lower()]
    return _span(m, _month(year, 3 * quarter - 2), _month(year, 3 * quarter), "period")


@_rule(
    r"(premier|first|second|deuxième|second)\s+(?:semestre|half)(?:\s+(?:de\s+|of\s+)?"
    + _Y
    + r")?|(?:6 tháng đầu năm|nửa đầu năm|上半期)(?:\s*"
    + _Y
    + ")?",
    *("semestre", "half", "tháng đầu năm", "nửa đầu", "上半期"),
)
def _half(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    word = (m.group(1) or "first").lower()
    year = _year(m.group(2) or m.group(3), ctx)
    first = 1 if word in ("premier", "first") else 7
    if year is None:
        return None
    return _span(m, _month(year, first), _month(year, first + 5), "period")


@_rule(
    r"(?:the\s+|les\s+)?(?:first\s+|)(\d{1,2}|" + _NUM_WORD + r")\s+(?:premiers\s+mois|"
    r"first\s+months|months)\s+(?:de\s+|of\s+)(?:l'année\s+|the\s+year\s+)?" + _Y,
    "mois",
    "months",
)
def _months_of_year(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    word = m.group(1).lower()
    months = int(word) if word.isdigit() else _ORDINAL_FR_EN.get(word, 0)
    year = int(m.group(2))
    if not 1 <= months <= 12 or ("premiers" not in m.group(0) and "first" not in m.group(0)):
        return None
    return _span(m, f"{year}-01", _month(year, months), "period")


@_rule(r"(?<!\d)" + _Y + r"年(\d{1,2})\s?[～~\-－]\s?(\d{1,2})月", "月")
def _ja_months(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    year = int(m.group(1))
    return _span(m, _month(year, int(m.group(2))), _month(year, int(m.group(3))), "period")


@_rule(r"(?<!\d)(\d{1,2})(?:er)?\s+(" + _MONTH + r")\.?(?:\s+" + _Y + ")?", *_MONTH_HINTS)
def _day_monthname(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    month = _MONTHS[m.group(2).lower()]
    return _span(m, _day(_year(m.group(3), ctx), month, int(m.group(1))))


@_rule(
    r"\b(" + _MONTH + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+" + _Y + ")?", *_MONTH_HINTS
)
def _monthname_day(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    month = _MONTHS[m.group(1).lower()]
    if m.group(1).lower() == "may" and not m.group(3):
        return None
    return _span(m, _day(_year(m.group(3), ctx), month, int(m.group(2))))


@_rule(r"\b(" + _MONTH + r")\s+(?:de\s+|of\s+)?" + _Y, *_MONTH_HINTS)
def _monthname_year(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    return _span(m, _month(int(m.group(2)), _MONTHS[m.group(1).lower()]), grain="month")


@_rule(
    r"(?:giai đoạn|period|période|from|từ|de)?\s*" + _Y + r"\s?[-–]\s?" + _Y + r"(?!\d)", "-", "–"
)
def _year_range(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    first, last = int(m.group(1)), int(m.group(2))
    return _span(m, str(first), str(last), "period") if first < last else None


@_rule(
    r"(?<![\d.,億兆万])"
    + _Y
    + r"(?![\d%]|[.,]\d|\s?(?:tỷ|tỉ|triệu|dự án|projets|projects|万|千|億|件|人|社|ドル|円))"
)
def _bare_year(m: re.Match[str], ctx: int | None) -> DateSpan | None:
    return _span(m, m.group(1), grain="year")


_DIGIT = re.compile(r"\d")
# The rules that can only match where the sentence has a digit (\d, as in their patterns).
_DIGIT_FREE = {"_quarter", "_quarter_words", "_half"}
assert {builder.__name__ for _, builder, _ in _RULES} >= _DIGIT_FREE
# (pattern, builder, one regex for "contains one of the hints" or None, needs a digit)
_FAST_RULES = [
    (
        pattern,
        builder,
        re.compile("|".join(re.escape(h) for h in hints)) if hints else None,
        builder.__name__ not in _DIGIT_FREE,
    )
    for pattern, builder, hints in _RULES
]

_JA_DAY = re.compile(r"(?<![\d年月/～~\-－])(\d{1,2})日(?![\d間])")


def find_dates(
    sentence: str, context_year: int | None, published: str | None = None
) -> list[DateSpan]:
    """All non-overlapping dates of a sentence, most specific rule first. With the document's
    date, a bare Japanese day ("19日") is that day of the month of publication (or of the month
    before when the day is later)."""
    found: list[DateSpan] = []
    lowered = sentence.lower()
    digits = _DIGIT.search(sentence) is not None
    for pattern, builder, hint, needs_digit in _FAST_RULES:
        if needs_digit and not digits:
            continue
        if hint is not None and hint.search(lowered) is None:
            continue
        for match in pattern.finditer(sentence):
            if any(d.start < match.end() and match.start() < d.end for d in found):
                continue
            span = builder(match, context_year)
            if span is not None:
                found.append(span)
    if published and len(published) == 10 and "日" in sentence:
        for match in _JA_DAY.finditer(sentence):
            if any(d.start < match.end() and match.start() < d.end for d in found):
                continue
            day = int(match.group(1))
            year, month = int(published[:4]), int(published[5:7])
            if day > int(published[8:10]):
                year, month = (year, month - 1) if month > 1 else (year - 1, 12)
            if 1 <= day <= 31:
                value = f"{year}-{month:02d}-{day:02d}"
                found.append(DateSpan(match.start(), match.end(), value, None, "day"))
    found.sort(key=lambda d: d.start)
    return found


def overlaps(dates: list[DateSpan], start: int, end: int) -> bool:
    return any(d.start < end and start < d.end for d in dates)
