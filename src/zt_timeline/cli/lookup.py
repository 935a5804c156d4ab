"""The lookup commands: timeline, quote, actors, actor, stats, show, sources, validate."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..errors import UsageError
from ..matching import find_actor, find_tag
from ..model import ActorKind
from ..query import EventQuery, actor_events, actor_quotes, get_record, select_events, select_quotes
from .app import app, report_problems
from .common import load, show, window
from .options import DataOption, FormatOption, OnOption, SearchOption, SinceOption, UntilOption


@app.command()
def timeline(
    since: SinceOption = None,
    until: UntilOption = None,
    on: OnOption = None,
    actor: Annotated[list[str] | None, typer.Option("--actor", "-a", metavar="NAME",
                                                    help="Only events involving NAME (id, name or alias; "
                                                         "repeat for any of several).")] = None,
    tag: Annotated[list[str] | None, typer.Option("--tag", "-t", metavar="TAG",
                                                  help="Only events with TAG (repeat for any of several).")] = None,
    search: SearchOption = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most N events.")] = None,
    reverse: Annotated[bool, typer.Option("--reverse", "-r", help="Newest first.")] = False,
    data: DataOption = None,
    fmt: FormatOption = None,
) -> None:
    """Events in date order, each with its sources.

    A partial date is its whole span: --on 2018 is the year, --until 2018-04 runs to 30 April.
    An event that overlaps the window is in it. Filters combine.

    \b
    Examples:
      zt timeline --since 2018-04 --until 2018-06
      zt timeline --actor sessions --tag court
      zt timeline --on 'May 2018' --format json
    """
    tl = load(data)
    query = EventQuery(
        window=window(since, until, on),
        actors=tuple(find_actor(tl, name).id for name in actor or ()),
        tags=tuple(find_tag(tl, name) for name in tag or ()),
        text=search, limit=limit, reverse=reverse,
    )
    from ..render.views import events_output

    show(events_output(tl, select_events(tl, query)), fmt)


@app.command()
def quote(
    speaker: Annotated[list[str] | None, typer.Option("--speaker", "-p", metavar="NAME",
                                                      help="Only words of NAME (id, name, alias or a unique "
                                                           "prefix; repeatable).")] = None,
    search: SearchOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    on: OnOption = None,
    data: DataOption = None,
    fmt: FormatOption = None,
) -> None:
    """Quotations with speaker, date, context and source.

    Words recorded only in someone's notes, or paraphrased, are flagged [notes] or [paraphrase].

    \b
    Examples:
      zt quote --speaker rosenstein
      zt quote --search children --since 2018
    """
    tl = load(data)
    speakers = tuple(find_actor(tl, name).id for name in speaker or ())
    chosen = select_quotes(tl, speakers, search, window(since, until, on))
    from ..render.views import quotes_output

    show(quotes_output(tl, chosen), fmt)


@app.command()
def actors(
    kind: Annotated[ActorKind | None, typer.Option("--kind", "-k", case_sensitive=False,
                                                   help="Only people or only organizations.")] = None,
    data: DataOption = None,
    fmt: FormatOption = None,
) -> None:
    """People and organizations, with their roles and tenure.

    \b
    Examples:
      zt actors --kind person
    """
    tl = load(data)
    chosen = tuple(a for a in tl.actors if kind is None or a.kind is kind)
    from ..render.views import actors_output

    show(actors_output(tl, chosen), fmt)


@app.command()
def actor(
    name: Annotated[str, typer.Argument(metavar="NAME", help="Actor id, name, alias or unique prefix.")],
    data: DataOption = None,
    fmt: FormatOption = None,
) -> None:
    """One actor: roles with tenure, their events and their quotes.

    \b
    Examples:
      zt actor sessions
      zt actor 'rod rosenstein' --format json
    """
    tl = load(data)
    found = find_actor(tl, name)
    from ..render.views import actor_output

    show(actor_output(tl, found, actor_events(tl, found), actor_quotes(tl, found)), fmt)


@app.command()
def stats(data: DataOption = None, fmt: FormatOption = None) -> None:
    """Key figures (value, what it counts, date, source), then events by year and by actor.

    \b
    Examples:
      zt stats
      zt stats --format csv > figures.csv
    """
    tl = load(data)
    from ..render.views import stats_output

    show(stats_output(tl), fmt)


@app.command("show")
def show_record(
    record_id: Annotated[str, typer.Argument(metavar="ID", help="The id of any record.")],
    data: DataOption = None,
    fmt: FormatOption = None,
) -> None:
    """Any record by id, in full, with the sources it cites.

    \b
    Examples:
      zt show zero-tolerance-announced
      zt show upi-2021-01-14 --format json
    """
    tl = load(data)
    record = get_record(tl, record_id)
    from ..render.detail import show_output

    show(show_output(tl, record), fmt)


@app.command()
def sources(data: DataOption = None, fmt: FormatOption = None) -> None:
    """The bibliography: title, publisher, date, address, and which records cite each source.

    \b
    Examples:
      zt sources --format md > sources.md
    """
    tl = load(data)
    from ..render.views import sources_output

    show(sources_output(tl), fmt)


@app.command()
def validate(
    path: Annotated[str | None, typer.Argument(metavar="[PATH]", help="File to check (default: --data, "
                                                                       "ZT_DATA, or the bundled file).",
                                               show_default=False)] = None,
    data: DataOption = None,
) -> None:
    """Check a timeline file and print every problem in it; exit 0 if it can be used, 1 if not.

    \b
    Examples:
      zt validate my-timeline.toml
    """
    if path and data and path != data:
        raise UsageError("give the file either as PATH or as --data, not both")
    from ..loading import load_timeline

    tl = load_timeline(path or data)
    report_problems(tl.warnings, "warning")
    counts = ", ".join(f"{count} {kind.array}" for kind, count in tl.counts().items())
    warned = f" ({len(tl.warnings)} warnings)" if tl.warnings else ""
    sys.stdout.write(f"{tl.path}: ok: {counts}{warned}\n")
