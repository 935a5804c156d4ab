"""Days a claim gives that the text's own date cannot place: a weekday in a text dated only to
its month ("Sunday", April 2019), a day without its year in a text of no known day ("June 27").
Each is read against the record the claim is about, and only that record."""

from __future__ import annotations

import datetime as dt

from ..model.dates import PartialDate, Precision
from .actions import ActMention
from .claim_dates import a_bound_at, in_its_year
from .clauses import date_subject
from .date_accounts import title_of, when_text
from .dates import check_date
from .deadlines import is_deadline
from .index import ClaimIndex, Entry
from .parts import Finding, PartKind, Verdict
from .relative_dates import WEEKDAYS
from .subject import Subject


def weekday_of(text: str, about: Entry, written: PartialDate | None) -> Finding | None:
    """A weekday the claim gives ("Sunday") in a text dated only to its month, so that the day
    cannot be read: supported when the record the claim is about happened on that weekday in that
    month (or the week before it); never contradicted, since which day it meant is not known."""
    name = text.strip().casefold()
    if written is None or about.date is None or about.date.precision is not Precision.DAY \
            or name not in WEEKDAYS:
        return None
    day = about.date.first_day
    if not written.first_day - dt.timedelta(days=7) <= day <= written.last_day or WEEKDAYS[day.weekday()] != name:
        return None
    return Finding(f"{text} ({about.date.display()})", PartKind.DATE, Verdict.SUPPORTED, about.record.id,
                   f"{when_text(about.date, about.end)}: {title_of(about)}", about.record.sources,
                   "the weekday of the record's day, in the month the text was written")


def day_in_its_year(index: ClaimIndex, text: str, about: Entry, subject: Subject, claim: str, anchors: list[Entry],
                    acts: tuple[ActMention, ...]) -> Finding | None:
    """A day without its year ("On June 26, President Trump signed ..."), read in the year of the
    record the claim is about: that record's day or not (a deadline's day is of what must be done
    by then, and another record's day says nothing)."""
    day = in_its_year(text, claim, about.date.year) if about.date is not None else None
    if day is None or is_deadline(claim, day):
        return None
    part = date_subject(subject, claim, day, (day,), acts)
    wider = subject.narrowed(part.acts, subject.words | part.words)
    found = check_date(index, day, part, anchors, wider)
    return found if found.record == about.record.id else None


def undated_day(index: ClaimIndex, text: str, about: Entry | None, written: PartialDate | None, subject: Subject,
                claim: str, anchors: list[Entry], acts: tuple[ActMention, ...]) -> Finding | None:
    """A day the text's date could not place, against the record the claim is about, if any."""
    if about is None or a_bound_at(claim, claim.find(text)):
        return None  # ("is effective on May 11", "by July 26": a bound, not the day of the record's act)
    return weekday_of(text, about, written) or day_in_its_year(index, text, about, subject, claim, anchors, acts)
