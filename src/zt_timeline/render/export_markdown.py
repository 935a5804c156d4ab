"""A Markdown document for a draft or a wiki: events grouped by year and month, each with its
summary, the quotes that belong to it and its sources, then the list of sources cited."""

from __future__ import annotations

import calendar
from itertools import groupby

from ..dates import Precision
from ..model import Event, Quote, QuoteForm, Source, Timeline
from ..query import record_sources
from .cells import actor_name, event_when, span, when
from .safe import md_text

_FORMS = {QuoteForm.NOTES: "recorded in someone's notes", QuoteForm.PARAPHRASE: "a paraphrase, not the words"}


def _ids(ids: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f"`{item}`" for item in ids)


def _quote_block(timeline: Timeline, quote: Quote) -> list[str]:
    lines = [f"> {line}" for line in md_text(f"“{quote.text}”").splitlines()]
    attribution = [md_text(actor_name(timeline, quote.speaker))]
    if quote.date:
        attribution.append(when(quote.date))
    if quote.context:
        attribution.append(md_text(quote.context))
    if quote.form in _FORMS:
        attribution.append(_FORMS[quote.form])
    lines += [">", f"> — {', '.join(attribution)}; sources: {_ids(quote.sources)}"]
    return lines


def _event_block(timeline: Timeline, event: Event, quotes: list[Quote]) -> list[str]:
    lines = [f"#### {event_when(event)} — {md_text(event.title)}", ""]
    if event.summary:
        lines += [md_text(event.summary), ""]
    for quote in quotes:
        lines += [*_quote_block(timeline, quote), ""]
    lines.append(f"- id: `{event.id}`")
    if event.actors:
        lines.append(f"- actors: {md_text(', '.join(actor_name(timeline, a) for a in event.actors))}")
    if event.tags:
        lines.append(f"- tags: {', '.join(event.tags)}")
    lines.append(f"- sources: {_ids(event.sources)}")
    for variant in event.variants:
        remark = f": {md_text(variant.note)}" if variant.note else ""
        lines.append(f"- another account: {span(variant.date, variant.end)} ({_ids(variant.sources)}{remark})")
    if event.note:
        lines.append(f"- note: {md_text(event.note)}")
    return [*lines, ""]


def _month_heading(event: Event) -> str:
    if event.date.precision is Precision.YEAR:
        return f"### {event.date.year}, month not recorded"
    return f"### {calendar.month_name[event.date.month]} {event.date.year}"


def _source_item(source: Source) -> str:
    title = md_text(source.title)
    if source.descriptive_title:
        title = f"\\[{title}\\]"
    if source.url and source.url.startswith(("http://", "https://")):
        title = f"[{title}](<{source.url}>)"
    elif source.url:
        title += f" ({md_text(source.url)})"
    date = when(source.date) if source.date else "n.d."
    copy = f" Copy on {md_text(source.host)}." if source.host else ""
    return f"- `{source.id}`: {title}. {md_text(source.publisher)}, {date}.{copy}"


def markdown_text(timeline: Timeline, events: tuple[Event, ...]) -> str:
    quotes_of: dict[str, list[Quote]] = {}
    for quote in timeline.quotes:
        if quote.event:
            quotes_of.setdefault(quote.event, []).append(quote)
    lines = [f"# {md_text(timeline.title or 'Timeline')}", ""]
    if timeline.description:
        lines += [md_text(timeline.description), ""]
    if events:
        first = min(events, key=lambda e: e.date.sort_key).date
        last = max(events, key=lambda e: e.last.last_day).last
        lines += [f"{len(events)} event{'s' if len(events) != 1 else ''}, {span(first, last)}.", ""]
    for year, in_year in groupby(events, key=lambda e: e.date.year):
        lines += [f"## {year}", ""]
        for heading, in_month in groupby(in_year, key=_month_heading):
            lines += [heading, ""]
            for event in in_month:
                lines += _event_block(timeline, event, quotes_of.get(event.id, []))
    shown = [record for event in events for record in (event, *quotes_of.get(event.id, []))]
    cited = dict.fromkeys(source_id for record in shown for source_id in record_sources(record))
    sources = [timeline.get(source_id) for source_id in cited]
    lines += ["## Sources", ""]
    lines += sorted((_source_item(s) for s in sources if isinstance(s, Source)), key=str.casefold)
    return "\n".join(lines) + "\n"
