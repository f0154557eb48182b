"""What a project is called: the facility a sentence speaks of ("nhà máy sản xuất pin lưu trữ
năng lượng", "usine de composants en plastique", "a $1.2 billion radial tyre factory",
"電子部品工場"), with the words that are only in the way ("Dự án lớn nhất là ...") left out."""

from __future__ import annotations

import re

from ..analysis import Context, Sentence
from ..model import Fact
from ..numbers import Quantity
from .common import make

_VI_HEAD = (
    r"dự án|nhà máy|trung tâm|tổ hợp|cảng|kho|nhà xưởng|cơ sở sản xuất|công trình"
    r"|khu (?:du lịch|đô thị|công nghiệp|nghỉ dưỡng|phức hợp|logistics|dân cư|sản xuất)"
)
_VI_STOP = (
    r"\s+(?:của|do|thuộc|tại|với|có|vốn|tổng vốn|ở|trên|nâng|được|đã|sẽ|đang|và|cho|nằm|"
    r"quy mô|diện tích|công suất|giai đoạn|gồm)(?![\w])|\s*[,;:(（|]|\s+[-–]\s|\.(?:\s|$)|$"
)
_VI_NAME = re.compile(
    rf"(?<![\w])(?P<head>{_VI_HEAD})(?![\w])(?:(?!{_VI_STOP}).)+?(?={_VI_STOP})", re.IGNORECASE
)
_FR_HEAD = (
    r"usine|projet|centrale|complexe|station|programme|entrepôt|centre|terminal|zone industrielle"
    r"|parc (?:éolien|solaire|industriel|logistique|technologique)"
)
_FR_STOP = (
    r"\s+(?:d'un|d'une|pour|dans|à|au|aux|du groupe|de la société|par|avec|sur|qui|dont|situé"
    r"|située|d'une superficie|d'un montant|d'une capacité|en cours)(?![\w])"
    r"|\s+de\s+(?:\d|plus|près|quelque|environ)|\s*[,;:(]|\s+[-–]\s|\.(?:\s|$)|$"
)
_FR_NAME = re.compile(
    rf"(?<![\w])(?P<head>{_FR_HEAD})(?![\w])(?:(?!{_FR_STOP}).)+?(?={_FR_STOP})", re.IGNORECASE
)
_EN_HEAD = (
    r"factory|plant|project|centre|center|park|complex|facility|farm|terminal|warehouse|hub"
    r"|campus|mall|resort"
)
_EN_NAME = re.compile(
    r"(?<![\w])(?:an?|the|its|new|first)\s+"
    r"(?:(?:US)?\$\s?[\d.,]+\s*(?:billion|million|bn|mln|m)?(?:-|\s+))?"
    rf"((?:[\w'’-]+\s+){{0,5}}?(?:{_EN_HEAD}))(?![\w])",
    re.IGNORECASE,
)
_JA_NAME = re.compile(
    r"([\u4e00-\u9fff\u30a0-\u30ff]{1,12}"
    r"(?:工場|プラント|工業団地|物流センター|データセンター|センター|倉庫|施設|発電所|拠点))"
)
# Words that name no facility of their own ("Dự án lớn nhất", "the first project").
_GENERIC_WORDS = (
    "lớn nhất thứ hai ba tư năm đầu tiên này mới đó trên khác các những một fdi nhiều "
    "largest biggest first second third new other this that such these another "
    "le la les ce cette nouveau nouvelle premier première plus grand grande"
)
_GENERIC = frozenset(_GENERIC_WORDS.split())
_LEADS = re.compile(r"^(?:an?|the|its|new)\s+", re.IGNORECASE)


def facility_name(text: str, language: str) -> str | None:
    """The first facility named in ``text`` with words of its own, as written."""
    if language == "ja":
        for match in _JA_NAME.finditer(text):
            name = match.group(1)
            if name.endswith("工業団地") and text[match.end() : match.end() + 1] in "でにの内":
                continue  # "タントゥオン工業団地での…工場": where the plant stands
            return name if len(name) > 2 else None
        return None
    if language == "en":
        for found in _EN_NAME.finditer(text):
            name = found.group(1).strip()
            if [w for w in name.lower().split()[:-1] if w not in _GENERIC]:
                return name
        return None
    pattern = _FR_NAME if language == "fr" else _VI_NAME
    for found in pattern.finditer(text):
        name = _after_copula(found.group(0).strip(), pattern)
        if name is not None:
            return name
    return None


def _after_copula(name: str, pattern: re.Pattern[str]) -> str | None:
    """The name if it has words of its own; "Dự án lớn nhất là nhà máy X" names "nhà máy X"."""
    for copula in (" là ", " est ", " sera "):
        if copula in name:
            rest = pattern.match(name.split(copula, 1)[1].strip())
            return _after_copula(rest.group(0).strip(), pattern) if rest else None
    head = pattern.match(name)
    own = name[head.end("head") :].lower().split() if head else []
    return name if [w for w in own if w not in _GENERIC and not w.isdigit()] else None


ANAPHOR = re.compile(  # a sentence that goes on about the facility just named
    r"(?:Nhà máy|Dự án|Công trình|Tổ hợp|The (?:plant|factory|project|facility|complex)"
    r"|This (?:plant|factory|project)|L'usine|Le projet|Ce projet|Cette usine|L'ouvrage"
    r"|Le complexe|La centrale|Le site|The site)(?![\w])"
    r"|同工場|新工場は|工場は|(?:総)?投資額は|総事業費は|敷地(?:面積)?は|用地面積は|開発面積は"
)


def continued_project(sentence: Sentence, context: Context) -> Sentence | None:
    """ "Nhà máy có tổng vốn 280 triệu USD", "投資額は約30億円": the previous sentence, when
    this one goes on about the facility that sentence named."""
    previous = context.previous
    if previous is None or not ANAPHOR.match(sentence.text):
        return None
    if facility_name(previous.text, context.language) is not None:
        return previous
    # "…に電池工場を建設する。投資額は約2億ドル。敷地面積は20ヘクタールで…"
    earlier = context.before_previous
    if (
        earlier is not None
        and ANAPHOR.match(previous.text)
        and facility_name(earlier.text, context.language) is not None
    ):
        return earlier
    return None


def project_fact(
    sentence: Sentence,
    name: str | None,
    investor: str | None,
    origin: str | None,
    location: str | None,
    amount: Quantity,
    area: Quantity | None,
) -> Fact:
    """One project, in the contract's fields."""
    return make(
        "project",
        sentence,
        name=name or investor,
        investor=investor,
        origin=origin,
        location=location,
        amount=amount.money(),
        area_ha=area.value if area else None,
        sector=None,
    )
