"""Like places.signals: reload the VSIC sectors after `migrate` or `flush` if they are missing."""

from __future__ import annotations

from typing import Any


def ensure_sectors(sender: Any, **kwargs: Any) -> None:
    from django.db import connection

    from greenlane.registry.models import Sector
    from greenlane.registry.reference import load

    if Sector._meta.db_table not in connection.introspection.table_names():
        return
    if not Sector.objects.exists():
        load(Sector)
