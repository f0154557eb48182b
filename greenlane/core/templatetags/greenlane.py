"""Template filters for Greenlane's formats (dates dd/mm/yyyy, Vietnamese separators)."""

from __future__ import annotations

import datetime
import decimal
from typing import Any

from django import template
from django.db import models
from django.utils.html import format_html, format_html_join

from greenlane.core import formats

register = template.Library()


@register.filter
def money(value: Any, currency: str = "USD") -> str:
    return formats.money(value, currency)


@register.filter
def short_money(value: Any, currency: str = "USD") -> str:
    return formats.short_money(value, currency)


@register.filter
def number(value: Any, places: int = 0) -> str:
    return formats.number(value, places)


@register.filter
def dmy(value: Any) -> str:
    return formats.date(value)


@register.filter
def cell(value: Any, kind: str = "text") -> str:
    """A table cell by column kind."""
    if value is None or value == "":
        return "—"
    if kind == "money":
        return formats.money(value, "USD")
    if kind == "number" or isinstance(value, decimal.Decimal):
        return formats.number(value, 0 if kind == "number" else 2)
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, datetime.date):
        return formats.date(value)
    return str(value)


@register.simple_tag
def table_cells(row: models.Model, cells: list[tuple[Any, Any]]) -> str:
    """A list row's <td>s in one pass (a template loop costs ~0.1 ms per cell): each value
    formatted by its column's kind, linked to the row's page where the column says so."""
    return format_html_join("", "{}", ((_cell_html(row, c, v),) for c, v in cells))


def _cell_html(row: models.Model, column: Any, value: Any) -> str:
    text = cell(value, column.kind)
    if column.link:
        url = row.get_absolute_url()  # type: ignore[attr-defined]
        return format_html('<td class="{}"><a href="{}">{}</a></td>', column.kind, url, text)
    return format_html('<td class="{}">{}</td>', column.kind, text)


@register.simple_tag
def link_to(obj: models.Model | None) -> str:
    if obj is None:
        return "—"
    try:
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj)  # type: ignore[attr-defined]
    except Exception:
        return str(obj)


@register.filter
def field_label(model: Any, name: str) -> str:
    return str(model._meta.get_field(name).verbose_name)
