"""Reference data must exist whenever the schema does: after `migrate`, and after `flush`
(which tests and `greenlane restore` run), reload countries and provinces if they are missing."""

from __future__ import annotations

from typing import Any


def ensure_reference_data(sender: Any, **kwargs: Any) -> None:
    from django.db import connection

    from greenlane.places.models import Country, Province
    from greenlane.places.reference import load

    if Country._meta.db_table not in connection.introspection.table_names():
        return  # not migrated yet
    if not Country.objects.exists():
        load(Country, Province)
