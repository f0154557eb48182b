"""The demo data set: the seed articles' real records, generated projects that reproduce their
headline statistics, and one user per role. `load()` is idempotent."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction

from greenlane.demo.users import DEMO_USERS

__all__ = ["DEMO_USERS", "Summary", "load"]


@dataclass
class Summary:
    already_loaded: bool
    seconds: float
    users_created: int
    counts: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        what = ", ".join(f"{n} {label}" for label, n in self.counts.items())
        if self.already_loaded:
            head = "Demo data already loaded; nothing created"
            if self.users_created:
                head += f" but {self.users_created} missing users"
            return f"{head}. The database holds {what}."
        return (
            f"Demo data loaded in {self.seconds:.1f} s: {what} "
            f"({self.users_created} users created)."
        )


def _counts() -> dict[str, int]:
    from greenlane.core.models import AuditEntry, User
    from greenlane.orgs.models import Organisation, Person
    from greenlane.registry.models import Adjustment, IndustrialPark, Project
    from greenlane.sources.models import Citation, Document

    models: list[tuple[str, Any]] = [
        ("projects", Project),
        ("adjustments", Adjustment),
        ("industrial parks", IndustrialPark),
        ("organisations", Organisation),
        ("people", Person),
        ("documents", Document),
        ("citations", Citation),
        ("users", User),
        ("audit entries", AuditEntry),
    ]
    counts = {label: model.objects.count() for label, model in models}
    for module in _app_demos():
        counts.update(module.counts())
    return counts


def _app_demos() -> list[Any]:
    """Apps with demo data of their own name the module in AppConfig.demo; each module has an
    idempotent `load()` and `counts() -> dict[str, int]`."""
    import importlib

    from django.apps import apps

    paths = [getattr(c, "demo", "") for c in apps.get_app_configs()]
    return [importlib.import_module(p) for p in paths if p]


def _load_app_demos() -> None:
    for module in _app_demos():
        with transaction.atomic():
            module.load()


def load() -> Summary:
    """Load the demo once: if the seed documents are stored already, only add missing users."""
    from greenlane.demo import generate, records
    from greenlane.demo.users import ensure_users

    start = time.monotonic()
    if records.loaded():
        made = ensure_users()
        _load_app_demos()
        return Summary(True, time.monotonic() - start, made, _counts())
    with transaction.atomic():
        records.load_seed()
        generate.generate_headline(seed=0)
        others = [
            p
            for p in generate.Lookups.load().provinces.values()
            if p.is_current and p.code not in (records.BAC_NINH, records.THANH_HOA)
        ]
        generate.generate_projects(600, seed=1, provinces=others, adjustments=25)
        made = ensure_users()
    _load_app_demos()
    return Summary(False, time.monotonic() - start, made, _counts())
