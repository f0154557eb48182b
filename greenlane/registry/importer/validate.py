"""Validating a row: cells resolved to model fields against the reference data (provinces,
countries, parks, sectors, organisations, known IRC numbers), with every reason to reject it."""

from __future__ import annotations

import re
from decimal import InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from greenlane.core import formats
from greenlane.core.text import fold
from greenlane.orgs.models import Organisation
from greenlane.places.models import Country, Province
from greenlane.registry.importer.base import RowResult
from greenlane.registry.importer.read import HEADERS
from greenlane.registry.importer.values import _text, parse_date, parse_number
from greenlane.registry.models import IndustrialPark, Project, Sector
from greenlane.registry.money import Currency

MAX_CELL = 2_000

KINDS: dict[str, str] = {
    "fdi": "fdi", "foreign direct investment": "fdi", "dau tu nuoc ngoai": "fdi",
    "von nuoc ngoai": "fdi", "nuoc ngoai": "fdi",
    "oda": "oda", "ho tro phat trien chinh thuc": "oda", "von oda": "oda",
    "domestic": "domestic", "ddi": "domestic", "trong nuoc": "domestic",
    "dau tu trong nuoc": "domestic", "noi dia": "domestic",
    "outbound": "outbound", "ofdi": "outbound", "ra nuoc ngoai": "outbound",
    "dau tu ra nuoc ngoai": "outbound",
}
STATUSES: dict[str, str] = {
    "licensed": "licensed", "cap phep": "licensed", "da cap phep": "licensed",
    "duoc cap phep": "licensed", "moi cap": "licensed",
    "construction": "construction", "under construction": "construction",
    "xay dung": "construction", "dang xay dung": "construction", "dang trien khai": "construction",
    "operating": "operating", "hoat dong": "operating", "dang hoat dong": "operating",
    "suspended": "suspended", "tam dung": "suspended", "tam ngung": "suspended",
    "ngung hoat dong": "suspended",
    "terminated": "terminated", "cham dut": "terminated", "da cham dut": "terminated",
    "thu hoi": "terminated", "cham dut hoat dong": "terminated",
}
CURRENCIES: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "do la": "USD", "dollar": "USD",
    "vnd": "VND", "d": "VND", "dong": "VND", "vnđ": "VND", "yen": "JPY", "won": "KRW",
    "nhan dan te": "CNY", "yuan": "CNY", "rmb": "CNY", "euro": "EUR", "eur": "EUR",
}
PROVINCE_PREFIXES = ("thanh pho ", "tinh ", "tp. ", "tp ")


class Validator:
    """Resolves a row's cells to model fields against the reference data, collecting every
    reason to reject it. Lookup tables are built once per file."""

    def __init__(self) -> None:
        self.provinces = _province_index()
        self.countries = _country_index()
        self.organisations = {fold(o.name): o for o in Organisation.objects.all()}
        self.parks = _park_index()
        self.sectors = {s.code.upper(): s for s in Sector.objects.all()}
        self.known_ircs = {
            _irc_key(n) for n in Project.objects.exclude(irc_number="")
            .values_list("irc_number", flat=True)
        }
        self.seen_ircs: dict[str, int] = {}

    def row(self, number: int, cells: dict[str, Any]) -> RowResult:
        result = RowResult(number, cells)
        if "__extra__" in cells:
            result.errors.append(cells["__extra__"])
        for name in HEADERS:
            value = cells.get(name)
            text = _text(value)
            if len(text) > MAX_CELL:
                result.errors.append(
                    _("%(column)s is %(length)s characters long")
                    % {"column": name, "length": formats.number(len(text))}
                )
                continue
            getattr(self, f"_{name}")(result, value, text)
        if result.ok:
            self._model_checks(result)
        return result

    def _name(self, row: RowResult, value: Any, text: str) -> None:
        if not text:
            row.errors.append(_("name is empty"))
        row.fields["name"] = text

    def _kind(self, row: RowResult, value: Any, text: str) -> None:
        self._choice(row, "kind", text, KINDS, Project.Kind.FDI)

    def _status(self, row: RowResult, value: Any, text: str) -> None:
        self._choice(row, "status", text, STATUSES, Project.Status.LICENSED)

    def _choice(self, row: RowResult, name: str, text: str, words: dict[str, str],
                default: str) -> None:
        if not text:
            row.fields[name] = default
            return
        found = words.get(" ".join(fold(text).split()))
        if found is None:
            allowed = ", ".join(sorted(set(words.values())))
            row.errors.append(
                _("%(column)s '%(value)s' is not one of %(allowed)s")
                % {"column": name, "value": text, "allowed": allowed}
            )
        row.fields[name] = found or default

    def _investors(self, row: RowResult, value: Any, text: str) -> None:
        names = [" ".join(n.split()) for n in re.split(r"[;\n]", text)]
        for name in dict.fromkeys(n for n in names if n):
            if len(name) > 255:
                row.errors.append(
                    _("investor name '%(name)s...' is longer than 255 characters")
                    % {"name": name[:40]}
                )
            else:
                row.investors.append(self.organisations.get(fold(name), name))

    def _origin(self, row: RowResult, value: Any, text: str) -> None:
        if not text:
            return
        found = self.countries.get(fold(text))
        if found is None and len(text) >= 4:
            matches = list(Country.objects.filter(search__contains=fold(text))[:2])
            found = matches[0] if len(matches) == 1 else None
            if len(matches) > 1:
                row.errors.append(
                    _("origin '%(value)s' is ambiguous: give the country's ISO code")
                    % {"value": text}
                )
                return
        if found is None:
            row.errors.append(_("origin '%(value)s' is not a known country") % {"value": text})
        row.fields["origin"] = found

    def _province(self, row: RowResult, value: Any, text: str) -> None:
        if not text:
            row.errors.append(_("province is empty"))
            return
        found = self.provinces.get(_province_key(text))
        if found is None:
            row.errors.append(
                _("province '%(value)s' is not a known province") % {"value": text}
            )
        row.fields["province"] = found

    def _park(self, row: RowResult, value: Any, text: str) -> None:
        if not text:
            return
        parks = self.parks.get(fold(text), [])
        province = row.fields.get("province")
        inside = [p for p in parks if province is not None and p.province_id == province.pk]
        if not parks:
            row.errors.append(
                _("park '%(value)s' is not a known industrial park") % {"value": text}
            )
        elif province is not None and not inside:
            row.errors.append(
                _("park '%(value)s' is not in %(province)s")
                % {"value": text, "province": province}
            )
        elif len(inside) > 1:
            row.errors.append(
                _("park '%(value)s' names several industrial parks") % {"value": text}
            )
        else:
            row.fields["park"] = inside[0] if inside else parks[0]

    def _sector(self, row: RowResult, value: Any, text: str) -> None:
        if not text:
            return
        code = text.upper().replace(" ", "")
        found = self.sectors.get(code) or (
            self.sectors.get(code[:2]) if code[:2].isdigit() and len(code) > 2 else None
        )
        if found is None:
            row.errors.append(
                _("sector '%(value)s' is not a VSIC 2018 section or division code")
                % {"value": text}
            )
        row.fields["sector"] = found

    def _capital(self, row: RowResult, value: Any, text: str) -> None:
        self._number(row, "capital", value, text)

    def _usd_rate(self, row: RowResult, value: Any, text: str) -> None:
        self._number(row, "usd_rate", value, text)
        if row.fields.get("usd_rate") == 0:
            row.errors.append(_("usd_rate '%(value)s' is zero") % {"value": text})

    def _area_ha(self, row: RowResult, value: Any, text: str) -> None:
        self._number(row, "area_ha", value, text)

    def _number(self, row: RowResult, name: str, value: Any, text: str) -> None:
        if not text:
            return
        try:
            number = parse_number(value)
        except (ValueError, InvalidOperation):
            row.errors.append(
                _("%(column)s '%(value)s' is not a number") % {"column": name, "value": text}
            )
            return
        if number < 0:
            row.errors.append(
                _("%(column)s '%(value)s' is negative") % {"column": name, "value": text}
            )
        row.fields[name] = number

    def _currency(self, row: RowResult, value: Any, text: str) -> None:
        code = text.upper() if text.upper() in Currency.values else CURRENCIES.get(fold(text))
        if text and code is None:
            row.errors.append(
                _("currency '%(value)s' is not one of %(allowed)s")
                % {"value": text, "allowed": ", ".join(Currency.values)}
            )
        row.fields["currency"] = code or Currency.USD

    def _irc_number(self, row: RowResult, value: Any, text: str) -> None:
        row.fields["irc_number"] = text
        if not text:
            return
        key = _irc_key(text)
        if key in self.known_ircs:
            row.errors.append(_known_irc(text))
        elif key in self.seen_ircs:
            row.errors.append(
                _("IRC number '%(value)s' is also on row %(row)s")
                % {"value": text, "row": self.seen_ircs[key]}
            )
        else:
            self.seen_ircs[key] = row.number

    def _irc_date(self, row: RowResult, value: Any, text: str) -> None:
        if not text:
            return
        try:
            row.fields["irc_date"] = parse_date(value)
        except ValueError:
            row.errors.append(
                _("irc_date '%(value)s' is not a date (dd/mm/yyyy)") % {"value": text}
            )

    def _model_checks(self, row: RowResult) -> None:
        """The model's own rules (lengths, digits, park in province), in plain words."""
        try:
            Project(**row.fields).full_clean()
        except ValidationError as error:
            for name, messages in error.message_dict.items():
                if name == "__all__":
                    row.errors.extend(messages)
                else:
                    row.errors.extend(
                        _("%(column)s: %(message)s") % {"column": name, "message": m}
                        for m in messages
                    )


def _known_irc(number: str) -> str:
    return _("IRC number '%(value)s' is already in the registry") % {"value": number}


def _irc_key(text: str) -> str:
    return "".join(text.split()).upper()


def _province_key(text: str) -> str:
    key = " ".join(fold(text).split())
    for prefix in PROVINCE_PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix):].strip()
    return key


def _province_index() -> dict[str, Province]:
    """Folded names and aliases; a current unit wins over a former one of the same name."""
    index: dict[str, Province] = {}
    for province in Province.objects.order_by("is_current"):
        for name in [province.name, province.name_en, *province.aliases]:
            if name:
                index[_province_key(name)] = province
    return index


def _country_index() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in Country.objects.all():
        names = [country.code, country.name_vi, country.name_en, country.name_ja,
                 country.name_fr, *country.aliases]
        for name in names:
            if name:
                index.setdefault(fold(name), country)
    return index


def _park_index() -> dict[str, list[IndustrialPark]]:
    index: dict[str, list[IndustrialPark]] = {}
    for park in IndustrialPark.objects.all():
        index.setdefault(fold(park.name), []).append(park)
    return index
