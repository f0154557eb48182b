"""The office calendar built from the Holiday table, its cache, and filling years (audited)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import ValidationError

from greenlane.calendar import holidays, services
from greenlane.calendar.engine import HO_CHI_MINH
from greenlane.calendar.models import Holiday
from greenlane.core.models import AuditEntry
from tests.testing import World

pytestmark = pytest.mark.django_db
H = dt.timedelta(hours=1)


def test_migrate_loaded_the_announced_years_and_the_statute_up_to_next_year() -> None:
    years = set(Holiday.objects.dates("date", "year").values_list("date__year", flat=True))
    assert set(services.years_to_load()) <= years
    assert Holiday.objects.get(date=dt.date(2025, 4, 26)).kind == Holiday.Kind.WORKING
    assert Holiday.objects.filter(date=dt.date(2026, 2, 17)).exists()


def test_the_office_calendar_follows_the_holiday_table() -> None:
    cal = services.office_calendar()
    assert not cal.is_working_day(dt.date(2026, 2, 16))  # Tết
    assert cal.is_working_day(dt.date(2024, 5, 4))  # make-up Saturday
    received = dt.datetime(2026, 2, 13, 10, 0, tzinfo=HO_CHI_MINH)
    assert cal.add(received, 16 * H) == dt.datetime(2026, 2, 24, 10, 0, tzinfo=HO_CHI_MINH)


def test_the_office_calendar_is_cached_until_a_holiday_is_added_edited_or_removed(w: World) -> None:
    officer, day = w.users["officer"], dt.date(2027, 6, 15)  # an ordinary Tuesday
    first = services.office_calendar()
    assert services.office_calendar() is first and first.is_working_day(day)
    holiday = services.add_holiday(officer, {"date": day, "name": "Ngày nghỉ thử"})
    added = services.office_calendar()
    assert added is not first and not added.is_working_day(day)
    services.change_holiday(officer, holiday, {"date": dt.date(2027, 6, 19),
                                               "kind": Holiday.Kind.WORKING})
    changed = services.office_calendar()
    assert changed.is_working_day(day) and changed.is_working_day(dt.date(2027, 6, 19))
    services.remove_holiday(officer, holiday)
    assert not services.office_calendar().is_working_day(dt.date(2027, 6, 19))  # a Saturday again


def test_the_office_calendar_follows_the_office_hours_setting(settings: Any) -> None:
    start = dt.datetime(2025, 3, 10, 7, 30, tzinfo=HO_CHI_MINH)
    assert services.office_calendar().add(start, H) == start + 1.5 * H
    settings.OFFICE_HOURS = "07:30-11:30, 13:30-17:00"
    assert services.office_calendar().add(start, H) == start + H


def test_calendar_for_names_the_office_and_the_24x7_calendars() -> None:
    start = dt.datetime(2026, 2, 13, 16, 0, tzinfo=HO_CHI_MINH)
    assert services.calendar_for("24x7").add(start, 4 * H) == start + 4 * H
    assert services.calendar_for("office").add(start, 4 * H) == start + dt.timedelta(days=10, hours=-5)
    with pytest.raises(ValueError):
        services.calendar_for("lunar")


def test_filling_a_year_creates_its_days_once_and_audits_each(w: World) -> None:
    Holiday.objects.filter(date__year=2027).delete()
    audits = AuditEntry.objects.count()
    created = services.generate_year(w.users["officer"], 2027)
    assert [h.date for h in created] == [d.date for d in holidays.statutory_holidays(2027)]
    assert AuditEntry.objects.count() == audits + len(created)
    entry = AuditEntry.objects.latest("pk")
    assert entry.user == w.users["officer"] and "Labour Code 2019" in entry.reason
    assert services.generate_year(w.users["officer"], 2027) == []
    assert AuditEntry.objects.count() == audits + len(created)


def test_filling_a_year_keeps_the_dates_an_officer_already_recorded(w: World) -> None:
    Holiday.objects.filter(date__year=2025).delete()
    services.add_holiday(w.users["officer"], {"date": dt.date(2025, 5, 2), "name": "Sửa tay",
                                              "kind": Holiday.Kind.HOLIDAY})
    created = services.generate_year(w.users["officer"], 2025)
    assert dt.date(2025, 5, 2) not in [h.date for h in created]
    assert Holiday.objects.get(date=dt.date(2025, 5, 2)).name == "Sửa tay"
    assert len(created) == len(holidays.announced(2025) or []) - 1
    assert "announced schedule of 2025" in AuditEntry.objects.latest("pk").reason


def test_a_year_with_neither_an_announcement_nor_the_statute_cannot_be_filled(w: World) -> None:
    with pytest.raises(ValidationError, match="2021–2199"):
        services.generate_year(w.users["officer"], 2019)
    assert not Holiday.objects.filter(date__year=2019).exists()


def test_loading_after_migrate_fills_only_empty_years_and_is_idempotent() -> None:
    Holiday.objects.filter(date__year=2025).delete()
    Holiday.objects.filter(date=dt.date(2024, 1, 1)).delete()  # 2024 still has rows
    loaded = services.load_missing_years(today=dt.date(2026, 3, 1))
    assert loaded == {2025: len(holidays.announced(2025) or [])}
    assert not Holiday.objects.filter(date=dt.date(2024, 1, 1)).exists()
    assert services.load_missing_years(today=dt.date(2026, 3, 1)) == {}


def test_years_to_load_run_from_the_first_announced_year_to_next_year() -> None:
    assert services.years_to_load(dt.date(2026, 3, 1)) == [2023, 2024, 2025, 2026, 2027]
    assert services.years_to_load(dt.date(2029, 3, 1))[-1] == 2030


def test_working_days_per_month_of_2026() -> None:
    counts = services.working_days_per_month(2026)
    assert counts[1] == 15  # February: 20 weekdays less the five Tết days
    assert counts[3] == 20  # April: 22 weekdays less Monday 27/04 (Hùng Kings) and 30/04


def test_due_counts_working_hours_or_working_days() -> None:
    start = dt.datetime(2026, 2, 13, 10, 0, tzinfo=HO_CHI_MINH)
    assert services.due("office", start, 16, "hours") == dt.datetime(2026, 2, 24, 10, 0,
                                                                     tzinfo=HO_CHI_MINH)
    assert services.due("office", start, 1, "days") == dt.date(2026, 2, 23)
    assert services.due("24x7", start, 1, "days") == dt.date(2026, 2, 14)


def test_a_make_up_working_day_on_a_weekday_is_refused(w: World) -> None:
    with pytest.raises(ValidationError, match="Saturday or a Sunday"):
        services.add_holiday(w.users["officer"], {"date": dt.date(2027, 6, 15), "name": "x",
                                                  "kind": Holiday.Kind.WORKING})


def test_the_demo_load_is_idempotent_and_counts_the_holidays() -> None:
    from greenlane.calendar import demo

    before = Holiday.objects.count()
    demo.load()
    assert demo.counts() == {"holidays": before}


def test_a_holiday_shows_its_lunar_date_and_weekday_in_the_active_language() -> None:
    assert Holiday(date=dt.date(2026, 2, 17)).lunar == "1/1"
    assert Holiday(date=dt.date(2025, 7, 25)).lunar == "1/6, leap month"
    assert Holiday(date=dt.date(2300, 1, 1)).lunar == ""
    assert Holiday(date=dt.date(2026, 2, 17)).weekday == "Tuesday"
