"""Knight Lab TimelineJS JSON (timeline.knightlab.com/docs/json-format.html).

A start is written only to the precision the data has: "2018-04" becomes {"year": 2018,
"month": 4}, never a made-up day. TimelineJS reads a date without a day as the first of its
month, so an end known only to the month (or year) is written as its last day, and its
display_date keeps the date as the data gives it ("Nov 2017"): a span Jul 2017 - Nov 2017
then covers November. TimelineJS cannot mark a date as uncertain, so every slide's
display_date says the date as the data gives it ("Apr 2018", "2018?", "c. Jun 2018").

A filtered export (--since, --until, --on) is about its window: its title slide names the
days it covers, and an event whose vague date reaches outside the window ("2018?" in a June
2018 export) is placed at the window's edge, its display_date still saying "2018?", so the
axis opens where the window's events are rather than on an empty 1 January.

The eras are the office-holders who followed one another, clipped to the days the export
covers (the first event's start to the last event's end, within the filter window), so the
last era reaches the last events; each is labelled with the holder's name, or surname where the era
is too short for the name. TimelineJS drops an end equal to its start and then rejects the
era ("All eras must have start and end dates"), so an era of one day runs from its first to
its last minute. Headline and text are HTML, which TimelineJS sanitises: data text is escaped,
never passed as markup; the text is for readers, naming sources by title and publisher, never
by record id. No `group`: TimelineJS gives each group a row of its own, and a row per tag
fills half the embed; without groups it stacks the markers in as few rows as they need.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from ...model.dates import PartialDate, Precision, Window
from ...model.records import Actor, Event, Source
from ...model.timeline import Timeline
from ...queries import periods
from ..cells import days_span, event_when, role_line, span

# About how many characters of era labels the timeline's navigation shows across its width.
LABEL_WIDTH = 120


def timelinejs_date(date: PartialDate, end: bool = False) -> dict[str, Any]:
    """{year, month?, day?, display_date}: the parts the date has, and no others; as an `end`,
    a month or year ends on its last day (TimelineJS would read it as its first)."""
    if end and date.precision is not Precision.DAY:
        last = date.last_day
        return {"year": last.year, "month": last.month, "day": last.day, "display_date": date.display()}
    parts: dict[str, Any] = {"year": date.year}
    if date.month is not None:
        parts["month"] = date.month
    if date.day is not None:
        parts["day"] = date.day
    parts["display_date"] = date.display()
    return parts


def _day(day: dt.date) -> dict[str, Any]:
    return {"year": day.year, "month": day.month, "day": day.day}


def _source_html(source: Source) -> str:
    title = html.escape(source.title)
    if source.url and source.url.startswith(("http://", "https://")):
        title = f'<a href="{html.escape(source.url, quote=True)}">{title}</a>'
    if source.descriptive_title:
        title = f"[{title}]"
    date = source.date.display() if source.date else "n.d."
    copy = ""
    if source.copy:  # "Copy at HOST", linked to the copy
        copy = f" ({html.escape(source.copy_note(address=False) or '')})"
        if source.copy.url.startswith(("http://", "https://")):
            copy = f' (<a href="{html.escape(source.copy.url, quote=True)}">{copy[2:-1]}</a>)'
    return f"{title}, {html.escape(source.publisher)}, {html.escape(date)}{copy}"


def _sources(timeline: Timeline, source_ids: tuple[str, ...]) -> list[Source]:
    found = (timeline.get(source_id) for source_id in source_ids)
    return [source for source in found if isinstance(source, Source)]


def _slide_text(timeline: Timeline, event: Event) -> str:
    """The summary, any other account of the date (named by who gives it, not by record id),
    and the sources as links."""
    blocks = []
    if event.summary:
        blocks.append(f"<p>{html.escape(event.summary)}</p>")
    for variant in event.variants:
        who = ", ".join(dict.fromkeys(source.publisher for source in _sources(timeline, variant.sources)))
        given = f" ({html.escape(who)})" if who else ""
        note = f" {html.escape(variant.note)}" if variant.note else ""
        blocks.append(f"<p>Another account{given} dates it {html.escape(span(variant.date, variant.end))}.{note}</p>")
    items = "".join(f"<li>{_source_html(source)}</li>" for source in _sources(timeline, event.sources))
    blocks.append(f"<p>Sources:</p><ul>{items}</ul>")
    return "".join(blocks)


def _placed(date: PartialDate, day: dt.date, moved: bool, end: bool = False) -> dict[str, Any]:
    """A slide's date, or where a window cuts a vague date, the window's edge (the slide's
    display_date still gives the date as the data has it)."""
    return {**_day(day), "display_date": date.display()} if moved else timelinejs_date(date, end=end)


def timelinejs_slide(timeline: Timeline, event: Event, window: Window | None = None) -> dict[str, Any]:
    """One event's slide; within a window, placed inside it (see the module's docstring)."""
    first, last = event.date.first_day, event.last.last_day
    low = window.start if window and window.start and first < window.start else None
    high = window.end if window and window.end and last > window.end else None
    slide: dict[str, Any] = {"unique_id": event.id, "start_date": _placed(event.date, low or first, bool(low))}
    if event.end is not None and event.end != event.date:
        slide["end_date"] = _placed(event.end, high or last, bool(high), end=True)
    slide["display_date"] = event_when(event)
    slide["text"] = {"headline": html.escape(event.title), "text": _slide_text(timeline, event)}
    return slide


def _label(actor: Actor, share: float) -> str:
    """The holder's name, or for an era too narrow to show it, the surname."""
    if len(actor.name) <= share * LABEL_WIDTH or actor.kind.value != "person":
        return actor.name
    return actor.name.split()[-1]


def timelinejs_eras(timeline: Timeline, first: dt.date, last: dt.date) -> list[dict[str, Any]]:
    """The office-holders in succession, each clipped to the days from `first` to `last`; an
    open tenure runs to `last`. TimelineJS needs an end for every era."""
    eras = []
    span = (last - first).days + 1
    for actor, role in periods.eras(timeline):
        if role.start is None:  # eras are dated roles: never
            continue
        start = max(role.start.first_day, first)
        end = min(role.until.last_day if role.until else last, last)
        if start > end:
            continue
        # TimelineJS drops an end equal to the start, then rejects the era: a one-day era
        # runs from the day's first minute to its last.
        one_day = {"hour": 0, "minute": 0} if start == end else {}
        eras.append({
            "start_date": {**_day(start), **one_day},
            "end_date": {**_day(end), **({"hour": 23, "minute": 59} if one_day else {})},
            "text": {"headline": html.escape(_label(actor, ((end - start).days + 1) / span)),
                     "text": f"<p>{html.escape(role_line(timeline, role))}</p>"},
        })
    return eras


def _title_slide(timeline: Timeline, events: tuple[Event, ...], window: Window | None) -> dict[str, Any]:
    """The timeline's title; for a window, the days it covers, with the whole timeline's title
    below (its "2017-2021" would not say what this export holds)."""
    title = html.escape(timeline.title or "Timeline")
    about = f"<p>{html.escape(timeline.description)}</p>" if timeline.description else ""
    if window is None or not events:
        return {"text": {"headline": title, "text": about}}
    count = f"{len(events)} event{'s' if len(events) != 1 else ''}"
    return {"text": {"headline": html.escape(days_span(*periods.covered_days(events, window))),
                     "text": f"<p>{count} from <em>{title}</em>.</p>{about}"}}


def timelinejs_document(timeline: Timeline, events: tuple[Event, ...], window: Window | None = None) -> dict[str, Any]:
    """The whole TimelineJS document: a title slide, a slide per event, and as eras the
    office-holders who followed one another over the days the export covers."""
    document: dict[str, Any] = {
        "title": _title_slide(timeline, events, window),
        "events": [timelinejs_slide(timeline, event, window) for event in events],
    }
    if events:
        eras = timelinejs_eras(timeline, *periods.covered_days(events, window))
        if eras:
            document["eras"] = eras
    return document
