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


@register.simple_tag(takes_context=True)
def link_to(context: template.Context, obj: models.Model | None) -> str:
    """A link to the record, or its name alone when the reader may not open it (a link shown
    must work: an investor sees a park's operator by name, not a link to a 404)."""
    if obj is None:
        return "—"
    request = context.get("request")
    if request is not None and not _may_open(request.user, obj):
        return str(obj)
    try:
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj)  # type: ignore[attr-defined]
    except Exception:
        return str(obj)


def _may_open(user: Any, obj: models.Model) -> bool:
    from greenlane.core.access import Access, can, role_of

    model = type(obj)
    if not can(user, model, "view"):
        return False
    access: Access = getattr(model, "access", Access())
    if role_of(user) != "investor" or access.public or access.signed_in:
        return True
    manager = getattr(model, "objects", None)
    if manager is None or not hasattr(manager, "restrict"):
        return True
    return bool(manager.restrict(user, "view").filter(pk=obj.pk).exists())


@register.filter
def field_label(model: Any, name: str) -> str:
    return str(model._meta.get_field(name).verbose_name)
