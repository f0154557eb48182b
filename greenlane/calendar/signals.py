"""The holiday calendar must exist whenever the schema does: after `migrate`, and after `flush`
(which tests and `greenlane restore` run), load each year that has no rows (announced schedules,
then the statute up to next year)."""

from __future__ import annotations

from typing import Any


def ensure_holidays(sender: Any, **kwargs: Any) -> None:
    from django.db import connections

    from greenlane.calendar.models import Holiday
    from greenlane.calendar.services import load_missing_years

    using = kwargs.get("using", "default")
    if Holiday._meta.db_table not in connections[using].introspection.table_names():
        return  # not migrated yet
    load_missing_years()
