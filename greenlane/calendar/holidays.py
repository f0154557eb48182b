"""Vietnam's public holidays: the statute for any year, and the schedules the Government announced.

Labour Code 2019 (Bộ luật Lao động 2019), Art. 112(1): New Year's Day 1/1; Tết, 5 days; Victory
Day 30/4; International Labour Day 1/5; National Day 2/9 and one adjacent day (1/9 or 3/9); the
Hùng Kings' Commemoration, 10/3 of the lunar calendar. Art. 112(3): the Prime Minister picks the
Tết days and the adjacent National Day each year. Art. 111(3): a holiday that falls on a weekly day
off (Saturday, Sunday for state offices) is compensated on the next working day.

Defaults where the Prime Minister decides (documented because they are choices, not law):

* Tết: the last day of the old lunar year and the first four days of the new one.
* National Day: the adjacent day that joins the holiday to a weekend — 3/9 when 2/9 is a Monday
  (as in 2024) or a Thursday (2021), 1/9 when it is a Tuesday (2025), a Friday (2022) or a
  Saturday (2023), 3/9 when it is a Sunday (the off days are the same either way); when 2/9 is a
  Wednesday neither joins a weekend and the day before, 1/9, is taken.

Names and bases are data (data/vn_holidays.json): Vietnamese official names, stored as written.
"""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from typing import Any, NamedTuple

from greenlane.calendar import lunar

DATA = Path(__file__).resolve().parent / "data" / "vn_holidays.json"
FIRST_STATUTE_YEAR = 2021  # the Labour Code 2019 took effect on 01/01/2021
LAST_STATUTE_YEAR = lunar.LAST_YEAR
WEEKLY_DAYS_OFF = (5, 6)  # Saturday, Sunday
DAY = dt.timedelta(days=1)

HOLIDAY, DAY_OFF, WORKING = "holiday", "day_off", "working"  # Holiday.Kind values


class Day(NamedTuple):
    date: dt.date
    name: str
    kind: str
    basis: str


@cache
def _data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(DATA.read_text(encoding="utf-8"))
    return data


def _name(key: str, **values: Any) -> str:
    return str(_data()["statute"]["names"][key]).format(**values)


def _basis(key: str) -> str:
    return str(_data()["statute"]["basis"][key])


def check_statute_year(year: int) -> None:
    if not FIRST_STATUTE_YEAR <= year <= LAST_STATUTE_YEAR:
        raise ValueError(
            f"the Labour Code 2019 holidays are generated for {FIRST_STATUTE_YEAR}–"
            f"{LAST_STATUTE_YEAR} only"
        )


def national_day_partner(year: int) -> dt.date:
    """The day adjacent to 2/9 taken off by default (see the module's docstring)."""
    weekday = dt.date(year, 9, 2).weekday()
    return dt.date(year, 9, 3) if weekday in (0, 3, 6) else dt.date(year, 9, 1)


def _statutory_days(year: int) -> list[Day]:
    tet = lunar.new_year(year)
    days = [
        Day(dt.date(year, 1, 1), _name("new_year"), HOLIDAY, _basis("new_year")),
        Day(tet - DAY, _name("tet_eve"), HOLIDAY, _basis("tet")),
        *(
            Day(tet + n * DAY, _name("tet_day", n=n + 1), HOLIDAY, _basis("tet"))
            for n in range(4)
        ),
        Day(lunar.lunar_to_solar(10, 3, year), _name("hung_kings"), HOLIDAY, _basis("hung_kings")),
        Day(dt.date(year, 4, 30), _name("victory"), HOLIDAY, _basis("victory")),
        Day(dt.date(year, 5, 1), _name("labour"), HOLIDAY, _basis("labour")),
        Day(dt.date(year, 9, 2), _name("national_day"), HOLIDAY, _basis("national_day")),
        Day(
            national_day_partner(year),
            _name("national_day_adjacent"),
            HOLIDAY,
            _basis("national_day_adjacent"),
        ),
    ]
    return sorted(days)


def compensatory_days(days: list[Day]) -> list[Day]:
    """For each holiday on a weekly day off, in date order, the next working day that is neither
    a holiday nor already a compensatory day (Art. 111(3))."""
    taken = {d.date for d in days}
    extra = []
    for day in sorted(days):
        if day.kind != HOLIDAY or day.date.weekday() not in WEEKLY_DAYS_OFF:
            continue
        off = day.date + DAY
        while off.weekday() in WEEKLY_DAYS_OFF or off in taken:
            off += DAY
        taken.add(off)
        name = _name("compensatory", name=day.name, date=f"{day.date:%d/%m}")
        extra.append(Day(off, name, DAY_OFF, _basis("compensatory")))
    return extra


def statutory_holidays(year: int) -> list[Day]:
    """The holidays of `year` as the Labour Code 2019 sets them, with the defaults above and the
    compensatory days, in date order. ValueError outside 2021–2199."""
    check_statute_year(year)
    days = _statutory_days(year)
    return sorted(days + compensatory_days(days))


def announced_years() -> list[int]:
    return sorted(int(y) for y in _data()["years"])


def announcement_status(year: int) -> str | None:
    """'announced', 'partial' (some days are the statute's default) or None (not in the data)."""
    entry = _data()["years"].get(str(year))
    return None if entry is None else str(entry["status"])


def announced(year: int) -> list[Day] | None:
    """The schedule the Government announced for `year` (data/vn_holidays.json), or None."""
    entry = _data()["years"].get(str(year))
    if entry is None:
        return None
    return sorted(
        Day(dt.date.fromisoformat(d["date"]), d["name"], d["kind"], d["basis"])
        for d in entry["days"]
    )


def schedule(year: int) -> tuple[list[Day], str]:
    """The best schedule known for `year` and where it comes from: ('announced'|'partial'|
    'statute'). ValueError for a year without an announcement outside the statute's years."""
    days = announced(year)
    if days is not None:
        return days, announcement_status(year) or "announced"
    return statutory_holidays(year), "statute"
