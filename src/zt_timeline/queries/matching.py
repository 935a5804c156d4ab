"""Finding actors, tags and records by what a person types: ids, names, aliases, prefixes."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..errors import LookupFailed
from ..model.records import Actor, Role
from ..model.text import suggest, words  # words: checking/ reads it from here too
from ..model.timeline import Timeline


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


def _title_words(role: Role) -> tuple[str, ...]:
    """A role's title as words, without a leading 'acting' ('Acting Attorney General' is an Attorney General)."""
    found = words(role.title)
    return found[1:] if found[:1] == ("acting",) else found


def role_matches(role: Role, query: str | tuple[str, ...]) -> bool:
    """Whether the query's words appear, in order, in the role's title ('attorney general'), or
    the query names the role's organization by its id ('ICE', 'ICE director') and its other
    words are in the title."""
    wanted = words(query) if isinstance(query, str) else query
    if not wanted:
        return False
    if _contains_run(words(role.title), wanted):
        return True
    # Titles spell an office out ("U.S. Immigration and Customs Enforcement"); people type its
    # short name, which is the organization's id.
    org = words(role.org) if role.org else ()
    rest = tuple(word for word in wanted if word not in org)
    return bool(org) and len(rest) < len(wanted) and set(rest) <= set(words(role.title))


def actors_with_role(actors: Iterable[Actor], query: str) -> tuple[Actor, ...]:
    """The actors holding a role whose title contains the query's words."""
    wanted = words(query)
    return tuple(actor for actor in actors if any(role_matches(role, wanted) for role in actor.roles))


def _holders(timeline: Timeline, wanted: tuple[str, ...]) -> tuple[Actor, ...]:
    """Actors holding a role the query names: titles that begin with it first ('attorney general'
    finds the Attorneys General, acting ones included), else titles that contain it."""
    for rule in (lambda title: title[: len(wanted)] == wanted, lambda title: _contains_run(title, wanted)):
        found = tuple(actor for actor in timeline.actors if any(rule(_title_words(role)) for role in actor.roles))
        if found:
            return found
    return ()


def match_actors(timeline: Timeline, query: str) -> tuple[Actor, ...]:
    """Actors whose id, name or alias equals the query; else who hold a role it names; else whose
    id, name or alias contains it as whole words, or starts with it.

    The strictest rule that matches anyone wins, so 'doj' finds the actor with that id even
    when other names contain the word. A role comes before a name that merely contains the
    words, so an alias such as 'Attorney General Sessions' cannot make 'attorney general'
    mean one person when the file records several.
    """
    wanted = words(query)
    if not wanted:
        return ()
    found = tuple(actor for actor in timeline.actors if any(name == wanted for name in _names(actor)))
    if found:
        return found
    found = _holders(timeline, wanted)
    if found:
        return found
    rules: tuple[Callable[[tuple[str, ...]], bool], ...] = (lambda name: _contains_run(name, wanted),
                                                            lambda name: _starts_run(name, wanted))
    for rule in rules:
        found = tuple(actor for actor in timeline.actors if any(rule(name) for name in _names(actor)))
        if found:
            return found
    return ()


_NAMED_CANDIDATES = 12  # a lookup that matches more names this many and counts the rest


def find_actor(timeline: Timeline, query: str) -> Actor:
    """Exactly one actor for the query, or LookupFailed naming the candidates."""
    found = match_actors(timeline, query)
    if len(found) == 1:
        return found[0]
    if found:
        names = ", ".join(f"{actor.name} ({actor.id})" for actor in found[:_NAMED_CANDIDATES])
        more = f" and {len(found) - _NAMED_CANDIDATES} more" if len(found) > _NAMED_CANDIDATES else ""
        raise LookupFailed(f"{query!r} matches {len(found)} actors: {names}{more}; be more specific")
    # Each actor offered once, by its name, however many of its names are close to the query.
    named = {name: actor for actor in timeline.actors for name in (actor.id, actor.name, *actor.aliases)}
    hints = tuple(dict.fromkeys(named[close].name for close in suggest(query, named, limit=6, cutoff=0.65)))[:3]
    raise LookupFailed(f"no actor matches {query!r}", hints)


def find_tag(timeline: Timeline, query: str) -> str:
    tags = timeline.tags()
    folded = query.casefold().strip()
    if folded in tags:
        return folded
    raise LookupFailed(f"no event has the tag {query!r}", suggest(query, tags))
