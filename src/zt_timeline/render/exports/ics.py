"""An iCalendar file (RFC 5545), written with the icalendar library: one all-day VEVENT per
event, whose title says the date whenever a calendar's grid cannot.

A single date known only to the month or year is a one-day entry on its first day, titled
"[Apr 2018, day unknown] ..." ("[2018, month unknown]"): a bar over every day of April would
sit on 30 days the event did not happen on, three such bars on every day of April 2018. A
span whose ends are months or years ("Jul 2017 - Nov 2017") covers them whole, titled with
the span. A date marked uncertain or approximate is titled with it ("[c. 5 Jun 2018] ...").
The description says the same in words. The calendar's name (X-WR-CALNAME) and description
are written unescaped on one line: calendar programs read these X- properties as they are
(icalendar and ical.js both read an escaped comma back with its backslash)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ... import __version__
from ...citations.cite import copy_note
from ...model.dates import PartialDate, Precision
from ...model.records import Event, Source
from ...model.timeline import Timeline
from ..cells import event_when, span
from ..detail import source_line
from ..safe import visible

UID_DOMAIN = "zt-timeline"
PRODID = f"-//zt-timeline//zt {__version__}//EN"
_PRECISION_WORDS = {Precision.MONTH: "month", Precision.YEAR: "year"}


def event_uid(event: Event) -> str:
    """Stable across exports: the same event keeps its UID, so a re-import updates, not duplicates."""
    return f"{event.id}@{UID_DOMAIN}"


def _is_qualified(event: Event) -> bool:
    return bool(event.date.qualifier or (event.end and event.end.qualifier))


def _is_spanned(event: Event) -> bool:
    """A span whose ends are real dates, not one vague date."""
    return event.end is not None and event.end != event.date


def _coarsest(event: Event) -> Precision:
    return min(event.date.precision, event.last.precision)


def _title(event: Event) -> str:
    """The title, with the date in front where the calendar's days do not say it."""
    coarsest = _coarsest(event)
    if coarsest is not Precision.DAY and not _is_spanned(event):
        missing = "day" if coarsest is Precision.MONTH else "month"
        return f"[{event_when(event)}, {missing} unknown] {event.title}"
    if coarsest is not Precision.DAY or _is_qualified(event):
        return f"[{event_when(event)}] {event.title}"
    return event.title


def _last_day(event: Event) -> dt.date:
    """The last day the entry covers: a single vague date is an entry on its first day."""
    if _is_spanned(event) or _coarsest(event) is Precision.DAY:
        return event.last.last_day
    return event.date.first_day


def _precision_note(event: Event) -> str | None:
    notes = []
    if _is_qualified(event):
        meanings = {date.qualifier.meaning for date in (event.date, event.end) if date and date.qualifier}
        notes.append(f"Date {' and '.join(sorted(meanings))} ({event_when(event)}): the sources do not state it "
                     "exactly; the entry shows the span it is thought to fall in.")
    coarsest = _coarsest(event)
    if coarsest is not Precision.DAY:
        unit = _PRECISION_WORDS[coarsest]
        if _is_spanned(event):
            notes.append(f"Dates known only to the {unit}: this entry spans all of {event_when(event)}, "
                         "not particular days.")
        else:
            notes.append(f"Date known only to the {unit} ({event_when(event)}): this entry is on the "
                         f"{unit}'s first day to stand for all of it, not because it happened that day.")
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
    """The first cited address on a publisher's own page, else the first copy's: a calendar's
    URL has no room to say that it opens a copy (the description does)."""
    found = [source for source_id in event.sources if isinstance(source := timeline.get(source_id), Source)]
    for source in sorted(found, key=lambda source: bool(copy_note(source))):
        url = source.url
        # An address with a space or line break in it is no URI: the calendar gets none.
        if url and url.startswith(("http://", "https://")) and not any(char.isspace() for char in url):
            return url
    return None


def _one_line(text: str) -> str:
    return " ".join(visible(text).split())


def vevent(timeline: Timeline, event: Event) -> Any:
    from icalendar import Event as VEvent

    entry = VEvent()
    entry.add("uid", event_uid(event))
    entry.add("dtstamp", _stamp(timeline, event))
    entry.add("dtstart", event.date.first_day)
    # DTEND is exclusive: the day after the last day the event may cover.
    entry.add("dtend", _last_day(event) + dt.timedelta(days=1))
    # RFC 5545 text has no control characters: data text goes in with them made visible.
    entry.add("summary", visible(_title(event)))
    entry.add("description", visible(_description(timeline, event)))
    if event.tags:
        entry.add("categories", [visible(tag) for tag in event.tags])
    url = _first_url(timeline, event)
    if url:
        entry.add("url", visible(url))
    entry.add("transp", "TRANSPARENT")  # history, not a busy slot in anyone's diary
    return entry


def ics_text(timeline: Timeline, events: tuple[Event, ...]) -> str:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # Read as they are written (no TEXT escapes), so on one line: a line break would end the
    # property and start another.
    if timeline.title:
        calendar.add("x-wr-calname", _one_line(timeline.title))
    if timeline.description:
        calendar.add("x-wr-caldesc", _one_line(timeline.description))
    for event in events:
        calendar.add_component(vevent(timeline, event))
    return calendar.to_ical().decode("utf-8")
