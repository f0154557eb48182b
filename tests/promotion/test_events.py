"""Promotion events: services audit every change, dates keep their precision, the screens list,
filter and show events, the API takes organisers, and the menu offers "Events" to staff only."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from greenlane.core.models import AuditEntry
from greenlane.core.services import ConflictError
from greenlane.promotion import services
from greenlane.promotion.models import Event
from tests.testing import World, fast_passwords, w  # noqa: F401  (fixtures)


def web(w: World, role: str | None) -> Any:
    client = w.web(role)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    return client


@pytest.fixture
def forum(w: World) -> Event:
    return services.create_event(w.users["officer"], {
        "name": "Diễn đàn hợp tác địa phương Việt - Nhật", "type": "forum",
        "start": datetime.date(2025, 11, 25), "province": w.bac_ninh,
        "organisers": [w.canon], "attendance": 600,
    })


def test_creating_an_event_is_audited_with_its_organisers(w: World, forum: Event) -> None:
    entry = AuditEntry.objects.get(action="create", object_id=str(forum.pk),
                                   content_type__model="event")
    assert entry.user == w.users["officer"] and entry.after["organisers"] == [w.canon.pk]
    assert list(forum.organisers.all()) == [w.canon]


def test_an_update_on_a_stale_version_is_refused(w: World, forum: Event) -> None:
    services.update_event(w.users["officer"], forum, {"attendance": 650}, expected_version=1)
    with pytest.raises(ConflictError):
        services.update_event(w.users["admin"], forum, {"attendance": 700}, expected_version=1)
    forum.refresh_from_db()
    assert forum.attendance == 650


def test_an_end_before_the_start_is_refused(w: World) -> None:
    with pytest.raises(ValidationError):
        services.create_event(w.users["officer"], {
            "name": "Hội thảo", "start": datetime.date(2025, 5, 2),
            "end": datetime.date(2025, 5, 1)})
    assert not Event.objects.exists()


@pytest.mark.parametrize(("precision", "shown"), [
    ("day", "25/11/2025"), ("month", "11/2025"), ("year", "2025")])
def test_dates_are_shown_as_precisely_as_they_are_known(precision: str, shown: str) -> None:
    event = Event(name="X", start=datetime.date(2025, 11, 25), precision=precision)
    assert event.when == shown


def test_the_list_filters_by_type_and_finds_names_without_diacritics(w: World, forum: Event) -> None:
    Event.objects.create(name="Chuyến thăm Nhật Bản", type="visit")
    client = web(w, "leader")
    found = client.get(reverse("promotion:event_list"), {"q": "dien dan viet nhat"})
    assert [e.pk for e in found.context["page"].object_list] == [forum.pk]
    visits = client.get(reverse("promotion:event_list"), {"type": "visit"})
    assert [e.name for e in visits.context["page"].object_list] == ["Chuyến thăm Nhật Bản"]


def test_the_event_page_shows_its_dates_place_and_organisers(w: World, forum: Event) -> None:
    response = web(w, "officer").get(reverse("promotion:event", args=[forum.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "25/11/2025" in html and "Bắc Ninh" in html and "Canon Vietnam" in html


def test_an_officer_adds_an_event_through_the_form(w: World) -> None:
    response = web(w, "officer").post(reverse("promotion:event_add"), {
        "name": "Hội nghị Xúc tiến đầu tư 2026", "type": "conference", "start": "2026-03-10",
        "precision": "month", "place": "Tokyo", "organisers": [w.thk.pk]})
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.place == "Tokyo" and event.when == "03/2026"
    assert list(event.organisers.all()) == [w.thk]


def test_the_api_creates_an_event_with_organisers(w: World) -> None:
    response = w.api("officer").post("/api/events/", {
        "name": "Ký kết MOU", "type": "signing", "start": "2025-12-01",
        "organisers": [w.canon.pk, w.thk.pk]}, format="json")
    assert response.status_code == 201, response.data
    assert set(Event.objects.get().organisers.all()) == {w.canon, w.thk}
    assert response.data["when"] == "01/12/2025"


def test_the_menu_offers_events_to_staff_and_not_to_investors(w: World) -> None:
    url = reverse("promotion:event_list")
    assert f'href="{url}"' in web(w, "taskforce").get(reverse("home")).content.decode()
    assert f'href="{url}"' not in web(w, "investor").get(reverse("home")).content.decode()
