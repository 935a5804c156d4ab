"""Time as pictures and exports need it: the months a timeline covers, events per month, the
dated roles of office-holders, and the events the file says most about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from .dates import PartialDate, Precision
from .model import Actor, ActorKind, Event, Role, Timeline


@dataclass(frozen=True, slots=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def of(cls, day: dt.date) -> Month:
        return cls(day.year, day.month)

    @property
    def index(self) -> int:
        """Months since year 0: the difference of two indexes is a number of months."""
        return self.year * 12 + self.month - 1

    def as_date(self) -> PartialDate:
        return PartialDate(self.year, self.month)


def _month_from_index(index: int) -> Month:
    year, month0 = divmod(index, 12)
    return Month(year, month0 + 1)


def months_from(first: Month, last: Month) -> tuple[Month, ...]:
    """Every month from first to last, both included."""
    return tuple(_month_from_index(index) for index in range(first.index, last.index + 1))


def timeline_months(timeline: Timeline) -> tuple[Month, ...]:
    """The months from the first event's start to the last event's end (Feb 2017 - Jan 2021)."""
    first = min(event.date.first_day for event in timeline.events)
    last = max(event.last.last_day for event in timeline.events)
    return months_from(Month.of(first), Month.of(last))


@dataclass(frozen=True, slots=True)
class MonthCounts:
    """Events counted in the month they begin; those dated only to a year have no month."""

    months: tuple[Month, ...]
    counts: tuple[int, ...]
    year_only: int

    @property
    def total(self) -> int:
        return sum(self.counts)


def events_per_month(events: Iterable[Event], months: tuple[Month, ...]) -> MonthCounts:
    """Events per month of `months`; an event that begins outside them is not counted."""
    wanted = dict.fromkeys(months, 0)
    year_only = 0
    for event in events:
        if event.date.precision is Precision.YEAR:
            year_only += 1
            continue
        month = Month(event.date.year, event.date.month or 1)
        if month in wanted:
            wanted[month] += 1
    return MonthCounts(months, tuple(wanted.values()), year_only)


def dated_roles(timeline: Timeline) -> tuple[tuple[Actor, Role], ...]:
    """The people's roles that have a start date, earliest first: who held office, and when."""
    found = [(actor, role) for actor in timeline.actors if actor.kind is ActorKind.PERSON
             for role in actor.roles if role.start is not None]
    return tuple(sorted(found, key=lambda pair: (pair[1].start.sort_key, pair[0].name)))


def succession(roles: Iterable[tuple[Actor, Role]]) -> tuple[tuple[Actor, Role], ...]:
    """The longest run of dated roles in which each starts when the one before it ended.

    For the bundled data this is the line of Attorneys General (Sessions, Whitaker, Barr):
    spans that never overlap, which is what a timeline's band of eras can show. A role that
    spans the whole period (a presidency) is a run of one, so it does not crowd the others out.
    """
    ordered = sorted(roles, key=lambda pair: pair[1].start.sort_key)

    def run_from(first: int) -> list[tuple[Actor, Role]]:
        chain = [ordered[first]]
        for actor, role in ordered[first + 1 :]:
            last = chain[-1][1]
            # Lenient at the edges: a role "from 2018-11" may follow one "until 2018-11-07".
            if last.until is not None and role.start.last_day >= last.until.first_day:
                chain.append((actor, role))
        return chain

    # max() keeps the first of equally long runs: the one that starts earliest.
    return tuple(max((run_from(first) for first in range(len(ordered))), key=len, default=[]))


def event_weight(timeline: Timeline, event: Event) -> int:
    """How much the file says about an event: its sources and actors, and the quotes and
    figures that point at it."""
    pointing = sum(1 for record in (*timeline.quotes, *timeline.figures) if record.event == event.id)
    return len(event.sources) + len(event.actors) + pointing


def key_events(timeline: Timeline, count: int, candidates: Iterable[Event] | None = None) -> tuple[Event, ...]:
    """The `count` events (of the candidates, default all) the file says most about, in date
    order; of two with the same weight, the earlier."""
    pool = tuple(timeline.events if candidates is None else candidates)
    weights = {event.id: event_weight(timeline, event) for event in pool}
    order = {event.id: index for index, event in enumerate(timeline.events)}
    ranked = sorted(pool, key=lambda e: (-weights[e.id], order[e.id]))[:count]
    return tuple(sorted(ranked, key=lambda e: order[e.id]))
