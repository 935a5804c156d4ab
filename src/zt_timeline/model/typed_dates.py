"""Dates typed on the command line: ISO forms, "April 2018", "6 Apr 2018", and numeric dates
only in the order the user says they write them (zt --date-order dmy|mdy).

Only a command given a date filter imports this (and dateutil, only for a date that is not ISO).
"""

from __future__ import annotations

import datetime as dt
import re

from ..errors import DateError
from .dates import ISO_FORM, PartialDate, make_date, parse_iso

# Two defaults that differ in every field: a field that comes back different between the
# two parses was not in the user's text. dateutil silently fills missing parts from its
# default (dateutil#834), and cannot say which parts were given (#1405).
_DEFAULT_A = dt.datetime(2004, 1, 1)
_DEFAULT_B = dt.datetime(2008, 2, 2)


_NUMERIC = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})")


def _numeric(text: str, order: str | None) -> PartialDate | None:
    """A date written as numbers with slashes or dots (06/05/2018), read in the order given.

    Without an order it is refused, whichever way it could be read: 06/05/2018 is 6 May or June
    5, and reading 13/06/2018 as day-first only because 13 cannot be a month would read the
    same writer's dates two ways."""
    match = _NUMERIC.fullmatch(text)
    if match is None:
        return None
    first, second, year = match.groups()
    if len(year) == 2:
        raise DateError(f"{text!r} has a two-digit year: write the year in full (e.g. 2018-06-05)")
    if order is None:
        # Even 13/06/2018, which has one reading: guessing it would read 06/05 the other way.
        raise DateError(f"{text!r} is a numeric date, and zt does not guess whether the day or the month comes "
                        f"first: write it as YYYY-MM-DD, or say how you write dates with zt --date-order dmy|mdy")
    day, month = (first, second) if order == "dmy" else (second, first)
    try:
        return make_date(int(year), int(month), int(day))
    except DateError as err:
        raise DateError(f"{text!r} is not a real date read as {order}: {err}") from None


def parse_user_date(text: str, order: str | None = None) -> PartialDate:
    """Read a date typed on the command line: ISO forms, "April 2018", "6 Apr 2018" ...; a
    numeric date (06/05/2018) only in the `order` given, "dmy" or "mdy"."""
    cleaned = text.strip()
    if ISO_FORM.fullmatch(cleaned):
        return parse_iso(cleaned)
    if not cleaned or not any(ch.isdigit() for ch in cleaned):
        raise DateError(f"cannot read {text!r} as a date: give a year (e.g. 2018, 2018-04, 'Apr 6 2018')")
    numeric = _numeric(cleaned, order)
    if numeric is not None:
        return numeric
    from dateutil import parser  # imported here: it costs ~45 ms and ISO dates never need it

    try:
        first = parser.parse(cleaned, default=_DEFAULT_A)
        second = parser.parse(cleaned, default=_DEFAULT_B)
    except (ValueError, OverflowError, TypeError):
        raise DateError(f"cannot read {text!r} as a date: write it as 2018, 2018-04, 2018-04-06, 'April 2018' "
                        f"or '6 April 2018'") from None
    if (first.hour, first.minute, first.second) != (0, 0, 0):
        raise DateError(f"cannot read {text!r} as a date: give a day, month or year, not a time")
    if first.year != second.year:
        raise DateError(f"{text!r} has no year: give one (e.g. 'Apr 6 2018')")
    if first.month != second.month:
        if first.day != second.day:
            return make_date(first.year)
        raise DateError(f"{text!r} has a day but no month")
    if first.day != second.day:
        return make_date(first.year, first.month)
    return make_date(first.year, first.month, first.day)
