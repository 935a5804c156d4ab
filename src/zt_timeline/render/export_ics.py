"""An iCalendar file (RFC 5545), written with the icalendar library: one all-day VEVENT per
event. A date known only to the month or year spans that whole month or year, and the
description says so, so a calendar never shows a day the data does not have. A date the
data marks as uncertain or approximate says so in the entry's title too ("[2018?]"), so it
never sits in a calendar as a confident whole-year block."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import __version__
from ..model.dates import PartialDate, Precision
from ..model.records import Event, Source, Timeline
from .cells import event_when, span
from .detail import source_line
from .safe import visible

UID_DOMAIN = "zt-timeline"
PRODID = f"-//zt-timeline//zt {__version__}//EN"
_PRECISION_WORDS = {Precision.MONTH: "month", Precision.YEAR: "year"}


def event_uid(event: Event) -> str:
    """Stable across exports: the same event keeps its UID, so a re-import updates, not duplicates."""
    return f"{event.id}@{UID_DOMAIN}"


def _is_qualified(event: Event) -> bool:
    return bool(event.date.qualifier or (event.end and event.end.qualifier))


def _precision_note(event: Event) -> str | None:
    notes = []
    if _is_qualified(event):
        meanings = {date.qualifier.meaning for date in (event.date, event.end) if date and date.qualifier}
        notes.append(f"Date {' and '.join(sorted(meanings))} ({event_when(event)}): the sources do not state it "
                     "exactly; the entry shows the span it is thought to fall in.")
    coarsest = min(event.date.precision, event.last.precision)
    if coarsest is not Precision.DAY:
        unit = _PRECISION_WORDS[coarsest]
        if event.end:
            notes.append(f"Dates known only to the {unit}: this entry spans all of {event_when(event)}, "
                         "not particular days.")
        else:
            notes.append(f"Date known only to the {unit}: this entry spans all of {event_when(event)}, "
                         "not a particular day.")
    return " ".join(notes) or None


def _description(timeline: Timeline, event: Event) -> str:
    parts = [event.summary] if event.summary else []
    note = _precision_note(event)
    if note:
        parts.append(note)
    for variant in event.variants:
        remark = f": {variant.note}" if variant.note else ""
        parts.append(f"Another account dates it {span(variant.date, variant.end)} "
                     f"({', '.join(variant.sources)}{remark}).")
    if event.note:
        parts.append(f"Note: {event.note}")
    sources = [timeline.get(source_id) for source_id in event.sources]
    parts.append("Sources:\n" + "\n".join(f"- {source_line(s)}" for s in sources if isinstance(s, Source)))
    return "\n\n".join(parts)


def _stamp(timeline: Timeline, event: Event) -> dt.datetime:
    """DTSTAMP, required by RFC 5545: the newest cited source's date, not the clock, so the same
    data always gives the same file (clean diffs, no spurious calendar updates)."""
    dates = [source.date for source_id in event.sources
             if isinstance(source := timeline.get(source_id), Source) and source.date]
    newest: PartialDate = max(dates, key=lambda date: date.sort_key, default=event.last)
    return dt.datetime.combine(newest.first_day, dt.time(0, 0), tzinfo=dt.UTC)


def _first_url(timeline: Timeline, event: Event) -> str | None:
    for source_id in event.sources:
        source = timeline.get(source_id)
        url = source.url if isinstance(source, Source) else None
        # An address with a space or line break in it is no URI: the calendar gets none.
        if url and url.startswith(("http://", "https://")) and not any(char.isspace() for char in url):
            return url
    return None


def vevent(timeline: Timeline, event: Event) -> Any:
    from icalendar import Event as VEvent

    entry = VEvent()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", _stamp(timeline, event))
    entry.add("dtstart", event.date.first_day)
    # DTEND is exclusive: the day after the last day the event may cover.
    entry.add("dtend", event.last.last_day + dt.timedelta(days=1))
    # RFC 5545 text has no control characters: data text goes in with them made visible.
    title = f"[{event_when(event)}] {event.title}" if _is_qualified(event) else event.title
    entry.add("summary", visible(title))
    entry.add("description", visible(_description(timeline, event)))
    if event.tags:
        entry.add("categories", [visible(tag) for tag in event.tags])
    url = _first_url(timeline, event)
    if url:
        entry.add("url", visible(url))
    entry.add("transp", "TRANSPARENT")  # history, not a busy slot in anyone's diary
    return entry


def ics_text(timeline: Timeline, events: tuple[Event, ...]) -> str:
    from icalendar import Calendar, vText

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # As TEXT values, which escape line breaks: icalendar takes an X- property's value as it is.
    if timeline.title:
        calendar.add("x-wr-calname", vText(visible(timeline.title)))
    if timeline.description:
        calendar.add("x-wr-caldesc", vText(visible(timeline.description)))
    for event in events:
        calendar.add_component(vevent(timeline, event))
    return calendar.to_ical().decode("utf-8")
