"""One builder per listing command: core results in, an Output for every format out."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model.dates import PartialDate, Window
from ..model.quantities import amount
from ..model.records import Actor, Event, Figure, Quote, Record, Source
from ..model.timeline import Timeline
from ..queries.conflicts import DisputedPoint, disputed_points
from ..queries.select import citations, events_by_actor, events_by_year, figures_in_date_order, quote_date
from .cells import event_when, iso, joined, quote_text, role_line, span, when
from .output import Column, Linked, Output, Table

ID = Column("id", wrap=False, kind="id")
DATE = Column("date", wrap=False, kind="date")
STATS_BAR = 30  # cells for the largest count: fits beside the names at 80 columns
TOP_ACTORS = 10  # actors with most events that `zt stats` shows on a terminal


def as_json(records: tuple[Record, ...]) -> Callable[[], list[dict]]:
    """The records as JSON gives them, made only if JSON is written: serializing walks every
    field of every record, and a piped listing prints TSV."""
    def make() -> list[dict]:
        from ..queries.serialize import record_to_dict

        return [record_to_dict(record) for record in records]

    return make


def cited(text: str, sources: tuple[str, ...], disputed: tuple[DisputedPoint, ...] = ()) -> str:
    """Text with its sources on a line below: one column fewer than a sources column, so the
    words get the width on a narrow terminal while every source is still shown. A record the
    sources disagree on says so on a line of its own, where a reader who stops here sees it."""
    if disputed:
        text += f"\n  disputed: {', '.join(str(point) for point in disputed)}"
    return f"{text}\n  sources: {', '.join(sources)}" if sources else text


def disputed_cell(record: Event | Quote | Figure) -> str:
    """The disputed points of a record for TSV and CSV: 'wording: 4 accounts; recipient: 3 accounts'."""
    return "; ".join(f"{point.point}: {point.accounts} accounts" for point in disputed_points(record))


# One column order for events wherever they are rows (timeline TSV and CSV; `zt export csv`
# adds the nested fields after these), so a spreadsheet built from one lines up with the other.
EVENT_COLUMNS = ("date", "end", "id", "title", "actors", "tags", "sources", "summary", "note", "disputed")


def event_cells(event: Event) -> tuple[str, ...]:
    """An event's values for EVENT_COLUMNS, exactly: dates as stored, lists joined with ', '."""
    return (iso(event.date), iso(event.end), event.id, event.title, joined(event.actors), joined(event.tags),
            joined(event.sources), event.summary or "", event.note or "", disputed_cell(event))


def window_heading(noun: str, count: int, window: Window | None) -> str | None:
    """'5 events, 1 Jun 2018 – 30 Jun 2018': the window a listing used, for the terminal only."""
    if window is None:
        return None
    return f"{count} {noun}{'' if count == 1 else 's'}, {window.display()}"


def caption(noun: str, count: int, dates: tuple[PartialDate | None, ...] = ()) -> str:
    """'137 events, 9 Feb 2017 – 26 Jan 2021': what an unfiltered listing is, on a terminal."""
    counted = f"{count} {noun}{'' if count == 1 else 's'}"
    known = [date for date in dates if date]
    if not known:
        return counted
    first = min(known, key=lambda date: date.sort_key)
    last = max(known, key=lambda date: (date.last_day, date.sort_key))
    return f"{counted}, {span(first, last)}"


def events_output(timeline: Timeline, events: tuple[Event, ...], window: Window | None = None) -> Output:
    human = Table(
        # A wide terminal has room for the summary beside the title.
        (DATE, ID, Column("event", weight=2), Column("summary", weight=3, wide_from=160)),
        tuple((event_when(e), e.id, cited(e.title, e.sources, disputed_points(e)), e.summary or "") for e in events),
    )
    machine = Table(tuple(Column(name) for name in EVENT_COLUMNS), tuple(event_cells(e) for e in events))
    dates = tuple(date for e in events for date in (e.date, e.end))
    return Output((human,), machine, as_json(events), empty="no events match",
                  heading=window_heading("event", len(events), window), caption=caption("event", len(events), dates))


def quotes_output(timeline: Timeline, quotes: tuple[Quote, ...], window: Window | None = None) -> Output:
    rows, dates = [], []
    for quote in quotes:
        date = quote_date(timeline, quote)
        dates.append(date)
        # The context reads as the quote's attribution line, saving a column on narrow terminals.
        context = f"\n— {quote.context}" if quote.context else ""
        rows.append((when(date), timeline.actor_name(quote.speaker),
                     cited(quote_text(quote) + context, quote.sources, disputed_points(quote)), quote.id))
    human = Table(
        (DATE, Column("speaker", fit=True), Column("quote", weight=4), ID),
        tuple(rows),
    )
    machine = Table(
        tuple(Column(name) for name in ("id", "date", "speaker", "form", "text", "context", "sources", "disputed")),
        tuple((q.id, iso(quote_date(timeline, q)), q.speaker, q.form.value, q.text, q.context or "",
               joined(q.sources), disputed_cell(q)) for q in quotes),
    )
    return Output((human,), machine, as_json(quotes), empty="no quotes match",
                  heading=window_heading("quote", len(quotes), window),
                  caption=caption("quote", len(quotes), tuple(dates)))


def actors_output(timeline: Timeline, actors: tuple[Actor, ...]) -> Output:
    human = Table(
        (ID, Column("name", weight=2), Column("kind", wrap=False), Column("roles", weight=3)),
        tuple((a.id, a.name, a.kind.value, joined([role_line(timeline, r) for r in a.roles], "; "))
              for a in actors),
    )
    machine = Table(
        tuple(Column(name) for name in ("id", "name", "kind", "aliases", "roles")),
        tuple((a.id, a.name, a.kind.value, joined(a.aliases, "; "),
               joined([role_line(timeline, r) for r in a.roles], "; ")) for a in actors),
    )
    return Output((human,), machine, as_json(actors), empty="no actors match",
                  caption=caption("actor", len(actors)))


def actor_output(timeline: Timeline, actor: Actor, events: tuple[Event, ...], quotes: tuple[Quote, ...]) -> Output:
    """One actor: roles with tenure, then their events and quotes, in one long table for tools."""
    roles = tuple((role_line(timeline, r), joined(r.sources)) for r in actor.roles)
    event_rows = tuple((event_when(e), e.id, cited(e.title, (), disputed_points(e))) for e in events)
    quote_rows = tuple((when(quote_date(timeline, q)), q.id, cited(quote_text(q), (), disputed_points(q)))
                       for q in quotes)
    human = (
        Table((Column("role"), Column("sources")), roles, title="Roles"),
        Table((DATE, ID, Column("event")), event_rows, title=f"Events ({len(events)})"),
        Table((DATE, ID, Column("quote")), quote_rows, title=f"Quotes ({len(quotes)})"),
    )
    machine_rows = [("role", iso(r.start), iso(r.until), r.org or "", role_line(timeline, r)) for r in actor.roles]
    machine_rows += [("event", iso(e.date), iso(e.end), e.id, e.title) for e in events]
    machine_rows += [("quote", iso(quote_date(timeline, q)), "", q.id, q.text) for q in quotes]
    machine = Table(tuple(Column(n) for n in ("section", "date", "end", "id", "text")), tuple(machine_rows))
    aliases = f" — also {joined(actor.aliases)}" if actor.aliases else ""
    data = as_json((actor, *events, *quotes))
    return Output(human, machine, data, heading=f"{actor.name} ({actor.id}, {actor.kind.value}){aliases}")


def stats_output(timeline: Timeline, figures: tuple[Figure, ...] | None = None, window: Window | None = None,
                 top_actors: int = TOP_ACTORS) -> Output:
    """Counts and charts first, what fits a screen; then the key figures (`figures`: those chosen,
    all by default). The terminal shows the `top_actors` actors with most events; tools get all."""
    from ..queries.periods import events_per_month, timeline_months
    from .charts import month_chart
    from .picture import bar

    chosen = figures_in_date_order(timeline) if figures is None else figures
    by_year = events_by_year(timeline.events)
    if by_year:  # every year of the span, those without events too
        by_year = {year: by_year.get(year, 0) for year in range(min(by_year), max(by_year) + 1)}
    by_actor = events_by_actor(timeline)
    most_in_a_year = max(by_year.values(), default=0)
    most_for_an_actor = max((count for _, count in by_actor), default=0)
    counted = (Column("events", wrap=False, numeric=True), Column("bar", wrap=False))
    month_counts = events_per_month(timeline.events, timeline_months(timeline))
    per_month = month_chart(month_counts, title="Events by month")
    shown_actors = by_actor[:top_actors]
    actors_title = "Events by actor" + (f" (the {len(shown_actors)} with most of {len(by_actor)}; all in "
                                        "--format tsv)" if len(shown_actors) < len(by_actor) else "")
    figures_title = f"Key figures ({len(chosen)}" + (f" of {len(timeline.figures)}"
                                                     if len(chosen) < len(timeline.figures) else "") + ")"
    if window is not None:
        figures_title += f", {window.display()}"
    human = (
        Table((Column("year", wrap=False), *counted),
              tuple((str(year), str(count), bar(count, most_in_a_year, STATS_BAR)) for year, count in by_year.items()),
              title="Events by year"),
        per_month,
        Table((Column("actor"), *counted),
              tuple((actor.name, str(count), bar(count, most_for_an_actor, STATS_BAR))
                    for actor, count in shown_actors),
              title=actors_title),
        # The number is never split from its unit ("2,737 children"); who counted it is said
        # beside it (the sources themselves: zt show ID, or --format tsv). The id is a line of the
        # label's cell, not a column: ids are long, and a column of them would leave the label no room.
        # The date is a line under the value: the label gets its width.
        Table((Column("value, date", fit=True), Column("what it counts", weight=3)),
              tuple((_unit_kept(amount(f)) + (f"\n{when(f.date)}" if f.date else ""),
                     cited(f"{f.label}\n  id: {f.id}\n  counted by: {counted_by(timeline, f)}", (),
                           disputed_points(f))) for f in chosen),
              title=figures_title),
    )
    figures = chosen
    counts = ", ".join(f"{count} {kind.array}" for kind, count in timeline.counts().items())
    by_month = {f"{month.year:04d}-{month.month:02d}": count
                for month, count in zip(month_counts.months, month_counts.counts, strict=True)}
    rows = [("figure", f.id, str(f.value), f.qualifier or "", f.unit or "", f.label, iso(f.date), joined(f.sources),
             disputed_cell(f)) for f in figures]
    rows += [("events-by-year", str(year), str(count), "", "events", "", "", "", "")
             for year, count in by_year.items()]
    rows += [("events-by-actor", actor.id, str(count), "", "events", actor.name, "", "", "")
             for actor, count in by_actor]
    rows += [("events-by-month", month, str(count), "", "events", "", "", "", "") for month, count in by_month.items()]
    machine = Table(tuple(Column(n) for n in ("section", "key", "value", "qualifier", "unit", "label", "date",
                                              "sources", "disputed")), tuple(rows))
    data = {
        "counts": {kind.array: count for kind, count in timeline.counts().items()},
        "figures": as_json(figures)(),
        "events_by_year": {str(year): count for year, count in by_year.items()},
        "events_by_actor": {actor.id: count for actor, count in by_actor},
        # Every month from the first event to the last, empty ones too; events dated only to a
        # year are in no month.
        "events_by_month": by_month,
    }
    return Output(human, machine, data, heading=counts)


def _unit_kept(value: str) -> str:
    """'more than 3,000\u00a0children': a line may break before the number, never after it."""
    return re.sub(r"(\d[\d,.]*) (?=\S)", "\\1\u00a0", value)


def counted_by(timeline: Timeline, figure: Figure) -> str:
    """The publishers of a figure's own sources, the first cited first ('UPI, Roll Call')."""
    publishers = (getattr(timeline.get(source_id), "publisher", source_id) for source_id in figure.sources)
    return ", ".join(dict.fromkeys(publishers))


def sources_output(timeline: Timeline, sources: tuple[Source, ...]) -> Output:
    from ..citations.csl_json import title as shown_title

    cited_by = citations(timeline)
    # On a terminal that shows links the title is the link (OSC 8); elsewhere the address is
    # printed under it, whole. Piped output (TSV, CSV, JSON) has the plain address, and what
    # cites each source. A copy is named as one beside the title ("Copy at Scribd"); the title
    # links to the original, else to the copy.
    human = Table(
        (DATE, ID, Column("publisher", weight=2), Column("title", weight=3)),
        tuple((when(s.date) if s.date else "n.d.", s.id, s.publisher,
               Linked(" — ".join(filter(None, (shown_title(s), s.copy_note(address=False)))), s.address,
                      address=True))
              for s in sources),
    )
    machine = Table(
        tuple(Column(n) for n in ("id", "title", "publisher", "date", "url", "kind", "cited_by", "copy")),
        tuple((s.id, s.title, s.publisher, iso(s.date), s.url or "", s.kind.value if s.kind else "",
               joined(cited_by.get(s.id, ())), s.copy_note() or "") for s in sources),
    )
    data = [{**record, "cited_by": list(cited_by.get(record["id"], ()))} for record in as_json(sources)()]
    return Output((human,), machine, data, empty="the file has no sources",
                  caption=caption("source", len(sources)))
