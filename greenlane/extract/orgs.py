"""Organisations: companies, agencies, embassies and acronyms, found by their tell-tale words."""

from __future__ import annotations

import re

from .gazetteer import Mention, find_places

_CAP = r"(?:[A-ZÀ-ÝĐƠƯẠ-Ỹ0-9][\w&.\-’']*)"
_CAPS = rf"{_CAP}(?:[ \-]+{_CAP})*"
_VI_HEAD = (
    r"(?:Công ty|Tập đoàn|Tổng công ty|Ngân hàng|Quỹ|Tổ chức|Hiệp hội|Ban Quản lý|Sở|Bộ|Cục|"
    r"Viện|Trường|Đại sứ quán|Tổng Lãnh sự quán|Lãnh sự quán|Phòng Thương mại|Nhà máy)"
)
_VI_FORM = r"(?:\s+(?:TNHH|Trách nhiệm hữu hạn|Cổ phần|CP|MTV|Một thành viên|liên doanh))*"
# Vietnamese names capitalise a word's first syllable only ("Điện tử Sao Mai", "Công nghệ chính
# xác Hồng Lĩnh"): lower-case syllables count when a capitalised one follows, unless they are
# words that end a name ("tại", "khởi công").
_VI_LOWER = (
    r"(?!(?:tại|của|ở|với|và|cho|do|là|có|được|đã|sẽ|đang|khởi|xây|đầu|mở|rót|tăng|nâng|trao"
    r"|nhận|ký|làm|thuộc|từ|tới|đến|vào|ra|trên|dưới|theo|về|chính thức|cùng)(?![\w]))"
    r"[a-zà-ỹđ][\w’'-]*"
)
_VI_CAPS = rf"{_CAP}(?:(?:[ \-]+{_VI_LOWER}){{0,3}}[ \-]+{_CAP})*"
_VI_ORG = re.compile(
    rf"{_VI_HEAD}{_VI_FORM}(?:\s+(?:{_VI_CAPS}))(?:\s+(?:tại|của)\s+{_CAPS})?"
)
_VI_GOV = re.compile(
    r"(?:UBND|Ủy ban [Nn]hân dân|Uỷ ban [Nn]hân dân|HĐND|Hội đồng [Nn]hân dân|Tỉnh ủy|Thành ủy)"
    r"(?:\s+(?:tỉnh|thành phố|TP\.?))?(?:\s+" + _CAPS + ")?"
)
_EN_ORG = re.compile(
    rf"{_CAPS}\s+(?:Vietnam\s+)?(?:Co\.,?\s?Ltd\.?|Company Limited|Corporation|Corp\.|Inc\.|"
    r"Group|Holdings|JSC|Ltd\.?|Limited|Company|Co\.)"
    r"|(?:Embassy of|Consulate General of|Ambassade du|Ambassade de|Consulat général du|"
    rf"[Ss]ociété|[Gg]roupe|Comité populaire de la province de|People's Committee of)\s+{_CAPS}"
)
_ACRONYM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z]{2,}[A-Za-z]*\b")
_NOT_ORG = frozenset(
    [
        "USD",
        "VND",
        "EUR",
        "JPY",
        "FDI",
        "ODA",
        "IDE",
        "APD",
        "GDP",
        "GRDP",
        "PCI",
        "PAPI",
        "PAR",
        "INDEX",
        "UBND",
        "HĐND",
        "TNHH",
        "MTV",
        "CP",
        "KCN",
        "KKT",
        "TP",
        "HCM",
        "HCMC",
        "BOT",
        "PPP",
        "AI",
        "IT",
        "R&D",
        "OCOP",
        "CEO",
        "ASEAN",
        "ICT",
        "EV",
        "USA",
        "UK",
        "VN",
        "TPHCM",
        "BR-VT",
        "JSC",
        "LTD",
        "CO",
        "COVID",
        "IOT",
        "EVFTA",
        "CPTPP",
        "RCEP",
        "II",
        "III",
        "IV",
        "VI",
        "VII",
        "VIII",
        "IX",
        "XI",
        "XII",
    ]
)
# Development banks, named without a legal form.
_BANKS = re.compile(
    r"Banque mondiale|World Bank|Ngân hàng Thế giới|Asian Development Bank|Banque asiatique de "
    r"développement|Ngân hàng Phát triển châu Á|世界銀行|アジア開発銀行"
)
_JA_ORG = re.compile(
    r"株式会社[\u30a0-\u30ffA-Za-z\u4e00-\u9fff]+"
    r"|[\u30a0-\u30ffA-Za-z\u4e00-\u9fff]{2,12}(?:株式会社|グループ)|ジェトロ|日本貿易振興機構"
)


_INVESTOR = re.compile(
    rf"({_CAPS})(?=\s+(?:plans to invest|will invest|invested|invests|to invest|has invested|"
    r"investit|a investi|rót|tăng vốn|đầu tư thêm|opened|inaugurated|a inauguré|は))"
)
_AGENCY = re.compile(
    r"^(?:UBND|Ủy ban|Uỷ ban|HĐND|Hội đồng|Tỉnh ủy|Thành ủy|Sở|Bộ|Cục|Ban|Đại sứ|"
    r"Tổng Lãnh sự|Lãnh sự|Embassy|Consulate|Ambassade|Consulat|Comité|People's|"
    r"Viện|Trường|Tổ chức|Hiệp hội|Quỹ|ジェトロ|日本貿易振興機構)(?![a-zà-ỹđ])"
)
_COMPANY = re.compile(
    r"^(?:Công ty|Tập đoàn|Tổng công ty|Ngân hàng|Nhà máy|[Ss]ociété|[Gg]roupe|株式会社)"
    r"|(?:Co\.,?\s?Ltd\.?|Corporation|Corp\.|Inc\.|Group|Holdings|JSC|Ltd\.?|"
    r"Limited|Company|Co\.|株式会社|グループ)$"
)


# A company named after what it is or where it is from: "Chinese battery maker Shenzhen Huaxin",
# "Japan's Kanaden Precision", "Taiwan-based Hon Chuan", "le groupe thaïlandais Gulf Energy".
_DESCRIPTOR = (
    r"company|firm|maker|manufacturer|group|giant|producer|developer|conglomerate|operator"
    r"|investor|supplier|toymaker|carmaker|automaker|chipmaker|groupe|société|entreprise|firme"
    r"|fabricant|constructeur|investisseur|géant|équipementier"
)
_DESCRIBED = re.compile(rf"(?<![\w])(?:{_DESCRIPTOR})(?:\s+[a-zà-ÿ]+){{0,2}}?\s+({_CAPS})")
_OWNED = re.compile(
    rf"([A-Z][\w]+(?:\s[A-Z][\w]+)?)(?:'s|’s|-based|-registered|-listed|-headquartered)\s+({_CAPS})"
)
_DESCRIBED_NEEDS = re.compile(rf"(?:{_DESCRIPTOR})\s")
# Japanese: "靴メーカー、宏聖実業は", "樹脂成形の三栄化研（大阪府東大阪市）は".
_JA_NAME = r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z・]{2,16}?"
_JA_DESCRIBED = re.compile(
    rf"(?:メーカー|企業|会社|大手|商社|グループ|開発|デベロッパー)、({_JA_NAME})(?:は|が|も|による|の)"
    rf"|(?:^|の|、|】)({_JA_NAME})（[^）]{{1,20}}(?:県|府|都|道|市|区|町)[^）]{{0,20}}）(?:は|が|も)"
)
# "Hokuriku Gosen, a Japanese maker of synthetic fibers, will invest ..."
_APPOSITIVE = re.compile(
    rf"({_CAPS}),\s+an?\s+(?:[\w-]+\s+){{0,3}}?(?:{_DESCRIPTOR})(?![\w])"
)
_OWNED_NEEDS = re.compile(r"['’]s |-based |-registered |-listed |-headquartered ")
_POSSESSIVE = re.compile(r"(?:['’]s?)$")
_FILED_FROM = re.compile(r"[A-Z][A-Z .]{2,20}\s*(?:--|—|–)\s*")


# Text every match of a pattern contains (case as in the pattern): without it, the pattern is
# not run (tests/extract/test_speed_equivalence.py keeps these in step with the patterns).
_EN_ORG_NEEDS = re.compile(
    r"Co|Inc\.|Group|Holdings|JSC|Ltd|Limited|Embassy of|Ambassade d|ociété|roupe"
    r"|People's Committee of"
)
_JA_ORG_NEEDS = re.compile(r"[\u30a0-\u9fff]")
_INVESTOR_NEEDS = re.compile(r"invest|rót|tăng vốn|đầu tư thêm|opened|inaugur|は")
_BANKS_NEEDS = re.compile(r"Bank|Banque|Ngân hàng|銀行")
_GATED = (
    (_VI_GOV, None),
    (_VI_ORG, None),
    (_EN_ORG, _EN_ORG_NEEDS),
    (_JA_ORG, _JA_ORG_NEEDS),
    (_BANKS, _BANKS_NEEDS),
)


def find_orgs(sentence: str) -> list[Mention]:
    """Organisations; ``kind`` is "company", "agency" or "org" (an acronym)."""
    found: list[Mention] = []
    for pattern, needs in _GATED:
        if needs is not None and needs.search(sentence) is None:
            continue
        for match in pattern.finditer(sentence):
            _add(found, match.group(0).rstrip(" .,"), match.start())
    if _INVESTOR_NEEDS.search(sentence):
        for match in _INVESTOR.finditer(sentence):
            _add(found, match.group(1), match.start(1), "company")
    _described(sentence, found)
    for match in _ACRONYM.finditer(sentence):
        if match.group(0) not in _NOT_ORG and len(match.group(0)) <= 8:
            _add(found, match.group(0), match.start())
    found.sort(key=lambda m: m.start)
    return found


def _described(sentence: str, found: list[Mention]) -> None:
    """Companies introduced by a descriptor or by their country; a country prefix is dropped
    from a name found otherwise ("Singapore-registered Pacific Crown Holdings Pte. Ltd")."""
    named: list[tuple[int, str]] = []
    if _OWNED_NEEDS.search(sentence):
        for match in _OWNED.finditer(sentence):
            if _is_place(match.group(1)):
                named.append((match.start(2), match.group(2)))
    if _DESCRIBED_NEEDS.search(sentence):
        named.extend((m.start(1), m.group(1)) for m in _DESCRIBED.finditer(sentence))
        named.extend((m.start(1), m.group(1)) for m in _APPOSITIVE.finditer(sentence))
    if _JA_ORG_NEEDS.search(sentence):
        for match in _JA_DESCRIBED.finditer(sentence):
            group = 1 if match.group(1) else 2
            named.append((match.start(group), match.group(group)))
    for start, name in named:
        lead = _FILED_FROM.match(name)
        if lead:  # "HANOI -- Hokuriku Gosen": the dateline is not part of the name
            start, name = start + lead.end(), name[lead.end() :]
        name = _POSSESSIVE.sub("", name.rstrip(" .,"))
        if len(name) < 3 or _is_place(name) or name in _NOT_ORG:
            continue
        found[:] = [m for m in found if not m.start < start < m.end]  # drop the prefixed one
        _add(found, name, start, "company")


def _is_place(text: str) -> bool:
    places = find_places(text)
    return bool(places) and places[0].start == 0 and places[-1].end >= len(text.rstrip(" .,"))


def _add(found: list[Mention], name: str, start: int, kind: str = "") -> None:
    end = start + len(name)
    if any(m.start <= start and end <= m.end for m in found):
        return
    found[:] = [m for m in found if not (start <= m.start and m.end <= end)]
    if not kind:
        kind = "agency" if _AGENCY.match(name) else "company" if _COMPANY.search(name) else "org"
    found.append(Mention(kind, name, name, start, end))
