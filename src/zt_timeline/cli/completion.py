"""Shell completion of values: actor ids and names, tags, record ids.

The shell runs zt on every Tab, so these read the data file and nothing heavier (no Rich, no
dateutil), and never print: a broken or missing file just completes nothing. They give values
without descriptions: for a description, typer imports Rich (+100 ms on each Tab in zsh/fish).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

import typer

# Only for annotations: completing a command or an option name reads no data, so it need not
# import the model; a value completer gets the model's classes with the file it loads.
if TYPE_CHECKING:
    from ..model.timeline import Timeline


def _data(ctx: typer.Context) -> str | None:
    """The --data the command line gives: the command's own, else the one before the command."""
    context: Any = ctx
    while context is not None:
        if context.params.get("data"):
            return context.params["data"]
        context = context.parent
    return None


def _timeline(ctx: typer.Context) -> Timeline | None:
    """The file the command line names (--data, else ZT_DATA), else the default one."""
    try:
        from ..loading.load import load_timeline
        from .collector import collector_paused

        with collector_paused():
            return load_timeline(_data(ctx))
    except Exception:  # completion must never show an error, let alone a traceback
        return None


def _starting(incomplete: str, candidates: Iterable[str]) -> list[str]:
    """The candidates that start with what was typed (any case), each once, in order; never one
    with a control character, which the shell would print raw."""
    from ..render.safe import visible

    folded = incomplete.casefold()
    return list(dict.fromkeys(value for value in candidates
                              if value.casefold().startswith(folded) and visible(value) == value))


def actor_candidates(timeline: Timeline, incomplete: str) -> list[str]:
    """Actor ids first, then names and aliases."""
    ids = [actor.id for actor in timeline.actors]
    names = [name for actor in timeline.actors for name in (actor.name, *actor.aliases)]
    return _starting(incomplete, [*ids, *names])


def tag_candidates(timeline: Timeline, incomplete: str) -> list[str]:
    return _starting(incomplete, timeline.tags())


def record_candidates(timeline: Timeline, incomplete: str) -> list[str]:
    """Any record's id: events, quotes, actors, figures, then sources."""
    groups = (timeline.events, timeline.quotes, timeline.actors, timeline.figures, timeline.sources)
    return _starting(incomplete, (record.id for group in groups for record in group))


def event_candidates(timeline: Timeline, incomplete: str) -> list[str]:
    return _starting(incomplete, (event.id for event in timeline.events))


def completer(candidates: Callable[[Timeline, str], list[str]]) -> Callable[..., list[str]]:
    """A Typer autocompletion function over the command line's data file."""

    def complete(ctx: typer.Context, incomplete: str) -> list[str]:
        timeline = _timeline(ctx)
        return candidates(timeline, incomplete) if timeline else []

    return complete


complete_actor = completer(actor_candidates)
complete_tag = completer(tag_candidates)
complete_record_id = completer(record_candidates)
complete_event_id = completer(event_candidates)
