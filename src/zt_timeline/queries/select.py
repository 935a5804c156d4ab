"""Queries over a Timeline: filtered events and quotes, a record's citations, counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

import msgspec

from ..errors import LookupFailed
from ..model.accounts import Pinpoint
from ..model.dates import PartialDate, Window
from ..model.enums import EvidenceLevel, SourceKind
from ..model.records import Actor, Event, Figure, Quote, Record, Source
from ..model.text import suggest
from ..model.timeline import Timeline


def _contains(needle: str, *texts: str | None) -> bool:
    return any(text and needle in text.casefold() for text in texts)


class EventQuery(msgspec.Struct, frozen=True, gc=False):
    """Which events to list: each filter given must match."""

    window: Window | None = None
    actors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    text: str | None = None
    limit: int | None = None
    reverse: bool = False


def select_events(timeline: Timeline, query: EventQuery) -> tuple[Event, ...]:
    """Events matching every given filter (any of several actors, any of several tags)."""
    needle = query.text.casefold() if query.text else None
    actors, tags, window = set(query.actors), set(query.tags), query.window
    chosen = []
    for event in timeline.events:
        # Set checks before dates: they are cheap, and the dates' first and last days are not.
        if actors and actors.isdisjoint(event.actors):
            continue
        if tags and tags.isdisjoint(event.tags):
            continue
        if window and not window.overlaps(event.date.first_day, event.last.last_day):
            continue
        if needle and not _contains(needle, event.id, event.title, event.summary, event.note):
            continue
        chosen.append(event)
    if query.reverse:
        chosen.reverse()
    return tuple(chosen[: query.limit] if query.limit is not None else chosen)


def quote_date(timeline: Timeline, quote: Quote) -> PartialDate | None:
    """The quote's own date, else the date of the event it belongs to."""
    if quote.date is not None:
        return quote.date
    event = timeline.get(quote.event) if quote.event else None
    return event.date if isinstance(event, Event) else None


def select_quotes(
    timeline: Timeline,
    speakers: Iterable[str] = (),
    text: str | None = None,
    window: Window | None = None,
) -> tuple[Quote, ...]:
    wanted = set(speakers)
    needle = text.casefold() if text else None
    chosen = []
    for quote in timeline.quotes:
        if wanted and quote.speaker not in wanted:
            continue
        if needle and not _contains(needle, quote.text, quote.context, *(v.text for v in quote.variants)):
            continue
        if window:
            when = quote_date(timeline, quote)
            if when is None or not window.overlaps(when.first_day, when.last_day):
                continue
        chosen.append(quote)
    return tuple(sorted(chosen, key=lambda q: _undated_last(quote_date(timeline, q))))


def _undated_last(date: PartialDate | None) -> tuple:
    return (0, *date.sort_key) if date else (1,)


def select_sources(timeline: Timeline, text: str | None = None, kinds: Iterable[SourceKind] = (),
                   window: Window | None = None, evidence: Iterable[EvidenceLevel] = ()) -> tuple[Source, ...]:
    """Sources matching every given filter, in the bibliography's order (oldest first, undated
    last). A window keeps only the works whose date falls in it: an undated work is left out."""
    needle = text.casefold() if text else None
    wanted_kinds, wanted_evidence = set(kinds), set(evidence)
    chosen = []
    for source in timeline.sources:
        if wanted_kinds and source.kind not in wanted_kinds:
            continue
        if wanted_evidence and source.evidence not in wanted_evidence:
            continue
        if window and (source.date is None or not window.overlaps(source.date.first_day, source.date.last_day)):
            continue
        if needle and not _contains(needle, source.id, source.title, source.publisher, source.author, source.url,
                                    source.host, source.note):
            continue
        chosen.append(source)
    return tuple(sorted(chosen, key=lambda s: ((0, *s.date.sort_key) if s.date else (1,), s.id)))


def get_record(timeline: Timeline, record_id: str) -> Record:
    record = timeline.get(record_id.strip().casefold())
    if record is None:
        raise LookupFailed(f"no record has the id {record_id!r}", suggest(record_id, timeline.ids()))
    return record


def record_sources(record: Record) -> tuple[str, ...]:
    """Every source a record cites, its variants' and roles' included, first cited first."""
    return tuple(dict.fromkeys(source for part in record.citing_parts for source in part.sources))


def record_pinpoints(record: Record) -> tuple[Pinpoint, ...]:
    """Every excerpt and locator a record gives for its sources, its variants', roles' and disputes' too."""
    return tuple(dict.fromkeys(pinpoint for part in record.citing_parts for pinpoint in part.pinpoints))


def citations(timeline: Timeline) -> dict[str, tuple[str, ...]]:
    """For each source id, the ids of the records that cite it."""
    cited_by: dict[str, list[str]] = {source.id: [] for source in timeline.sources}
    for group in (timeline.actors, timeline.events, timeline.quotes, timeline.figures):
        for record in group:
            for source_id in record_sources(record):
                cited_by.setdefault(source_id, []).append(record.id)
    return {source_id: tuple(ids) for source_id, ids in cited_by.items()}


def actor_events(timeline: Timeline, actor: Actor) -> tuple[Event, ...]:
    return tuple(event for event in timeline.events if actor.id in event.actors)


def actor_quotes(timeline: Timeline, actor: Actor) -> tuple[Quote, ...]:
    return select_quotes(timeline, speakers=(actor.id,))


def events_by_year(events: Iterable[Event]) -> dict[int, int]:
    counts = Counter(event.date.year for event in events)
    return dict(sorted(counts.items()))


def events_by_actor(timeline: Timeline) -> tuple[tuple[Actor, int], ...]:
    counts = Counter(actor_id for event in timeline.events for actor_id in event.actors)
    ranked = sorted(timeline.actors, key=lambda actor: (-counts[actor.id], actor.name))
    return tuple((actor, counts[actor.id]) for actor in ranked if counts[actor.id])


def figures_in_date_order(timeline: Timeline) -> tuple[Figure, ...]:
    return tuple(sorted(timeline.figures, key=lambda figure: _undated_last(figure.date)))


def select_figures(timeline: Timeline, text: str | None = None, window: Window | None = None) -> tuple[Figure, ...]:
    """The figures, in date order, whose label or id contains `text` and whose date overlaps the window."""
    needle = text.casefold() if text else None
    return tuple(figure for figure in figures_in_date_order(timeline)
                 if (not needle or _contains(needle, figure.label, figure.id))
                 and (not window or (figure.date is not None
                                     and window.overlaps(figure.date.first_day, figure.date.last_day))))
