"""Statutory deadlines and green-lane targets on the working calendar, across Tết 2026
(16–20 February) and weekends."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from greenlane.calendar.services import office_calendar
from greenlane.core.env import ConfigError
from greenlane.procedures import conf, deadlines
from greenlane.procedures.models import DossierStep

D = dt.date


def test_twenty_working_days_skip_the_weekends_and_the_five_tet_days(tet) -> None:
    cal = office_calendar()
    assert deadlines.statutory_due(cal, D(2026, 2, 10), 20) == D(2026, 3, 17)
    assert cal.days_between(D(2026, 2, 10), D(2026, 3, 17)) == 20


def test_the_green_lane_gets_half_the_statutory_working_days_by_default(tet) -> None:
    due = deadlines.targets(office_calendar(), D(2026, 2, 10), 20, "working", conf.green_lane_share())
    assert (due.statutory, due.statutory_days) == (D(2026, 3, 17), 20)
    assert (due.green, due.green_days) == (D(2026, 3, 3), 10)


def test_a_period_in_calendar_days_ending_in_tet_ends_on_the_next_working_day(tet) -> None:
    assert deadlines.statutory_due(office_calendar(), D(2026, 2, 13), 5, "calendar") == D(2026, 2, 23)


def test_a_period_in_calendar_days_ending_on_a_working_day_ends_that_day(tet) -> None:
    due = deadlines.targets(office_calendar(), D(2026, 2, 10), 15, "calendar", Decimal("0.5"))
    assert due.statutory == D(2026, 2, 25)  # a Wednesday
    assert due.statutory_days == 6  # 11, 12, 13, 23, 24, 25 February
    assert (due.green_days, due.green) == (3, D(2026, 2, 13))


def test_the_share_is_rounded_up_and_never_below_one_day() -> None:
    assert deadlines.shortened(5, Decimal("0.5")) == 3
    assert deadlines.shortened(1, Decimal("0.1")) == 1
    assert deadlines.step_days(3, True, Decimal("0.5")) == 2
    assert deadlines.step_days(3, False, Decimal("0.5")) == 3


def test_a_procedures_own_green_lane_days_win_over_the_share(tet) -> None:
    due = deadlines.targets(office_calendar(), D(2026, 2, 10), 20, "working", Decimal("0.5"), 4)
    assert (due.green_days, due.green) == (4, D(2026, 2, 23))


def test_the_green_lane_never_promises_more_than_the_law(tet) -> None:
    due = deadlines.targets(office_calendar(), D(2026, 2, 10), 3, "working", Decimal("0.5"), 9)
    assert due.green == due.statutory


def test_the_share_comes_from_the_settings_then_the_environment(settings, monkeypatch) -> None:
    settings.GREEN_LANE_SHARE = "0.3"
    assert conf.green_lane_share() == Decimal("0.3")
    del settings.GREEN_LANE_SHARE
    monkeypatch.setenv("GREENLANE_GREEN_LANE_SHARE", "0.25")
    assert conf.green_lane_share() == Decimal("0.25")
    monkeypatch.delenv("GREENLANE_GREEN_LANE_SHARE")
    assert conf.green_lane_share() == Decimal("0.5")


@pytest.mark.parametrize("raw", ["abc", "0", "1.5", "-0.2"])
def test_a_wrong_share_stops_with_a_message_naming_the_variable(monkeypatch, raw: str) -> None:
    monkeypatch.setenv("GREENLANE_GREEN_LANE_SHARE", raw)
    with pytest.raises(ConfigError, match="GREENLANE_GREEN_LANE_SHARE"):
        conf.green_lane_share()


def test_a_green_lane_dossier_gets_the_shortened_target_and_step_limits(
    tet, procedure, file_dossier, w
) -> None:
    dossier = file_dossier(procedure, w.canon, green_lane=True)
    assert (dossier.statutory_due, dossier.target_due) == (D(2026, 3, 17), D(2026, 3, 3))
    steps = list(dossier.steps.order_by("order"))
    assert [s.days for s in steps] == [1, 2, 1]
    assert steps[0].status == DossierStep.Status.ACTIVE
    assert (steps[0].started, steps[0].due) == (D(2026, 2, 10), D(2026, 2, 11))


def test_a_dossier_outside_the_green_lane_targets_the_statutory_deadline(
    tet, settings, procedure, file_dossier, w
) -> None:
    settings.GREEN_LANE_SHARE = "0.3"
    dossier = file_dossier(procedure, w.canon, submitted=D(2026, 2, 13))
    assert dossier.target_due == dossier.statutory_due == D(2026, 3, 20)
    first = dossier.steps.get(order=1)
    assert first.due == D(2026, 2, 23)  # one working day after Friday 13, across Tết
