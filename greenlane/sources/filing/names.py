"""Names a fact gives for organisations, people and subjects, checked before anything is filed.

- An organisation's kind from its name: "Ủy ban nhân dân tỉnh…", "Sở…", "Ban Quản lý…", "Bộ…",
  a ministry or department are government agencies, an embassy or consulate an embassy.
- A name cut short by the extractor ("Sở Tài", "Ban Quản lý Khu": it ends on a word no name
  ends on) is completed from the evidence sentence that goes on after it ("Sở Tài chính tỉnh
  Bắc Ninh"); one that cannot be completed is a problem for the officer.
- A piece of a Japanese sentence ("を掲げている。") is not a name: a problem for the officer."""

from __future__ import annotations

import re
from typing import Any

from django.utils.translation import gettext as _

from greenlane.extract.text import fold_key
from greenlane.orgs.models import Organisation
from greenlane.sources.display import LABELS
from greenlane.sources.filing import lookup

_KINDS = (
    (re.compile(r"\b(?:dai su quan|tong lanh su quan|lanh su|embassy|consulate|ambassade|"
                r"consulat)\b|大使館|領事館"), Organisation.Kind.EMBASSY),
    (re.compile(r"^(?:so|bo|cuc|tong cuc|chi cuc|ban|vien|van phong|thanh tra)\b|"
                r"\b(?:uy ban|ubnd|hdnd|hoi dong nhan dan|ban quan ly|tinh uy|thanh uy|"
                r"committee|comite|ministry|ministere|department|people s|management board|"
                r"authority|agency)\b|委員会|省$|庁$|県庁|市役所"), Organisation.Kind.AGENCY),
    (re.compile(r"\b(?:jetro|kotra|hiep hoi|phong thuong mai|chamber|association|chambre)\b"),
     Organisation.Kind.TRADE_BODY),
    (re.compile(r"\b(?:truong|dai hoc|university|universite|school|ecole)\b"),
     Organisation.Kind.SCHOOL),
)


def organisation_kind(name: str) -> str:
    """The kind of organisation a name says it is; a company unless it says otherwise."""
    key = fold_key(name)
    for pattern, kind in _KINDS:
        if pattern.search(key):
            return str(kind)
    return str(Organisation.Kind.COMPANY)


# The words (folded) no agency's name ends on, and the words that may follow them: the first
# halves of "Tài chính", "Khu công nghiệp", "Kế hoạch", "Đầu tư", "Công Thương"... After a head
# word alone ("Sở") or a word that joins names ("và", "of") comes a capitalised word. Only agencies
# are checked: a company may well be called "Phát Tài".
_NEXT = {
    "tai": {"chinh", "nguyen"}, "khu": {"cong", "kinh", "che", "cong nghe"}, "ke": {"hoach"},
    "dau": {"tu"}, "cong": {"thuong", "nghiep", "an", "nghe"}, "kinh": {"te"}, "che": {"xuat"},
    "ngoai": {"vu", "giao"}, "khoa": {"hoc"}, "giao": {"thong", "duc"},
    "nong": {"nghiep", "thon"}, "xay": {"dung"}, "lao": {"dong"}, "van": {"hoa"}, "y": {"te"},
    "quan": {"ly"}, "nhan": {"dan"},
}
_CAPITAL_NEXT = frozenset({
    "so", "bo", "cuc", "va", "cua", "cac", "cho", "ve", "voi", "and", "of", "the", "for", "de",
    "du", "des", "la", "et",
})
_NO_END = frozenset(_NEXT) | _CAPITAL_NEXT
_STOP = re.compile(r"[,.;:()\"“”«»!?、。\n]")
_PLACE_WORDS = ("tỉnh", "thành phố", "TP.", "TP")
_MAX_WORDS = 8


def cut_short(name: str) -> bool:
    """Whether an agency's name ends on a word no such name ends on ("Sở Tài", "Ban Quản lý
    Khu")."""
    words = fold_key(name).split()
    if not words:
        return True
    return organisation_kind(name) == Organisation.Kind.AGENCY and words[-1] in _NO_END


def completed(name: str, evidence: str) -> str | None:
    """The name as the evidence sentence goes on after it, when it was cut short: "Sở Tài" in
    "…Sở Tài chính tỉnh Bắc Ninh cho biết…" gives "Sở Tài chính tỉnh Bắc Ninh". The name itself
    when it is whole; None when the sentence does not complete it."""
    if not cut_short(name):
        return name
    at = evidence.lower().find(name.lower())
    if at < 0:
        return None
    rest = _STOP.split(evidence[at + len(name):], maxsplit=1)[0]
    words = rest.split()
    if rest[:1].isalpha():  # the name stopped inside a word: "Sở Tà" of "Sở Tài chính"
        return None
    found = evidence[at:at + len(name)]
    for count, word in enumerate(words[:_MAX_WORDS], start=1):
        if not _may_follow(fold_key(found).split()[-1], word):
            return None
        found = f"{found} {word}"
        if not cut_short(found):
            return _with_place(found, words[count:])
    return None


def _may_follow(last: str, word: str) -> bool:
    if last in _NEXT:
        return fold_key(word) in _NEXT[last]
    return last not in _CAPITAL_NEXT or word[:1].isupper()


def _with_place(name: str, words: list[str]) -> str:
    """The proper name that follows ("Khu kinh tế" + "Vân Phong", at most 3 words), and the
    province that follows ("Sở Tài chính" + "tỉnh Bắc Ninh") when Greenlane knows it."""
    proper = 0
    while proper < min(3, len(words)) and words[proper][:1].isupper():
        proper += 1
    if proper:
        return " ".join([name, *words[:proper]])
    text = " ".join(words)
    for place in _PLACE_WORDS:
        if not text.startswith(place + " "):
            continue
        after = text[len(place):].split()
        for size in range(min(4, len(after)), 0, -1):
            candidate = " ".join(after[:size])
            if all(w[:1].isupper() for w in after[:size]) and lookup.province(candidate):
                return f"{name} {place} {candidate}"
    return name


_HIRAGANA = re.compile(r"^[\u3041-\u309f]")


def sentence_piece(name: str) -> bool:
    """Whether a "name" is a piece of a Japanese sentence: it starts with a particle (hiragana)
    or ends with a full stop, e.g. "を掲げている。"."""
    text = name.strip()
    return bool(_HIRAGANA.match(text)) or text.endswith(("。", "．"))


NAME_FIELDS = ("name", "investor", "organisation", "subject", "actor", "place", "location",
               "destination", "scope", "organisers")


def problems_of(values: dict[str, Any]) -> list[str]:
    """A problem for each value that is a piece of a sentence rather than a name."""
    found = []
    for field in NAME_FIELDS:
        value = values.get(field)
        for text in value if isinstance(value, list) else [value]:
            if isinstance(text, str) and sentence_piece(text):
                found.append(_("“%(value)s” (%(field)s) is a piece of a sentence, not a name: "
                               "correct it below or reject the fact.")
                             % {"value": text, "field": LABELS.get(field, field)})
    return found


def organisation_name(name: str | None, evidence: str, problems: list[str]) -> str | None:
    """The organisation's name, completed from the evidence when it was cut short; a problem
    when it cannot be."""
    if not name or sentence_piece(name):
        return name
    whole = completed(name, evidence)
    if whole is None:
        problems.append(_("The organisation's name “%s” looks cut short: give its full name "
                          "below.") % name)
        return name
    return whole
