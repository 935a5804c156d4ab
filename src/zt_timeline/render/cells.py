"""How single values read: dates at their precision, numbers with separators, quote forms."""

from __future__ import annotations

import datetime as dt

from ..model.dates import PartialDate
from ..model.enums import QuoteForm
from ..model.records import Event, Quote, Role
from ..model.timeline import Timeline


def when(date: PartialDate | None) -> str:
    return date.display() if date else ""


def iso(date: PartialDate | None) -> str:
    return date.iso() if date else ""


def span(start: PartialDate | None, end: PartialDate | None) -> str:
    """'6 Apr 2018', 'Jul 2017 – Nov 2017', or an open end ('from 9 Feb 2017')."""
    if start and end and end != start:
        return f"{start.display()} – {end.display()}"
    if start:
        return start.display()
    if end:
        return f"until {end.display()}"
    return ""


def days_span(first: dt.date, last: dt.date) -> str:
    """A span of days as briefly as it reads: '2018', 'Jun 2018', 'Apr 2018 – Jun 2018',
    '6 Apr 2018 – 30 Jun 2018'."""
    if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
        start, end = PartialDate(first.year), PartialDate(last.year)
    elif first.day == 1 and last == PartialDate(last.year, last.month).last_day:
        start, end = PartialDate(first.year, first.month), PartialDate(last.year, last.month)
    else:
        start, end = (PartialDate(day.year, day.month, day.day) for day in (first, last))
    return span(start, end)


def event_when(event: Event) -> str:
    return span(event.date, event.end)


def joined(items: tuple[str, ...] | list[str], sep: str = ", ") -> str:
    return sep.join(items)


FORM_FLAGS = {QuoteForm.NOTES: "[notes] ", QuoteForm.PARAPHRASE: "[paraphrase] "}


def quote_text(quote: Quote) -> str:
    """The words in quotation marks, flagged when they are notes or paraphrase."""
    return f"{FORM_FLAGS.get(quote.form, '')}“{quote.text}”"


def role_line(timeline: Timeline, role: Role) -> str:
    org = f", {timeline.actor_name(role.org)}" if role.org else ""
    tenure = span(role.start, role.until)
    if role.start and not role.until:
        tenure = f"from {role.start.display()}"
    return f"{role.title}{org}" + (f" ({tenure})" if tenure else "")
