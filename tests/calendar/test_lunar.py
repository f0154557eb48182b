"""The Vietnamese lunar calendar (UTC+7) against dates everyone in Vietnam knows."""

from __future__ import annotations

import datetime as dt

import pytest

from greenlane.calendar.lunar import lunar_to_solar, month_length, new_year, solar_to_lunar

TET = {
    1985: dt.date(1985, 1, 21),  # Vietnam; China's new year came a month later (20/02)
    2007: dt.date(2007, 2, 17),  # Vietnam; China's was 18/02
    2019: dt.date(2019, 2, 5),
    2020: dt.date(2020, 1, 25),
    2021: dt.date(2021, 2, 12),
    2022: dt.date(2022, 2, 1),
    2023: dt.date(2023, 1, 22),
    2024: dt.date(2024, 2, 10),
    2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17),
    2027: dt.date(2027, 2, 6),
}


@pytest.mark.parametrize("year", sorted(TET))
def test_tet_falls_on_the_known_date(year: int) -> None:
    assert new_year(year) == TET[year]
    assert solar_to_lunar(TET[year]) == (1, 1, year, False)


def test_the_eve_of_tet_is_the_last_day_of_the_old_lunar_year() -> None:
    assert solar_to_lunar(dt.date(2024, 2, 9)) == (30, 12, 2023, False)  # 2024 had a "30 Tết"
    assert solar_to_lunar(dt.date(2025, 1, 28)) == (29, 12, 2024, False)  # 2025 did not


@pytest.mark.parametrize(("year", "expected"), [
    (2023, dt.date(2023, 4, 29)), (2024, dt.date(2024, 4, 18)), (2025, dt.date(2025, 4, 7)),
    (2026, dt.date(2026, 4, 26)),
])
def test_the_hung_kings_commemoration_is_the_tenth_of_the_third_lunar_month(
    year: int, expected: dt.date
) -> None:
    assert lunar_to_solar(10, 3, year) == expected


def test_mid_autumn_is_the_fifteenth_of_the_eighth_month() -> None:
    assert solar_to_lunar(dt.date(2024, 9, 17)) == (15, 8, 2024, False)
    assert solar_to_lunar(dt.date(2025, 10, 6)) == (15, 8, 2025, False)


@pytest.mark.parametrize(("year", "month", "first_day"), [
    (2017, 6, dt.date(2017, 7, 23)), (2020, 4, dt.date(2020, 5, 23)),
    (2023, 2, dt.date(2023, 3, 22)), (2025, 6, dt.date(2025, 7, 25)),
])
def test_leap_months_are_found_and_numbered_after_the_month_they_repeat(
    year: int, month: int, first_day: dt.date
) -> None:
    assert lunar_to_solar(1, month, year, leap=True) == first_day
    assert solar_to_lunar(first_day) == (1, month, year, True)
    assert solar_to_lunar(first_day - dt.timedelta(days=1))[1:] == (month, year, False)


def test_a_leap_month_the_year_does_not_have_is_refused() -> None:
    with pytest.raises(ValueError, match="no leap month"):
        lunar_to_solar(1, 5, 2025, leap=True)
    with pytest.raises(ValueError, match="no leap month"):
        lunar_to_solar(1, 1, 2024, leap=True)  # 2024 has twelve months


def test_day_thirty_of_a_short_month_is_refused() -> None:
    assert month_length(12, 2024) == 29
    with pytest.raises(ValueError, match="fewer than 30 days"):
        lunar_to_solar(30, 12, 2024)


def test_every_day_of_two_decades_converts_there_and_back() -> None:
    day, end = dt.date(2015, 1, 1), dt.date(2035, 1, 1)
    while day < end:
        d, m, y, leap = solar_to_lunar(day)
        assert lunar_to_solar(d, m, y, leap) == day, day
        day += dt.timedelta(days=1)


def test_years_outside_the_computed_range_are_refused() -> None:
    with pytest.raises(ValueError, match="1800–2199"):
        solar_to_lunar(dt.date(2200, 1, 1))
