"""Output for other tools and for the eye: `zt export FORMAT` and `zt chart`."""

# No `from __future__ import annotations` in a module of commands, and the core imported
# inside the commands: see cli/lookup.py.

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import LookupFailed
from ..model.enums import ExportFormat
from .app import registry, say, settings
from .common import load
from .completion import complete_event_id
from .lookup import chosen_events
from .options import NO_FILTERS, DataOption, EventFilters, RawOption, SvgOption, with_event_filters

if TYPE_CHECKING:
    from ..model.records import Event
    from ..model.timeline import Timeline


@registry.command()
@with_event_filters
def export(
    fmt: Annotated[ExportFormat, typer.Argument(metavar="FORMAT", case_sensitive=False, show_default=False,
                                                help="timelinejs, ics, markdown, csv, json or sqlite.")],
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="FILE",
                                               help="Write to FILE instead of standard output.")] = None,
    filters: EventFilters = NO_FILTERS,
    raw: RawOption = False,
    metadata: Annotated[str | None, typer.Option("--metadata", metavar="FILE.json",
                                                 help="sqlite only: where to write the database's Datasette "
                                                      "metadata (default: beside it, FILE.metadata.json).")]
    = None,
    data: DataOption = None,
) -> None:
    """Events in a file another tool reads; the filters are those of zt timeline.

    \b
    timelinejs  Knight Lab TimelineJS JSON: a web timeline for a story
    ics         iCalendar: all-day entries for any calendar app
    markdown    a document by year and month, with quotes and sources
    csv, json   every field of every event, for spreadsheets and scripts
    sqlite      the whole timeline as a SQLite database, with its Datasette metadata
                (needs -o FILE.db; the filters do not apply)

    A date known only to the month or year stays so: TimelineJS gets no invented day (an end
    is the month's last day, shown as the month), and a calendar entry is on its first day,
    titled "[Apr 2018, day unknown]". With no event to export, TimelineJS is an error (exit 1: it rejects an
    empty file); the other formats write an empty file and a note.

    \b
    Examples:
      zt export timelinejs -o timeline.json
      zt export ics --tag court -o court.ics
      zt export markdown --since 2018-04 --until 2018-06 > spring-2018.md
      zt export sqlite -o zt.db && datasette zt.db --metadata zt.metadata.json
    """
    if fmt is ExportFormat.SQLITE or metadata:
        from .sharing import export_database

        export_database(fmt, output, metadata, data, filtered=filters.given())
        return
    tl = load(data)
    events = chosen_events(tl, filters)
    if not events:
        if fmt is ExportFormat.TIMELINEJS:  # TimelineJS rejects a file without events: write none
            raise LookupFailed("no events match: a TimelineJS file needs at least one event, so none was written")
        say("no events match")
    from ..render.exports.formats import export_text, save_text

    text = export_text(fmt, tl, events, header=settings().header, raw=raw, window=filters.window())
    if output:
        save_text(output, text, data_files=tl.files)
        say(f"wrote {len(events)} event{'s' if len(events) != 1 else ''} to {output} ({fmt.value})")
    else:
        sys.stdout.write(text)


def _marked(tl: "Timeline", ids: list[str]) -> "tuple[Event, ...]":
    from ..model.records import Event
    from ..queries.select import get_record

    found = []
    for record_id in ids:
        record = get_record(tl, record_id)
        if not isinstance(record, Event):
            kind = record.record_type.value
            raise LookupFailed(f"{record_id!r} is {'an' if kind[0] in 'aeiou' else 'a'} {kind}, not an event")
        found.append(record)
    return tuple(sorted(set(found), key=lambda event: event.date.sort_key))


@registry.command()
def chart(
    mark: Annotated[list[str] | None, typer.Option("--mark", "-m", metavar="ID", autocompletion=complete_event_id,
                                                   help="Mark the event ID (repeatable); default: the ten "
                                                        "events the file says most about.")] = None,
    data: DataOption = None,
    svg: SvgOption = None,
) -> None:
    """One picture of the whole period: events per month, who held office when, key events.

    A column per month (or per few months on a narrow terminal); the office-holders' bars come
    from the dated roles in the data. Fits the terminal; plain text when piped.

    \b
    Examples:
      zt chart
      zt chart --mark zero-tolerance-announced --mark eo-13841
      zt chart --svg chart.svg
    """
    tl = load(data)
    from ..render.charts import period_chart
    from ..render.rich_table import make_console

    picture = period_chart(tl, _marked(tl, mark) if mark else None)
    make_console(sys.stdout, color=settings().color).print(picture)
    if svg:
        from ..render.exports.formats import save_text
        from ..render.svg import renderable_svg

        save_text(svg, renderable_svg(picture, title="zt chart"), data_files=tl.files)
