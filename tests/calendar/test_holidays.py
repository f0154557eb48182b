"""The statute's holidays for any year (Labour Code 2019, Art. 111–112) and the announced
schedules shipped as data."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from greenlane.calendar import holidays, lunar
from greenlane.calendar.holidays import (
    DAY_OFF,
    HOLIDAY,
    WORKING,
    announced,
    national_day_partner,
    schedule,
    statutory_holidays,
)


def dates(days: list[holidays.Day], kind: str | None = None) -> list[dt.date]:
    return [d.date for d in days if kind is None or d.kind == kind]


def test_the_statute_gives_eleven_holidays_a_year() -> None:
    for year in range(2021, 2041):
        assert len(dates(statutory_holidays(year), HOLIDAY)) == 11, year


def test_tet_is_the_last_day_of_the_old_year_and_the_first_four_of_the_new() -> None:
    tet = [d for d in statutory_holidays(2026) if d.name.startswith("Tết Nguyên đán")]
    assert dates(tet) == [dt.date(2026, 2, d) for d in (16, 17, 18, 19, 20)]
    assert all(d.kind == HOLIDAY for d in tet)


def test_a_holiday_on_sunday_gives_the_next_monday_off() -> None:
    days = statutory_holidays(2026)
    assert (dt.date(2026, 4, 26), HOLIDAY) in [(d.date, d.kind) for d in days]  # Sunday
    monday = next(d for d in days if d.date == dt.date(2026, 4, 27))
    assert monday.kind == DAY_OFF and "Giỗ Tổ Hùng Vương" in monday.name
    assert "Điều 111" in monday.basis


def test_compensatory_days_skip_the_other_holidays_of_the_block() -> None:
    # 2023: Hùng Kings on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday → Tuesday and Wednesday off
    assert dates(statutory_holidays(2023), DAY_OFF) == [
        dt.date(2023, 1, 2), dt.date(2023, 1, 26), dt.date(2023, 1, 27), dt.date(2023, 5, 2), dt.date(2023, 5, 3),
        dt.date(2023, 9, 4),
    ]


def test_tet_days_on_a_weekend_are_compensated_after_the_block() -> None:
    # Tết 2027 is Saturday 06/02: Saturday and Sunday are compensated on Wednesday and Thursday.
    assert dates(statutory_holidays(2027), DAY_OFF)[:2] == [dt.date(2027, 2, 10),
                                                            dt.date(2027, 2, 11)]


@pytest.mark.parametrize(("year", "partner"), [
    (2021, 3), (2022, 1), (2023, 1), (2024, 3), (2025, 1), (2026, 1), (2030, 3),
])
def test_the_day_next_to_national_day_joins_it_to_the_weekend_as_announced_in_past_years(
    year: int, partner: int
) -> None:
    assert national_day_partner(year) == dt.date(year, 9, partner)


def test_every_compensatory_day_is_a_weekday_and_no_date_repeats() -> None:
    for year in range(2021, 2061):
        days = statutory_holidays(year)
        assert len(set(dates(days))) == len(days), year
        assert all(d.weekday() < 5 for d in dates(days, DAY_OFF)), year
        off_on_weekend = [d for d in dates(days, HOLIDAY) if d.weekday() >= 5]
        assert len(dates(days, DAY_OFF)) == len(off_on_weekend), year


def test_years_before_the_labour_code_2019_are_refused() -> None:
    with pytest.raises(ValueError, match="2021"):
        statutory_holidays(2020)


def test_the_announced_2025_schedule_swaps_friday_2_may_for_saturday_26_april() -> None:
    days = announced(2025)
    assert days is not None
    assert dates(days, WORKING) == [dt.date(2025, 4, 26)]
    assert dt.date(2025, 5, 2) in dates(days, DAY_OFF)
    assert dates([d for d in days if "Tết Nguyên đán" in d.name]) == [
        dt.date(2025, 1, d) for d in (27, 28, 29, 30, 31)]


def test_the_announced_2024_schedule_works_saturday_4_may_for_monday_29_april() -> None:
    days = announced(2024)
    assert days is not None
    assert dates(days, WORKING) == [dt.date(2024, 5, 4)]
    assert dt.date(2024, 4, 29) in dates(days, DAY_OFF)
    assert [d for d in dates(days) if d.month == 2] == [dt.date(2024, 2, d) for d in (8, 9, 12, 13, 14)]


def test_years_without_an_announcement_come_from_the_statute() -> None:
    assert announced(2027) is None
    days, source = schedule(2027)
    assert source == "statute" and days == statutory_holidays(2027)
    assert schedule(2026)[1] == "partial" and schedule(2025)[1] == "announced"


@pytest.mark.parametrize("year", holidays.announced_years())
def test_the_announced_data_is_consistent(year: int) -> None:
    days = announced(year)
    assert days is not None and len(set(dates(days))) == len(days)
    for day in days:
        assert day.kind in (HOLIDAY, DAY_OFF, WORKING) and day.basis and day.name
        assert day.date.year == year
        if day.kind == WORKING:
            assert day.date.weekday() >= 5, day  # a make-up day is a Saturday or Sunday
        if day.kind == DAY_OFF:
            assert day.date.weekday() < 5, day  # a day off given is a weekday


@pytest.mark.parametrize("year", holidays.announced_years())
def test_the_lunar_dates_in_the_announced_tet_names_match_the_lunar_calendar(year: int) -> None:
    for day in announced(year) or []:
        found = re.search(r"\((?:mùng )?(\d+)(?: tháng Chạp)?\)", day.name)
        if "Tết Nguyên đán" in day.name and found:
            lunar_day, lunar_month, _y, _leap = lunar.solar_to_lunar(day.date)
            assert lunar_day == int(found.group(1)), day
            assert lunar_month == (12 if "Chạp" in day.name else 1), day


@pytest.mark.parametrize("year", holidays.announced_years())
def test_announced_years_keep_every_statutory_holiday_outside_tet(year: int) -> None:
    """The Prime Minister moves Tết days and the day next to 2/9; the fixed dates stay."""
    fixed = [dt.date(year, 1, 1), lunar.lunar_to_solar(10, 3, year), dt.date(year, 4, 30),
             dt.date(year, 5, 1), dt.date(year, 9, 2)]
    recorded = dates(announced(year) or [], HOLIDAY)
    assert all(day in recorded for day in fixed)
