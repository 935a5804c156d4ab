"""The lookup commands: timeline, quote, actors, actor, stats."""

# No `from __future__ import annotations` in a module of commands: typer reads every command's
# signature on every run, shell completion included, and string annotations cost it an eval
# each, twice the time of the whole signature reading (see benchmarks/README.md).
# The core (model, query, matching, loading) and the renderers are imported inside the
# commands: `zt --help`, `--version` and shell completion import this module and use none of
# them. Signatures take their enums from `model/enums.py`, which imports only `enum`.

from typing import TYPE_CHECKING, Annotated

import typer

from ..model.enums import ActorKind
from .app import registry
from .common import load, show, window
from .options import (
    NO_FILTERS,
    AsOfOption,
    DataOption,
    EventFilters,
    FormatOption,
    ListLimitOption,
    OnOption,
    RawOption,
    SearchOption,
    SinceOption,
    SpeakerOption,
    SvgOption,
    UntilOption,
    with_event_filters,
)
from .pictures import saves_svg

if TYPE_CHECKING:
    from ..model.records import Event
    from ..model.timeline import Timeline


def chosen_events(tl: "Timeline", filters: EventFilters) -> "tuple[Event, ...]":
    """The events the filters of `zt timeline` and `zt export` select."""
    from ..queries.matching import find_actor, find_tag
    from ..queries.select import EventQuery, select_events

    query = EventQuery(
        window=filters.window(),
        actors=tuple(find_actor(tl, name).id for name in filters.actor or ()),
        tags=tuple(find_tag(tl, name) for name in filters.tag or ()),
        text=filters.search, limit=filters.limit, reverse=filters.reverse,
    )
    return select_events(tl, query)


@registry.command()
@saves_svg
@with_event_filters
def timeline(
    filters: EventFilters = NO_FILTERS,
    data: DataOption = None,
    fmt: FormatOption = None,
    raw: RawOption = False,
    svg: SvgOption = None,
) -> None:
    """Events in date order, each with its sources.

    A partial date is its whole span: --on 2018 is the year, --until 2018-04 runs to 30 April.
    An event that overlaps the window is in it. Filters combine.

    \b
    Examples:
      zt timeline --since 2018-04 --until 2018-06
      zt timeline --actor sessions --tag court
      zt timeline --on 'May 2018' --format json
      zt timeline --tag court --svg court.svg
    """
    tl = load(data)
    from ..render.views import events_output

    events = chosen_events(tl, filters)
    show(events_output(tl, events, filters.window()), fmt, raw)


@registry.command()
@saves_svg
def quote(
    speaker: SpeakerOption = None,
    search: SearchOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    on: OnOption = None,
    provenance: Annotated[bool, typer.Option("--provenance", help="Show each quote's chain from the words to the "
                                                                  "cited source: speaker, to whom, form, via.")]
    = False,
    limit: ListLimitOption = None,
    data: DataOption = None,
    fmt: FormatOption = None,
    raw: RawOption = False,
    svg: SvgOption = None,
) -> None:
    """Quotations with speaker, date, context and source.

    Words recorded only in someone's notes, or paraphrased, are flagged [notes] or [paraphrase].

    \b
    Examples:
      zt quote --speaker rosenstein
      zt quote --search children --since 2018
      zt quote --search 'take away' --provenance
    """
    from ..queries.matching import find_actor
    from ..queries.select import select_quotes

    tl = load(data)
    speakers = tuple(find_actor(tl, name).id for name in speaker or ())
    span = window(since, until, on)
    chosen = select_quotes(tl, speakers, search, span)[:limit]
    if provenance:
        from .facts import show_provenance

        show_provenance(tl, chosen, fmt, raw)
        return
    from ..render.views import quotes_output

    show(quotes_output(tl, chosen, span), fmt, raw)


@registry.command()
@saves_svg
def actors(
    kind: Annotated[ActorKind | None, typer.Option("--kind", "-k", case_sensitive=False,
                                                   help="Only people or only organizations.")] = None,
    as_of: AsOfOption = None,
    role: Annotated[str | None, typer.Option("--role", metavar="TEXT", help="Only roles whose title contains "
                                                                           "TEXT's words ('attorney general').")]
    = None,
    limit: ListLimitOption = None,
    data: DataOption = None,
    fmt: FormatOption = None,
    raw: RawOption = False,
    svg: SvgOption = None,
) -> None:
    """People and organizations, with their roles and tenure.

    With --as-of DATE, who held which role on DATE. A role whose end is known only to the
    month (until Nov 2018) is shown as uncertain on 15 Nov 2018, not as held; so is a day
    near a boundary written as uncertain or approximate ("2019-05~").

    \b
    Examples:
      zt actors --kind person
      zt actors --as-of 2018-06-01
      zt actors --as-of 2020-12-31 --role 'attorney general'
    """
    tl = load(data)
    chosen = tuple(a for a in tl.actors if kind is None or a.kind is kind)
    if role is not None:
        from ..queries.matching import actors_with_role

        chosen = actors_with_role(chosen, role)
    if as_of is not None:
        from .facts import show_roles_on

        show_roles_on(tl, chosen, as_of, fmt, role=role, limit=limit, raw=raw)
        return
    from ..render.views import actors_output

    show(actors_output(tl, chosen[:limit]), fmt, raw)


@registry.command()
def actor(
    name: Annotated[str, typer.Argument(metavar="NAME", help="Actor id, name, alias or unique prefix.")],
    as_of: AsOfOption = None,
    data: DataOption = None,
    fmt: FormatOption = None,
    raw: RawOption = False,
) -> None:
    """One actor: roles with tenure, their events and their quotes.

    With --as-of DATE, each of the actor's roles on DATE: held, partly, uncertain or not held.

    \b
    Examples:
      zt actor sessions
      zt actor 'rod rosenstein' --format json
      zt actor whitaker --as-of 2018-11
    """
    from ..queries.matching import find_actor
    from ..queries.select import actor_events, actor_quotes

    tl = load(data)
    found = find_actor(tl, name)
    if as_of is not None:
        from .facts import show_roles_on

        show_roles_on(tl, (found,), as_of, fmt, one=found, raw=raw)
        return
    from ..render.views import actor_output

    show(actor_output(tl, found, actor_events(tl, found), actor_quotes(tl, found)), fmt, raw)


@registry.command()
@saves_svg
def stats(
    since: SinceOption = None,
    until: UntilOption = None,
    on: OnOption = None,
    search: SearchOption = None,
    limit: ListLimitOption = None,
    data: DataOption = None,
    fmt: FormatOption = None,
    raw: RawOption = False,
    svg: SvgOption = None,
) -> None:
    """How much the data holds: counts, events by year, month and actor, then the key figures.

    On a terminal the counts are drawn as bar charts; --svg saves them as a picture. The
    filters and --limit choose the key figures (their date, their label or id).

    \b
    Examples:
      zt stats
      zt stats -n 5
      zt stats --on 2018 --search children
      zt stats --format csv > figures.csv
      zt stats --svg stats.svg
    """
    tl = load(data)
    from ..queries.select import select_figures
    from ..render.views import stats_output

    span = window(since, until, on)
    figures = select_figures(tl, search, span)[:limit]
    show(stats_output(tl, figures, span), fmt, raw)
