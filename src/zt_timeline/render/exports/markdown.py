"""A Markdown document for a draft or a wiki: events grouped by year and month, each with its
summary, the quotes that belong to it and its sources, then the list of sources cited."""

from __future__ import annotations

import calendar
import re
from itertools import groupby

from ...model.dates import PartialDate, Precision, Window
from ...model.enums import QuoteForm
from ...model.records import Event, Quote, QuoteVariant, Source
from ...model.timeline import Timeline
from ...queries.periods import covered_days
from ...queries.select import record_sources
from ..cells import days_span, event_when, span, when
from ..safe import md_text

_FORMS = {QuoteForm.NOTES: "recorded in someone's notes", QuoteForm.PARAPHRASE: "a paraphrase, not the words"}


def _heading(text: str) -> str:
    """Data text for a heading, which is one line: a line break in the data becomes a space."""
    return md_text(text).replace("\n", " ")


def _quoted(text: str) -> list[str]:
    """Markdown lines inside a block quote: every line of the text keeps the quote's '> '."""
    return [f"> {line}" for line in text.split("\n")]


def _link_target(url: str) -> str:
    """An address as a link destination in <...>: the characters that would end it (or start
    markup) percent-encoded, which is the same address."""
    return re.sub(r"[<>\\\s\x00-\x1f\x7f]", lambda m: "%" + "%".join(f"{b:02X}" for b in m.group().encode()), url)


def _ids(ids: tuple[str, ...] | list[str]) -> str:
    return ", ".join(f"`{item}`" for item in ids)


def _attribution(timeline: Timeline, quote: Quote | QuoteVariant, speaker: str, form: QuoteForm,
                 date: PartialDate | None) -> str:
    """Who, when, where and how, each said once: a context that names the speaker stands for
    the name, and one that says the words are notes or a paraphrase for the form's remark."""
    context = quote.context or ""
    parts = [] if speaker and speaker.casefold() in context.casefold() else [md_text(speaker)]
    if date:
        parts.append(when(date))
    if context:
        parts.append(md_text(context))
    if form in _FORMS and not re.search(r"\bnote|paraphras", context, re.I):
        parts.append(_FORMS[form])
    return ", ".join(part for part in parts if part)


def _quote_block(timeline: Timeline, quote: Quote) -> list[str]:
    """The words, who said them and the sources; then every other wording with its sources."""
    speaker = timeline.actor_name(quote.speaker)
    lines = _quoted(md_text(f"“{quote.text}”"))
    lines += [">", *_quoted(f"— {_attribution(timeline, quote, speaker, quote.form, quote.date)}; "
                            f"sources: {_ids(quote.sources)}")]
    for variant in quote.variants:
        said = [md_text(part) for part in (variant.context, variant.note) if part]
        # A blank quoted line between the words and who gives them: otherwise Markdown joins
        # the two lines into one paragraph, the attribution running on from the words.
        lines += [">", *_quoted(f"Another account of the words: {md_text(f'“{variant.text}”')}"),
                  ">", *_quoted(f"— {'; '.join([*said, f'sources: {_ids(variant.sources)}'])}")]
    return lines


def _event_block(timeline: Timeline, event: Event, quotes: list[Quote]) -> list[str]:
    lines = [f"#### {event_when(event)} — {_heading(event.title)}", ""]
    if event.summary:
        lines += [md_text(event.summary), ""]
    for quote in quotes:
        lines += [*_quote_block(timeline, quote), ""]
    lines.append(f"- id: `{event.id}`")
    if event.actors:
        lines.append(f"- actors: {md_text(', '.join(timeline.actor_name(a) for a in event.actors))}")
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
    if event.date.precision is Precision.YEAR or event.date.month is None:
        return f"### {event.date.year}, month not recorded"
    return f"### {calendar.month_name[event.date.month]} {event.date.year}"


def _stopped(text: str) -> str:
    """A sentence's text with one full stop: none added after "n.d." or a title ending in "?"."""
    return text if text.rstrip().endswith((".", "?", "!")) else f"{text}."


def _source_item(source: Source) -> str:
    ends_sentence = _stopped(source.title) == source.title and not source.descriptive_title
    title = md_text(source.title)
    if source.descriptive_title:
        title = f"\\[{title}\\]"
    if source.url and source.url.startswith(("http://", "https://")):
        title = f"[{title}](<{_link_target(source.url)}>)"
    elif source.url:
        title += f" ({md_text(source.url)})"
    date = when(source.date) if source.date else "n.d."
    note = source.copy_note()
    copy = f" {md_text(note)}." if note else ""
    return (f"- `{source.id}`: {title}{'' if ends_sentence else '.'} "
            f"{_stopped(f'{md_text(source.publisher)}, {date}')}{copy}")


def markdown_text(timeline: Timeline, events: tuple[Event, ...], window: Window | None = None) -> str:
    """The document; its first line says how many events and the span they cover within the
    filter window (--on 2018-06: "Jun 2018", though an event dated "2018" is among them)."""
    quotes_of: dict[str, list[Quote]] = {}
    for quote in timeline.quotes:
        if quote.event:
            quotes_of.setdefault(quote.event, []).append(quote)
    lines = [f"# {_heading(timeline.title or 'Timeline')}", ""]
    if timeline.description:
        lines += [md_text(timeline.description), ""]
    if events:
        covered = days_span(*covered_days(events, window))
        lines += [f"{len(events)} event{'s' if len(events) != 1 else ''}, {covered}.", ""]
    for year, in_year in groupby(events, key=lambda e: e.date.year):
        lines += [f"## {year}", ""]
        for heading, in_month in groupby(in_year, key=_month_heading):
            lines += [heading, ""]
            for event in in_month:
                lines += _event_block(timeline, event, quotes_of.get(event.id, []))
    shown: list[Event | Quote] = []
    for event in events:
        shown += [event, *quotes_of.get(event.id, [])]
    cited = dict.fromkeys(source_id for record in shown for source_id in record_sources(record))
    sources = [timeline.get(source_id) for source_id in cited]
    lines += ["## Sources", ""]
    lines += sorted((_source_item(s) for s in sources if isinstance(s, Source)), key=str.casefold)
    return "\n".join(lines) + "\n"
