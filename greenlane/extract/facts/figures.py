"""Targets, indicators and rankings."""

from __future__ import annotations

import re

from ..analysis import Context, Sentence
from ..dates import DateSpan
from ..fastre import presence, with_first_char
from ..gazetteer import Mention
from ..model import Fact
from ..numbers import Quantity
from .common import cue, make, nearest_before, period_of, subject
from .projects import continued_project

TARGET = cue(
    r"mục tiêu|phấn đấu|hướng tới|hướng đến|định hướng đến|tầm nhìn đến|kế hoạch đạt|"
    r"vise à|vise|visent|visait|visaient|viser|ambitionne|ambitionnent|objectif|s'est fixé|"
    r"entend|souhaite|voulons|veut|aims? to|aims? for|aiming|targets?|targeted|"
    r"goal|seeks? to|đặt mục tiêu|目指|目標|までに"
)
_METRICS: list[tuple[str, str, re.Pattern[str]]] = [
    ("growth", "%", cue(r"tăng trưởng|GRDP|GDP|croissance|growth|成長率?")),
    (
        "economy size",
        "money",
        cue(
            r"quy mô (?:nền )?kinh tế|taille de l'économie|size of the "
            r"economy|economy|経済規模"
        ),
    ),
    (
        "exports",
        "money",
        cue(
            r"kim ngạch|xuất khẩu|nhập khẩu|exportations|exports?|imports?|"
            r"輸出|輸入"
        ),
    ),
    ("budget revenue", "money", cue(r"thu ngân sách|recettes budgétaires|budget revenue|歳入")),
    (
        "income per capita",
        "money",
        cue(
            r"thu nhập bình quân|bình quân đầu người|per capita|"
            r"par habitant|一人当たり"
        ),
    ),
    (
        "visitors",
        "visits",
        cue(
            r"lượt khách|du khách|khách du lịch|lượt|visiteurs|touristes|"
            r"tourists|visitors|arrivals|観光客|訪問者"
        ),
    ),
    ("PCI score", "", cue(r"PCI")),
    (
        "industrial park occupancy",
        "%",
        cue(r"tỷ lệ lấp đầy|lấp đầy|occupancy|taux d'occupation|taux de remplissage|入居率"),
    ),
    (
        "change year on year",
        "%",
        cue(
            r"so với cùng kỳ|cùng kỳ|year-on-year|year on year|y-o-y|from a year earlier|"
            r"en glissement annuel|sur un an|par rapport à la même période|前年同期比|前年比"
        ),
    ),
    ("jobs", "people", cue(r"việc làm|lao động|emplois|jobs|workers|雇用")),
]
_WORDS_RANK = {
    "nhất": 1,
    "nhì": 2,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "premier": 1,
    "première": 1,
    "deuxième": 2,
    "second-largest": 2,
    "troisième": 3,
    "quatrième": 4,
    "cinquième": 5,
    "sixième": 6,
    "septième": 7,
    "huitième": 8,
    "neuvième": 9,
    "dixième": 10,
}
_RANK_WORD = "|".join(sorted(_WORDS_RANK, key=len, reverse=True))
_RANK = with_first_char(
    rf"(?:đứng|xếp|xếp hạng|vị trí|hạng)\s+(?:thứ\s+(?P<a>\d+|{_RANK_WORD})|(?P<i>\d+))"
    r"(?:\s*/\s*(?P<of1>\d+)|\s+(?:trên|trong số|trong tổng số|trong|among)\s+(?P<of2>\d+))?"
    r"|thứ\s+(?P<b>\d+)\s*/\s*(?P<of3>\d+)"
    r"|(?:au|à la)\s+(?P<c>\d+)(?:e|ème|er|re)\s+(?:rang|place)"
    r"(?:\s+(?:sur|parmi)\s+(?:les\s+)?(?P<of4>\d+))?"
    rf"|(?P<d>\d+)(?:st|nd|rd|th)[- ](?:largest|biggest|place|position)"
    rf"|(?P<e>{_RANK_WORD})[- ](?:largest|biggest)"
    rf"|(?:ranks?|ranked|ranking|placed|stands?)\s+(?:(?P<f>{_RANK_WORD})|(?P<j>\d+)(?:st|nd|rd|th))"
    r"(?:\s+(?:out of|among|of)\s+(?:the country's\s+|the\s+|all\s+|[A-Z]\w+'s\s+)?"
    r"(?P<of5>\d+))?"
    r"|第(?P<g>\d+)位|(?P<h>\d+)位"
    rf"|(?P<k>{_RANK_WORD}|\d+e)\s+(?:avec|investisseur|donateur|partenaire|marché)"
    r"|(?:ranking|class(?:ée?|e|ait))\s+(?P<l>\d+)(?:st|nd|rd|th|ème|e)?(?:\s+(?:rang|place))?"
    r"(?:\s+(?:out of|among|sur|parmi)\s+(?:les\s+|[A-Z]\w+'s\s+)?(?P<of7>\d+))?"
    rf"|lớn thứ\s+(?P<m>\d+|{_RANK_WORD})"
    r"|(?<!nhóm )(?P<top>dẫn đầu|đứng đầu|lớn nhất|arrive en tête|en tête|rót vốn nhiều nhất"
    r"|\bled(?= (?:with|the|all|foreign|among))|\btopped(?= the| all| foreign)"
    r"|(?:the\s+)?(?:largest|biggest)"
    r"\s+(?:foreign\s+)?(?:investor|recipient|source|market|partner|donor)|premier investisseur"
    r"|首位|最大)",
    re.IGNORECASE,
)


def target_facts(sentence: Sentence, context: Context) -> list[Fact]:
    if not TARGET.search(sentence.folded) or continued_project(sentence, context) is not None:
        return []  # "投資額は約30億円で、27年の稼働を目指す": the project's cost and schedule
    years = _deadlines(sentence, context)
    figures = [
        q
        for q in sentence.figures()
        if not _is_year(q, sentence.dates) and not _PROGRESS.match(sentence.text, q.end)
    ]
    cue_at = TARGET.search(sentence.folded)
    who = subject(sentence, context, cue_at.start() if cue_at else None)
    facts: list[Fact] = []
    for figure in figures:
        year = _deadline(years, figure.start)
        unit = figure.currency or (figure.unit if figure.unit else figure.noun)
        facts.append(
            make(
                "target",
                sentence,
                subject=subject(sentence, context, figure.start),
                metric=_metric(sentence, figure),
                low=figure.low,
                high=figure.high,
                unit=unit,
                year=year,
            )
        )
        sentence.used.add(figure.start)
    if not figures:
        for year_span in years:
            facts.append(
                make(
                    "target",
                    sentence,
                    subject=who,
                    metric=_words_after(sentence.text, TARGET, sentence.folded),
                    low=None,
                    high=None,
                    unit=None,
                    year=int(year_span.value),
                )
            )
    return facts


_PROGRESS = re.compile(
    r"\s*(?:de l'objectif|of the (?:annual )?target|kế hoạch|mục tiêu|du plan)", re.IGNORECASE
)


def _is_year(quantity: Quantity, dates: list[DateSpan]) -> bool:
    return any(d.start <= quantity.start < d.end for d in dates)


def _deadlines(sentence: Sentence, context: Context) -> list[DateSpan]:
    """Years a target may be due: a year ("by 2030"), the end of a span of years ("giai đoạn
    2021-2030", "26～30年"), else the story's year when the sentence says "this year"."""
    floor = context.year or 2000
    years = []
    for date in sentence.dates:
        if date.grain == "year" and int(date.value) >= floor:
            years.append(date)
        elif date.grain == "period" and date.until and len(date.until) == 4:
            years.append(DateSpan(date.start, date.end, date.until, None, "year"))
    if not years and context.year and (match := _THIS_YEAR.search(sentence.folded)):
        years.append(DateSpan(match.start(), match.end(), str(context.year), None, "year"))
    return years


_THIS_YEAR = cue(r"this year|năm nay|cette année|今年|本年")


def _deadline(years: list[DateSpan], position: int) -> int | None:
    after = [y for y in years if y.start > position]
    chosen = after[0] if after else (years[-1] if years else None)
    return int(chosen.value) if chosen else None


def _metric(sentence: Sentence, figure: Quantity) -> str:
    return (figure.noun or _words_after(sentence.text, TARGET, sentence.folded)).strip()


def _words_after(text: str, pattern: re.Pattern[str], folded: str | None = None) -> str:
    match = pattern.search(text if folded is None else folded)
    if match is None:
        return ""
    return " ".join(text[match.end() : match.end() + 120].split()[:10]).strip(" ,.")


def indicator_facts(sentence: Sentence, context: Context) -> list[Fact]:
    if TARGET.search(sentence.folded):
        return []
    facts: list[Fact] = []
    for figure in sentence.figures():
        found = _metric_for(sentence.folded, figure)
        if found is None:
            continue
        metric, unit = found
        facts.append(
            make(
                "indicator",
                sentence,
                subject=subject(sentence, context),
                metric=metric,
                value=figure.value,
                unit=figure.currency or unit or figure.unit,
                period=period_of(sentence),
            )
        )
        sentence.used.add(figure.start)
    return facts


# Money that is an economic indicator, not investment ("kim ngạch xuất khẩu đạt 19,6 tỷ USD").
INDICATOR_MONEY = cue(
    r"kim ngạch|xuất khẩu|nhập khẩu|xuất siêu|thu ngân sách|exportations|exports?|imports?"
    r"|trade surplus|budget revenue|recettes budgétaires|輸出|輸入|歳入"
)


def _metric_for(text: str, figure: Quantity) -> tuple[str, str] | None:
    if figure.unit == "visits":
        return "visitors", "visits"
    best: tuple[int, str, str] | None = None
    for name, unit, pattern in _METRICS:
        wanted = "money" if unit == "money" else unit
        if wanted != ("money" if figure.currency else figure.unit) and unit not in ("", "people"):
            continue
        if unit == "people" and figure.unit not in ("people", ""):
            continue
        if unit == "" and figure.unit:
            continue
        for match in pattern.finditer(text, max(0, figure.start - 80), figure.start):
            distance = figure.start - match.end()
            if best is None or distance < best[0]:
                best = (distance, name, unit)
        if name == "change year on year":
            after = pattern.search(text, figure.end, figure.end + 40)
            if after is not None and (best is None or after.start() - figure.end < best[0]):
                best = (after.start() - figure.end, name, unit)
    return (best[1], best[2]) if best else None


_GENERIC = cue(r"tỉnh|thành phố|địa phương|la province|la ville|the province|the city|同省|同市")
_OF_JA = re.compile(r"(\d+)の?(?:国・地域|カ国|か国|の国|省・市|省市|省・都市|省)")


_RANK_HINT_SOURCE = (
    r"thu (?:\d|nhat|nhi|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|dan dau|dung dau|lon nhat|xep |rang"
    r"|lon thu"
    r"|tete|rank|largest|biggest|位|最大|ieme\b|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|\bled\b|\btopped\b|nhieu nhat"
    r"|ninth|tenth|premier|\d(?:e|th|st|nd|rd)\b"
)
_RANK_HINT = presence(_RANK_HINT_SOURCE)  # a yes/no test on the folded sentence


# A part of every alternative of _RANK (same flags, same text), commented by its group: a
# sentence where this finds nothing has no ranking, so _RANK need not scan it.
_RANK_NEEDS = with_first_char(
    r"(?:đứng|xếp|vị trí|hạng)\s+(?:thứ|\d)|thứ\s+\d|lớn thứ\s"  # a, b, m
    r"|\d(?:e|ème|er|re)\s+(?:rang|place)"  # c
    r"|\d(?:st|nd|rd|th)[- ](?:largest|biggest|place|position)"  # d
    r"|largest|biggest|rank|placed|stand|位"  # e, f, g, h, l
    r"|\s(?:avec|investisseur|donateur|partenaire|marché)"  # k
    r"|class(?:ée?|e|ait)\s+\d"  # l
    r"|dẫn đầu|đứng đầu|lớn nhất|en tête|nhiều nhất|\bled(?= )|\btopped(?= )"  # top
    r"|premier investisseur|首位|最大",
    re.IGNORECASE,
)


def ranking_facts(sentence: Sentence, context: Context) -> list[Fact]:
    if not _RANK_HINT.search(sentence.folded) or not _RANK_NEEDS.search(sentence.text):
        return []
    facts, cut = _respectively(sentence, context)
    floor = 0
    candidates = sorted(sentence.places + sentence.orgs, key=lambda m: m.start)
    for match in _RANK.finditer(sentence.text, 0, cut):
        rank = _rank_value(match)
        if rank is None or _not_a_rank(sentence, match):
            continue
        before = [
            c
            for c in candidates
            if floor <= c.start and c.end <= match.start() and not _reference(sentence, c)
        ]
        topic = [c for c in before if sentence.text[c.end : c.end + 1] in ("は", "が")]
        who = topic[0] if topic else nearest_before(before, match.start())
        who = _origin_not_home(sentence, before, who)
        key = who.key if who else None
        if key is None and _GENERIC.search(sentence.folded, floor, match.start()):
            key = context.main_province
        if key is None:
            continue
        floor = match.end()
        facts.append(
            make(
                "ranking",
                sentence,
                subject=key,
                rank=rank,
                of=_of(sentence, match),
                scope=_words_after(sentence.text[match.end() :], re.compile("")) or None,
                location=next(
                    (p.key for p in sentence.provinces() if p.key != key), context.main_province
                ),
                period=period_of(sentence),
            )
        )
    return facts


# What a ranking of investor countries is "among": "140 countries and territories", "quốc gia
# và vùng lãnh thổ", "pays et territoires", "国・地域".
_AMONG_ORIGINS = cue(
    r"countries|territories|nations|origins|pays|territoires|quốc gia|vùng lãnh thổ|đối tác"
    r"|partenaires|国・地域|カ国|か国|investors|nhà đầu tư|investisseurs|partners|donors"
    r"|bailleurs|nhà tài trợ|投資国"
)
# "second after Korea", "sau Hàn Quốc", "韓国に次ぐ2位": the place named is the reference.
_AFTER_BEFORE = re.compile(r"(?:after|behind|sau|derrière|après|trailing)\s+$", re.IGNORECASE)
_AFTER_JA = re.compile(r"(?:、[^、。]{0,30})?に次(?:ぐ|いで)")
# "ba đối tác lớn nhất", "the three largest": no rank of one; "do X dẫn đầu": X leads a
# delegation, not a ranking.
_COUNTED_BEFORE = re.compile(
    r"\b(?:two|three|four|five|hai|ba|bốn|deux|trois|quatre|cinq|\d+)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_LED_BY_BEFORE = re.compile(r"\bdo\s+[^,.;]{3,80}$")
# "dự án ... lớn nhất", "the largest project": a project's size, not a place's rank.
_PROJECT_BEFORE = re.compile(r"(?:dự án|nhà máy|project|projet|plant|factory)\b[^,.;]*$", re.I)


def _not_a_rank(sentence: Sentence, match: re.Match[str]) -> bool:
    top = (match.group("top") or "").lower()
    head = sentence.text[max(0, match.start() - 90) : match.start()]
    if top in ("lớn nhất", "largest", "biggest", "nhiều nhất"):
        return bool(_COUNTED_BEFORE.search(head) or _PROJECT_BEFORE.search(head[-40:]))
    if top in ("dẫn đầu", "đứng đầu"):
        return bool(_LED_BY_BEFORE.search(head))
    return False


def _reference(sentence: Sentence, mention: Mention) -> bool:
    text = sentence.text
    return bool(
        _AFTER_BEFORE.search(text, max(0, mention.start - 12), mention.start)
        or _AFTER_JA.match(text, mention.end)
    )


def _origin_not_home(
    sentence: Sentence, before: list[Mention], who: Mention | None
) -> Mention | None:
    """Among investor countries, Vietnam or the province is where the money goes, not a rank
    holder: "Denmark has 185 projects in Vietnam, ranking 20th among 140 countries" ranks
    Denmark; "Japan has 48 projects in Quang Ninh, ranking third among foreign investors"
    ranks Japan."""
    if who is None or not (who.kind == "province" or (who.kind, who.key) == ("country", "VN")):
        return who
    foreign = [c for c in before if c.kind == "country" and c.key != "VN"]
    if foreign and _AMONG_ORIGINS.search(sentence.folded):
        return foreign[0]
    return who


_VI_ORDINALS = frozenset(
    ["nhất", "nhì", "hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"]
)
_RESPECTIVELY = re.compile(r"lần lượt|respectively|respectivement|それぞれ", re.IGNORECASE)
_ORDINAL = re.compile(
    rf"(?:(?:thứ|vị trí thứ)\s+)?(?<![\w])({_RANK_WORD}|\d+(?:st|nd|rd|th|e|ème|位))(?![\w])",
    re.IGNORECASE,
)


def _respectively(sentence: Sentence, context: Context) -> tuple[list[Fact], int]:
    """ "Hàn Quốc và Trung Quốc lần lượt xếp thứ hai và thứ ba", "Japan and Singapore ranked
    fourth and fifth respectively": the n places before take the n ranks after, in order.
    Returns the facts and where the ordinary reading of the sentence stops."""
    cue_at = _RESPECTIVELY.search(sentence.text)
    if cue_at is None:
        return [], len(sentence.text)
    lo = max(0, cue_at.start() - 120)
    hi = min(len(sentence.text), cue_at.end() + 80)
    ranks = []
    for match in _ORDINAL.finditer(sentence.text, lo, hi):
        word = match.group(1).lower()
        value = int(re.sub(r"\D", "", word)) if word[:1].isdigit() else _WORDS_RANK.get(word)
        bare_vietnamese = word in _VI_ORDINALS and not match.group(0).lower().startswith(
            ("thứ", "vị trí")
        )
        if value is not None and not bare_vietnamese:  # "đầu tư" holds no fourth
            ranks.append((match.start(), value))
    clause_start = max(
        [m.end() for m in re.finditer(r"[;:.]", sentence.text[: cue_at.start()])] or [0]
    )
    places = sentence.countries() + sentence.provinces()
    holders = [c for c in places if clause_start <= c.start < cue_at.start()]
    holders.sort(key=lambda m: m.start)
    after = [value for start, value in ranks if start > (holders[-1].end if holders else 0)]
    if len(holders) < 2 or len(after) != len(holders):
        return [], len(sentence.text)
    facts = [
        make(
            "ranking",
            sentence,
            subject=holder.key,
            rank=rank,
            of=None,
            scope=None,
            location=context.main_province,
            period=period_of(sentence),
        )
        for holder, rank in zip(holders, after, strict=True)
    ]
    return facts, clause_start


def _of(sentence: Sentence, match: re.Match[str]) -> int | None:
    groups = ("of1", "of2", "of3", "of4", "of5", "of7")
    found = next((int(match.group(g)) for g in groups if match.group(g)), None)
    if found is None:
        ja = _OF_JA.search(sentence.text, 0, match.start())
        found = int(ja.group(1)) if ja else None
    return found


def _rank_value(match: re.Match[str]) -> int | None:
    if match.group("top"):
        return 1
    for group in "abcdefghijklm":
        value = match.group(group)
        if value:
            value = value[:-1] if value.endswith("e") and value[:-1].isdigit() else value
            return int(value) if value.isdigit() else _WORDS_RANK.get(value.lower())
    return None
