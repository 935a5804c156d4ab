"""Knight Lab TimelineJS JSON (timeline.knightlab.com/docs/json-format.html).

A start is written only to the precision the data has: "2018-04" becomes {"year": 2018,
"month": 4}, never a made-up day. TimelineJS reads a date without a day as the first of its
month, so an end known only to the month (or year) is written as its last day, and its
display_date keeps the date as the data gives it ("Nov 2017"): a span Jul 2017 - Nov 2017
then covers November. TimelineJS cannot mark a date as uncertain, so every slide's
display_date says the date as the data gives it ("Apr 2018", "2018?", "c. Jun 2018").

The eras are the office-holders who followed one another, clipped to the days the export
covers (the first event's start to the last event's end, within the filter window), so the
last era reaches the last events; each is labelled with the holder's name, or surname where the era
is too short for the name. Headline and text are HTML, which TimelineJS sanitises: data text
is escaped, never passed as markup.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from ..model.dates import PartialDate, Precision, Window
from ..model.records import Actor, Event, Source, Timeline
from ..queries import periods
from .cells import event_when, role_line, span

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


def _slide_text(timeline: Timeline, event: Event) -> str:
    blocks = []
    if event.summary:
        blocks.append(f"<p>{html.escape(event.summary)}</p>")
    for variant in event.variants:
        cited = ", ".join(variant.sources)
        note = f": {variant.note}" if variant.note else ""
        blocks.append(f"<p>Another account dates it {html.escape(span(variant.date, variant.end))} "
                      f"({html.escape(cited + note)}).</p>")
    sources = [timeline.get(source_id) for source_id in event.sources]
    items = "".join(f"<li>{_source_html(source)}</li>" for source in sources if isinstance(source, Source))
    blocks.append(f"<p>Sources:</p><ul>{items}</ul>")
    return "".join(blocks)


def timelinejs_slide(timeline: Timeline, event: Event) -> dict[str, Any]:
    slide: dict[str, Any] = {"unique_id": event.id, "start_date": timelinejs_date(event.date)}
    if event.end is not None and event.end != event.date:
        slide["end_date"] = timelinejs_date(event.end, end=True)
    slide["display_date"] = event_when(event)
    slide["text"] = {"headline": html.escape(event.title), "text": _slide_text(timeline, event)}
    if event.tags:
        slide["group"] = event.tags[0]
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
        start = max(role.start.first_day, first)
        end = min(role.until.last_day if role.until else last, last)
        if start > end:
            continue
        eras.append({
            "start_date": _day(start),
            "end_date": _day(end),
            "text": {"headline": html.escape(_label(actor, ((end - start).days + 1) / span)),
                     "text": f"<p>{html.escape(role_line(timeline, role))}</p>"},
        })
    return eras


def timelinejs_document(timeline: Timeline, events: tuple[Event, ...], window: Window | None = None) -> dict[str, Any]:
    """The whole TimelineJS document: a title slide, a slide per event, and as eras the
    office-holders who followed one another over the days the export covers."""
    document: dict[str, Any] = {
        "title": {"text": {"headline": html.escape(timeline.title or "Timeline"),
                           "text": f"<p>{html.escape(timeline.description)}</p>" if timeline.description else ""}},
        "events": [timelinejs_slide(timeline, event) for event in events],
    }
    if events:
        eras = timelinejs_eras(timeline, *periods.covered_days(events, window))
        if eras:
            document["eras"] = eras
    return document
