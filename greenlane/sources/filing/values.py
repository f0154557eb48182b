"""A fact's values in the extraction contract's JSON (../shared/eval/CONTRACT.md): the fields of
each kind, their checks (an officer's edit or an API client may send anything), and readers that
turn them into Python values for the records."""

from __future__ import annotations

import calendar
import datetime
import re
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from greenlane.registry.money import Currency

KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "investment": (
        "measure", "category", "destination", "origin", "projects", "amount", "share_pct",
        "period", "as_of",
    ),
    "project": ("name", "investor", "origin", "location", "amount", "area_ha", "sector"),
    "ranking": ("subject", "rank", "of", "scope", "location", "period"),
    "target": ("subject", "metric", "low", "high", "unit", "year"),
    "indicator": ("subject", "metric", "value", "unit", "period"),
    "event": ("name", "type", "start", "end", "place", "organisers", "attendance"),
    "person": ("name", "title", "organisation"),
    "commitment": ("actor", "text"),
}
CHOICES: dict[str, tuple[str, ...]] = {
    "measure": ("stock", "flow"),
    "category": ("fdi", "oda", "domestic", "outbound", "total"),
    "type": (
        "forum", "seminar", "conference", "meeting", "visit", "delegation", "signing", "other",
    ),
}
TEXT = {
    "destination", "name", "investor", "location", "sector", "subject", "scope", "metric",
    "unit", "place", "title", "organisation", "actor", "text",
}
COUNTS = {"projects", "rank", "of", "attendance", "year"}
NUMBERS = {"share_pct", "area_ha", "low", "high", "value"}
DATES = {"as_of", "start", "end"}
QUALIFIERS = ("exact", "approx", "over", "under")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def normalise(kind: str, values: Any) -> dict[str, Any]:
    """The kind's fields from `values`, checked; unknown fields are dropped, missing ones null.
    Raises ValidationError naming each bad field."""
    if kind not in KIND_FIELDS:
        raise ValidationError(_("Greenlane does not file facts of the kind “%s”.") % kind)
    if not isinstance(values, dict):
        raise ValidationError(_("The values of a fact must be an object of fields."))
    out: dict[str, Any] = {}
    errors: dict[str, list[str]] = {}
    for name in KIND_FIELDS[kind]:
        try:
            out[name] = _check(name, values.get(name))
        except ValidationError as error:
            errors[name] = error.messages
    if errors:
        raise ValidationError(errors)
    return out


def _check(name: str, value: Any) -> Any:
    if value is None or value == "" or value == []:
        return None
    if name in CHOICES:
        if value not in CHOICES[name]:
            raise ValidationError(_("Choose one of: %s.") % ", ".join(CHOICES[name]))
        return value
    if name == "origin":
        if not (isinstance(value, str) and re.fullmatch(r"[A-Za-z]{2}", value)):
            raise ValidationError(_("Give the country as its two-letter ISO code, e.g. JP."))
        return value.upper()
    if name in TEXT:
        if not isinstance(value, str):
            raise ValidationError(_("Enter text."))
        return " ".join(value.split())[:1000] or None
    if name in COUNTS:
        return int(_number(value, whole=True))
    if name in NUMBERS:
        return float(_number(value))
    if name in DATES:
        parse_date(value)
        return value
    if name == "period":
        return _period(value)
    if name == "amount":
        return _money(value)
    if name == "organisers":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValidationError(_("List the organisers as names."))
        return [" ".join(v.split()) for v in value if v.strip()] or None
    return value


def _number(value: Any, whole: bool = False) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError(_("Enter a number."))
    try:
        number = Decimal(str(value))
    except InvalidOperation as error:
        raise ValidationError(_("Enter a number.")) from error
    if not number.is_finite() or number < 0:
        raise ValidationError(_("Enter a number of zero or more."))
    if whole and number != number.to_integral_value():
        raise ValidationError(_("Enter a whole number."))
    return number


def _money(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict) or value.get("value") in (None, ""):
        raise ValidationError(_("An amount needs a value and a currency."))
    currency = str(value.get("currency") or "").upper()
    if currency not in Currency.values:
        raise ValidationError(
            _("Greenlane does not record amounts in “%(currency)s”; give it in one of %(known)s.")
            % {"currency": currency or "?", "known": ", ".join(Currency.values)}
        )
    qualifier = value.get("qualifier") or "exact"
    if qualifier not in QUALIFIERS:
        raise ValidationError(_("Choose one of: %s.") % ", ".join(QUALIFIERS))
    amount = _number(value["value"])
    plain: int | float = int(amount) if amount == amount.to_integral_value() else float(amount)
    return {"value": plain, "currency": currency, "qualifier": qualifier}


def _period(value: Any) -> dict[str, Any] | None:
    if not isinstance(value, dict):
        raise ValidationError(_("A period needs a start and an end date."))
    start, end = value.get("start") or None, value.get("end") or None
    for part in (start, end):
        if part is not None:
            parse_date(part)
    if start and end and parse_date(end)[1] < parse_date(start)[0]:
        raise ValidationError(_("The end date is before the start date."))
    return {"start": start, "end": end} if start or end else None


# --- readers ----------------------------------------------------------------------------------


def parse_date(value: Any) -> tuple[datetime.date, datetime.date, str]:
    """(first day, last day, precision "day"|"month"|"year") of YYYY, YYYY-MM or YYYY-MM-DD."""
    match = _DATE.match(str(value)) if isinstance(value, str | int) else None
    try:
        if match is None:
            raise ValueError(value)
        year, month, day = (int(g) if g else None for g in match.groups())
        assert year is not None
        if month is None:
            return datetime.date(year, 1, 1), datetime.date(year, 12, 31), "year"
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return datetime.date(year, month, 1), datetime.date(year, month, last), "month"
        day_date = datetime.date(year, month, day)
        return day_date, day_date, "day"
    except ValueError as error:
        raise ValidationError(
            _("Enter a date as YYYY-MM-DD, YYYY-MM or YYYY (got “%s”).") % value
        ) from error


def first_day(value: Any) -> datetime.date | None:
    return parse_date(value)[0] if value else None


def last_day(value: Any) -> datetime.date | None:
    return parse_date(value)[1] if value else None


def decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def money(value: Any) -> tuple[Decimal, str, str] | None:
    """(amount, currency, qualifier) of a Money value, or None."""
    if not value:
        return None
    return Decimal(str(value["value"])), value["currency"], value.get("qualifier") or "exact"
