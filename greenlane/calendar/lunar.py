"""The Vietnamese lunisolar calendar (âm lịch), computed astronomically.

This is Hồ Ngọc Đức's algorithm ("Computing the Vietnamese lunar calendar", 2004): new moons and
solar terms after Jean Meeus, "Astronomical Algorithms" (1998), evaluated at Vietnam's time zone,
UTC+7. Because the day of a new moon depends on the meridian, Vietnam's calendar differs from the
Chinese one (computed at UTC+8) in some years: Tết 2007 fell on 17/02 in Vietnam and on 18/02 in
China; in 1985 the Vietnamese year began on 21/01, a month before China's (20/02).

The rules: a month begins on the day of a new moon; month 11 is the month that contains the
winter solstice; when there are 13 new moons between two months 11, the first month after
month 11 that contains no major solar term (trung khí) is a leap month and repeats the number of
the month before it.

Accurate for the years 1800–2199, the range the arithmetic is used for here.
"""

from __future__ import annotations

import datetime as dt
import math

VIETNAM = 7.0  # hours east of Greenwich
EPOCH = 2415021.076998695  # the new moon of 1 January 1900, Julian day
SYNODIC = 29.530588853  # mean length of a lunar month, days
FIRST_YEAR, LAST_YEAR = 1800, 2199
_JD_OF_ORDINAL = 1721425  # Julian day number of date.fromordinal(1) minus one
_DR = math.pi / 180

LunarDate = tuple[int, int, int, bool]  # day, month, year, leap month


def julian_day(day: dt.date) -> int:
    """The Julian day number of a (proleptic Gregorian) date."""
    return day.toordinal() + _JD_OF_ORDINAL


def from_julian_day(jd: int) -> dt.date:
    return dt.date.fromordinal(jd - _JD_OF_ORDINAL)


def new_moon(k: int) -> float:
    """The moment (Julian date, UT) of the k-th new moon after 1 January 1900."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * _DR)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3  # sun's mean anomaly
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3  # moon's mean anomaly
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3  # moon's latitude arg.
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * _DR) + 0.0021 * math.sin(2 * _DR * m)
    c1 = c1 - 0.4068 * math.sin(mpr * _DR) + 0.0161 * math.sin(_DR * 2 * mpr)
    c1 = c1 - 0.0004 * math.sin(_DR * 3 * mpr)
    c1 = c1 + 0.0104 * math.sin(_DR * 2 * f) - 0.0051 * math.sin(_DR * (m + mpr))
    c1 = c1 - 0.0074 * math.sin(_DR * (m - mpr)) + 0.0004 * math.sin(_DR * (2 * f + m))
    c1 = c1 - 0.0004 * math.sin(_DR * (2 * f - m)) - 0.0006 * math.sin(_DR * (2 * f + mpr))
    c1 = c1 + 0.0010 * math.sin(_DR * (2 * f - mpr)) + 0.0005 * math.sin(_DR * (2 * mpr + m))
    if t < -11:
        delta_t = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta_t = -0.000278 + 0.000265 * t + 0.000262 * t2
    return jd + c1 - delta_t


def new_moon_day(k: int, tz: float = VIETNAM) -> int:
    """The Julian day number of the local day on which the k-th new moon falls."""
    return math.floor(new_moon(k) + 0.5 + tz / 24)


def sun_longitude(jd: float) -> float:
    """The sun's apparent longitude, radians in [0, 2π), at Julian date `jd` (UT)."""
    t = (jd - 2451545.0) / 36525
    t2 = t * t
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(_DR * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(_DR * 2 * m) + 0.000290 * math.sin(_DR * 3 * m)
    longitude = (l0 + dl) * _DR
    return longitude - 2 * math.pi * math.floor(longitude / (2 * math.pi))


def solar_term(day_number: int, tz: float = VIETNAM) -> int:
    """Which twelfth of the ecliptic (0–11, 30° each from the vernal equinox) the sun is in at
    the start of the local day `day_number`."""
    return math.floor(sun_longitude(day_number - 0.5 - tz / 24) / math.pi * 6)


def month_11(year: int, tz: float = VIETNAM) -> int:
    """The Julian day on which lunar month 11 (the winter-solstice month) begins, late in
    the Gregorian `year`."""
    off = julian_day(dt.date(year, 12, 31)) - 2415021
    k = math.floor(off / SYNODIC)
    start = new_moon_day(k, tz)
    if solar_term(start, tz) >= 9:  # the sun is already past 270°: take the month before
        start = new_moon_day(k - 1, tz)
    return start


def leap_month_offset(a11: int, tz: float = VIETNAM) -> int:
    """In a 13-month year beginning at month 11 `a11`: how many months after it the leap month
    comes (the first month without a major solar term)."""
    k = math.floor((a11 - EPOCH) / SYNODIC + 0.5)
    i = 1
    arc = solar_term(new_moon_day(k + i, tz), tz)
    while True:
        last = arc
        i += 1
        arc = solar_term(new_moon_day(k + i, tz), tz)
        if arc == last or i >= 14:
            return i - 1


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValueError(f"the lunar calendar is computed for {FIRST_YEAR}–{LAST_YEAR} only")


def solar_to_lunar(day: dt.date, tz: float = VIETNAM) -> LunarDate:
    """(lunar day, lunar month, lunar year, leap month?) of a Gregorian date."""
    _check_year(day.year)
    jd = julian_day(day)
    k = math.floor((jd - EPOCH) / SYNODIC)
    month_start = new_moon_day(k + 1, tz)
    if month_start > jd:
        month_start = new_moon_day(k, tz)
    a11 = b11 = month_11(day.year, tz)
    if a11 >= month_start:
        lunar_year = day.year
        a11 = month_11(day.year - 1, tz)
    else:
        lunar_year = day.year + 1
        b11 = month_11(day.year + 1, tz)
    lunar_day = jd - month_start + 1
    diff = math.floor((month_start - a11) / 29)
    leap = False
    lunar_month = diff + 11
    if b11 - a11 > 365:
        leap_diff = leap_month_offset(a11, tz)
        if diff >= leap_diff:
            lunar_month = diff + 10
            leap = diff == leap_diff
    if lunar_month > 12:
        lunar_month -= 12
    if lunar_month >= 11 and diff < 4:
        lunar_year -= 1
    return lunar_day, lunar_month, lunar_year, leap


def lunar_to_solar(
    day: int, month: int, year: int, leap: bool = False, tz: float = VIETNAM
) -> dt.date:
    """The Gregorian date of a lunar date; ValueError if there is no such lunar date (a leap
    month the year does not have, or day 30 of a 29-day month)."""
    _check_year(year)
    if not (1 <= month <= 12 and 1 <= day <= 30):
        raise ValueError(f"{day}/{month}/{year} is not a lunar date")
    if month < 11:
        a11, b11 = month_11(year - 1, tz), month_11(year, tz)
    else:
        a11, b11 = month_11(year, tz), month_11(year + 1, tz)
    k = math.floor(0.5 + (a11 - EPOCH) / SYNODIC)
    off = (month - 11) % 12
    if b11 - a11 > 365:
        leap_off = leap_month_offset(a11, tz)
        leap_month = (leap_off - 2) % 12
        if leap and month != leap_month:
            raise ValueError(f"lunar year {year} has no leap month {month}")
        if leap or off >= leap_off:
            off += 1
    elif leap:
        raise ValueError(f"lunar year {year} has no leap month")
    start = new_moon_day(k + off, tz)
    if day > new_moon_day(k + off + 1, tz) - start:
        raise ValueError(f"lunar month {month} of {year} has fewer than {day} days")
    return from_julian_day(start + day - 1)


def month_length(month: int, year: int, leap: bool = False) -> int:
    """29 or 30: the number of days of a lunar month."""
    day_30 = lunar_to_solar(1, month, year, leap) + dt.timedelta(days=29)
    return 30 if solar_to_lunar(day_30)[0] == 30 else 29


def new_year(year: int) -> dt.date:
    """Tết Nguyên đán: the first day of the first lunar month of `year`."""
    return lunar_to_solar(1, 1, year)
