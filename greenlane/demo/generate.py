"""Generated demo projects: enough to make every screen alive, shaped so that the statistics
reproduce the seed articles' headline figures for Bắc Ninh and Thanh Hóa.

Speed: projects are written with `bulk_create` (no per-row audit entry) because the demo has
thousands and the benchmark fifty thousand; each row gets its derived fields from
`Project.refresh_derived()` first and its investors through the M2M through model. Generated
organisations and the capital changes on generated projects still go through the services, so
the audit trail shows them. All figures are fictitious and drawn from a seeded `random.Random`."""

from __future__ import annotations

import datetime
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction

from greenlane.core import services
from greenlane.demo.facts import BAC_NINH, THANH_HOA
from greenlane.demo.records import ACTOR
from greenlane.orgs.models import Organisation
from greenlane.places.models import Country, Province
from greenlane.registry import services as registry_services
from greenlane.registry.models import Adjustment, IndustrialPark, Project, Sector
from greenlane.registry.money import default_rate

GENERATED = "Dữ liệu demo tạo tự động (fictitious generated demo record)."
MERGER = datetime.date(2025, 7, 1)
LAST_DAY = datetime.date(2025, 11, 20)
BN = 10**9
M = 10**6
# fmt: off
# Bắc Ninh, valid FDI stock by origin: (code, projects, USD). Japan (5th) is filled to the seed
# article's 126 projects / USD 1.98 bn; 35 smaller origins follow, 42 in all.
BAC_NINH_ORIGINS: list[tuple[str, int, int]] = [
    ("KR", 720, 14_200 * M), ("CN", 460, 3_850 * M), ("HK", 150, 2_750 * M),
    ("SG", 95, 2_310 * M), ("JP", 126, 1_980 * M), ("TW", 120, 1_420 * M), ("US", 35, 620 * M)
]
SMALL_ORIGINS = [
    "MY", "TH", "DE", "GB", "FR", "NL", "VG", "IN", "AU", "CA", "IT", "CH", "SE", "DK", "ID", "PH",
    "BE", "ES", "FI", "NO", "AT", "IE", "NZ", "TR", "IL", "AE", "LU", "CZ", "PL", "SC", "WS", "MU",
    "CY", "KH", "LA"
]
THANH_HOA_TOTAL, THANH_HOA_PROJECTS, JAPAN_SHARE = 15_600 * M, 180, Decimal("0.825")
THANH_HOA_JAPAN_PROJECTS = 20
THANH_HOA_OTHERS = ["KR", "CN", "TW", "SG", "HK", "TH", "US", "MY", "DE", "FR", "GB", "IN"]
SECTOR_WEIGHTS = {"26": 14, "27": 8, "28": 6, "25": 7, "22": 6, "29": 4, "13": 3, "14": 4,
                  "10": 3, "20": 3, "32": 3, "24": 2, "52": 3, "68": 3, "46": 2, "62": 2,
                  "72": 1, "35": 1, "47": 1, "55": 1, "85": 1, "86": 1}
PRODUCT = {"26": "linh kiện điện tử", "27": "thiết bị điện", "28": "máy móc chính xác",
           "25": "sản phẩm kim loại", "22": "sản phẩm nhựa", "29": "phụ tùng ô tô",
           "13": "sợi và vải", "14": "hàng may mặc", "10": "thực phẩm", "20": "hóa chất",
           "32": "sản phẩm công nghiệp", "24": "kim loại cơ bản"}
SERVICE = {"52": "Trung tâm logistics", "68": "Khu đô thị và nhà xưởng cho thuê",
           "46": "Trung tâm phân phối", "62": "Trung tâm phát triển phần mềm",
           "72": "Trung tâm nghiên cứu và phát triển", "35": "Nhà máy điện mặt trời",
           "47": "Trung tâm thương mại", "55": "Khách sạn", "85": "Trường quốc tế",
           "86": "Bệnh viện quốc tế"}
ODA_TOPICS = [("Dự án cải tạo hạ tầng giao thông", "42"), ("Dự án cấp nước sạch", "36"),
              ("Dự án thoát nước và xử lý nước thải", "37"), ("Dự án nâng cấp bệnh viện", "86"),
              ("Dự án phát triển nguồn nhân lực", "85")]
SYLLABLES = {
    "KR": (["Han", "Dae", "Seo", "Sung", "Jin", "Woo", "Kyung", "Hyun", "Min"],
           ["il", "won", "hwa", "kwang", "san", "yang", "dong"]),
    "JP": (["Taka", "Naka", "Yama", "Fuji", "Kawa", "Saku", "Oka", "Hoshi", "Mori"],
           ["mori", "shima", "ta", "moto", "zawa", "kura", "no"]),
    "CN": (["Hua", "Xin", "Jin", "Hong", "Tian", "Long", "Sheng", "Rui"],
           ["feng", "da", "xing", "yuan", "tai", "hui", "an"]),
    "TW": (["Chun", "Wei", "Kai", "Yu", "Ming", "Fu"], ["tek", "lin", "hsin", "yang", "chia"])
}
LATIN = (["Nor", "Ter", "Vec", "Ap", "Or", "Hel", "Lum", "Cal", "Ver", "Sol"],
         ["ion", "ex", "ora", "ix", "ant", "ia", "en"])
ORIGIN_WEIGHTS = {"KR": 8, "JP": 6, "CN": 5, "SG": 4, "TW": 3, "HK": 2, "US": 1, "TH": 1, "MY": 1,
                  "DE": 1, "FR": 1, "GB": 1, "NL": 1, "VG": 1, "AU": 1, "IN": 1}
CURRENCIES = {"KR": "KRW", "JP": "JPY", "CN": "CNY", "SG": "SGD", "TW": "TWD", "HK": "HKD"}
SUFFIX = ["Electronics", "Precision", "Technology", "Industrial", "Materials", "Components",
          "Manufacturing", "Holdings"]
# fmt: on
STATUS_WEIGHTS = {"operating": 60, "construction": 12, "licensed": 22, "suspended": 6}


@dataclass
class Lookups:
    provinces: dict[str, Province]
    countries: dict[str, Country]
    sectors: dict[str, Sector]
    parks: dict[int, list[IndustrialPark]]
    investors: dict[str, list[int]] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    former: dict[int, list[Province]] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Lookups:
        provinces = {p.code: p for p in Province.objects.all()}
        parks: dict[int, list[IndustrialPark]] = {}
        for park in IndustrialPark.objects.select_related("province"):
            parks.setdefault(park.province_id, []).append(park)
        return cls(
            provinces=provinces,
            countries={c.code: c for c in Country.objects.all()},
            sectors={s.code: s for s in Sector.objects.filter(level=2)},
            parks=parks,
        )

    def units(self, current: Province, date: datetime.date) -> list[Province]:
        """Where a project licensed on `date` in today's `current` unit is recorded: before the
        2025 merger, on one of the former units it came from."""
        if date >= MERGER:
            return [current]
        if not self.former:
            for unit in self.provinces.values():
                if unit.successor_id:
                    self.former.setdefault(unit.successor_id, []).append(unit)
        return self.former.get(current.pk) or [current]

    def investor_ids(self, code: str, rng: random.Random) -> list[int]:
        if code not in self.investors:
            self.investors[code] = _investor_pool(
                self.countries[code], 4 if code in SMALL_ORIGINS else 12
            )
        return [rng.choice(self.investors[code])]

    def investor_name(self, pk: int) -> str:
        if pk not in self.names:
            self.names.update(
                Organisation.objects.filter(notes=GENERATED).values_list("pk", "name")
            )
        return self.names[pk]


def _investor_pool(country: Country, size: int) -> list[int]:
    """The generated investors of an origin, created (through the services) on first use."""
    existing = list(
        Organisation.objects.filter(country=country, notes=GENERATED).values_list("pk", flat=True)
    )
    if existing:
        return existing
    rng = random.Random(f"investors-{country.code}")
    first, second = SYLLABLES.get(country.code, LATIN)
    names: set[str] = set()
    while len(names) < size:
        names.add(f"{rng.choice(first)}{rng.choice(second)} {rng.choice(SUFFIX)} Co., Ltd.")
    return [
        services.create(ACTOR, Organisation(name=name, country=country, notes=GENERATED)).pk
        for name in sorted(names)
    ]


def _split(total: int, count: int, rng: random.Random, unit: int = 1000) -> list[int]:
    """`count` positive amounts (multiples of `unit`) that add up to exactly `total`."""
    units = total // unit
    weights = [rng.lognormvariate(0, 1.2) for _ in range(count)]
    scale = sum(weights)
    parts = [max(1, int(units * w / scale)) for w in weights]
    parts[parts.index(max(parts))] += units - sum(parts)
    return [p * unit for p in parts]


def _date(rng: random.Random, start: int = 2008) -> datetime.date:
    first = datetime.date(start, 1, 1)
    return first + datetime.timedelta(days=rng.randrange((LAST_DAY - first).days))


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), list(weights.values()))[0]


def _name(sector: str, brand: str, rng: random.Random) -> str:
    if sector in PRODUCT:
        return f"Nhà máy sản xuất {PRODUCT[sector]} {brand}" + rng.choice(["", " Việt Nam", " 2"])
    return f"{SERVICE.get(sector, 'Dự án')} {brand}"


@dataclass
class Batch:
    """Projects waiting for one bulk insert, with their investors and planned capital increases."""

    lookups: Lookups
    rng: random.Random
    projects: list[Project] = field(default_factory=list)
    investors: list[list[int]] = field(default_factory=list)
    increases: list[tuple[int, int]] = field(default_factory=list)  # (index, USD)
    terminations: list[int] = field(default_factory=list)

    def add(
        self, *, kind: str, origin: str, current: Province, capital: int, currency: str = "USD",
        status: str | None = None, sector: str | None = None, name: str = "",
        description: str = GENERATED, increase: bool = False,
    ) -> Project:  # fmt: skip
        rng, lk = self.rng, self.lookups
        date = _date(rng)
        province = rng.choice(lk.units(current, date))
        parks = lk.parks.get(province.pk, [])
        park = rng.choice(parks) if parks and kind == "fdi" and rng.random() < 0.6 else None
        sector = sector or _weighted(rng, SECTOR_WEIGHTS)
        investors = lk.investor_ids(origin, rng) if kind == "fdi" else []
        if not name:
            brand = (
                lk.investor_name(investors[0]).split()[0] if investors else f"tại {current.name}"
            )
            name = _name(sector, brand, rng)
        if increase and currency == "USD" and capital >= 2000:
            step = capital // 4 // 1000 * 1000
            self.increases.append((len(self.projects), step))
            capital -= step
        project = Project(
            name=name, kind=kind, origin=lk.countries[origin], province=province, park=park,
            sector=lk.sectors[sector], capital=Decimal(capital), currency=currency,
            status=status or _weighted(rng, STATUS_WEIGHTS),
            irc_number=str(rng.randrange(10**9, 10**10)) if kind != "oda" else "",
            irc_date=date, description=description,
        )  # fmt: skip
        project.refresh_derived()
        self.projects.append(project)
        self.investors.append(investors)
        return project

    @transaction.atomic
    def save(self) -> int:
        Project.objects.bulk_create(self.projects, batch_size=900)
        through = Project.investors.through
        through.objects.bulk_create(
            [
                through(project_id=p.pk, organisation_id=o)
                for p, ids in zip(self.projects, self.investors, strict=True)
                for o in ids
            ],
            batch_size=900,
        )
        for index, amount in self.increases:
            _adjust(self.projects[index], Adjustment.Kind.CAPITAL_INCREASE, Decimal(amount))
        for index in self.terminations:
            _adjust(self.projects[index], Adjustment.Kind.TERMINATION, None)
        return len(self.projects)


def _adjust(project: Project, kind: str, amount: Decimal | None) -> None:
    assert project.irc_date is not None
    day = min(project.irc_date + datetime.timedelta(days=400), LAST_DAY)
    note = "Điều chỉnh minh họa (illustrative)."
    adjustment = Adjustment(
        project=project, kind=kind, date=day, amount=amount, currency=project.currency, note=note
    )
    registry_services.record_adjustment(ACTOR, adjustment)


def _fdi_group(
    batch: Batch,
    current: Province,
    origin: str,
    count: int,
    total: int,
    increases: int = 0,
    terminated: int = 0,
) -> None:
    """`count` valid FDI projects from `origin` in `current` (with its former units) adding up
    to exactly `total` USD, plus `terminated` ended ones that do not count."""
    for i, capital in enumerate(_split(total, count, batch.rng)):
        batch.add(
            kind="fdi",
            origin=origin,
            current=current,
            capital=capital,
            status=_weighted(batch.rng, STATUS_WEIGHTS),
            increase=i < increases,
        )
    for i in range(terminated):
        batch.add(
            kind="fdi",
            origin=origin,
            current=current,
            capital=batch.rng.randrange(1, 40) * M,
            status="operating",
        )
        if i % 3 == 0:
            batch.terminations.append(len(batch.projects) - 1)
        else:
            batch.projects[-1].status = Project.Status.TERMINATED


def _remaining(
    current: Province, origin: str, target_projects: int, target_usd: int
) -> tuple[int, int]:
    """What the generator must add to the seed records to reach the target."""
    from greenlane.registry.statistics import StatQuery, totals

    seeded = totals(StatQuery(province=current, origin=Country.objects.get(code=origin)))
    return target_projects - seeded["projects"], target_usd - int(seeded["capital_usd"])


def generate_headline(seed: int = 0) -> int:
    """Bắc Ninh's and Thanh Hóa's FDI, shaped to the seed articles' figures."""
    rng = random.Random(seed)
    lk = Lookups.load()
    batch = Batch(lk, rng)
    bac_ninh, thanh_hoa = lk.provinces[BAC_NINH], lk.provinces[THANH_HOA]
    for code, count, total in BAC_NINH_ORIGINS:
        if code == "JP":
            count, total = _remaining(bac_ninh, "JP", count, total)
        _fdi_group(batch, bac_ninh, code, count, total, increases=3, terminated=count // 12)
    for rank, code in enumerate(SMALL_ORIGINS):
        count = max(1, 16 - rank // 2 - rng.randrange(3))
        _fdi_group(batch, bac_ninh, code, count, (300 - rank * 8) * M - rng.randrange(7) * M)
    jp_total = int(THANH_HOA_TOTAL * JAPAN_SHARE)
    count, total = _remaining(thanh_hoa, "JP", THANH_HOA_JAPAN_PROJECTS, jp_total)
    _fdi_group(batch, thanh_hoa, "JP", count, total, increases=2, terminated=2)
    others = THANH_HOA_PROJECTS - THANH_HOA_JAPAN_PROJECTS
    counts = sorted(_split(others, len(THANH_HOA_OTHERS), rng, unit=1), reverse=True)
    amounts = sorted(
        _split(THANH_HOA_TOTAL - jp_total, len(THANH_HOA_OTHERS), rng, unit=M), reverse=True
    )
    for code, n, amount in zip(THANH_HOA_OTHERS, counts, amounts, strict=True):
        _fdi_group(batch, thanh_hoa, code, n, amount, terminated=1)
    for current in (bac_ninh, thanh_hoa):
        for _ in range(25):
            batch.add(
                kind="domestic",
                origin="VN",
                current=current,
                currency="VND",
                capital=rng.randrange(20, 3000) * 10**9,
            )
    return batch.save()


def generate_projects(
    n: int, seed: int = 0, provinces: Iterable[Province] | None = None, adjustments: int = 0
) -> int:
    """`n` random projects across today's `provinces` (default: all) and their former units:
    mostly FDI, some ODA from Japanese and Korean donors, domestic projects in VND and outbound
    ones. Returns the number created."""
    rng = random.Random(seed)
    lk = Lookups.load()
    currents = (
        list(provinces)
        if provinces is not None
        else [p for p in lk.provinces.values() if p.is_current]
    )
    origins = [code for code, weight in ORIGIN_WEIGHTS.items() for _ in range(weight)]
    batch = Batch(lk, rng)
    for i in range(n):
        current = rng.choice(currents)
        roll = rng.random()
        if roll < 0.75:
            origin = rng.choice(origins)
            currency = CURRENCIES.get(origin, "USD") if rng.random() < 0.2 else "USD"
            usd = int(rng.lognormvariate(16, 1.4)) // 1000 * 1000 + 100_000
            rate = float(default_rate(currency))
            batch.add(
                kind="fdi",
                origin=origin,
                current=current,
                currency=currency,
                capital=int(usd / rate) // 1000 * 1000,
                increase=i < adjustments,
            )
        elif roll < 0.80:
            topic, sector = rng.choice(ODA_TOPICS)
            batch.add(
                kind="oda",
                origin=rng.choice(["JP", "JP", "KR"]),
                current=current,
                capital=rng.randrange(20, 400) * M,
                sector=sector,
                status="construction",
                name=f"{topic} tỉnh {current.name}",
            )
        elif roll < 0.95:
            batch.add(
                kind="domestic",
                origin="VN",
                current=current,
                currency="VND",
                capital=rng.randrange(20, 5000) * 10**9,
            )
        else:
            destination = lk.countries[rng.choice(["LA", "KH", "US", "AU", "JP", "MM"])]
            batch.add(
                kind="outbound",
                origin="VN",
                current=current,
                capital=rng.randrange(1, 120) * M,
                name=f"Dự án đầu tư tại {destination.name_vi} ({current.name})",
                description=f"Đầu tư ra nước ngoài tại {destination.name_vi}. {GENERATED}",
            )
    return batch.save()
