"""The audit trail on a record's page speaks the reader's language: each change shows the
field's name as the form labels it and values as the rest of the page writes them."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.utils import translation

from greenlane.core import services
from greenlane.core.views import audit_trail
from greenlane.registry.models import IndustrialPark, Project
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)

ACTOR = services.Actor(name="test")


@pytest.fixture
def edited(w: World) -> Project:
    """A project created, then changed in one edit: capital, date, status, origin, park,
    investors, and a park that no longer exists."""
    old_park = IndustrialPark.objects.create(name="KCN Cũ", province=w.bac_ninh)
    new_park = IndustrialPark.objects.create(name="KCN Quế Võ", province=w.bac_ninh)
    project = services.create(
        ACTOR,
        Project(name="Canon", kind="fdi", province=w.bac_ninh, origin=w.korea, park=old_park,
                capital=Decimal("1000"), irc_date=datetime.date(2024, 3, 5)),
        {"investors": [w.canon.pk]},
    )  # fmt: skip
    services.update(ACTOR, project, {
        "capital": Decimal("2500.5"), "irc_date": datetime.date(2024, 12, 31),
        "status": "operating", "origin": w.japan, "park": new_park,
        "investors": [w.canon.pk, w.thk.pk],
    }, reason="IRC amended")  # fmt: skip
    project.park = None  # the old park's removal must not erase what the trail says
    IndustrialPark.objects.filter(pk=old_park.pk).delete()
    return project


def rows_of(project: Project, language: str, user=None) -> dict[str, tuple[str, str]]:
    with translation.override(language):
        update = next(e for e in audit_trail(project, user) if e.action == "update")
        return {label: (old, new) for label, old, new in update.rows}  # type: ignore[attr-defined]


def test_each_change_is_named_by_the_fields_label_and_formatted_in_english(w, edited) -> None:
    rows = rows_of(edited, "en", w.users["officer"])
    assert rows["Registered capital"] == ("1,000", "2,500.5")
    assert rows["IRC date"] == ("05/03/2024", "31/12/2024")
    assert rows["Status"] == ("licensed", "operating")
    assert rows["Origin"] == (w.korea.name_en, "Japan")
    assert rows["Investors"] == ("Canon Vietnam", "Canon Vietnam, THK Vietnam")
    old_park, new_park = rows["Industrial park"]
    assert old_park.startswith("#") and new_park == "KCN Quế Võ"  # the old park is gone
    assert "Version" not in rows and "version" not in rows


def test_numbers_use_the_readers_separators(w, edited) -> None:
    rows = rows_of(edited, "vi", w.users["officer"])
    assert rows["Vốn đăng ký"] == ("1.000", "2.500,5")


def test_the_project_page_shows_the_labels_not_the_field_names(w, edited) -> None:
    html = w.web("officer").get(edited.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en")
    text = html.content.decode()
    assert '<span class="field-name">Registered capital</span>: <del>1,000</del> → <ins>2,500.5</ins>' in text
    assert "<code>capital</code>" not in text and "irc_date" not in text
