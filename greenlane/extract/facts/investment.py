"""Investment aggregates (FDI/ODA stock and flow, shares by origin) and single projects."""

from __future__ import annotations

import re
from itertools import pairwise

from ..analysis import Context, Sentence
from ..gazetteer import Mention
from ..model import Fact
from ..numbers import Quantity
from .common import cue, destination, make, nearest_before, period_of
from .figures import TARGET

_INVEST = cue(
    r"đầu tư|vốn|FDI|ODA|IDE|APD|DDI|invest\w*|capital|capitaux|投資|出資|円借款|"
    r"official development assistance|aide publique au développement|viện trợ"
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
    r"từ năm \d{4}|累計|現在|時点|有効"
)
_FLOW = cue(
    r"trong năm|năm nay|từ đầu năm|since the beginning|depuis le début|cấp mới|mới|new|nouveaux|"
    r"newly|in the first|au cours|trong \d+ tháng|attracted|a attiré|thu hút|tăng thêm|giải ngân|"
    r"thực hiện|disbursed|disbursement|décaissements?|新規"
)
_SHARE = cue(
    r"chiếm|accounting for|accounted for|accounts? for|représent\w*|soit|share|part|"
    r"占め|占める"
)
_SPLIT = re.compile(r"trong đó|, dont|\bdont\b|of which|including|among which|;|うち")
_PROJECT = cue(
    r"dự án|nhà máy|project|projet|usine|plant|factory|工場|プロジェクト|"
    r"khu công nghiệp|industrial park|parc industriel|商業施設|ショッピングセンター"
)
_PROJECT_NAME = re.compile(
    r"(?:[Dd]ự án|[Nn]hà máy|Khu công nghiệp|KCN|[Pp]rojet|[Uu]sine|parc industriel)\s+"
    r"((?:[A-ZÀ-ÝĐ\u1EA0-\u1EF9\d][\w&.\-]*\s?){1,8})"
    r"|((?:[A-Z][\w&.\-]*\s){1,6})(?:project|plant|factory|industrial park)"
)


def investment_facts(sentence: Sentence, context: Context) -> list[Fact]:
    if TARGET.search(sentence.folded):
        context.last_category = None
        return []
    figures = sentence.figures()
    money = [q for q in figures if q.unit == "money"]
    counts = [q for q in figures if q.unit == "projects"]
    if _is_project(sentence, money, counts):
        return _project(sentence, money, figures, context)
    cued = _INVEST.search(sentence.folded) is not None
    category = _category(sentence) if cued else None
    if category is None and money and sentence.countries():
        category = context.last_category  # "Singapore leads with $10 billion" after an FDI line
    context.last_category = category
    if category is None:
        context.last_measure = None
    if category is None or not (money or counts or any(q.unit == "%" for q in figures)):
        return []
    facts: list[Fact] = []
    for index, (lo, hi) in enumerate(_clauses(sentence.text)):
        facts.extend(_clause_facts(sentence, context, category, lo, hi, index > 0))
    return facts


def _category(sentence: Sentence) -> str | None:
    text = sentence.folded
    if _ODA.search(text):
        return "oda"
    if _OUTBOUND.search(text):
        return "outbound"
    if _DOMESTIC.search(text):
        return "domestic"
    if _FOREIGN.search(text) or sentence.countries():
        return "fdi"
    if _TOTAL.search(text):
        return "total"
    return None


def _clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0] + [m.start() for m in _SPLIT.finditer(text)] + [len(text)]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


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
    for anchor in money or counts:
        who = nearest_before(countries, anchor.start)
        who = who or (countries[0] if len(countries) == 1 else None)
        count = _pick_count(counts, anchor, money) if money else anchor
        facts.append(
            _fact(sentence, context, category, who, count, anchor if money else None, None)
        )
        sentence.used.add(anchor.start)
    return facts


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
    stock = _STOCK.search(sentence.folded) is not None
    period = period_of(sentence)
    flow = not stock and (period or _FLOW.search(sentence.folded))
    measure = "flow" if flow else "stock"
    if not stock and not flow and context.last_measure:
        measure = context.last_measure  # a continuation of the previous sentence
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
        period=period if measure == "flow" else None,
        as_of=as_of if measure == "stock" else None,
    )


def _is_project(sentence: Sentence, money: list[Quantity], counts: list[Quantity]) -> bool:
    if counts or len(money) != 1 or not _PROJECT.search(sentence.folded):
        return False
    return _investor(sentence) is not None or _PROJECT_NAME.search(sentence.text) is not None


def _investor(sentence: Sentence) -> str | None:
    for kind in ("company", "org"):
        for org in sentence.orgs:
            if org.kind == kind:
                return org.key
    return None


def _project(
    sentence: Sentence, money: list[Quantity], figures: list[Quantity], context: Context
) -> list[Fact]:
    name_match = _PROJECT_NAME.search(sentence.text)
    name = next((g for g in name_match.groups() if g), None) if name_match else None
    investor = _investor(sentence)
    countries = sentence.countries()
    area = next((q for q in figures if q.unit == "ha"), None)
    sentence.used.update(q.start for q in money)
    context.last_category = None
    return [
        make(
            "project",
            sentence,
            name=name.strip() if name else investor,
            investor=investor,
            origin=countries[0].key if countries else None,
            location=destination(sentence, context),
            amount=money[0].money(),
            area_ha=area.value if area else None,
            sector=None,
        )
    ]
