"""People with their positions: "Phó Chủ tịch UBND tỉnh Bắc Ninh Phan Thế Tuấn", "M. Shigeyuki
Okamoto, directeur général de Canon Vietnam", "ông Ito Naoki, Đại sứ ...", "岡本茂之社長"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .fastre import presence
from .gazetteer import Mention
from .text import fold

_SURNAMES = frozenset(
    [
        "nguyen",
        "tran",
        "le",
        "pham",
        "hoang",
        "huynh",
        "phan",
        "vu",
        "vo",
        "dang",
        "bui",
        "do",
        "ho",
        "ngo",
        "duong",
        "ly",
        "cao",
        "dinh",
        "trinh",
        "luong",
        "mai",
        "dao",
        "ta",
        "ha",
        "lam",
        "chu",
        "doan",
        "vuong",
        "truong",
        "thai",
        "kieu",
        "quach",
        "tong",
        "luu",
        "trieu",
        "khuc",
        "lai",
        "giang",
        "nong",
        "hua",
        "thach",
        "tang",
        "dam",
        "bach",
        "phung",
        "mac",
        "lo",
        "ong",
        "nghiem",
        "chau",
        "diep",
        "lac",
        "tieu",
    ]
)
_HONORIFIC = r"(?:[Ôô]ng|[Bb]à|[Đđ]ồng chí|Ngài|M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Madame)"
_ROLES = (
    r"phó chủ tịch|chủ tịch|phó bí thư|bí thư|tỉnh ủy viên|ủy viên|phó tổng giám đốc|tổng giám đốc"
    r"|phó giám đốc|giám đốc|phó trưởng ban|trưởng ban|trưởng đại diện|trưởng đoàn|trưởng phòng"
    r"|trưởng văn phòng|đại sứ|tổng lãnh sự|lãnh sự|phó thủ tướng|thủ tướng|bộ trưởng|thứ trưởng"
    r"|cục trưởng|vụ trưởng|viện trưởng|chủ nhiệm|tổng thư ký|thống đốc|tổng thống|thị trưởng"
    r"|người sáng lập|nhà sáng lập|tổng biên tập|chánh văn phòng"
    r"|vice-présidente?|présidente-directrice générale|présidente?|président-directeur général"
    r"|directeur général|directrice générale"
    r"|directeur|directrice|ambassadeur|ambassadrice|vice-ministre|premier ministre|ministre"
    r"|secrétaire général|secrétaire|représentant en chef|représentante en chef|pdg|gouverneur"
    r"|consul général|consul|maire|fondateur|fondatrice|chef de la délégation|chef"
    r"|vice[- ]chairman|vice[- ]chairwoman|chairman|chairwoman|vice[- ]president|president"
    r"|general director|director general|managing director|director|ceo|ambassador"
    r"|deputy prime minister|prime minister|deputy minister|minister|party secretary|secretary"
    r"|chief representative|chief executive|governor|consul general|mayor|founder|head"
    r"|country manager|general manager|manager"
)
_WIDE = re.compile(r"[\u3040-\u9fff]")
_ROLE_HINT_SOURCE = "|".join(sorted({fold(r) for r in _ROLES.split("|")}, key=len, reverse=True))
_ROLE_HINT = presence(_ROLE_HINT_SOURCE)  # a yes/no test on the folded sentence
_ROLE = re.compile(rf"(?<![\w-])(?:{_ROLES})(?![\w-])", re.IGNORECASE)
_ROLE_START = re.compile(
    rf"\s*(?:(?:le|la|the|l'|cựu|nguyên)\s+)?(?:{_ROLES})(?![\w-])", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_HONORIFIC_NAME = re.compile(
    rf"(?<!\w){_HONORIFIC}\s+((?:[A-ZÀ-ÝĐ\u1EA0-\u1EF9][\w’'-]*\s?){{1,4}})"
)
_STOP_AFTER = re.compile(
    r"\s(?:làm|cho biết|chia sẻ|đánh giá|nhấn mạnh|khẳng định|phát biểu|thông tin|đề nghị|mong"
    r"|cũng|đã|tham dự|dẫn chứng|tiếp|trao|ký|nói|bày tỏ|a|ont|s'est|est|qui|a souligné|said|says"
    r"|told|noted|has|was|who|added|stressed|explained|đến|tới|về|với)(?=[\s,.])|[;:(“\"«]|\.\s|\.$"
)
_JA_TITLE = (
    r"社長|会長|大使|所長|代表|副主席|主席|知事|首相|大臣|部長|理事長|総領事|書記|局長"
    r"|支店長|事務所長|CEO|副委員長|委員長|副書記|議長|副知事|総裁"
)
_JA_PERSON = re.compile(
    rf"(?:([\u4e00-\u9fff\u30a0-\u30ffA-Za-z]{{1,16}})の)?"
    rf"([\u4e00-\u9fff]{{2,5}}|[\u30a0-\u30ff]{{2,16}})"
    rf"(?:人民委員会|人民評議会|党委員会|省党委|市党委)?({_JA_TITLE}|氏)"
    rf"(?:（([^）]{{2,30}})）)?"
)


@dataclass(frozen=True)
class Person:
    name: str
    title: str
    organisation: str | None
    start: int
    end: int


def may_name_people(sentence: str, folded: str) -> bool:
    """Cheap test: a position word (or Japanese script) is needed for any person fact."""
    return bool(_WIDE.search(sentence, 0, 200) or _ROLE_HINT.search(folded))


def find_people(
    sentence: str,
    places: list[Mention],
    orgs: list[Mention],
    language: str = "vi",
    folded: str | None = None,
) -> list[Person]:
    """People named with a position in one sentence (``folded``: ``fold(sentence)`` if known)."""
    if _WIDE.search(sentence, 0, 200):
        return _japanese(sentence)
    out: list[Person] = []
    names = _names(sentence, fold(sentence) if folded is None else folded, places)
    if language != "vi":
        _western_names(sentence, places, names)
    for name, start, end in names:
        title = _title_after(sentence, end) or _title_before(sentence, start)
        if title and _ROLE.search(title):
            out.append(Person(name, title, _org_in(title, orgs), start, end))
    return out


def _names(sentence: str, folded: str, places: list[Mention]) -> list[tuple[str, int, int]]:
    taken = [(p.start, p.end) for p in places if p.kind != "city"]
    found: list[tuple[str, int, int]] = []
    for match in _HONORIFIC_NAME.finditer(sentence):
        name = match.group(1).strip()
        start = match.start(1)
        _keep(found, taken, sentence, start, start + len(name))
    words = list(_WORD.finditer(sentence))
    for index, word in enumerate(words):
        if not word.group(0)[0].isupper() or folded[word.start() : word.end()] not in _SURNAMES:
            continue
        last = index
        while last + 1 < len(words) and last - index < 3 and _joined(sentence, words, last):
            last += 1
        if last > index:
            _keep(found, taken, sentence, word.start(), words[last].end())
    return found


_CAPITALISED = re.compile(r"((?:[A-Z][\w’'-]+ ){1,3}[A-Z][\w’'-]+)")


def _western_names(sentence: str, places: list[Mention], found: list[tuple[str, int, int]]) -> None:
    """ "Chief Representative Sugano Yuichi", and "Nakajima Takeo, Chief Representative of ..." """
    taken = [(p.start, p.end) for p in places if p.kind != "city"]
    for role in _ROLE.finditer(sentence):
        if not role.group(0)[0].isupper():
            continue
        name = _CAPITALISED.match(sentence, role.end() + 1)
        if (
            name
            and sentence[role.end() : role.end() + 1] == " "
            and not _ROLE.search(name.group(1))
        ):
            _keep(found, taken, sentence, name.start(1), name.end(1))
    lead = _CAPITALISED.match(sentence)
    if lead and _ROLE_START.match(sentence, lead.end() + 1) and sentence[lead.end() :][:1] == ",":
        _keep(found, taken, sentence, lead.start(1), lead.end(1))


def _joined(sentence: str, words: list[re.Match[str]], last: int) -> bool:
    nxt = words[last + 1]
    return nxt.group(0)[0].isupper() and sentence[words[last].end() : nxt.start()] == " "


def _keep(
    found: list[tuple[str, int, int]],
    taken: list[tuple[int, int]],
    sentence: str,
    start: int,
    end: int,
) -> None:
    for s, e in taken:
        if s < end and start < e:
            if s <= start:
                return
            end = s
    name = sentence[start:end].strip()
    end = start + len(name)
    if (
        len(name.split()) < 2
        or _ROLE.fullmatch(name)
        or any(s < end and start < e for _, s, e in found)
    ):
        return
    found.append((name, start, end))


def _title_after(sentence: str, end: int) -> str | None:
    rest = sentence[end : end + 200]
    if rest.startswith(" làm "):
        role = _ROLE.match(rest, 5)
        return role.group(0) if role else None
    if not rest.startswith(","):
        return None
    if not _ROLE_START.match(rest, 1):
        return None
    text = rest[1:]
    stop = _STOP_AFTER.search(text)
    text = text[: stop.start()] if stop else text
    parts: list[str] = []
    for part in re.split(r",(?!\s*(?:Ltd|JSC|Inc))", text):
        if parts and not _ROLE_START.match(part):
            break
        parts.append(part)
    return ",".join(parts).strip(" ,") or None


def _title_before(sentence: str, start: int) -> str | None:
    window = sentence[max(0, start - 160) : start]
    cut = max(window.rfind(c) for c in ';:(“"«')
    window = window[cut + 1 :]
    appositive = window.rstrip().endswith(",")
    if appositive:
        window = window.rstrip()[:-1]
    elif "," in window:
        window = window[window.rfind(",") + 1 :]
    roles = list(_ROLE.finditer(window))
    if not roles:
        return None
    first = roles[0]
    if appositive:
        clause_start = window.rfind(",", 0, roles[-1].start())
        first = next(r for r in roles if r.start() > clause_start)
    title = window[first.start() :].strip(" ,")
    return title if len(title) <= 140 else None


def _org_in(title: str, orgs: list[Mention]) -> str | None:
    for org in orgs:
        if org.surface in title:
            return org.surface
    return None


def _japanese(sentence: str) -> list[Person]:
    out: list[Person] = []
    for match in _JA_PERSON.finditer(sentence):
        org, name, title, paren = match.group(1), match.group(2), match.group(3), match.group(4)
        if name.endswith(("会", "省", "市", "局", "所", "庁", "部", "党", "委")):
            continue
        if title == "氏":
            if not paren:
                continue
            title = paren

        out.append(Person(name, title, org, match.start(2), match.end(2)))
    return out
