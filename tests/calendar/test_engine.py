"""Working-time arithmetic on the office calendar with Vietnam's holidays (no database)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from greenlane.calendar.engine import HO_CHI_MINH, AroundTheClock, WorkCalendar, parse_hours
from greenlane.calendar.holidays import DAY_OFF, HOLIDAY, WORKING, announced

UTC = dt.UTC
H = dt.timedelta(hours=1)


def vn(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=HO_CHI_MINH)


def calendar_of(*years: int) -> WorkCalendar:
    days = [d for y in years for d in announced(y) or []]
    return WorkCalendar(
        holidays=[d.date for d in days if d.kind in (HOLIDAY, DAY_OFF)],
        working_days=[d.date for d in days if d.kind == WORKING],
    )


CAL = calendar_of(2024, 2025, 2026)


def test_a_request_received_the_friday_before_tet_2026_is_due_after_the_holiday() -> None:
    received = vn(2026, 2, 13, 10, 0)  # Friday; Tết off from Saturday 14/02 to Sunday 22/02
    # Friday gives 6 hours, Monday 23/02 gives 8, the last 2 are Tuesday morning.
    assert CAL.add(received, 16 * H) == vn(2026, 2, 24, 10, 0)
    assert CAL.between(received, vn(2026, 2, 24, 10, 0)) == 16 * H


def test_the_weekend_does_not_count() -> None:
    assert CAL.add(vn(2025, 3, 7, 16, 0), 2 * H) == vn(2025, 3, 10, 9, 0)  # Friday → Monday
    assert CAL.days_between(dt.date(2025, 3, 7), dt.date(2025, 3, 10)) == 1


def test_a_make_up_saturday_works_and_the_day_it_buys_does_not() -> None:
    # 2025: Saturday 26/04 worked in exchange for Friday 02/05.
    assert CAL.is_working_day(dt.date(2025, 4, 26)) and not CAL.is_working_day(dt.date(2025, 5, 2))
    assert CAL.add(vn(2025, 4, 25, 16, 0), 2 * H) == vn(2025, 4, 26, 9, 0)
    assert CAL.add_days(dt.date(2025, 4, 25), 1) == dt.date(2025, 4, 26)
    # Tuesday 29/04 → Wednesday 30/04 to Sunday 04/05 off → Monday 05/05
    assert CAL.add_days(dt.date(2025, 4, 29), 1) == dt.date(2025, 5, 5)


@pytest.mark.parametrize(("start", "due"), [
    (vn(2025, 3, 10, 6, 0), vn(2025, 3, 10, 9, 0)),  # before opening: from 08:00
    (vn(2025, 3, 10, 12, 30), vn(2025, 3, 10, 14, 0)),  # at lunch: from 13:00
    (vn(2025, 3, 10, 18, 0), vn(2025, 3, 11, 9, 0)),  # after closing: from tomorrow 08:00
    (vn(2025, 3, 8, 10, 0), vn(2025, 3, 10, 9, 0)),  # on Saturday: from Monday
    (vn(2025, 3, 10, 11, 0), vn(2025, 3, 10, 12, 0)),  # ending a period: due at 12:00, not 13:00
])
def test_a_duration_starting_outside_office_hours_counts_from_the_next_opening(
    start: dt.datetime, due: dt.datetime
) -> None:
    assert CAL.add(start, H) == due


def test_a_period_paused_over_tet_keeps_the_time_used_and_adds_the_rest_after_it() -> None:
    sla = 16 * H
    received, paused = vn(2026, 2, 12, 9, 0), vn(2026, 2, 13, 15, 0)  # waiting for the investor
    resumed = vn(2026, 2, 18, 10, 0)  # the investor answered during Tết
    used = CAL.between(received, paused)
    assert used == 13 * H  # Thursday 7 h, Friday 6 h
    assert CAL.add(resumed, sla - used) == vn(2026, 2, 23, 11, 0)  # from Monday's opening


def test_times_given_in_utc_are_read_and_answered_in_vietnam_time() -> None:
    received = dt.datetime(2026, 2, 13, 3, 0, tzinfo=UTC)  # 10:00 in Hà Nội
    due = CAL.add(received, 16 * H)
    assert due.utcoffset() == 7 * H and due == dt.datetime(2026, 2, 24, 3, 0, tzinfo=UTC)
    assert CAL.between(received, dt.datetime(2026, 2, 13, 5, 0, tzinfo=UTC)) == 2 * H


def test_naive_times_and_negative_durations_are_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        CAL.add(dt.datetime(2026, 2, 13, 10, 0), H)
    with pytest.raises(ValueError, match="negative"):
        CAL.add(vn(2026, 2, 13, 10, 0), -H)
    with pytest.raises(ValueError, match="aware"):
        AroundTheClock().between(dt.datetime(2026, 1, 1), vn(2026, 1, 2))


def test_around_the_clock_counts_wall_clock_time_through_tet() -> None:
    clock = AroundTheClock()
    start = dt.datetime(2026, 2, 13, 3, 0, tzinfo=UTC)
    assert clock.add(start, 48 * H) == vn(2026, 2, 15, 10, 0)
    assert clock.between(start, vn(2026, 2, 15, 10, 0)) == 48 * H
    assert clock.add_days(dt.date(2026, 2, 13), 3) == dt.date(2026, 2, 16)


def test_office_hours_are_parsed_and_bad_ones_refused() -> None:
    assert parse_hours("07:30-11:30, 13:30-17:00") == ((27000, 41400), (48600, 61200))
    for bad in ("8-12", "13:00-12:00", "08:00-12:00, 11:00-17:00"):
        with pytest.raises(ValueError):
            parse_hours(bad)


def test_a_calendar_without_working_hours_is_refused() -> None:
    with pytest.raises(ValueError, match="working hours"):
        WorkCalendar(hours={})


moments = st.datetimes(
    min_value=dt.datetime(2024, 1, 1), max_value=dt.datetime(2026, 12, 31),
    timezones=st.just(UTC),
)
durations = st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(hours=600))


@settings(max_examples=300, deadline=None)
@given(start=moments, duration=durations)
def test_the_working_time_between_a_start_and_its_due_time_is_the_duration(
    start: dt.datetime, duration: dt.timedelta
) -> None:
    due = CAL.add(start, duration)
    assert CAL.between(start, due) == duration
    assert due >= start


@settings(max_examples=200, deadline=None)
@given(a=moments, b=moments, c=moments)
def test_working_time_adds_up_over_consecutive_spans(
    a: dt.datetime, b: dt.datetime, c: dt.datetime
) -> None:
    a, b, c = sorted((a, b, c))
    assert CAL.between(a, b) + CAL.between(b, c) == CAL.between(a, c)
