"""Import investment projects from a CSV or XLSX file: parse and validate every row, report,
then write all rows in one transaction — or nothing at all.

Used by `greenlane import` and meant for a web upload page too:

    rows = parse(data, "projects.xlsx")   # raises FileRejected for a file it cannot read
    print(report(rows))                   # every rejected row with every reason
    apply(who, rows)                      # refuses (RowsRejected) if any row was rejected

Numbers are read the Vietnamese way, deliberately (see `parse_number`):

* a cell with both "." and "," uses the last one as the decimal mark, the other as thousands
  ("1.980.000,5" and "1,980,000.5" are both 1980000.5);
* dots alone followed by groups of three digits are thousands ("1.980.000.000", "1.980"),
  unless the integer part is 0 ("0.125"); any other single dot is a decimal point ("1.5");
* a single comma is the Vietnamese decimal comma ("1,98" is 1.98, "1,980" is 1.98 too);
  several commas are thousands ("1,980,000");
* thousands groups must have exactly three digits, else the cell is rejected.
XLSX cells that are already numbers are taken as they are.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from greenlane.core import formats, services
from greenlane.core.models import User
from greenlane.core.services import Actor
from greenlane.core.text import fold
from greenlane.orgs.models import Organisation
from greenlane.places.models import Country, Province
from greenlane.registry.models import IndustrialPark, Project, Sector
from greenlane.registry.money import Currency

MAX_ROWS = 100_000
MAX_COLUMNS = 200
MAX_CELL = 2_000
MAX_XLSX_EXPANDED = 200 * 1024 * 1024
REQUIRED = ("name", "province")

# Folded header → field. Headers are folded, punctuation becomes spaces ("Diện tích (ha)").
HEADERS: dict[str, tuple[str, ...]] = {
    "name": ("name", "project", "project name", "ten", "ten du an", "du an"),
    "kind": ("kind", "type", "loai", "loai hinh", "loai du an", "hinh thuc dau tu"),
    "investors": ("investors", "investor", "nha dau tu", "chu dau tu", "cac nha dau tu"),
    "origin": ("origin", "country", "quoc gia", "xuat xu", "nuoc", "quoc tich", "doi tac"),
    "province": ("province", "tinh", "tinh thanh", "tinh thanh pho", "dia phuong"),
    "park": ("park", "industrial park", "kcn", "khu cong nghiep"),
    "sector": ("sector", "vsic", "nganh", "linh vuc", "ma nganh", "nganh nghe"),
    "capital": ("capital", "von", "von dang ky", "von dau tu", "tong von dau tu"),
    "currency": ("currency", "tien te", "loai tien", "don vi tien te", "don vi tien"),
    "usd_rate": ("usd rate", "rate", "ty gia", "ty gia usd"),
    "status": ("status", "trang thai", "tinh trang"),
    "irc_number": ("irc number", "irc", "irc no", "so irc", "so gcn", "so giay chung nhan",
                   "so gcndkdt", "so gcn dkdt"),
    "irc_date": ("irc date", "ngay cap", "ngay cap gcn", "ngay cap irc", "ngay"),
    "area_ha": ("area ha", "area", "land ha", "dien tich", "dien tich ha", "dien tich dat"),
}
HEADER_INDEX = {alias: name for name, aliases in HEADERS.items() for alias in aliases}

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


class ImportRefused(Exception):
    """Base of the importer's refusals."""


class FileRejected(ImportRefused):
    """The file as a whole cannot be read: wrong type, too big, no header..."""


class RowsRejected(ImportRefused):
    """Some rows were rejected, so nothing is written. The message is the report."""


@dataclass
class RowResult:
    """One data row: its spreadsheet row number, the cells read, the resolved model fields,
    the investors (existing organisations or names to create) and every reason to reject it."""

    number: int
    cells: dict[str, Any]
    fields: dict[str, Any] = field(default_factory=dict)
    investors: list[Organisation | str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


# ---------------------------------------------------------------- reading the file


def parse(file_bytes: bytes, filename: str, *, max_bytes: int | None = None) -> list[RowResult]:
    """Read and validate every row. Raises FileRejected when the file cannot be read at all."""
    limit = max_bytes if max_bytes is not None else settings.MAX_UPLOAD_MB * 1024 * 1024
    check_size(len(file_bytes), limit)
    if not file_bytes.strip():
        raise FileRejected(_("%(file)s is empty.") % {"file": filename})
    table = _xlsx_rows(file_bytes) if _is_xlsx(file_bytes, filename) else _csv_rows(file_bytes)
    _header_row, header = _first_row(table, filename)
    columns = map_header(header)
    validator = Validator()
    results = []
    for number, cells in _limited(table):
        if any(_text(c) for c in cells):
            results.append(validator.row(number, _by_field(cells, columns, len(header))))
    if not results:
        raise FileRejected(_("%(file)s has a header but no data rows.") % {"file": filename})
    return results


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise FileRejected(
            _("The file is %(size)s MB; the limit is %(limit)s MB. Split it into smaller files.")
            % {"size": formats.number(size / 1024 / 1024, 1),
               "limit": formats.number(limit / 1024 / 1024)}
        )  # fmt: skip


def _is_xlsx(data: bytes, filename: str) -> bool:
    if data[:4] == b"PK\x03\x04":
        return True
    if filename.lower().endswith((".xlsx", ".xlsm")):
        raise FileRejected(
            _("%(file)s is named .xlsx but is not an Excel (XLSX) file.") % {"file": filename}
        )
    if data[:4] == b"\xd0\xcf\x11\xe0":
        raise FileRejected(
            _("%(file)s is an old Excel (.xls) file: save it as XLSX or CSV.") % {"file": filename}
        )
    if data[:5] == b"%PDF-":
        raise FileRejected(
            _("%(file)s is a PDF: only CSV and XLSX files can be imported.") % {"file": filename}
        )
    return False


def _first_row(table: Iterator[tuple[int, list[Any]]], filename: str) -> tuple[int, list[Any]]:
    for number, cells in table:
        if any(_text(c) for c in cells):
            if len(cells) > MAX_COLUMNS and any(_text(c) for c in cells[MAX_COLUMNS:]):
                raise FileRejected(
                    _("The header row has more than %(count)s columns.")
                    % {"count": formats.number(MAX_COLUMNS)}
                )
            return number, cells[:MAX_COLUMNS]
        if number > 50:
            break
    raise FileRejected(_("%(file)s has no header row.") % {"file": filename})


def _limited(table: Iterator[tuple[int, list[Any]]]) -> Iterator[tuple[int, list[Any]]]:
    for count, (number, cells) in enumerate(table, start=1):
        if count > MAX_ROWS:
            raise FileRejected(
                _("The file has more than %(count)s rows after the header: split it.")
                % {"count": formats.number(MAX_ROWS)}
            )
        yield number, cells


def map_header(header: Sequence[Any]) -> dict[int, str]:
    """Column index → field name. Raises FileRejected for missing or repeated columns."""
    columns: dict[int, str] = {}
    for index, cell in enumerate(header):
        name = HEADER_INDEX.get(_header_key(_text(cell)))
        if name is None:
            continue
        if name in columns.values():
            raise FileRejected(
                _("The column '%(column)s' appears twice in the header.") % {"column": name}
            )
        columns[index] = name
    if not columns:
        shown = ", ".join(repr(_text(c)[:30]) for c in header[:8])
        raise FileRejected(
            _("No header row: the first row (%(cells)s) names none of the expected columns "
              "(%(columns)s).") % {"cells": shown, "columns": ", ".join(HEADERS)}
        )  # fmt: skip
    missing = [name for name in REQUIRED if name not in columns.values()]
    if missing:
        raise FileRejected(
            ngettext("Missing required column: %(columns)s.",
                     "Missing required columns: %(columns)s.", len(missing))
            % {"columns": ", ".join(missing)}
        )  # fmt: skip
    return columns


def _header_key(text: str) -> str:
    return " ".join(re.sub(r"[_\-/().:#*]", " ", fold(text)).split())


def _by_field(cells: list[Any], columns: dict[int, str], width: int) -> dict[str, Any]:
    values = {name: cells[i] if i < len(cells) else None for i, name in columns.items()}
    if any(_text(c) for c in cells[width:]):
        values["__extra__"] = _("it has %(cells)s cells but the header has %(columns)s columns") % {
            "cells": formats.number(len(cells)),
            "columns": formats.number(width),
        }
    return values


def _text(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return unicodedata.normalize("NFC", text).strip()


# ---------------------------------------------------------------- CSV


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 (BOM) or Windows-1258, the Vietnamese code page."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = _decode(data, "utf-16")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = _decode(data, "utf-8-sig")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode(data, "cp1258")
    if "\x00" in text:
        raise FileRejected(_("The file contains NUL bytes: it is not a text CSV file."))
    if sum(1 for c in text[:10_000] if ord(c) < 32 and c not in "\r\n\t") > 10:
        raise FileRejected(_("The file is not a CSV text file (it holds binary data)."))
    return unicodedata.normalize("NFC", text)


def _decode(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise FileRejected(
            _("The file cannot be read as text (%(encoding)s).") % {"encoding": encoding}
        ) from error


def _csv_rows(data: bytes) -> Iterator[tuple[int, list[Any]]]:
    text = decode(data)
    first = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return _csv_records(reader)


def _csv_records(reader: Iterable[list[str]]) -> Iterator[tuple[int, list[Any]]]:
    try:
        yield from enumerate(reader, start=1)
    except csv.Error as error:
        raise FileRejected(_("The CSV file is malformed: %(error)s.") % {"error": error}) from error


# ---------------------------------------------------------------- XLSX


def _xlsx_rows(data: bytes) -> Iterator[tuple[int, list[Any]]]:
    _check_zip(data)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet = book.worksheets[0]
    except Exception as error:  # openpyxl raises many kinds on malformed files
        raise FileRejected(_unreadable_xlsx(error)) from error
    return _sheet_rows(sheet)


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except zipfile.BadZipFile as error:
        raise FileRejected(_("The XLSX file is damaged: %(error)s.") % {"error": error}) from error
    if "[Content_Types].xml" not in names:
        raise FileRejected(_("The file is a ZIP archive, not an Excel (XLSX) file."))
    if expanded > MAX_XLSX_EXPANDED:
        raise FileRejected(
            _("The XLSX file expands to %(size)s MB (limit %(limit)s MB): refusing to open it.")
            % {"size": formats.number(expanded / 1024 / 1024),
               "limit": formats.number(MAX_XLSX_EXPANDED / 1024 / 1024)}
        )  # fmt: skip


def _sheet_rows(sheet: Any) -> Iterator[tuple[int, list[Any]]]:
    try:
        for number, values in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), 1):
            yield number, [_cell(v) for v in values]
    except FileRejected:
        raise
    except Exception as error:
        raise FileRejected(_unreadable_xlsx(error)) from error


def _unreadable_xlsx(error: Exception) -> str:
    return _("The XLSX file cannot be read: %(error)s.") % {"error": error}


def _cell(value: Any) -> Any:
    """Formulas stay the text they are ("=HYPERLINK(...)"): never evaluated."""
    if isinstance(value, str):
        return "".join(c for c in value if c >= " " or c in "\t\n")
    return value


# ---------------------------------------------------------------- values


def parse_number(value: Any) -> Decimal:
    """A number cell, by the rule in the module docstring. Raises ValueError."""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    text = re.sub(r"[\s\u00a0\u202f]", "", _text(value))
    if not re.fullmatch(r"[-+]?[0-9.,]*[0-9][0-9.,]*", text):
        raise ValueError
    sign, digits = ("-", text[1:]) if text[:1] in "-+" else ("", text)
    if text[:1] == "+":
        sign = ""
    return Decimal(sign + _normalise_digits(digits))


def _normalise_digits(text: str) -> str:
    if "." in text and "," in text:
        point = "." if text.rfind(".") > text.rfind(",") else ","
        thousands = "," if point == "." else "."
        whole, _sep, fraction = text.rpartition(point)
        return _thousands(whole, thousands) + "." + _digits(fraction)
    if text.count(".") > 1 or _is_dot_thousands(text):
        return _thousands(text, ".")
    if text.count(",") > 1:
        return _thousands(text, ",")
    if "," in text:
        whole, _sep, fraction = text.partition(",")
        return _digits(whole or "0") + "." + _digits(fraction)
    whole, _sep, fraction = text.partition(".")
    return _digits(whole or "0") + ("." + _digits(fraction) if _sep else "")


def _is_dot_thousands(text: str) -> bool:
    whole, _sep, fraction = text.partition(".")
    return bool(_sep) and len(fraction) == 3 and whole.strip("0") != ""


def _thousands(text: str, separator: str) -> str:
    groups = text.split(separator)
    if not (1 <= len(groups[0]) <= 3) or any(len(g) != 3 for g in groups[1:]):
        raise ValueError
    return _digits("".join(groups))


def _digits(text: str) -> str:
    if not text.isdigit():
        raise ValueError
    return text


def parse_date(value: Any) -> datetime.date:
    """dd/mm/yyyy (also with - or .), or ISO yyyy-mm-dd, or an XLSX date cell."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _text(value)
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][\d:.]+)?", text)
    if iso:
        year, month, day = iso.groups()
    else:
        local = re.fullmatch(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})", text)
        if not local:
            raise ValueError
        day, month, year = local.groups()
    return datetime.date(int(year), int(month), int(day))


# ---------------------------------------------------------------- validation


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


# ---------------------------------------------------------------- report and write


def report(rows: Sequence[RowResult], *, verbose: bool = True) -> str:
    """Plain-words report: totals, each rejected row with every reason, and (verbose) what each
    accepted row would create."""
    rejected = [r for r in rows if not r.ok]
    summary = ngettext(
        "%(rows)s row read: %(accepted)s accepted, %(rejected)s rejected.",
        "%(rows)s rows read: %(accepted)s accepted, %(rejected)s rejected.",
        len(rows),
    )
    lines = [summary % {"rows": len(rows), "accepted": len(rows) - len(rejected),
                        "rejected": len(rejected)}]  # fmt: skip
    for row in rejected:
        lines.extend(
            _("row %(row)s: %(reason)s") % {"row": row.number, "reason": reason}
            for reason in row.errors
        )
    if verbose:
        for row in rows:
            if row.ok:
                lines.append(_describe(row))
    return "\n".join(lines)


def _describe(row: RowResult) -> str:
    values = {"row": row.number, "name": row.fields["name"], "province": row.fields["province"]}
    new = [i for i in row.investors if isinstance(i, str)]
    if not new:
        return _("row %(row)s: project '%(name)s' in %(province)s") % values
    return ngettext(
        "row %(row)s: project '%(name)s' in %(province)s; new organisation: %(new)s",
        "row %(row)s: project '%(name)s' in %(province)s; new organisations: %(new)s",
        len(new),
    ) % {**values, "new": ", ".join(new)}


def apply(who: User | Actor | None, rows: Sequence[RowResult], *, reason: str = "") -> int:
    """Create every row's project in one transaction; refuse all if any row was rejected."""
    if not rows or any(not r.ok for r in rows):
        raise RowsRejected(report(rows, verbose=False))
    with transaction.atomic():
        _recheck_ircs(rows)
        created: dict[str, Organisation] = {}
        for row in rows:
            investors = [_organisation(who, i, row, created, reason) for i in row.investors]
            project = Project(**row.fields)
            services.create(who, project, {"investors": [o.pk for o in investors]}, reason)
    return len(rows)


def _recheck_ircs(rows: Sequence[RowResult]) -> None:
    """Someone may have added a project with the same IRC number since the file was parsed."""
    numbers = {_irc_key(r.fields["irc_number"]): r for r in rows if r.fields.get("irc_number")}
    existing = Project.objects.exclude(irc_number="").values_list("irc_number", flat=True)
    clashes = [numbers[_irc_key(n)] for n in existing if _irc_key(n) in numbers]
    for row in clashes:
        row.errors.append(_known_irc(row.fields["irc_number"]))
    if clashes:
        raise RowsRejected(report(rows, verbose=False))


def _organisation(who: User | Actor | None, investor: Organisation | str, row: RowResult,
                  created: dict[str, Organisation], reason: str) -> Organisation:
    if isinstance(investor, Organisation):
        return investor
    key = fold(investor)
    if key not in created:
        existing = Organisation.objects.filter(search__startswith=key).first()
        if existing is not None and fold(existing.name) == key:
            created[key] = existing
        else:
            organisation = Organisation(name=investor, country=row.fields.get("origin"))
            created[key] = services.create(who, organisation, reason=reason)
    return created[key]
