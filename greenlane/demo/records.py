"""The real records of the demo: the seed articles as documents, and the organisations, people,
parks and projects they name (see `facts`), each cited to the sentence that supports it.

Everything is written through the app services with the demo loader as actor, so the audit trail
shows how the records came in. Figures the articles do not give are illustrative and the records
say so in their description or notes."""

from __future__ import annotations

import datetime
import hashlib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from django.core.files.base import ContentFile
from django.db import models

from greenlane.core import services
from greenlane.core.services import Actor
from greenlane.demo.facts import (
    BAC_NINH,
    DOCUMENTS,
    FORMER_BAC_GIANG,
    FORMER_BAC_NINH,
    ODA,
    ORGANISATIONS,
    PARKS,
    PEOPLE,
    PROJECTS,
    PROVINCE_QUOTES,
    QUOTES,
    THANH_HOA,
)
from greenlane.orgs.models import Organisation, Person, Position
from greenlane.places.models import Country, Province
from greenlane.registry import services as registry_services
from greenlane.registry.models import Adjustment, IndustrialPark, Project, Sector
from greenlane.sources import services as sources_services
from greenlane.sources.models import Document

__all__ = ["ACTOR", "BAC_NINH", "FORMER_BAC_GIANG", "FORMER_BAC_NINH", "THANH_HOA", "load_seed"]

ACTOR = Actor(name="demo loader")
SEEDS = Path(__file__).resolve().parent / "seeds"
ILLUSTRATIVE = (
    "Vốn, ngày và số GCNĐKĐT là số liệu minh họa của bản demo, không có trong bài báo nguồn. "
    "(Capital, dates and IRC number are illustrative demo figures, not from the source article.)"
)
PARK_NOTE = "Diện tích và năm thành lập: số liệu minh họa (illustrative demo figures)."


@dataclass
class Seeded:
    """What the seed step created."""

    documents: dict[str, Document] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    parks: dict[str, IndustrialPark] = field(default_factory=dict)
    projects: list[Project] = field(default_factory=list)

    def cite(self, record: models.Model, key: str, field_name: str = "") -> None:
        document, quote = QUOTES[key]
        sources_services.cite(ACTOR, record, self.documents[document], quote, field_name)


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def loaded() -> bool:
    """The demo is loaded when its first seed document is stored."""
    return Document.objects.filter(content_hash=_hash(SEEDS / DOCUMENTS[0][0])).exists()


def _text(path: Path) -> str:
    """The article text without the crawler's leading "date YYYY-MM-DD" stamp."""
    text = path.read_text(encoding="utf-8").strip()
    if text.startswith("date "):
        text = text[len("date 2025-01-01") :].strip()
    return text


def _make(model: type[Any], **fields: Any) -> Any:
    return services.create(ACTOR, model(), fields)


def load_seed() -> Seeded:
    seeded = Seeded()
    for filename, title, publisher, published, language, url in DOCUMENTS:
        path = SEEDS / filename
        # The file is attached as well as the text: it is what content_hash is the hash of.
        seeded.documents[filename] = _make(
            Document, title=title, publisher=publisher, published=published, language=language,
            url=url, content_hash=_hash(path), text=_text(path),
            file=ContentFile(path.read_bytes(), name=filename),
        )  # fmt: skip
    provinces = {p.code: p for p in Province.objects.all()}
    for name, code, area, year in PARKS:
        seeded.parks[name] = _make(
            IndustrialPark, name=name, province=provinces[code], area_ha=Decimal(area),
            established=datetime.date(year, 1, 1), notes=PARK_NOTE,
        )  # fmt: skip
    for code, keys in PROVINCE_QUOTES.items():
        for key in keys:
            seeded.cite(provinces[code], key)
    _people_and_orgs(seeded, provinces)
    _projects(seeded, provinces)
    return seeded


def _people_and_orgs(seeded: Seeded, provinces: dict[str, Province]) -> None:
    countries = {c.code: c for c in Country.objects.filter(code__in=["JP", "VN"])}
    for name, short, kind, country, code, strategic, keys in ORGANISATIONS:
        org = seeded.orgs[short] = _make(
            Organisation, name=name, short_name=short, kind=kind, country=countries[country],
            province=provinces[code] if code else None, is_strategic=strategic,
        )  # fmt: skip
        for key in keys:
            seeded.cite(org, key)
    for full_name, country, org_name, title, notes, keys in PEOPLE:
        person = _make(Person, full_name=full_name, country=countries[country], notes=notes)
        position = _make(Position, person=person, organisation=seeded.orgs[org_name], title=title)
        for key in keys:
            seeded.cite(person, key)
            seeded.cite(position, key, "title")
    park = seeded.parks["KCN phía Tây Thanh Hóa"]
    services.update(ACTOR, park, {"operator": seeded.orgs["Sumitomo"]}, reason="Bài báo nguồn")
    seeded.cite(park, "sumitomo_park", "operator")
    seeded.cite(seeded.parks["Khu kinh tế Nghi Sơn"], "nghi_son")


def _projects(seeded: Seeded, provinces: dict[str, Province]) -> None:
    jp = Country.objects.get(code="JP")
    sectors = {s.code: s for s in Sector.objects.filter(level=2)}
    for number, row in enumerate(PROJECTS):
        name, code, park, sector, capital, irc_date, status, investors, keys = row
        project = _make(
            Project, name=name, kind=Project.Kind.FDI, origin=jp, province=provinces[code],
            park=seeded.parks[park] if park else None, sector=sectors[sector],
            capital=Decimal(capital), currency="USD", status=status, irc_date=irc_date,
            irc_number=str(2_100_000_000 + number * 7919), description=ILLUSTRATIVE,
            investors=[seeded.orgs[i].pk for i in investors],
        )  # fmt: skip
        seeded.projects.append(project)
        for key in keys:
            seeded.cite(project, key)
    increase = Adjustment(
        project=seeded.projects[0], kind=Adjustment.Kind.CAPITAL_INCREASE,
        date=datetime.date(2016, 5, 10), amount=Decimal(60_000_000), currency="USD",
        note="Mở rộng nhà máy (số liệu minh họa).",
    )  # fmt: skip
    registry_services.record_adjustment(ACTOR, increase, reason="Điều chỉnh GCNĐKĐT (minh họa)")
    gia_binh = _make(
        Project, name="Cảng hàng không quốc tế Gia Bình", kind=Project.Kind.DOMESTIC,
        province=provinces[BAC_NINH], sector=sectors["52"],
        capital=Decimal(196_000_000_000_000), currency="VND", status="construction",
        description="Tổng mức đầu tư: số liệu minh họa. (Illustrative capital.)",
    )  # fmt: skip
    seeded.projects.append(gia_binh)
    seeded.cite(gia_binh, "gia_binh_vi")
    seeded.cite(gia_binh, "gia_binh_fr")
    for number, (topic, sector, capital) in enumerate(ODA, 1):
        project = _make(
            Project, name=f"Dự án ODA Nhật Bản số {number} tại Bắc Ninh: {topic}",
            kind=Project.Kind.ODA, origin=jp, province=provinces[BAC_NINH],
            sector=sectors[sector], capital=Decimal(capital), currency="USD",
            status="construction",
            description="Bài báo nguồn chỉ nêu 4 dự án ODA Nhật Bản, tổng 10,1 tỷ USD; tên và "
            "cách chia vốn là minh họa. (Names and split between projects are illustrative.)",
        )  # fmt: skip
        seeded.projects.append(project)
        seeded.cite(project, "oda_vi", "capital")
        seeded.cite(project, "oda_fr", "capital")
