"""The SLA engine: due times across Tết 2026, weekends, a pause over a holiday, 24/7 policies and
time zones; the indexed calendar gives the engine's answers to the microsecond."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from greenlane.aftercare import services, sla
from greenlane.aftercare.models import Request
from greenlane.calendar.engine import HO_CHI_MINH, WorkCalendar
from tests.aftercare.conftest import TET_2026, at, file

H = dt.timedelta(hours=1)
UTC = dt.UTC


def test_a_request_filed_on_a_friday_afternoon_answers_on_monday(desk) -> None:
    request = file(desk, at(2, 6, 16), priority="high")  # 4 h: 1 h on Friday, 3 on Monday
    assert request.first_response_due == at(2, 9, 11)


def test_the_first_response_due_skips_the_weekend_and_the_whole_of_tet(desk) -> None:
    request = file(desk, at(2, 13, 15))  # Friday before Tết, 8 working hours
    assert request.first_response_due == at(2, 23, 15)  # 2 h on Friday, 6 on Monday 23


def test_the_resolution_due_across_tet_counts_only_working_hours(desk) -> None:
    request = file(desk, at(2, 12, 10))  # 40 h: 6 Thu + 8 Fri, Tết, 8 Mon, Tue, Wed, 2 Thu
    assert request.resolution_due == at(2, 26, 10)


def test_a_pause_over_tet_moves_the_due_time_by_the_working_time_spent_waiting(desk) -> None:
    request = file(desk, at(2, 11, 9))
    assert request.resolution_due == at(2, 25, 9)  # without a pause
    request = services.wait_on_investor(desk.users["officer"], request, "Số liệu lưu lượng?",
                                        at=at(2, 12, 11))
    assert request.used == 10 * H and request.clock_started is None
    reply = services.post_message(desk.users["investor"], request, "Đã gửi.", at=at(2, 18, 10))
    request = Request.objects.get(pk=reply.request_id)
    # Answered during Tết: the 30 hours left start on Monday 23 at 08:00.
    assert request.status == Request.Status.IN_PROGRESS
    assert request.resolution_due == at(2, 26, 15)
    assert request.paused == 13 * H  # Thursday 11:00 to the end of Friday


def test_an_urgent_request_runs_around_the_clock_through_tet(desk) -> None:
    request = file(desk, at(2, 14, 22), priority="urgent")  # Saturday night, 48 h
    assert request.first_response_due == at(2, 15, 2)
    assert request.resolution_due == at(2, 16, 22)


def test_times_in_utc_give_the_same_due_times_returned_in_ho_chi_minh_time(desk) -> None:
    in_utc = file(desk, dt.datetime(2026, 2, 12, 3, 0, tzinfo=UTC))  # 10:00 in Hà Nội
    assert in_utc.resolution_due == at(2, 26, 10)
    assert sla.calendar("office").add(in_utc.received_at, H).utcoffset() == 7 * H


def test_naive_times_are_refused(desk) -> None:
    with pytest.raises(ValueError, match="aware"):
        sla.calendar("office").add(dt.datetime(2026, 2, 12, 10), H)


def test_a_change_of_priority_measures_the_same_clock_against_the_new_targets(desk) -> None:
    request = file(desk, at(2, 12, 10))
    request = services.change_request(desk.users["officer"], request, {"priority": "high"})
    assert request.resolution_hours == 24 and request.resolution_due == at(2, 24, 10)
    assert request.first_response_due == at(2, 12, 15)


def test_resolving_after_the_target_marks_the_request_late(desk) -> None:
    request = file(desk, at(2, 12, 10), priority="high")  # 24 h: due Tuesday 24 at 10:00
    done = services.resolve(desk.users["officer"], request, "Đã xử lý.", at=at(2, 24, 11))
    assert done.resolution_breached and done.used == 25 * H
    assert done.first_response_at == at(2, 24, 11) and done.first_response_breached


def test_resolving_in_time_is_not_late(desk) -> None:
    request = file(desk, at(2, 12, 10), priority="high")
    done = services.resolve(desk.users["officer"], request, "Đã xử lý.", at=at(2, 23, 11))
    assert not done.resolution_breached and done.used == 17 * H


def test_the_clock_reads_at_risk_from_75_percent_and_late_past_the_target(desk) -> None:
    request = file(desk, at(2, 12, 10))  # 40 h
    assert not sla.read(request, at(2, 24, 17)).at_risk  # 30 h used, first response late
    services.acknowledge(desk.users["officer"], request, at=at(2, 12, 11))
    request.refresh_from_db()
    clock = sla.read(request, at(2, 24, 17))
    assert clock.used == 30 * H and clock.at_risk and not clock.breached
    late = sla.read(request, at(2, 26, 12))
    assert late.breached and late.overdue_by == 2 * H and late.due == at(2, 26, 10)


def test_a_paused_clock_keeps_its_remaining_time(desk) -> None:
    request = file(desk, at(2, 11, 9))
    request = services.wait_on_investor(desk.users["officer"], request, "?", at=at(2, 12, 11))
    clock = sla.read(request, at(3, 31, 9))
    assert not clock.running and clock.remaining == 30 * H and clock.due is None
    assert clock.paused > 13 * H


# --- the indexed calendar is the engine, faster ------------------------------------------------

ENGINE = WorkCalendar(holidays=TET_2026, working_days=[dt.date(2026, 2, 28)])
INDEXED = sla.Indexed(ENGINE, dt.date(2025, 1, 1), dt.date(2027, 12, 31))
moments = st.datetimes(min_value=dt.datetime(2024, 12, 1), max_value=dt.datetime(2028, 2, 1),
                       timezones=st.just(HO_CHI_MINH))
durations = st.timedeltas(min_value=dt.timedelta(0), max_value=dt.timedelta(hours=400))


@settings(max_examples=400, deadline=None)
@given(start=moments, duration=durations)
def test_indexed_add_equals_the_engine_to_the_microsecond(start, duration) -> None:
    assert INDEXED.add(start, duration) == ENGINE.add(start, duration)


@settings(max_examples=400, deadline=None)
@given(start=moments, end=moments)
def test_indexed_between_equals_the_engine_to_the_microsecond(start, end) -> None:
    assert INDEXED.between(start, end) == ENGINE.between(start, end)


def test_a_due_time_that_ends_a_period_stays_at_noon() -> None:
    assert INDEXED.add(at(2, 12, 8), 4 * H) == at(2, 12, 12)


def test_a_start_in_a_gap_counts_from_the_next_opening() -> None:
    assert INDEXED.add(at(2, 13, 18), dt.timedelta(0)) == at(2, 23, 8)
    assert INDEXED.add(at(2, 13, 12, 30), H) == at(2, 13, 14)


def test_the_row_readers_agree_with_the_clock_of_each_request(desk, agency) -> None:
    officer = desk.users["officer"]
    fresh = file(desk, at(2, 11, 9))
    urgent = file(desk, at(2, 14, 22), priority="urgent")
    paused = services.wait_on_investor(officer, file(desk, at(2, 11, 9)), "?", at=at(2, 12, 11))
    services.post_message(desk.users["investor"], paused, "Đây.", at=at(2, 18, 10))
    answered = services.acknowledge(officer, file(desk, at(2, 12, 10)), at=at(2, 12, 11))
    now = at(2, 25, 14, 30)
    running = Request.objects.filter(clock_started__isnull=False)
    dues = sla.due_times(running.values_list(*sla.RESOLUTION_FIELDS))
    firsts = sla.first_response_due_times(
        running.filter(first_response_at__isnull=True).values_list(*sla.FIRST_RESPONSE_FIELDS))
    shares = sla.shares(running.values_list(*sla.SHARE_FIELDS), now)
    for r in Request.objects.filter(pk__in=[fresh.pk, urgent.pk, paused.pk, answered.pk]):
        assert dues[r.pk] == r.resolution_due
        assert firsts.get(r.pk, r.first_response_due) == r.first_response_due
        assert max(shares[r.pk]) == pytest.approx(sla.progress(r, now))
    assert set(firsts) == {fresh.pk, urgent.pk}
