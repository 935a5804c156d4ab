"""When a count was made, against the time a claim gives it and the day its text was written: a
count of 2018 does not say how things stand in 2020 ("are still alone in custody"), nor one of
May how many the task force had reunited "so far" in June; a date of the claim is a figure's
when it is the day one of its accounts is of, or the period it counts."""

from __future__ import annotations

import re

from ..model.dates import PartialDate
from ..model.enums import FigureStatus
from ..model.records import Figure
from .claim_dates import DateMention
from .figures import figure_accounts
from .patterns import deferred
from .periods import of_its_period
from .subject import Subject

_STILL = deferred(r"\b(?:still|remain|remains|remaining|yet to|currently|now)\b", re.I)
STALE_DAYS = 183  # a count this much older than the text does not say how things stand when it was written


def stale(subject: Subject, figure: Figure) -> bool:
    """Whether the claim tells how things stand as it is written ("are still alone in custody")
    and the figure counts them long before."""
    return subject.written is not None and figure.date is not None and _may_be_still(subject.text) \
        and bool(_STILL().search(subject.text)) and (subject.written.first_day - figure.date.last_day).days > STALE_DAYS


def _may_be_still(text: str) -> bool:
    """A look for the words of how things stand before their pattern is compiled."""
    folded = text.casefold()
    return any(word in folded for word in ("still", "remain", "yet to", "currently", "now"))


# "So far, the task force has facilitated the reunification of seven families": a count as the
# text is written, which a count taken weeks before (of no fixed period) does not rule out.
_SO_FAR = deferred(r"\b(?:so far|to date|thus far|already|has|have)\b", re.I)
RUNNING_DAYS = 14  # counts that run on (reunited, found) change within weeks


def counted_before(subject: Subject, figure: Figure) -> bool:
    """Whether the claim gives a count as things stand when it is written, and the figure is a
    running count (of no fixed period) taken well before."""
    return subject.written is not None and figure.date is not None and figure.start is None \
        and figure.until is None and (subject.written.first_day - figure.date.last_day).days > RUNNING_DAYS \
        and bool(_SO_FAR().search(subject.text))


def dated_here(mention: DateMention, figure: Figure) -> bool:
    """Whether a date of the claim is the figure's: the day one of its accounts is of, or the
    period it counts written whole ("between April 19 and May 31" of the count of those weeks)."""
    if mention.until is not None and figure.start is not None:  # a span, and a count of a period: the same?
        return of_its_period(mention, figure)
    if figure.start is not None and _cuts(mention.date, figure.start, figure.until or figure.date):
        # ("separated in 2018", of a count from October 2016 to February 2018: part of its
        # period is the claim's time, so the count is not of that time, whenever it was made)
        return False
    return any(a.date is not None and overlaps(mention.date, a.date) for a in figure_accounts(figure))


def _cuts(date: PartialDate, start: PartialDate, end: PartialDate | None) -> bool:
    """Whether a date holds part of a period but not the whole of it."""
    last = (end or start).last_day
    return date.first_day <= last and start.first_day <= date.last_day \
        and not (date.first_day <= start.first_day and last <= date.last_day)


def overlaps(a: PartialDate, b: PartialDate) -> bool:
    return a.first_day <= b.plausible_last_day and b.plausible_first_day <= a.last_day


# What only grows as time goes on: a count of it on one day does not rule out a larger one later.
_CUMULATIVE = frozenset({FigureStatus.REUNITED, FigureStatus.DEPORTED, FigureStatus.RELEASED})


def may_have_grown(value: float, dates: tuple[DateMention, ...], figure: Figure,
                   statuses: frozenset[FigureStatus]) -> bool:
    """Whether a larger count of what only grows is given for a time that runs past the day the
    figure counted it ("seven families ... reunited in May", of the four reunited on May 3)."""
    return bool(statuses & _CUMULATIVE) and figure.date is not None and bool(dates) \
        and all(account.value < value for account in figure_accounts(figure)) \
        and any(mention.date.last_day > figure.date.last_day for mention in dates)
