"""Time as pictures and exports need it: the months a timeline covers, events per month, the
dated roles of office-holders, and the events the file says most about."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model.dates import PartialDate, Precision, Window
from ..model.enums import ActorKind
from ..model.records import Actor, Event, Role
from ..model.timeline import Timeline


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


def covered_days(events: Iterable[Event], window: Window | None = None) -> tuple[dt.date, dt.date]:
    """The days a selection of events covers: from the first one's start to the last one's end,
    kept within the filter window (an event dated "2018" is in a June window, but the June
    selection does not cover 2018)."""
    chosen = tuple(events)
    first = min(event.date.first_day for event in chosen)
    last = max(event.last.last_day for event in chosen)
    if window is not None:
        first = max(first, window.start) if window.start else first
        last = min(last, window.end) if window.end else last
    return first, last


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
    return tuple(sorted(found, key=lambda pair: (_start(pair[1]).sort_key, pair[0].name)))


def _start(role: Role) -> PartialDate:
    """The start of a dated role (dated_roles keeps only those)."""
    if role.start is None:
        raise ValueError(f"the role {role.title!r} has no start date")
    return role.start


# What a title says besides the office it holds: an aside in brackets, "Acting", "of the United
# States", and a deputy's own title before the office they ran ("Deputy Director and Acting
# Director of ...", "Senior Official Performing the Duties of the Director of ...").
_NOT_THE_OFFICE = (re.compile(r"\s*\([^)]*\)"), re.compile(r"^.*\band\s+(?=acting\s)", re.IGNORECASE),
                   re.compile(r"^.*\bperforming the duties of\s+(the\s+)?", re.IGNORECASE),
                   re.compile(r"^acting\s+", re.IGNORECASE), re.compile(r"\s+of the united states$", re.IGNORECASE))


def _office_title(title: str) -> str:
    for pattern in _NOT_THE_OFFICE:
        title = pattern.sub("", title.strip())
    return title[:1].upper() + title[1:]


def office_name(role: Role) -> str:
    """The office a role is a tenure of: its title without 'Acting', '... Performing the Duties
    of the', an ordinal in brackets, or 'of the United States' ('Acting Attorney General' and
    'Attorney General of the United States (85th)' are both tenures of 'attorney general')."""
    return _office_title(role.title).casefold()


@dataclass(frozen=True, slots=True)
class Office:
    """An office and the dated tenures of its holders, earliest first."""

    name: str  # as the first holder's title writes it, without 'Acting' or an ordinal
    tenures: tuple[tuple[Actor, Role], ...]
    weight: int  # events the holders take part in: how much the file says about the office


def offices(timeline: Timeline) -> tuple[Office, ...]:
    """Every office with dated tenures, the one the file says most about first."""
    grouped: dict[str, list[tuple[Actor, Role]]] = {}
    for actor, role in dated_roles(timeline):
        grouped.setdefault(office_name(role), []).append((actor, role))
    involved: dict[str, int] = {}
    for event in timeline.events:
        for actor_id in event.actors:
            involved[actor_id] = involved.get(actor_id, 0) + 1
    found = []
    for tenures in grouped.values():
        title = _office_title(tenures[0][1].title)
        weight = sum(involved.get(actor.id, 0) for actor in {actor.id: actor for actor, _ in tenures}.values())
        found.append(Office(title, tuple(tenures), weight))
    return tuple(sorted(found, key=lambda office: -office.weight))


def eras(timeline: Timeline) -> tuple[tuple[Actor, Role], ...]:
    """The holders of one office in succession: what a timeline's band of eras shows.

    The office the file names in `[timeline] eras` (the Attorneys General for the bundled
    data), else the office the file says most about that changed hands."""
    shared = [office for office in offices(timeline) if len({actor.id for actor, _ in office.tenures}) > 1]
    if timeline.eras:
        shared = [office for office in offices(timeline) if office.name.casefold() == timeline.eras.casefold()]
    if not shared:
        return succession(dated_roles(timeline))
    return succession(shared[0].tenures)


def succession(roles: Iterable[tuple[Actor, Role]]) -> tuple[tuple[Actor, Role], ...]:
    """The longest run of dated roles in which each starts when the one before it ended.

    For the bundled data this is the line of Attorneys General (Sessions, Whitaker, Barr):
    spans that never overlap, which is what a timeline's band of eras can show. A role that
    spans the whole period (a presidency) is a run of one, so it does not crowd the others out.
    """
    ordered = sorted(roles, key=lambda pair: _start(pair[1]).sort_key)

    def run_from(first: int) -> list[tuple[Actor, Role]]:
        chain = [ordered[first]]
        for actor, role in ordered[first + 1 :]:
            last = chain[-1][1]
            # Lenient at the edges: a role "from 2018-11" may follow one "until 2018-11-07".
            if last.until is not None and _start(role).last_day >= last.until.first_day:
                chain.append((actor, role))
        return chain

    # max() keeps the first of equally long runs: the one that starts earliest.
    runs = [run_from(first) for first in range(len(ordered))]
    longest = max(runs, key=len) if runs else []
    return tuple(longest)


def event_weight(timeline: Timeline, event: Event) -> int:
    """How much the file says about an event: its sources and actors, and the quotes and
    figures that point at it."""
    pointing = (sum(1 for quote in timeline.quotes if quote.event == event.id)
                + sum(1 for figure in timeline.figures if figure.event == event.id))
    return len(event.sources) + len(event.actors) + pointing


def key_events(timeline: Timeline, count: int, candidates: Iterable[Event] | None = None) -> tuple[Event, ...]:
    """The `count` events (of the candidates, default all) the file says most about, in date
    order; of two with the same weight, the earlier."""
    pool = tuple(timeline.events if candidates is None else candidates)
    weights = {event.id: event_weight(timeline, event) for event in pool}
    order = {event.id: index for index, event in enumerate(timeline.events)}
    ranked = sorted(pool, key=lambda e: (-weights[e.id], order[e.id]))[:count]
    return tuple(sorted(ranked, key=lambda e: order[e.id]))
