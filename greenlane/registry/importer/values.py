"""Cell values: the text of a cell, numbers and dates.

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

import datetime
import re
import unicodedata
from decimal import Decimal
from typing import Any


def _text(value: Any) -> str:
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return unicodedata.normalize("NFC", text).strip()


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
