"""Investment aggregates (FDI/ODA stock and flow, shares by origin) and single projects."""

from __future__ import annotations

import re

from ..analysis import Context, Sentence
from ..gazetteer import Mention
from ..model import Fact
from ..numbers import Quantity
from .common import cue, destination, make, nearest_before, period_of
from .figures import INDICATOR_MONEY, TARGET
from .project_list import project_list_facts
from .projects import continued_project, facility_name, project_fact

_INVEST = cue(
    r"đầu tư|vốn|FDI|ODA|IDE|APD|DDI|invest\w*|capital|capitaux|投資|出資|円借款|"
    r"official development assistance|aide publique au développement|viện trợ|"
    r"認可額|増資|案件"
)
_ODA = cue(
    r"ODA|APD|vốn vay ưu đãi|viện trợ|aide publique au développement|"
    r"official development assistance|円借款|政府開発援助"
)
_DOMESTIC = cue(r"trong nước|DDI|domestic|nationaux|国内投資")
_OUTBOUND = cue(r"ra nước ngoài|outbound|overseas|à l'étranger|対外投資|海外投資")
_FOREIGN = cue(r"FDI|IDE|nước ngoài|étrangers?|étrangères?|foreign|外資|外国|直接投資|trực tiếp")
_TOTAL = cue(r"toàn xã hội|total investment|investissement total")
_STOCK = cue(
    r"còn hiệu lực|lũy kế|luỹ kế|đến nay|hiện nay|hiện có|tính đến|tính tới|as of|so far|to date|"
    r"cumulative|valid|actuellement|à ce jour|jusqu'à présent|valides|en vigueur|au total|"
    r"hiện đang|in total|overall|total de|total of|tổng cộng|kể từ|depuis \d{4}|since \d{4}|"
    r"từ năm \d{4}|en cumulé|désormais|now has|now hosts|currently|hiện|hiện là|"
    r"is (?:the|its) (?:\w+ )?(?:largest|biggest)|là nhà đầu tư|累計|現在|時点|有効"
)
# What is still registered wins over any period ("valid projects as of the first half").
_STRONG_STOCK = cue(
    r"còn hiệu lực|valid|valides|en vigueur|cumulative|en cumulé|累計|有効|"
    r"kể từ năm|depuis \d{4}|since \d{4}|từ năm \d{4}"
)
# A period counted from the start of the year wins over "as of / tính đến" (year to date).
_STRONG_FLOW = cue(
    r"từ đầu năm|since the beginning of|since january|depuis le début|depuis janvier|"
    r"cùng kỳ|year-on-year|year on year|y-o-y|a year earlier|from a year ago|"
    r"en glissement annuel|sur un an|même période|前年同期|前年比|"
    r"cấp mới|newly|nouveaux projets|new projects|tăng vốn|vốn điều chỉnh|điều chỉnh tăng|"
    r"góp vốn|mua cổ phần|capital contributions?|share purchases?|share acquisitions?|"
    r"in the period|trong kỳ|新規|増資|出資|thực hiện|giải ngân|disbursed|disbursement|"
    r"décaissements?|décaissé|実行額"
)
_FLOW = cue(
    r"trong năm|năm nay|từ đầu năm|since the beginning|depuis le début|cấp mới|mới|new|nouveaux|"
    r"newly|in the first|au cours|trong \d+ tháng|attracted|a attiré|thu hút|tăng thêm|giải ngân|"
    r"thực hiện|disbursed|disbursement|décaissements?|新規|lured|poured|pouring|injecté|"
    r"injected|rót|đổ vào|attiré|attirer|added|raised|augmenté|received|reçu|licensed|"
    r"certificats? d'investissement|investment certificates?|chứng nhận đăng ký đầu tư|"
    r"chủ trương đầu tư|認可|実行額"
)
_SHARE = cue(
    r"chiếm|accounting for|accounted for|accounts? for|représent\w*|soit|share|part|"
    r"占め|占める"
)
_BREAK = re.compile(r"[,、，;:　]|\s[-–—]\s")
_SPLIT = re.compile(
    r"trong đó|, dont|\bdont\b|of which|including|among which|;|うち"
    r"|, while|, whereas|, tandis que|, alors que|, trong khi|、一方"
)
_OWN_CLAUSE = frozenset(
    [";", ", while", ", whereas", ", tandis que", ", alors que", ", trong khi", "、一方"]
)
_PROJECT = cue(
    r"dự án|nhà máy|project|projet|usine|plant|factory|工場|プロジェクト|"
    r"khu công nghiệp|industrial park|parc industriel|商業施設|ショッピングセンター|"
    r"trung tâm logistics|khu du lịch|khu đô thị|nhà máy điện|cảng|station d'épuration|centrale|"
    r"complexe|parc éolien|parc solaire|wind farm|solar farm|power plant|data cent(?:er|re)|"
    r"resort|terminal|発電所|工業団地|物流センター|データセンター"
)
_PROJECT_NAME = re.compile(
    r"(?:[Dd]ự án|[Nn]hà máy|Khu công nghiệp|KCN|[Pp]rojet|[Uu]sine|parc industriel)\s+"
    r"((?:[A-ZÀ-ÝĐ\u1EA0-\u1EF9\d][\w&.\-]*\s?){1,8})"
    r"|((?:[A-Z][\w&.\-]*\s){1,6})(?:project|plant|factory|industrial park)"
)


_LOCATIVE = re.compile(r"(?:tại|ở|trong|thuộc|in|at|à|dans|au)\s+$", re.IGNORECASE)


def investment_facts(sentence: Sentence, context: Context) -> list[Fact]:
    if TARGET.search(sentence.folded) and continued_project(sentence, context) is None:
        context.last_category = None
        return []
    figures = sentence.figures()
    money = [q for q in figures if q.unit == "money"]
    counts = [q for q in figures if q.unit == "projects"]
    if _is_project(sentence, money, counts, context):
        return _project(sentence, money, figures, context)
    listed = project_list_facts(sentence, context, money) if len(money) > 1 else []
    if listed:
        context.last_category = None
        return listed
    cued = _INVEST.search(sentence.folded) is not None
    category = _category(sentence) if cued else None
    if category is None and (money or counts) and (sentence.countries() or cued):
        # "Singapore leads with $10 billion" / "Of this, new projects registered $720 million"
        # after an FDI line
        category = context.last_category
    context.last_category = category
    if category is None or not (money or counts or any(q.unit == "%" for q in figures)):
        return []
    facts: list[Fact] = []
    clauses = _clauses(sentence.text)
    for index, (lo, hi, part_of) in enumerate(clauses):
        # "98 FDI projects ...; and 812 domestic projects ...": each clause its own category
        own = _category_of(sentence.folded[lo:hi]) if len(clauses) > 1 else None
        sub_clause = index > 0 and part_of
        facts.extend(_clause_facts(sentence, context, own or category, lo, hi, sub_clause))
    return facts


def _category(sentence: Sentence) -> str | None:
    found = _category_of(sentence.folded)
    if found in (None, "total") and sentence.countries():
        return "fdi"
    return found


def _category_of(text: str) -> str | None:
    if _ODA.search(text):
        return "oda"
    if _OUTBOUND.search(text):
        return "outbound"
    if _DOMESTIC.search(text):
        return "domestic"
    if _FOREIGN.search(text):
        return "fdi"
    if _TOTAL.search(text):
        return "total"
    return None


def _clauses(text: str) -> list[tuple[int, int, bool]]:
    """Clauses of a sentence, each with whether it is part of the one before ("of which ...")
    rather than a figure of its own ("...; 812 domestic projects ...", ", while ...")."""
    cuts = [(0, False)]
    cuts += [(m.start(), m.group(0) not in _OWN_CLAUSE) for m in _SPLIT.finditer(text)]
    ends = [c for c, _ in cuts[1:]] + [len(text)]
    return [(a, b, part) for (a, part), b in zip(cuts, ends, strict=True) if b > a]


def _clause_facts(
    sentence: Sentence, context: Context, category: str, lo: int, hi: int, sub_clause: bool
) -> list[Fact]:
    figures = [q for q in sentence.figures() if lo <= q.start < hi]
    countries = [c for c in sentence.countries() if lo <= c.start < hi]
    money = [q for q in figures if q.unit == "money"]
    counts = [q for q in figures if q.unit == "projects"]
    shares = [q for q in figures if q.unit == "%"]
    facts: list[Fact] = []
    if shares and countries and _SHARE.search(sentence.folded, lo, hi) and not money:
        for share in shares:
            who: Mention | None = nearest_before(countries, share.start) or countries[0]
            facts.append(_fact(sentence, context, category, who, None, None, share))
            sentence.used.add(share.start)
        return facts
    if sub_clause and not countries:
        return facts  # "of which Samsung alone accounts for $7.5 billion": not an aggregate
    for index, anchor in enumerate(money or counts):
        if anchor.unit == "money" and _indicator_money(sentence, anchor, lo):
            continue
        who = nearest_before(countries, anchor.start)
        if (
            who is None
            and len(countries) == 1
            and not _BREAK.search(sentence.text, anchor.end, countries[0].start)
        ):
            who = countries[0]  # "$2 billion of Japanese investment"
        count = _pick_count(counts, anchor, money) if money else anchor
        part = _share_after(sentence, anchor, (money or counts)[index + 1 :], shares, hi)
        if who is None:
            part = None
        facts.append(
            _fact(sentence, context, category, who, count, anchor if money else None, part)
        )
        sentence.used.add(anchor.start)
        if part is not None:
            sentence.used.add(part.start)
    return facts


def _indicator_money(sentence: Sentence, anchor: Quantity, lo: int) -> bool:
    """An amount right after "exports", "budget revenue"... with no investment word between."""
    text = sentence.folded
    cues = list(INDICATOR_MONEY.finditer(text, max(lo, anchor.start - 50), anchor.start))
    return bool(cues) and not _INVEST.search(text, cues[-1].end(), anchor.start)


def _share_after(
    sentence: Sentence, anchor: Quantity, later: list[Quantity], shares: list[Quantity], hi: int
) -> Quantity | None:
    """The share right after an amount, before the next amount, introduced by a share word
    ("Japan led with $410 million, accounting for 34.7%")."""
    limit = min([q.start for q in later] + [hi])
    for share in shares:
        if anchor.end <= share.start < limit and _SHARE.search(
            sentence.folded, anchor.end, share.start
        ):
            return share
    return None


def _pick_count(counts: list[Quantity], anchor: Quantity, money: list[Quantity]) -> Quantity | None:
    if not counts:
        return None
    if len(money) == 1:
        return counts[0]
    before = [c for c in counts if c.start < anchor.start]
    return before[-1] if before else None


def _fact(
    sentence: Sentence,
    context: Context,
    category: str,
    country: Mention | None,
    count: Quantity | None,
    amount: Quantity | None,
    share: Quantity | None,
) -> Fact:
    measure = _measure(sentence, context)
    context.last_measure = measure
    as_of = next((d.value for d in sentence.dates if d.grain in ("day", "month")), None)
    origin: str | None
    place: str | None
    if category == "outbound":
        origin, place = "VN", country.surface if country else None
    else:
        origin, place = (country.key if country else None), destination(sentence, context)
    return make(
        "investment",
        sentence,
        measure=measure,
        category=category,
        destination=place,
        origin=origin,
        projects=int(count.value) if count else None,
        amount=amount.money() if amount else None,
        share_pct=share.value if share else None,
        period=period_of(sentence) if measure == "flow" else None,
        as_of=as_of if measure == "stock" else None,
    )


def _measure(sentence: Sentence, context: Context) -> str:
    """stock or flow: strong words of either first, then a period, then the weaker words, else
    the measure of the previous investment sentence (a continuation)."""
    text = sentence.folded
    if _STRONG_STOCK.search(text):
        return "stock"
    if _STRONG_FLOW.search(text):
        return "flow"
    if _STOCK.search(text):
        return "stock"
    if period_of(sentence) or _FLOW.search(text):
        return "flow"
    return context.last_measure or "stock"


def _is_project(
    sentence: Sentence, money: list[Quantity], counts: list[Quantity], context: Context
) -> bool:
    if counts or len(money) != 1:
        return False
    if _antecedent(sentence, context) is not None:
        return True
    if not _PROJECT.search(sentence.folded):
        return False
    return _investor(sentence) is not None or _PROJECT_NAME.search(sentence.text) is not None


def _antecedent(sentence: Sentence, context: Context) -> Sentence | None:
    return continued_project(sentence, context)


def _investor(sentence: Sentence) -> str | None:
    for kind in ("company", "org"):
        for org in sentence.orgs:
            if org.kind == kind:
                return org.key
    return None


def _project(
    sentence: Sentence, money: list[Quantity], figures: list[Quantity], context: Context
) -> list[Fact]:
    name = facility_name(sentence.text, context.language) or _named(sentence.text)
    investor = _investor(sentence)
    countries = sentence.countries()
    antecedent = _antecedent(sentence, context) if name is None else None
    if antecedent is not None:
        name = facility_name(antecedent.text, context.language)
        investor = investor or _investor(antecedent)
        countries = countries or antecedent.countries()
    area = next((q for q in figures if q.unit == "ha"), None)
    sentence.used.update(q.start for q in money)
    context.last_category = None
    origin = countries[0].key if countries else None
    location = destination(sentence, context)
    return [project_fact(sentence, name, investor, origin, location, money[0], area)]


def _named(text: str) -> str | None:
    """A capitalised project name ("dự án Nam Sơn", "Long Thanh project"), unless it is where
    the project stands ("tại KCN Vân Trung")."""
    for match in _PROJECT_NAME.finditer(text):
        if _LOCATIVE.search(text, max(0, match.start() - 8), match.start()):
            continue
        name = next((g for g in match.groups() if g), None)
        return name.strip() if name else None
    return None
