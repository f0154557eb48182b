"""Several projects in one sentence: "Other projects include a $38 million mould factory of
Japan's Kanaden Precision ..., and a $55 million cable plant of Singapore's Orient Link ...",
"... cho 4 dự án: nhà máy A của Công ty X (Hàn Quốc), vốn 210 triệu USD; nhà máy B ...".
Each part with one amount and a facility or a company of its own is one project."""

from __future__ import annotations

import re
from itertools import pairwise

from ..analysis import Context, Sentence
from ..model import Fact
from ..numbers import Quantity
from .common import destination
from .projects import facility_name, project_fact

# Where one listed project ends and the next begins.
_PARTS = re.compile(
    r";|:\s|,\s+(?:and|và|et|as well as|cũng như)\s+|\s+(?:and|và|et)\s+(?=an?\s)|、"
)


def project_list_facts(sentence: Sentence, context: Context, money: list[Quantity]) -> list[Fact]:
    """A project per part of the sentence, or nothing when fewer than two parts are projects."""
    cuts = [0, *(m.end() for m in _PARTS.finditer(sentence.text)), len(sentence.text)]
    figures = sentence.figures()
    counts = [q.start for q in figures if q.unit == "projects"]
    parts = []
    for lo, hi in pairwise(cuts):
        amounts = [q for q in money if lo <= q.start < hi]
        if len(amounts) != 1 or any(lo <= c < hi for c in counts):
            continue  # "210 dự án FDI ... 4,2 tỷ USD" is a total, not a project
        text = sentence.text[lo:hi]
        name = facility_name(text, context.language)
        orgs = [o for o in sentence.orgs if lo <= o.start < hi and o.kind in ("company", "org")]
        if name is None and not orgs:
            continue
        parts.append((lo, hi, amounts[0], name, orgs[0].key if orgs else None))
    if len(parts) < 2:
        return []
    facts = []
    all_countries, all_provinces = sentence.countries(), sentence.provinces()
    for lo, hi, amount, name, investor in parts:
        countries = [c for c in all_countries if lo <= c.start < hi]
        provinces = [p for p in all_provinces if lo <= p.start < hi]
        area = next((q for q in figures if q.unit == "ha" and lo <= q.start < hi), None)
        sentence.used.add(amount.start)
        origin = countries[0].key if countries else None
        location = provinces[0].key if provinces else destination(sentence, context)
        facts.append(project_fact(sentence, name, investor, origin, location, amount, area))
    return facts
