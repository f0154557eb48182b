"""The importer's refusals and the row result that every step shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from greenlane.orgs.models import Organisation


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
