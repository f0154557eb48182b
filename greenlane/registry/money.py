"""Money: currencies the registry records and the default rates used to convert them to USD."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.utils.translation import gettext_lazy as _


class Currency(models.TextChoices):
    USD = "USD", "USD"
    VND = "VND", "VND"
    JPY = "JPY", "JPY"
    KRW = "KRW", "KRW"
    CNY = "CNY", "CNY"
    EUR = "EUR", "EUR"
    SGD = "SGD", "SGD"
    TWD = "TWD", "TWD"
    HKD = "HKD", "HKD"
    GBP = "GBP", "GBP"
    THB = "THB", "THB"


# USD per unit of currency: reference rates, used when a record does not state its own rate.
DEFAULT_USD_RATES: dict[str, Decimal] = {
    "USD": Decimal("1"),
    "VND": Decimal("0.0000380"),
    "JPY": Decimal("0.00660"),
    "KRW": Decimal("0.000720"),
    "CNY": Decimal("0.139"),
    "EUR": Decimal("1.08"),
    "SGD": Decimal("0.745"),
    "TWD": Decimal("0.0310"),
    "HKD": Decimal("0.128"),
    "GBP": Decimal("1.27"),
    "THB": Decimal("0.0290"),
}

CENT = Decimal("0.01")


def default_rate(currency: str) -> Decimal:
    try:
        return DEFAULT_USD_RATES[currency]
    except KeyError as error:
        raise ValueError(_("No reference rate for currency %s") % currency) from error


def to_usd(amount: Decimal | None, rate: Decimal | None) -> Decimal | None:
    if amount is None or rate is None:
        return None
    return (amount * rate).quantize(CENT, rounding=ROUND_HALF_UP)
