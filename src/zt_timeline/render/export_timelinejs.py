"""Knight Lab TimelineJS JSON (timeline.knightlab.com/docs/json-format.html).

Dates are written only to the precision the data has: "2018-04" becomes {"year": 2018,
"month": 4}, never a made-up day. TimelineJS cannot mark a date as uncertain, so every slide's
display_date says the date as the data gives it ("Apr 2018", "2018?", "c. Jun 2018"). Headline and text are HTML,
which TimelineJS sanitises: data text is escaped, never passed as markup.
"""

from __future__ import annotations

import html
from typing import Any

from .. import periods
from ..dates import PartialDate
from ..model import Actor, Event, Role, Source, Timeline
from .cells import event_when, role_line, span


def timelinejs_date(date: PartialDate) -> dict[str, Any]:
    """{year, month?, day?, display_date}: the parts the date has, and no others."""
    parts: dict[str, Any] = {"year": date.year}
    if date.month is not None:
        parts["month"] = date.month
    if date.day is not None:
        parts["day"] = date.day
    parts["display_date"] = date.display()
    return parts


def _source_html(source: Source) -> str:
    title = html.escape(source.title)
    if source.url and source.url.startswith(("http://", "https://")):
        title = f'<a href="{html.escape(source.url, quote=True)}">{title}</a>'
    if source.descriptive_title:
        title = f"[{title}]"
    date = source.date.display() if source.date else "n.d."
    return f"{title}, {html.escape(source.publisher)}, {html.escape(date)}"


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
        slide["end_date"] = timelinejs_date(event.end)
    slide["display_date"] = event_when(event)
    slide["text"] = {"headline": html.escape(event.title), "text": _slide_text(timeline, event)}
    if event.tags:
        slide["group"] = event.tags[0]
    return slide


def _era(timeline: Timeline, actor: Actor, role: Role, last: PartialDate) -> dict[str, Any]:
    # TimelineJS needs an end for every era: an open tenure runs to the end of the timeline,
    # and its headline says the data records no end.
    return {
        "start_date": timelinejs_date(role.start),
        "end_date": timelinejs_date(role.until or last),
        "text": {"headline": html.escape(f"{actor.name}: {role_line(timeline, role)}")},
    }


def timelinejs_document(timeline: Timeline, events: tuple[Event, ...]) -> dict[str, Any]:
    """The whole TimelineJS document: a title slide, a slide per event, and as eras the
    office-holders who followed one another."""
    document: dict[str, Any] = {
        "title": {"text": {"headline": html.escape(timeline.title or "Timeline"),
                           "text": f"<p>{html.escape(timeline.description)}</p>" if timeline.description else ""}},
        "events": [timelinejs_slide(timeline, event) for event in events],
    }
    last = periods.timeline_months(timeline)[-1].as_date()
    eras = [_era(timeline, actor, role, last) for actor, role in periods.eras(timeline)
            if role.start.first_day <= last.last_day]
    if eras:
        document["eras"] = eras
    return document
