"""Reading the file: CSV or XLSX, size and zip-bomb checks, decoding, header mapping."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from greenlane.core import formats
from greenlane.core.text import fold
from greenlane.registry.importer.base import FileRejected
from greenlane.registry.importer.values import _text

MAX_COLUMNS = 200
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


def _xlsx_rows(data: bytes, max_expanded: int) -> Iterator[tuple[int, list[Any]]]:
    _check_zip(data, max_expanded)
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
        sheet = book.worksheets[0]
    except Exception as error:  # openpyxl raises many kinds on malformed files
        raise FileRejected(_unreadable_xlsx(error)) from error
    return _sheet_rows(sheet)


def _check_zip(data: bytes, max_expanded: int) -> None:
    """`max_expanded` is the package's MAX_XLSX_EXPANDED, read when `parse` runs."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
            names = set(archive.namelist())
    except zipfile.BadZipFile as error:
        raise FileRejected(_("The XLSX file is damaged: %(error)s.") % {"error": error}) from error
    if "[Content_Types].xml" not in names:
        raise FileRejected(_("The file is a ZIP archive, not an Excel (XLSX) file."))
    if expanded > max_expanded:
        raise FileRejected(
            _("The XLSX file expands to %(size)s MB (limit %(limit)s MB): refusing to open it.")
            % {"size": formats.number(expanded / 1024 / 1024),
               "limit": formats.number(max_expanded / 1024 / 1024)}
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
