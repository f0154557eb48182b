"""Demo data: the holiday calendar (the announced years and the statute up to next year). The same
load runs after every `migrate`; calling it here keeps `demo` complete on a database migrated
before the calendar data existed."""

from __future__ import annotations


def load() -> None:
    from greenlane.calendar.services import load_missing_years

    load_missing_years()


def counts() -> dict[str, int]:
    from greenlane.calendar.models import Holiday

    return {"holidays": Holiday.objects.count()}
