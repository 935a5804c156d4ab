"""Partial dates (year, month or day precision) that keep their precision end to end.

A partial date names a span: "2018" is the whole year, "2018-04" the whole month. Filters
compare spans, so an event dated "2018-04" is inside a window that touches April 2018.

A date may also say how it is known, with the qualifiers of the Library of Congress Extended
Date/Time Format (EDTF level 1, ISO 8601-2): "2018?" uncertain, "2018-06~" approximate,
"2018-06%" both. The qualifier applies to the whole date and is kept end to end: written
back as given, and shown in words ("2018?", "c. Jun 2018").
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import re

import msgspec

from ..errors import DateError, UsageError

ISO_FORM = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?([?~%])?")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
EXPECTED = "YYYY, YYYY-MM or YYYY-MM-DD, optionally with ?, ~ or %"
_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


class Precision(enum.IntEnum):
    YEAR = 1
    MONTH = 2
    DAY = 3


class Qualifier(enum.StrEnum):
    """How a date is known, as EDTF writes it after the date."""

    UNCERTAIN = "?"  # the source is not sure of it ("probably June 2018")
    APPROXIMATE = "~"  # it is near the truth ("around June 2018")
    UNCERTAIN_APPROXIMATE = "%"  # both

    @property
    def uncertain(self) -> bool:
        return self is not Qualifier.APPROXIMATE

    @property
    def approximate(self) -> bool:
        return self is not Qualifier.UNCERTAIN

    @property
    def meaning(self) -> str:
        """In words, for a calendar entry or a note: "uncertain", "approximate", "approximate and uncertain"."""
        return {"?": "uncertain", "~": "approximate", "%": "approximate and uncertain"}[self.value]


class PartialDate(msgspec.Struct, frozen=True, gc=False):
    """A date at year, month or day precision; it names the whole span ("2018-04" is April)."""

    year: int
    month: int | None = None
    day: int | None = None
    qualifier: Qualifier | None = None

    @property
    def precision(self) -> Precision:
        if self.month is None:
            return Precision.YEAR
        return Precision.MONTH if self.day is None else Precision.DAY

    @property
    def first_day(self) -> dt.date:
        return dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> dt.date:
        if self.month is None:
            return dt.date(self.year, 12, 31)
        if self.day is None:
            return dt.date(self.year, self.month, days_in_month(self.year, self.month))
        return dt.date(self.year, self.month, self.day)

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Orders by first day, then the vaguer date first ("2018" < "2018-01" < "2018-01-01").

        Plain integers, not (first_day, precision): the same order at a fraction of the cost,
        which counts when a large file's events are sorted.
        """
        return (self.year, self.month or 0, self.day or 0)

    @property
    def plausible_first_day(self) -> dt.date:
        """The first day the date could mean if its qualifier is right to doubt it.

        An uncertain or approximate date may be off by the next larger unit: "2017-12-06?"
        may be another day of December 2017, "2018-06~" another month of 2018, "2018?" the
        year before or after. An unqualified date means its own span.
        """
        if self.qualifier is None:
            return self.first_day
        if self.day is not None and self.month is not None:  # a day always comes with its month
            return dt.date(self.year, self.month, 1)
        if self.month is not None:
            return dt.date(self.year, 1, 1)
        return dt.date(max(self.year - 1, 1), 1, 1)

    @property
    def plausible_last_day(self) -> dt.date:
        """The last day the date could mean if its qualifier is right to doubt it (see above)."""
        if self.qualifier is None:
            return self.last_day
        if self.day is not None and self.month is not None:
            return dt.date(self.year, self.month, days_in_month(self.year, self.month))
        if self.month is not None:
            return dt.date(self.year, 12, 31)
        return dt.date(min(self.year + 1, 9999), 12, 31)

    @property
    def unqualified(self) -> PartialDate:
        """The same span without its qualifier."""
        return PartialDate(self.year, self.month, self.day) if self.qualifier else self

    def iso(self) -> str:
        """The canonical text form, at the date's own precision, qualifier kept ("2018-04", "2018?")."""
        mark = self.qualifier.value if self.qualifier else ""
        if self.month is None:
            return f"{self.year:04d}{mark}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}{mark}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}{mark}"

    def display(self) -> str:
        """The human form, at the date's own precision ("Apr 2018", "6 Apr 2018").

        Qualified dates say so the same way everywhere: "c." before an approximate date and
        "?" after an uncertain one ("2018?", "c. Jun 2018", "c. 6 Jun 2018?").
        """
        if self.month is None:
            text = str(self.year)
        elif self.day is None:
            text = f"{_MONTHS[self.month - 1]} {self.year}"
        else:
            text = f"{self.day} {_MONTHS[self.month - 1]} {self.year}"
        if self.qualifier is None:
            return text
        if self.qualifier.approximate:
            text = f"c. {text}"
        return f"{text}?" if self.qualifier.uncertain else text

    def __str__(self) -> str:
        return self.iso()


def days_in_month(year: int, month: int) -> int:
    # Not calendar.monthrange: it also works out the weekday, a third of the cost of loading a
    # date; and importing calendar costs more than this whole function.
    if month == 2 and year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        return 29
    return _DAYS_IN_MONTH[month - 1]


def make_date(year: int, month: int | None = None, day: int | None = None,
              qualifier: Qualifier | None = None) -> PartialDate:
    """Build a partial date, rejecting impossible ones such as 2018-02-30."""
    if not 1 <= year <= 9999:
        raise DateError(f"year {year} is out of range")
    if month is not None and not 1 <= month <= 12:
        raise DateError(f"month {month} is not 1-12")
    if day is not None:
        if month is None:
            raise DateError("a day needs a month")
        last = days_in_month(year, month)
        if not 1 <= day <= last:
            raise DateError(f"day {day} is not in {_MONTHS[month - 1]} {year} (1-{last})")
    return PartialDate(year, month, day, qualifier)


# Cached: a timeline repeats the same few thousand dates, and a date is immutable, so a large
# file parses each distinct date once and its events share the objects (less time, less memory).
@functools.lru_cache(maxsize=1 << 16)
def parse_iso(text: str) -> PartialDate:
    """Read "YYYY", "YYYY-MM" or "YYYY-MM-DD", each optionally qualified ("2018?", "2018-06~")."""
    match = ISO_FORM.fullmatch(text.strip())
    if match is None:
        raise DateError(f"{text!r} is not a date (expected {EXPECTED})")
    year, month, day, mark = match.groups()
    try:
        return make_date(int(year), int(month) if month else None, int(day) if day else None,
                         Qualifier(mark) if mark else None)
    except DateError as err:
        raise DateError(f"{text!r} is not a real date: {err}") from None


def from_toml(value: object) -> PartialDate:
    """Accept a date string or a TOML date from a data file."""
    if isinstance(value, str):
        return parse_iso(value)
    if isinstance(value, dt.datetime):
        raise DateError(f"{value.isoformat()!r} has a time of day (expected {EXPECTED})")
    if isinstance(value, dt.date):
        return PartialDate(value.year, value.month, value.day)
    raise DateError(f"{value!r} is not a date (expected {EXPECTED})")


class Window(msgspec.Struct, frozen=True, gc=False):
    """A closed range of days; either end may be open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        return (self.end is None or first <= self.end) and (self.start is None or last >= self.start)

    def display(self) -> str:
        """'1 Jun 2018 – 30 Jun 2018', 'from 1 Jun 2018', 'until 30 Jun 2018'."""
        def day(date: dt.date) -> str:
            return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"

        if self.start and self.end:
            return day(self.start) if self.start == self.end else f"{day(self.start)} – {day(self.end)}"
        if self.start:
            return f"from {day(self.start)}"
        return f"until {day(self.end)}" if self.end else ""



def make_window(
    since: PartialDate | None = None,
    until: PartialDate | None = None,
    on: PartialDate | None = None,
) -> Window | None:
    """Turn --since/--until/--on into a window of days; a partial date counts as its whole span."""
    start = since.first_day if since else None
    end = until.last_day if until else None
    if on is not None:
        start = max(filter(None, (start, on.first_day)))
        end = min(filter(None, (end, on.last_day)))
    if start and end and start > end:
        raise UsageError(f"the date window is empty: {start.isoformat()} is after {end.isoformat()}")
    if start is None and end is None:
        return None
    return Window(start, end)
