"""Display formats: dates as dd/mm/yyyy, money and numbers with Vietnamese separators."""

from __future__ import annotations

import datetime
import decimal
from typing import Any

from django.utils.encoding import force_str
from django.utils.translation import get_language


def _separators() -> tuple[str, str]:
    """(thousands, decimal) for the active language: "1.980.000,5" in vi and fr, "1,980,000.5" in
    en and ja. French uses a narrow space for thousands."""
    lang = (get_language() or "vi")[:2]
    if lang == "vi":
        return ".", ","
    if lang == "fr":
        return "\u202f", ","
    return ",", "."


def number(value: Any, places: int = 0) -> str:
    if value is None or value == "":
        return ""
    try:
        amount = decimal.Decimal(str(value))
    except decimal.InvalidOperation:
        return force_str(value)
    thousands, point = _separators()
    text = f"{amount:,.{places}f}"
    return text.replace(",", "\0").replace(".", point).replace("\0", thousands)


def money(value: Any, currency: str = "USD") -> str:
    if value is None or value == "":
        return ""
    places = 0 if currency in ("VND", "JPY", "KRW") else 2
    amount = decimal.Decimal(str(value))
    if places and amount == amount.to_integral():
        places = 0
    return f"{number(amount, places)} {currency}"


def short_money(value: Any, currency: str = "USD") -> str:
    """Large sums as people say them: "1,98 tỷ USD" in Vietnamese, "1.98 bn USD" in English."""
    if value is None:
        return ""
    amount = decimal.Decimal(str(value))
    lang = (get_language() or "vi")[:2]
    scales = {
        "vi": [(10**9, "tỷ"), (10**6, "triệu")],
        "fr": [(10**9, "Md"), (10**6, "M")],
        "ja": [(10**8, "億")],
        "en": [(10**9, "bn"), (10**6, "m")],
    }.get(lang, [(10**9, "bn"), (10**6, "m")])
    for size, word in scales:
        if abs(amount) >= size:
            return f"{number(amount / size, 2)} {word} {currency}"
    return money(amount, currency)


def date(value: Any) -> str:
    if isinstance(value, datetime.datetime):
        from django.utils import timezone

        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, datetime.date):
        return value.strftime("%d/%m/%Y")
    return "" if value is None else force_str(value)


def plain_value(value: Any) -> str:
    """A cell for CSV: dates dd/mm/yyyy, numbers unformatted so spreadsheets can compute, text
    that looks like a formula kept as text."""
    if value is None:
        return ""
    if isinstance(value, datetime.date):
        return date(value)
    if isinstance(value, decimal.Decimal | int | float):
        return force_str(value)
    text = force_str(value)
    # A spreadsheet would run "=HYPERLINK(...)" as a formula: keep such text as text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
