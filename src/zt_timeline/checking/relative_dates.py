"""Dates a claim writes without all of them: a month or a day with no year, "last month",
"Friday", "last spring", read against the day the draft was written (`--dated`); and the parts
of a year ("early 2018", "the summer of 2017") as the months they name."""

from __future__ import annotations

import datetime as dt
import re

from ..model.dates import PartialDate, Precision, make_date

MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def month_number(name: str) -> int:
    return MONTH_NAMES.index(name[:3].casefold()) + 1


def resolve(kind: str, match: re.Match, dated: PartialDate | None, future: bool = True, ahead: bool = False
             ) -> tuple[PartialDate, bool] | None:
    """The date a match names, and whether it was read against the draft's date; `future`: the
    sentence may speak of what is still to come ("will", "by", "deadline"); `ahead`: the words
    just before a weekday make it the coming one ("will testify on Tuesday")."""
    groups = match.groupdict()
    if kind == "part-of-year":
        return make_date(int(groups["year"])), False
    if kind in ("day", "month", "year", "iso"):
        year = int(groups["year"])
        month = groups.get("month")
        month = (int(month) if month.isdigit() else month_number(month)) if month else None
        day = int(groups["day"]) if groups.get("day") else None
        return make_date(year, month, day), False
    # (a month, or a day, without a year is read in a text dated to its month too: "in June", "July
    # 26", written in July)
    if dated is None or (dated.precision is not Precision.DAY
                         and kind not in ("relative", "month-relative-year", "season-relative")
                         and not (kind in ("month-no-year", "month-last", "day-no-year")
                                  and dated.precision is Precision.MONTH)):
        return None
    anchor = dated.first_day  # a draft dated to the day: that day
    if kind == "month-relative-year":  # "February of this year", "in March last year", "June 26 last year"
        year = anchor.year - (groups["rel"].casefold() == "last")
        return make_date(year, month_number(groups["month"]), int(groups["day"]) if groups.get("day") else None), True
    if kind == "season-relative":  # "last spring": the latest one over before the text was written
        last_month = PARTS_OF_YEAR[groups["part"].casefold()][1]
        year = anchor.year if groups["rel"].casefold() == "this" or last_month < anchor.month else anchor.year - 1
        return make_date(year), True
    if kind == "month-last":  # "last August": the latest one over before the text's month
        month = month_number(groups["month"])
        return make_date(anchor.year if month < anchor.month else anchor.year - 1, month), True
    if kind == "week-relative":  # the days of the week, as `within`; the date, its month (or year)
        first, last = week_of(groups["rel"], dated)
        return (make_date(first.year, first.month) if first.month == last.month else make_date(first.year)), True
    if kind == "month-no-year":
        month = month_number(groups["month"])
        year = anchor.year if month <= anchor.month else anchor.year - 1
        return make_date(year, month), True
    if kind == "day-no-year":
        # The nearer of this year's and last year's: "by a July 26 deadline" a week before it is
        # this year's, "on Dec. 20" in January last year's.
        month, day = month_number(groups["month"]), int(groups["day"])
        if dated.precision is Precision.MONTH:
            anchor = dated.last_day  # ("July 26" in a text of July 2018: any day of it may be the text's)
        near = [make_date(year, month, day) for year in (anchor.year, anchor.year - 1, anchor.year + 1)]
        if not future:  # a sentence that speaks only of what happened is not about a day after it
            near = [date for date in near if date.first_day <= anchor]
        return min(near, key=lambda date: abs((date.first_day - anchor).days)), True
    if kind == "weekday":
        back = (anchor.weekday() - WEEKDAYS.index(groups["weekday"].casefold())) % 7
        that = anchor + dt.timedelta(days=(7 - back) % 7) if ahead else anchor - dt.timedelta(days=back)
        return make_date(that.year, that.month, that.day), True
    if kind == "days-ago":
        days = groups["days"].casefold()
        that = anchor - dt.timedelta(days=int(days) if days.isdigit() else _FEW_DAYS.index(days) + 2)
        return make_date(that.year, that.month, that.day), True
    rel = _SAME_DAY.get(groups["rel"].casefold(), groups["rel"].casefold())
    if rel in ("today", "yesterday") and dated.precision is not Precision.DAY:
        # a text dated only to its month: "today" is that month; "yesterday" may be the one before
        return (make_date(anchor.year, anchor.month), True) if rel == "today" and dated.month else None
    if rel == "last month":
        first = anchor.replace(day=1) - dt.timedelta(days=1)
        return make_date(first.year, first.month), True
    if rel == "this month":
        return make_date(anchor.year, anchor.month), True
    if rel == "last year":
        return make_date(anchor.year - 1), True
    if rel == "this year":
        return make_date(anchor.year), True
    that = anchor - dt.timedelta(days=1) if rel == "yesterday" else anchor
    return make_date(that.year, that.month, that.day), True


_SAME_DAY = {"last night": "yesterday", "tonight": "today", "this morning": "today", "this afternoon": "today",
             "this evening": "today"}
_FEW_DAYS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
PARTS_OF_YEAR = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "spring": (3, 6), "summer": (6, 9),
                  "fall": (9, 12), "autumn": (9, 12), "winter": (12, 3)}


def part_of_year(part: str, year: int) -> tuple[dt.date, dt.date]:
    """The months 'early', 'mid-' or 'late' in a year, or a season, name (a loose reading: a date
    just outside them is not contradicted, only not supported)."""
    key = next(name for name in PARTS_OF_YEAR if name in part.casefold())
    first, last = PARTS_OF_YEAR[key]
    if first > last:  # winter runs into the next year
        return dt.date(year, first, 1), dt.date(year + 1, last, 31)
    end = make_date(year, last)
    return dt.date(year, first, 1), end.last_day


def week_of(rel: str, dated: PartialDate) -> tuple[dt.date, dt.date]:
    """The days "last week" or "this week" name in a text of that day: Monday to Sunday (this
    week's up to the day itself, "earlier this week" before it)."""
    day = dated.first_day
    monday = day - dt.timedelta(days=day.weekday())
    word = " ".join(rel.casefold().split())
    if word in ("last", "past"):
        return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
    if word.startswith("earlier"):
        return monday, max(monday, day - dt.timedelta(days=1))
    return monday, day if not word.startswith("later") else monday + dt.timedelta(days=6)
