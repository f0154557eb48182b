"""Finding the records a fact names: provinces, countries, organisations, people, projects.

Names are compared without diacritics, case, punctuation, administrative prefixes ("tỉnh",
"province de") and legal forms ("Công ty TNHH", "Co., Ltd."), so "Phan The Tuan" finds
"Phan Thế Tuấn" and "Công ty TNHH Canon Việt Nam" finds "Canon Vietnam"."""

from __future__ import annotations

import re

from django.db.models import Q

from greenlane.extract.text import fold_key
from greenlane.orgs.models import Organisation, Person
from greenlane.places.models import Country, Province

_PLACE_PREFIX = re.compile(
    r"^(?:tinh|thanh pho|tp|province de|province of|province|city of|ville de)\s+"
)
_PLACE_SUFFIX = re.compile(r"\s+(?:province|city)$")
_LEGAL = re.compile(
    r"\b(?:cong ty|tong cong ty|tap doan|trach nhiem huu han|tnhh|co phan|mot thanh vien|mtv|"
    r"lien doanh|nha may|company limited|company|co|ltd|limited|corporation|corp|inc|jsc|"
    r"joint stock|group|holdings|societe|groupe|usine|factory)\b"
)

_COMMON = frozenset({"viet", "nam", "vietnam", "the", "and", "des", "cua", "tai"})


def place_key(name: str) -> str:
    key = _PLACE_PREFIX.sub("", fold_key(name))
    return _PLACE_SUFFIX.sub("", key).replace(" ", "")


def province(name: str | None) -> Province | None:
    """The province a place name means; today's unit when the name is on both maps."""
    if not name:
        return None
    key = place_key(name)
    if not key:
        return None
    for candidate in Province.objects.order_by("-is_current", "code"):
        names = [candidate.name, candidate.name_en, *candidate.aliases]
        if any(place_key(n) == key for n in names if n):
            return candidate
    return None


def country(code: str | None) -> Country | None:
    if not code:
        return None
    return Country.objects.filter(code=code.upper()).first()


def org_key(name: str) -> str:
    """"Công ty TNHH Canon Việt Nam" and "Canon Vietnam" both give "canonvietnam"."""
    return _LEGAL.sub(" ", fold_key(name)).replace(" ", "")


def organisation(name: str | None) -> Organisation | None:
    """The organisation a name means: same key, or a key that contains the other's when the
    shorter one is distinctive (6 letters or more)."""
    if not name:
        return None
    key = org_key(name)
    if not key:
        return None
    words = [w for w in _LEGAL.sub(" ", fold_key(name)).split() if len(w) > 2 and w not in _COMMON]
    query = Q()
    for word in words[:4]:
        query |= Q(search__contains=word)
    candidates = list(Organisation.objects.filter(query)[:2000]) if words else []
    exact = [o for o in candidates if key in (org_key(o.name), org_key(o.short_name or "-"))]
    if exact:
        return exact[0]
    for org in candidates:
        other = org_key(org.name)
        shorter = min(key, other, key=len)
        if len(shorter) >= 6 and (key in other or other in key):
            return org
    return None


def person(name: str | None) -> Person | None:
    if not name:
        return None
    key = fold_key(name)
    words = key.split()
    if not words:
        return None
    candidates = Person.objects.filter(search__contains=words[-1])[:500]
    return next((p for p in candidates if fold_key(p.full_name) == key), None)


def same_name(a: str | None, b: str | None) -> bool:
    return bool(a and b) and fold_key(a or "") == fold_key(b or "")
