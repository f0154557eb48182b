"""Import investment projects from a CSV or XLSX file: parse and validate every row, report,
then write all rows in one transaction — or nothing at all.

Used by `greenlane import` and meant for a web upload page too:

    rows = parse(data, "projects.xlsx")   # raises FileRejected for a file it cannot read
    print(report(rows))                   # every rejected row with every reason
    apply(who, rows)                      # refuses (RowsRejected) if any row was rejected

Numbers are read the Vietnamese way, deliberately: see `values` and `parse_number`.

The package: `base` (refusals, RowResult), `values` (cell text, numbers, dates), `read` (the
file, its header), `validate` (Validator and its reference indexes); here `parse`, `report`
and `apply`.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from greenlane.core import formats, services
from greenlane.core.models import User
from greenlane.core.services import Actor
from greenlane.core.text import fold
from greenlane.orgs.models import Organisation
from greenlane.registry.importer.base import FileRejected, ImportRefused, RowResult, RowsRejected
from greenlane.registry.importer.read import (
    HEADER_INDEX,
    HEADERS,
    MAX_COLUMNS,
    REQUIRED,
    _by_field,
    _csv_rows,
    _first_row,
    _is_xlsx,
    _xlsx_rows,
    check_size,
    decode,
    map_header,
)
from greenlane.registry.importer.validate import (
    CURRENCIES,
    KINDS,
    MAX_CELL,
    PROVINCE_PREFIXES,
    STATUSES,
    Validator,
    _irc_key,
    _known_irc,
)
from greenlane.registry.importer.values import _text, parse_date, parse_number
from greenlane.registry.models import Project

__all__ = [
    "CURRENCIES",
    "HEADERS",
    "HEADER_INDEX",
    "KINDS",
    "MAX_CELL",
    "MAX_COLUMNS",
    "MAX_ROWS",
    "MAX_XLSX_EXPANDED",
    "PROVINCE_PREFIXES",
    "REQUIRED",
    "STATUSES",
    "FileRejected",
    "ImportRefused",
    "RowResult",
    "RowsRejected",
    "Validator",
    "apply",
    "check_size",
    "decode",
    "map_header",
    "parse",
    "parse_date",
    "parse_number",
    "report",
]

# Read here at call time, so a caller (or a test) can tune them on the package.
MAX_ROWS = 100_000
MAX_XLSX_EXPANDED = 200 * 1024 * 1024


# ---------------------------------------------------------------- reading the file


def parse(file_bytes: bytes, filename: str, *, max_bytes: int | None = None) -> list[RowResult]:
    """Read and validate every row. Raises FileRejected when the file cannot be read at all."""
    limit = max_bytes if max_bytes is not None else settings.MAX_UPLOAD_MB * 1024 * 1024
    check_size(len(file_bytes), limit)
    if not file_bytes.strip():
        raise FileRejected(_("%(file)s is empty.") % {"file": filename})
    is_xlsx = _is_xlsx(file_bytes, filename)
    table = _xlsx_rows(file_bytes, MAX_XLSX_EXPANDED) if is_xlsx else _csv_rows(file_bytes)
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


def _limited(table: Iterator[tuple[int, list[Any]]]) -> Iterator[tuple[int, list[Any]]]:
    for count, (number, cells) in enumerate(table, start=1):
        if count > MAX_ROWS:
            raise FileRejected(
                _("The file has more than %(count)s rows after the header: split it.")
                % {"count": formats.number(MAX_ROWS)}
            )
        yield number, cells


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
