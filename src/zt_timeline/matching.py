"""Finding actors, tags and records by what a person types: ids, names, aliases, prefixes."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .errors import LookupFailed
from .model import Actor, Timeline

_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> tuple[str, ...]:
    """Lowercased words, so 'Rod J. Rosenstein' and 'rod-rosenstein' compare alike."""
    return tuple(_WORD.findall(text.casefold()))


def _names(actor: Actor) -> tuple[tuple[str, ...], ...]:
    return (words(actor.id), words(actor.name), *(words(alias) for alias in actor.aliases))


def _contains_run(name: tuple[str, ...], query: tuple[str, ...]) -> bool:
    span = len(query)
    return any(name[i : i + span] == query for i in range(len(name) - span + 1))


def _starts_run(name: tuple[str, ...], query: tuple[str, ...]) -> bool:
    """The query's words in order, the last one possibly cut short ('rod ros')."""
    span = len(query)
    for i in range(len(name) - span + 1):
        window = name[i : i + span]
        if window[:-1] == query[:-1] and window[-1].startswith(query[-1]):
            return True
    return False


def suggest(query: str, candidates: Iterable[str], limit: int = 3, cutoff: float = 0.5) -> tuple[str, ...]:
    import difflib  # only on the error path: it costs more to import than the rest of the core

    pool = list(dict.fromkeys(candidates))
    folded = {item.casefold(): item for item in pool}
    close = difflib.get_close_matches(query.casefold(), list(folded), n=limit, cutoff=cutoff)
    return tuple(folded[item] for item in close)


def match_actors(timeline: Timeline, query: str) -> tuple[Actor, ...]:
    """Actors whose id, name or alias equals, contains as whole words, or starts the query.

    The strictest rule that matches anyone wins, so 'doj' finds the actor with that id even
    when other names contain the word.
    """
    wanted = words(query)
    if not wanted:
        return ()
    for rule in (lambda name: name == wanted, lambda name: _contains_run(name, wanted),
                 lambda name: _starts_run(name, wanted)):
        found = tuple(actor for actor in timeline.actors if any(rule(name) for name in _names(actor)))
        if found:
            return found
    return ()


def find_actor(timeline: Timeline, query: str) -> Actor:
    """Exactly one actor for the query, or LookupFailed naming the candidates."""
    found = match_actors(timeline, query)
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(f"{actor.name} ({actor.id})" for actor in found[:6])
        raise LookupFailed(f"{query!r} matches {len(found)} actors: {names}; be more specific")
    candidates = [actor.name for actor in timeline.actors] + [actor.id for actor in timeline.actors]
    candidates += [alias for actor in timeline.actors for alias in actor.aliases]
    hints = suggest(query, candidates)
    raise LookupFailed(f"no actor matches {query!r}", hints)


def find_tag(timeline: Timeline, query: str) -> str:
    tags = timeline.tags()
    folded = query.casefold().strip()
    if folded in tags:
        return folded
    raise LookupFailed(f"no event has the tag {query!r}", suggest(query, tags))
