"""Calendar screens: the year view, the calculator, filling a year, editing a date, the API."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from greenlane.calendar.engine import HO_CHI_MINH
from greenlane.calendar.holidays import statutory_holidays
from greenlane.calendar.models import Holiday
from greenlane.core.models import AuditEntry
from tests.testing import World

YEAR = reverse("calendar:year")
EN = {"accept-language": "en"}


def calc(**fields: Any) -> dict[str, Any]:
    return {"year": "2026", "start_date": "2026-02-13", "start_time": "10:00", "amount": "16",
            "unit": "hours", "calendar": "office", **fields}


def test_the_year_view_lists_the_days_with_their_weekday_and_lunar_date(w: World) -> None:
    response = w.web("investor").get(YEAR, {"year": "2026"}, headers=EN)
    assert response.status_code == 200
    rows = list(response.context["rows"])
    assert all(r.date.year == 2026 for r in rows) and len(rows) == Holiday.objects.filter(
        date__year=2026).count()
    html = response.content.decode()
    assert "17/02/2026" in html and "Tuesday" in html and "1/1" in html  # Tết, mùng 1 tháng Giêng
    assert "Fill 2026" not in html and "/edit/" not in html  # investors only read


def test_the_year_view_speaks_vietnamese_by_default(w: World) -> None:
    html = w.web("officer").get(YEAR, {"year": "2026"}).content.decode()
    assert "Thứ 3" in html and "Tháng 2" in html


def test_the_year_view_counts_working_days_per_month(w: World) -> None:
    months = w.web("leader").get(YEAR, {"year": "2026"}).context["months"]
    assert [m["working"] for m in months][1] == 15 and months[3]["working"] == 20
    assert months[-1]["first"] is None and months[-1]["working"] == sum(
        m["working"] for m in months[:12])


def test_a_bad_year_falls_back_to_this_year_with_a_message(w: World) -> None:
    response = w.web("officer").get(YEAR, {"year": "2O26"}, headers=EN)
    assert response.status_code == 200 and response.context["year"] == timezone.localdate().year
    assert "is not a year between 1900 and 2199" in response.content.decode()


def test_the_calculator_gives_the_due_time_after_tet(w: World) -> None:
    response = w.web("taskforce").get(YEAR, calc(), headers=EN)
    assert response.context["result"] == dt.datetime(2026, 2, 24, 10, 0, tzinfo=HO_CHI_MINH)
    assert "Due at Tuesday 24/02/2026 10:00." in response.content.decode()


@pytest.mark.parametrize(("fields", "due"), [
    ({"calendar": "24x7"}, dt.datetime(2026, 2, 14, 2, 0, tzinfo=HO_CHI_MINH)),
    ({"unit": "days", "amount": "1"}, dt.date(2026, 2, 23)),
    ({"unit": "days", "amount": "0", "start_time": ""}, dt.date(2026, 2, 13)),
])
def test_the_calculator_counts_days_hours_and_the_24x7_calendar(
    w: World, fields: dict[str, str], due: Any
) -> None:
    assert w.web("officer").get(YEAR, calc(**fields)).context["result"] == due


@pytest.mark.parametrize(("fields", "field"), [
    ({"start_date": "2026-02-31"}, "start_date"),
    ({"start_date": "13/02/2026x"}, "start_date"),
    ({"start_time": "25:00"}, "start_time"),
    ({"amount": "-1"}, "amount"),
    ({"amount": "many"}, "amount"),
    ({"unit": "days", "amount": "5000"}, "amount"),
    ({"calendar": "lunar"}, "calendar"),
])
def test_the_calculator_explains_bad_input(w: World, fields: dict[str, str], field: str) -> None:
    response = w.web("officer").get(YEAR, calc(**fields), headers=EN)
    form = response.context["calculator"]
    assert response.status_code == 200 and response.context["result"] is None
    assert field in form.errors
    assert str(form.errors[field][0]) in response.content.decode()


def test_a_due_date_beyond_the_calendar_is_a_form_error_not_a_crash(w: World) -> None:
    response = w.web("officer").get(YEAR, calc(start_date="9999-12-30", unit="days",
                                               amount="100"), headers=EN)
    assert response.status_code == 200 and response.context["calculator"].non_field_errors()


def test_an_officer_fills_a_year_and_a_second_fill_adds_nothing(w: World) -> None:
    Holiday.objects.filter(date__year=2027).delete()
    client = w.web("officer")
    response = client.post(reverse("calendar:fill"), {"year": "2027"}, headers=EN)
    assert response.status_code == 302 and response["Location"] == f"{YEAR}?year=2027"
    count = Holiday.objects.filter(date__year=2027).count()
    assert count == len(statutory_holidays(2027)) == 14
    assert AuditEntry.objects.filter(action="create", user=w.users["officer"]).count() == count
    page = client.get(response["Location"], headers=EN).content.decode()
    assert "14 days added to 2027." in page
    client.post(reverse("calendar:fill"), {"year": "2027"})
    assert Holiday.objects.filter(date__year=2027).count() == count


@pytest.mark.parametrize("role", ["leader", "taskforce", "investor"])
def test_only_writers_may_fill_a_year(w: World, role: str) -> None:
    Holiday.objects.filter(date__year=2027).delete()
    response = w.web(role).post(reverse("calendar:fill"), {"year": "2027"})
    assert response.status_code == 403 and not Holiday.objects.filter(date__year=2027).exists()


def test_filling_a_year_the_law_does_not_cover_says_so(w: World) -> None:
    client = w.web("officer")
    response = client.post(reverse("calendar:fill"), {"year": "2019"}, follow=True, headers=EN)
    assert "No announced schedule for 2019" in response.content.decode()
    assert not Holiday.objects.filter(date__year=2019).exists()
    response = client.post(reverse("calendar:fill"), {"year": "year"}, follow=True, headers=EN)
    assert "Choose a year between 1900 and 2199." in response.content.decode()


def test_an_officer_adds_a_make_up_saturday_from_the_form(w: World) -> None:
    response = w.web("officer").post(reverse("calendar:holiday_add"), {
        "date": "2027-01-09", "name": "Làm bù cho thứ Sáu 01/01", "kind": "working", "basis": "TB"})
    holiday = Holiday.objects.get(date=dt.date(2027, 1, 9))
    assert response.status_code == 302 and response["Location"] == holiday.get_absolute_url()
    assert AuditEntry.objects.filter(object_id=str(holiday.pk), action="create").exists()


@pytest.mark.parametrize(("form", "field", "message"), [
    ({"date": "2027-01-08", "kind": "working"}, "kind", "must be a Saturday or a Sunday"),
    ({"date": "2026-02-17"}, "date", "already exists"),
    ({"date": "17/02/2026"}, "date", "Enter a valid date."),
    ({"date": "2027-02-30"}, "date", "Enter a valid date."),
    ({"name": ""}, "name", "This field is required."),
])
def test_a_bad_date_form_shows_a_clear_error_and_saves_nothing(
    w: World, form: dict[str, str], field: str, message: str
) -> None:
    before = Holiday.objects.count()
    data = {"date": "2027-06-15", "name": "Ngày thử", "kind": "holiday", "basis": "", **form}
    response = w.web("officer").post(reverse("calendar:holiday_add"), data, headers=EN)
    assert response.status_code == 400
    assert message in str(response.context["form"].errors[field])
    assert Holiday.objects.count() == before


def test_editing_a_date_is_audited_and_deleting_returns_to_its_year(w: World) -> None:
    holiday = Holiday.objects.get(date=dt.date(2026, 9, 1))
    client = w.web("officer")
    response = client.post(reverse("calendar:holiday_edit", args=[holiday.pk]), {
        "date": "2026-09-03", "name": holiday.name, "kind": "holiday", "basis": "TB 2026",
        "version": holiday.version, "reason": "announced"})
    assert response.status_code == 302
    holiday.refresh_from_db()
    assert holiday.date == dt.date(2026, 9, 3) and holiday.version == 2
    entry = AuditEntry.objects.filter(object_id=str(holiday.pk)).latest("pk")
    assert entry.action == "update" and entry.reason == "announced"
    response = client.post(reverse("calendar:holiday_delete", args=[holiday.pk]),
                           {"version": holiday.version})
    assert response["Location"] == f"{YEAR}?year=2026"
    assert not Holiday.objects.filter(pk=holiday.pk).exists()


def test_deleting_a_date_someone_changed_meanwhile_is_refused(w: World) -> None:
    holiday = Holiday.objects.get(date=dt.date(2026, 9, 1))
    response = w.web("officer").post(reverse("calendar:holiday_delete", args=[holiday.pk]),
                                     {"version": holiday.version + 1})
    assert response["Location"] == holiday.get_absolute_url()
    assert Holiday.objects.filter(pk=holiday.pk).exists()


def test_the_holiday_page_shows_the_date_and_its_audit_trail(w: World) -> None:
    holiday = Holiday.objects.get(date=dt.date(2025, 4, 26))
    response = w.web("officer").get(holiday.get_absolute_url(), headers=EN)
    html = response.content.decode()
    assert response.status_code == 200 and "Saturday 26/04/2025" in html and 'id="audit"' in html


def test_the_holiday_list_filters_by_year_kind_and_name(w: World) -> None:
    client = w.web("leader")
    url = reverse("calendar:holiday_list")
    working = client.get(url, {"year": "2025", "kind": "working"}).context["page"].object_list
    assert [h.date for h in working] == [dt.date(2025, 4, 26)]
    named = client.get(url, {"year": "2024", "q": "Hùng"}).context["page"].object_list
    assert [h.date for h in named] == [dt.date(2024, 4, 18)]
    export = client.get(url, {"year": "2025", "export": "csv"})
    assert "26/04/2025" in b"".join(export.streaming_content).decode()  # type: ignore[attr-defined]


def test_the_api_filters_holidays_by_year_and_kind(w: World) -> None:
    response = w.api("investor").get("/api/holidays/", {"year": "2024", "kind": "working"})
    assert response.status_code == 200
    assert [(r["date"], r["weekday"]) for r in response.data["results"]] == [("2024-05-04", 5)]
    day_off = w.api("officer").get("/api/holidays/", {"year": "2026", "kind": "day_off"})
    assert [r["date"] for r in day_off.data["results"]] == ["2026-04-27"]


def test_the_api_refuses_a_make_up_working_day_on_a_weekday(w: World) -> None:
    response = w.api("officer").post("/api/holidays/", {
        "date": "2027-06-15", "name": "x", "kind": "working"}, format="json")
    assert response.status_code == 400 and "kind" in response.data


def test_the_menu_shows_the_calendar_to_every_signed_in_user(w: World) -> None:
    for role in ("investor", "taskforce"):
        nav = w.web(role).get(YEAR).context["nav"]
        links = [e for entry in nav for e in entry.get("children", [entry])]
        assert YEAR in [entry["url"] for entry in links]
    assert w.web(None).get(YEAR).status_code == 302


@pytest.mark.parametrize(("fields", "limit"), [
    ({"unit": "days"}, "2000"), ({"unit": "hours"}, "10000"), ({}, "2000"),
])
def test_the_calculator_amount_allows_what_the_server_accepts_for_the_unit(
    w: World, fields: dict[str, str], limit: str
) -> None:
    response = w.web("officer").get(YEAR, calc(**fields) if fields else {})
    html = response.content.decode()
    amount = html[html.index('id="id_amount"') - 200:html.index('id="id_amount"') + 200]
    assert f'max="{limit}"' in amount
    assert 'data-max-days="2000"' in amount and 'data-max-hours="10000"' in amount
