"""The real records of the demo: the seed articles as documents, and the organisations, people,
parks and projects they name, each cited to the sentence that supports it.

Everything is written through the app services with the demo loader as actor, so the audit trail
shows how the records came in. Figures the articles do not give (most capitals, dates, IRC
numbers, park areas) are illustrative and the records say so in their description or notes."""

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
from greenlane.orgs.models import Organisation, Person, Position
from greenlane.places.models import Country, Province
from greenlane.registry import services as registry_services
from greenlane.registry.models import Adjustment, IndustrialPark, Project, Sector
from greenlane.sources import services as sources_services
from greenlane.sources.models import Document

ACTOR = Actor(name="demo loader")
SEEDS = Path(__file__).resolve().parent / "seeds"
ILLUSTRATIVE = (
    "Vốn, ngày và số GCNĐKĐT là số liệu minh họa của bản demo, không có trong bài báo nguồn. "
    "(Capital, dates and IRC number are illustrative demo figures, not from the source article.)"
)
PARK_NOTE = "Diện tích và năm thành lập: số liệu minh họa (illustrative demo figures)."

# Province codes (QĐ 19/2025/QĐ-TTg): today's units, and former units prefixed with F.
BAC_NINH, FORMER_BAC_NINH, FORMER_BAC_GIANG, THANH_HOA = "24", "F27", "F24", "38"

# (file, title, publisher, published, language, url)
DOCUMENTS: list[tuple[str, str, str, datetime.date | None, str, str]] = [
    (
        "bac-ninh-vi.txt",
        "Bắc Ninh đón làn sóng hợp tác công nghệ cao từ Nhật Bản",
        "VietnamPlus",
        datetime.date(2025, 11, 26),
        "vi",
        "https://www.vietnamplus.vn/bac-ninh-don-lan-song-hop-tac-cong-nghe-cao-tu-nhat-ban-"
        "post1079433.vnp",
    ),
    (
        "bac-ninh-fr.txt",
        "Bac Ninh : coopération de haute technologie avec le Japon (version française)",
        "",
        None,
        "fr",
        "",
    ),
    (
        "thanh-hoa-vi.txt",
        "Đoàn công tác tỉnh Thanh Hóa tham gia nhiều nội dung trong khuôn khổ "
        "Diễn đàn hợp tác địa phương Việt - Nhật",
        "",
        datetime.date(2025, 11, 25),
        "vi",
        "",
    ),
]

# (name, province code, area ha, year established) — areas and years illustrative.
PARKS: list[tuple[str, str, int, int]] = [
    ("KCN VSIP Bắc Ninh", FORMER_BAC_NINH, 700, 2007),
    ("KCN Quế Võ", FORMER_BAC_NINH, 611, 2002),
    ("KCN Quế Võ II", FORMER_BAC_NINH, 270, 2008),
    ("KCN Yên Phong", FORMER_BAC_NINH, 658, 2006),
    ("KCN Yên Phong II-C", FORMER_BAC_NINH, 250, 2017),
    ("KCN Tiên Sơn", FORMER_BAC_NINH, 350, 1998),
    ("KCN Đại Đồng - Hoàn Sơn", FORMER_BAC_NINH, 272, 2005),
    ("KCN Thuận Thành II", FORMER_BAC_NINH, 250, 2008),
    ("KCN Nam Sơn - Hạp Lĩnh", FORMER_BAC_NINH, 300, 2008),
    ("KCN Gia Bình", FORMER_BAC_NINH, 260, 2021),
    ("KCN Quang Châu", FORMER_BAC_GIANG, 426, 2005),
    ("KCN Vân Trung", FORMER_BAC_GIANG, 350, 2008),
    ("KCN Đình Trám", FORMER_BAC_GIANG, 127, 2003),
    ("KCN Song Khê - Nội Hoàng", FORMER_BAC_GIANG, 177, 2008),
    ("KCN Việt Hàn", FORMER_BAC_GIANG, 180, 2017),
    ("Khu kinh tế Nghi Sơn", THANH_HOA, 106000, 2006),
    ("KCN Lễ Môn", THANH_HOA, 87, 1998),
    ("KCN phía Tây Thanh Hóa", THANH_HOA, 250, 2021),
    ("KCN Bỉm Sơn", THANH_HOA, 500, 2009),
    ("KCN Hoàng Long", THANH_HOA, 286, 2012),
    ("KCN Thăng Long", "01", 274, 1997),
    ("KCN Nội Bài", "01", 100, 1994),
    ("KCN VSIP Hải Phòng", "F31", 1600, 2010),
    ("KCN Đình Vũ", "F31", 541, 1997),
    ("KCN Phố Nối A", "F33", 596, 1997),
    ("KCN Thăng Long Vĩnh Phúc", "F26", 213, 2015),
    ("KCN Bá Thiện", "F26", 327, 2008),
    ("KCN VSIP I Bình Dương", "F74", 500, 1996),
    ("KCN Amata Biên Hòa", "F75", 700, 1994),
]


@dataclass
class Seeded:
    """What the seed step created, for the generator and the summary."""

    documents: dict[str, Document] = field(default_factory=dict)
    orgs: dict[str, Organisation] = field(default_factory=dict)
    parks: dict[str, IndustrialPark] = field(default_factory=dict)
    projects: list[Project] = field(default_factory=list)


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def marker_hash() -> str:
    return _hash(SEEDS / DOCUMENTS[0][0])


def loaded() -> bool:
    """The demo is loaded when its first seed document is stored."""
    return Document.objects.filter(content_hash=marker_hash()).exists()


def _text(path: Path) -> str:
    """The article text without the crawler's leading "date YYYY-MM-DD" stamp."""
    text = path.read_text(encoding="utf-8").strip()
    if text.startswith("date "):
        text = text[len("date 2025-01-01") :].strip()
    return text


def _make(model: type[Any], **fields: Any) -> Any:
    return services.create(ACTOR, model(), fields)


def _cite(record: models.Model, document: Document, quote: str, field_name: str = "") -> None:
    sources_services.cite(ACTOR, record, document, quote, field_name)


def load_seed() -> Seeded:
    seeded = Seeded()
    for filename, title, publisher, published, language, url in DOCUMENTS:
        path = SEEDS / filename
        seeded.documents[filename] = _make(
            Document,
            title=title,
            publisher=publisher,
            published=published,
            language=language,
            url=url,
            content_hash=_hash(path),
            text=_text(path),
            file=ContentFile(path.read_bytes(), name=filename),
        )
    provinces = {p.code: p for p in Province.objects.all()}
    for name, code, area, year in PARKS:
        seeded.parks[name] = _make(
            IndustrialPark,
            name=name,
            province=provinces[code],
            area_ha=Decimal(area),
            established=datetime.date(year, 1, 1),
            notes=PARK_NOTE,
        )
    _people_and_orgs(seeded, provinces)
    _projects(seeded, provinces)
    return seeded


def _people_and_orgs(seeded: Seeded, provinces: dict[str, Province]) -> None:
    jp, vn = Country.objects.get(code="JP"), Country.objects.get(code="VN")
    vi, fr = seeded.documents["bac-ninh-vi.txt"], seeded.documents["bac-ninh-fr.txt"]
    th = seeded.documents["thanh-hoa-vi.txt"]
    org_rows: list[tuple[str, str, str, Country, str | None, bool]] = [
        ("Ủy ban nhân dân tỉnh Bắc Ninh", "UBND tỉnh Bắc Ninh", "agency", vn, BAC_NINH, False),
        ("Ủy ban nhân dân tỉnh Thanh Hóa", "UBND tỉnh Thanh Hóa", "agency", vn, THANH_HOA, False),
        ("Công ty TNHH Canon Việt Nam", "Canon Vietnam", "company", jp, FORMER_BAC_NINH, True),
        ("THK Việt Nam", "THK Vietnam", "company", jp, BAC_NINH, False),
        ("Tập đoàn Sumitomo", "Sumitomo", "company", jp, None, True),
        ("Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO)", "JETRO", "trade_body", jp, None, False),
        ("Đại sứ quán Nhật Bản tại Việt Nam", "Đại sứ quán Nhật Bản", "embassy", jp, "01", False),
    ]
    for name, short, kind, country, code, strategic in org_rows:
        seeded.orgs[short] = _make(
            Organisation,
            name=name,
            short_name=short,
            kind=kind,
            country=country,
            province=provinces[code] if code else None,
            is_strategic=strategic,
        )
    o = seeded.orgs
    tuan_vi = (
        "Phó Chủ tịch Ủy ban nhân dân tỉnh Bắc Ninh Phan Thế Tuấn cũng cho biết, thời gian "
        "tới, Bắc Ninh định hướng hợp tác sâu với Nhật Bản trên các lĩnh vực trọng tâm."
    )
    tuan_fr = (
        "Le vice-président du Comité populaire de la province de Bac Ninh, Phan The Tuan, a "
        "également déclaré que Bac Ninh prévoyait d'approfondir sa coopération avec le "
        "Japon dans des domaines clés dans les prochains mois."
    )
    okamoto_vi = (
        "Ông Shigeyuki Okamoto, Tổng Giám đốc Công ty Trách nhiệm hữu hạn Canon Việt Nam "
        "chia sẻ, Canon lựa chọn Bắc Ninh vì bốn lợi thế nổi bật"
    )
    okamoto_fr = (
        "M. Shigeyuki Okamoto, directeur général de Canon Vietnam Co., Ltd., a expliqué "
        "que Canon avait choisi Bac Ninh en raison de quatre atouts majeurs"
    )
    matsui_vi = (
        "Đại diện cho doanh nghiệp công nghiệp hỗ trợ, ông Tatsuya Matsui, Giám đốc Nhà "
        "máy THK Việt Nam đánh giá, Bắc Ninh rất hợp tác và chủ động khi tiếp cận doanh "
        "nghiệp."
    )
    matsui_fr = (
        "Représentant les entreprises du secteur, M. Tatsuya Matsui, directeur de "
        "l'usine THK Vietnam, a souligné que Bac Ninh se montre très coopérative et "
        "proactive dans ses relations avec les entreprises."
    )
    cuong = (
        "Trong khuôn khổ Diễn đàn hợp tác địa phương Việt - Nhật, chiều 25/11, đoàn công tác "
        "tỉnh Thanh Hóa do đồng chí Cao Văn Cường, Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh làm "
        "trưởng đoàn, tiếp tục tham dự phiên chuyên đề và các cuộc gặp gỡ."
    )
    meeting = (
        "Ngay sau phiên chuyên đề, đoàn công tác tỉnh Thanh Hóa đã có buổi làm việc với Đại "
        "sứ quán Nhật Bản tại Việt Nam do ông Ito Naoki, Đại sứ đặc mệnh toàn quyền Nhật "
        "Bản tại Việt Nam làm trưởng đoàn và Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO) "
        "do ông Osaka Haruhiko làm trưởng đoàn."
    )
    osaka = (
        "Phó Chủ tịch UBND tỉnh Cao Văn Cường tặng sản phẩm OCOP của tỉnh Thanh Hóa cho ông "
        "Osaka Haruhiko, Trưởng đại diện JETRO."
    )
    # (name, nationality, organisation, title, [(document, quote)])
    people: list[tuple[str, Country, str, str, list[tuple[Document, str]]]] = [
        (
            "Phan Thế Tuấn",
            vn,
            "UBND tỉnh Bắc Ninh",
            "Phó Chủ tịch UBND tỉnh Bắc Ninh",
            [(vi, tuan_vi), (fr, tuan_fr)],
        ),
        (
            "Shigeyuki Okamoto",
            jp,
            "Canon Vietnam",
            "Tổng Giám đốc",
            [(vi, okamoto_vi), (fr, okamoto_fr)],
        ),
        (
            "Tatsuya Matsui",
            jp,
            "THK Vietnam",
            "Giám đốc Nhà máy",
            [(vi, matsui_vi), (fr, matsui_fr)],
        ),
        (
            "Cao Văn Cường",
            vn,
            "UBND tỉnh Thanh Hóa",
            "Phó Chủ tịch UBND tỉnh Thanh Hóa",
            [(th, cuong)],
        ),
        (
            "Ito Naoki",
            jp,
            "Đại sứ quán Nhật Bản",
            "Đại sứ đặc mệnh toàn quyền Nhật Bản tại Việt Nam",
            [(th, meeting)],
        ),
        ("Osaka Haruhiko", jp, "JETRO", "Trưởng đại diện JETRO", [(th, osaka)]),
    ]
    for full_name, country, org, title, quotes in people:
        notes = "Tỉnh ủy viên tỉnh Thanh Hóa." if full_name == "Cao Văn Cường" else ""
        person = _make(Person, full_name=full_name, country=country, notes=notes)
        position = _make(Position, person=person, organisation=o[org], title=title)
        for document, quote in quotes:
            _cite(person, document, quote)
            _cite(position, document, quote, "title")
    _cite(o["UBND tỉnh Bắc Ninh"], vi, tuan_vi)
    _cite(o["Canon Vietnam"], vi, okamoto_vi)
    _cite(o["Canon Vietnam"], fr, okamoto_fr)
    _cite(o["THK Vietnam"], vi, matsui_vi)
    _cite(o["UBND tỉnh Thanh Hóa"], th, cuong)
    _cite(o["Đại sứ quán Nhật Bản"], th, meeting)
    _cite(o["JETRO"], th, meeting)
    sumitomo_park = (
        "Tỉnh Thanh Hóa mong muốn Đại sứ quán Nhật Bản tại Việt Nam và JETRO tiếp tục quan tâm tới "
        "các hoạt động thu hút đầu tư của Thanh Hóa, đặc biệt là giới thiệu các nhà đầu tư thứ cấp "
        "vào Khu công nghiệp phía Tây Thanh Hóa do Tập đoàn Sumitomo của Nhật Bản đầu tư"
    )
    _cite(o["Sumitomo"], th, sumitomo_park)
    park = seeded.parks["KCN phía Tây Thanh Hóa"]
    services.update(ACTOR, park, {"operator": o["Sumitomo"]}, reason="Theo bài báo nguồn")
    _cite(park, th, sumitomo_park, "operator")
    _cite(
        seeded.parks["Khu kinh tế Nghi Sơn"],
        th,
        "các hội thảo chuyên đề giới thiệu cơ hội đầu tư tại Khu Kinh tế Nghi Sơn và các Khu "
        "công nghiệp tỉnh Thanh Hóa.",
    )
    # The headline figures the generated data reproduces, cited on the provinces.
    _cite(
        provinces[BAC_NINH],
        vi,
        "Hiện nay, Bắc Ninh có 126 dự án đầu tư trực tiếp nước ngoài từ Nhật Bản còn hiệu lực, "
        "tổng vốn đăng ký đầu tư đạt khoảng 1,98 tỷ USD.",
    )
    _cite(
        provinces[BAC_NINH],
        vi,
        "Nhật Bản đứng thứ 5/42 quốc gia và vùng lãnh thổ có dự án đầu tư tại tỉnh Bắc Ninh.",
    )
    _cite(
        provinces[BAC_NINH],
        fr,
        "Actuellement, Bac Ninh compte 126 projets d'investissement direct étranger (IDE) "
        "japonais valides, pour un capital d'investissement total enregistré d'environ 1,98 "
        "milliard de dollars américains.",
    )
    _cite(
        provinces[THANH_HOA],
        th,
        "Đến nay, tỉnh Thanh Hóa đã thu hút được 180 dự án FDI với tổng vốn trên 15,6 tỷ USD, "
        "trong đó số vốn do nhà đầu tư Nhật Bản đầu tư trực tiếp và liên doanh chiếm tới 82,5%.",
    )


def _projects(seeded: Seeded, provinces: dict[str, Province]) -> None:
    jp = Country.objects.get(code="JP")
    sectors = {s.code: s for s in Sector.objects.filter(level=2)}
    vi, fr = seeded.documents["bac-ninh-vi.txt"], seeded.documents["bac-ninh-fr.txt"]
    th = seeded.documents["thanh-hoa-vi.txt"]
    o, parks = seeded.orgs, seeded.parks
    big_th = (
        "Nhiều dự án quy mô lớn của Nhật Bản đã trở thành động lực tăng trưởng mạnh mẽ của "
        "Thanh Hóa như: Nhà máy Lọc hóa dầu Nghi Sơn, Xi măng Nghi Sơn, Nhiệt điện BOT Nghi "
        "Sơn 2..."
    )
    new_th = (
        "Và gần đây là hai dự án mới: Khu công nghiệp Thăng Long Thanh Hóa và Trung tâm "
        "Thương mại Aeon Mall."
    )
    canon_vi = (
        "Ông Shigeyuki Okamoto, Tổng Giám đốc Công ty Trách nhiệm hữu hạn Canon Việt Nam "
        "chia sẻ, Canon lựa chọn Bắc Ninh vì bốn lợi thế nổi bật"
    )
    thk_vi = (
        "Với nguồn lao động dồi dào, THK có thể tuyển dụng nhân sự ngay tại địa phương, giúp "
        "doanh nghiệp thuận lợi trong duy trì sản xuất và mở rộng đầu tư."
    )
    # (name, province, park, sector, capital USD, irc date, status, investors, [(doc, quote)])
    rows: list[
        tuple[
            str,
            str,
            str | None,
            str,
            int,
            datetime.date | None,
            str,
            list[str],
            list[tuple[Document, str]],
        ]
    ] = [
        (
            "Nhà máy Canon Quế Võ",
            FORMER_BAC_NINH,
            "KCN Quế Võ",
            "26",
            120_000_000,
            datetime.date(2008, 6, 12),
            "operating",
            ["Canon Vietnam"],
            [(vi, canon_vi)],
        ),
        (
            "Nhà máy Canon Tiên Sơn",
            FORMER_BAC_NINH,
            "KCN Tiên Sơn",
            "26",
            90_000_000,
            datetime.date(2009, 3, 20),
            "operating",
            ["Canon Vietnam"],
            [(vi, canon_vi)],
        ),
        (
            "Nhà máy THK Việt Nam",
            BAC_NINH,
            None,
            "28",
            45_000_000,
            datetime.date(2025, 8, 14),
            "construction",
            ["THK Vietnam"],
            [(vi, thk_vi)],
        ),
        (
            "Nhà máy Lọc hóa dầu Nghi Sơn",
            THANH_HOA,
            "Khu kinh tế Nghi Sơn",
            "19",
            9_000_000_000,
            datetime.date(2008, 4, 14),
            "operating",
            [],
            [(th, big_th)],
        ),
        (
            "Xi măng Nghi Sơn",
            THANH_HOA,
            "Khu kinh tế Nghi Sơn",
            "23",
            400_000_000,
            datetime.date(2010, 9, 1),
            "operating",
            [],
            [(th, big_th)],
        ),
        (
            "Nhiệt điện BOT Nghi Sơn 2",
            THANH_HOA,
            "Khu kinh tế Nghi Sơn",
            "35",
            2_793_000_000,
            datetime.date(2013, 10, 15),
            "operating",
            [],
            [(th, big_th)],
        ),
        (
            "Khu công nghiệp Thăng Long Thanh Hóa",
            THANH_HOA,
            "KCN phía Tây Thanh Hóa",
            "68",
            177_000_000,
            datetime.date(2024, 11, 8),
            "construction",
            ["Sumitomo"],
            [(th, new_th)],
        ),
        (
            "Trung tâm Thương mại Aeon Mall Thanh Hóa",
            THANH_HOA,
            None,
            "47",
            190_000_000,
            datetime.date(2024, 12, 19),
            "licensed",
            [],
            [(th, new_th)],
        ),
    ]
    for name, code, park, sector, capital, irc_date, status, investors, quotes in rows:
        project = _make(
            Project,
            name=name,
            kind=Project.Kind.FDI,
            origin=jp,
            province=provinces[code],
            park=parks[park] if park else None,
            sector=sectors[sector],
            capital=Decimal(capital),
            currency="USD",
            status=status,
            irc_date=irc_date,
            irc_number=f"{2100000000 + len(seeded.projects) * 7919}",
            description=ILLUSTRATIVE,
            investors=[o[i].pk for i in investors],
        )
        seeded.projects.append(project)
        for document, quote in quotes:
            _cite(project, document, quote)
    canon = seeded.projects[0]
    registry_services.record_adjustment(
        ACTOR,
        Adjustment(
            project=canon,
            kind=Adjustment.Kind.CAPITAL_INCREASE,
            date=datetime.date(2016, 5, 10),
            amount=Decimal(60_000_000),
            currency="USD",
            note="Mở rộng nhà máy (số liệu minh họa).",
        ),
        reason="Điều chỉnh GCNĐKĐT (minh họa)",
    )
    gia_binh = _make(
        Project,
        name="Cảng hàng không quốc tế Gia Bình",
        kind=Project.Kind.DOMESTIC,
        province=provinces[BAC_NINH],
        sector=sectors["52"],
        capital=Decimal(196_000_000_000_000),
        currency="VND",
        status="construction",
        description="Tổng mức đầu tư: số liệu minh họa. (Illustrative capital.)",
    )
    _cite(
        gia_binh,
        vi,
        "Đặc biệt, khi dự án Cảng hàng không quốc tế Gia Bình hoàn thành sẽ là "
        "“cú hích” lớn giúp Bắc Ninh bứt phá mạnh mẽ trong logistics, công nghiệp, thương mại "
        "điện tử và du lịch.",
    )
    _cite(
        gia_binh,
        fr,
        "En particulier, l'achèvement du projet d'aéroport international de Gia "
        "Binh constituera un atout majeur pour aider Bac Ninh à réaliser une percée "
        "significative dans les secteurs de la logistique, de l'industrie, du commerce "
        "électronique et du tourisme.",
    )
    seeded.projects.append(gia_binh)
    oda_vi = (
        "Bên cạnh đó, tỉnh cũng tiếp nhận 4 dự án ODA từ Nhật Bản với quy mô tài trợ 10,1 tỷ "
        "USD, tạo nền tảng quan trọng thúc đẩy phát triển hạ tầng, đô thị và công nghệ."
    )
    oda_fr = (
        "En outre, la province a également reçu quatre projets d'APD du Japon d'un montant "
        "total de 10,1 milliards de dollars américains"
    )
    oda = [
        ("Hạ tầng giao thông đô thị", "42", 4_200_000),
        ("Cấp nước và xử lý nước thải", "37", 2_300_000),
        ("Phát triển đô thị thông minh", "42", 2_100_000),
        ("Trung tâm đổi mới sáng tạo và công nghệ", "72", 1_500_000),
    ]
    for number, (topic, sector, thousands) in enumerate(oda, 1):
        project = _make(
            Project,
            name=f"Dự án ODA Nhật Bản số {number} tại Bắc Ninh: {topic}",
            kind=Project.Kind.ODA,
            origin=jp,
            province=provinces[BAC_NINH],
            sector=sectors[sector],
            capital=Decimal(thousands * 1000),
            currency="USD",
            status="construction",
            description="Bài báo nguồn chỉ nêu 4 dự án ODA Nhật Bản, tổng 10,1 tỷ USD; tên và cách "
            "chia vốn giữa các dự án là minh họa. (Names and split are illustrative.)",
        )
        _cite(project, vi, oda_vi, "capital")
        _cite(project, fr, oda_fr, "capital")
        seeded.projects.append(project)
