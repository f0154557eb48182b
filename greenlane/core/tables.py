"""Table columns: one declaration drives a list page, its sorting and its CSV/XLSX export."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.http import HttpResponse, StreamingHttpResponse
from django.utils.encoding import force_str

from greenlane.core.formats import plain_value


@dataclass(frozen=True)
class Column:
    """`path` is a dotted attribute path on the row ("province.name"); `sort` an ORM ordering key
    (None: not sortable); `link` makes the cell link to the row's page."""

    path: str
    label: Any
    sort: str | None = None
    link: bool = False
    kind: str = "text"  # text, money, number, date, choice

    def value(self, row: models.Model) -> Any:
        value: Any = row
        for part in self.path.split("."):
            if value is None:
                return None
            display = getattr(value, f"get_{part}_display", None)
            value = display() if callable(display) else getattr(value, part)
            if isinstance(value, models.Manager):
                return ", ".join(str(v) for v in value.all())  # uses the view's prefetch
            if callable(value) and not isinstance(value, models.Model):
                value = value()
        return value


class _Echo:
    def write(self, value: str) -> str:
        return value


def export_csv(columns: Sequence[Column], rows: Iterable[models.Model], name: str) -> HttpResponse:
    writer = csv.writer(_Echo())

    def lines() -> Iterable[str]:
        yield "\ufeff"  # so spreadsheet programs read UTF-8 Vietnamese correctly
        yield writer.writerow([force_str(c.label) for c in columns])
        for row in rows:
            yield writer.writerow([plain_value(c.value(row)) for c in columns])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    return response  # type: ignore[return-value]


def export_xlsx(columns: Sequence[Column], rows: Iterable[models.Model], name: str) -> HttpResponse:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet(name[:31])
    sheet.append([force_str(c.label) for c in columns])
    for row in rows:
        sheet.append([excel_value(c.value(row)) for c in columns])
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


def excel_value(value: Any) -> Any:
    """Numbers and dates stay typed; everything else becomes text, never a formula."""
    import datetime
    import decimal

    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        from django.utils import timezone

        return timezone.localtime(value).replace(tzinfo=None)  # Excel has no time zones
    if value is None or isinstance(value, int | float | datetime.date):
        return value
    if isinstance(value, decimal.Decimal):
        return float(value)
    text = force_str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


EXPORTERS: dict[str, Callable[[Sequence[Column], Iterable[models.Model], str], HttpResponse]] = {
    "csv": export_csv,
    "xlsx": export_xlsx,
}
