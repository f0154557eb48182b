"""Events (forums, seminars, visits, signings ...), people with positions, commitments."""

from __future__ import annotations

import re

from ..analysis import Context, Sentence
from ..model import Fact
from ..people import find_people, may_name_people
from ..text import fold_key
from .common import cue, fold_pattern, make

_EVENT_TYPES: list[tuple[str, str]] = [
    ("forum", r"diễn đàn|forum|フォーラム"),
    (
        "seminar",
        r"tọa đàm|toạ đàm|hội thảo|phiên chuyên đề|séminaire|atelier|seminar|workshop|"
        r"webinar|セミナー|シンポジウム",
    ),
    ("conference", r"hội nghị|conférence|conference|summit|sommet|会議|カンファレンス|サミット"),
    ("signing", r"lễ ký|ký kết|signature|signing|signed|signé|調印|署名|締結"),
    (
        "delegation",
        r"đoàn công tác|đoàn doanh nghiệp|đoàn đại biểu|délégation|delegation|"
        r"ミッション|訪問団|視察団",
    ),
    ("visit", r"chuyến thăm|thăm và làm việc|visite|visited|visit|訪問|視察"),
    (
        "meeting",
        r"buổi làm việc|làm việc với|gặp gỡ|hội đàm|tiếp đoàn|rencontre|réunion|"
        r"s'est entretenu|meeting|met with|talks|会談|面談|会見",
    ),
    (
        "other",
        r"sự kiện|hội chợ|triển lãm|lễ khởi công|lễ trao|ceremony|exhibition|fair|salon|"
        r"cérémonie|イベント|展示会|式典|起工式",
    ),
]
_EVENT = re.compile("|".join(f"(?P<{name}>{fold_pattern(p)})" for name, p in _EVENT_TYPES))
_QUOTED = re.compile(r"[“\"«「]\s*([^”\"»」]{3,160}?)\s*[”\"»」]")
_AT = re.compile(
    r"(?:tại|ở|à|au|en|in|at|dans la province de)\s+(?:(?:thủ đô|thành phố|tỉnh|the city of"
    r"|the capital|la ville de|la capitale)\s+)?$",
    re.IGNORECASE,
)
_AT_JA = ("で", "内で", "市内で", "都内で", "にて")
_ORGANISER = re.compile(
    r"(?:do|bởi)\s+(.{3,80}?)\s+(?:tổ chức|chủ trì)|(?:organisée?s? par|organized by|"
    r"hosted by|co-organised by)\s+(.{3,80}?)(?:[,.;]|$)"
)
_ATTENDANCE = re.compile(
    r"(\d[\d.,]*)\s+(?:đại biểu|doanh nghiệp|participants|délégués|delegates|attendees|"
    r"entreprises|companies|businesses)"
)
_COMMIT = cue(r"cam kết|s'engage|s'engagent|engagements?|commit(?:s|ted|ment)?|約束|表明")


def event_facts(sentence: Sentence, context: Context) -> list[Fact]:
    if not sentence.dates:
        return []
    match = _EVENT.search(sentence.folded)
    if match is None:
        return []
    kind = match.lastgroup or "other"
    dates = [
        d for d in sentence.dates if d.grain in ("day", "period", "month") and len(d.value) >= 7
    ]
    named_year = [
        d for d in sentence.dates if d.grain == "year" and 0 <= d.start - match.end() < 60
    ]
    date = dates[0] if dates else (named_year[0] if named_year else None)
    if date is None:
        return []
    return [
        make(
            "event",
            sentence,
            name=_name(sentence.text, match),
            type=kind,
            start=date.value,
            end=date.until or date.value,
            place=_place(sentence, context),
            organisers=_organisers(sentence.text),
            attendance=_attendance(sentence.text),
        )
    ]


def _name(text: str, match: re.Match[str]) -> str:
    quoted = _QUOTED.search(text, match.start())
    if quoted and quoted.start() - match.end() < 20:
        return f"{text[match.start() : match.end()]} {quoted.group(1)}"
    words = text[match.start() : match.start() + 120].split()
    name: list[str] = []
    for word in words:
        if name and len(name) > 1 and not word[:1].isupper():
            break
        name.append(word.strip(",.;:"))
    return " ".join(name)


def _place(sentence: Sentence, context: Context) -> str | None:
    best = None
    for place in sentence.places:
        if _AT.search(sentence.text, max(0, place.start - 30), place.start) or (
            sentence.text.startswith(_AT_JA, place.end)
        ):
            if place.kind == "province":
                return place.key
            best = best or place.surface
    if best:
        return best
    cities = [p for p in sentence.places if p.kind == "city"]
    if cities:  # "làm việc với lãnh đạo thành phố Busan": an event abroad is where its city is
        return cities[0].surface
    provinces = sentence.provinces()
    return provinces[0].key if provinces else context.main_province


def _organisers(text: str) -> list[str]:
    match = _ORGANISER.search(text)
    if match is None:
        return []
    return [match.group(1) or match.group(2)]


def _attendance(text: str) -> int | None:
    match = _ATTENDANCE.search(text)
    if match is None:
        return None
    digits = re.sub(r"[.,\s]", "", match.group(1))
    return int(digits) if digits.isdigit() else None


def person_facts(sentence: Sentence, context: Context, seen: set[str]) -> list[Fact]:
    facts: list[Fact] = []
    if not may_name_people(sentence.text, sentence.folded):
        return facts
    people = find_people(
        sentence.text, sentence.places, sentence.orgs, context.language, sentence.folded
    )
    for person in people:
        key = fold_key(person.name)
        if key in seen:
            continue
        seen.add(key)
        facts.append(
            make(
                "person",
                sentence,
                name=person.name,
                title=person.title,
                organisation=person.organisation,
            )
        )
    return facts


def commitment_facts(sentence: Sentence, context: Context) -> list[Fact]:
    if not _COMMIT.search(sentence.folded):
        return []
    actor = sentence.provinces()[0].key if sentence.provinces() else context.main_province
    return [make("commitment", sentence, actor=actor, text=sentence.text)]
