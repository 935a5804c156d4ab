"""The short way's readers (well_formed.py): each checks one kind of value in one step.

A reader is called as read(state, value, values) and gives back the value for the model (a
string, a date, a tuple, an enum member, the records of nested tables) or BAD, when the long way
(fields.py) would report the value: then the whole record is read the long way. `state` is the
WellFormed of the file (a State here): the ids it may cite, and what it has already seen to be good. `values`
is what the record has so far; only a `sources` list writes to it, its pinpoints.

Each check is exactly as strict as the long way's, or stricter (`type(value) is str` where the
long way asks isinstance: a parsed TOML file never has a subclass), never looser.
"""

from __future__ import annotations

import enum
import math
from functools import partial
from typing import Any, Protocol

from ..errors import DateError
from ..model.accounts import Pinpoint
from ..model.dates import from_toml, parse_iso
from ..model.enums import RecordType
from .fields import CITATION_FIELDS, INT_RANGE, SLUG


class State(Protocol):
    """What a reader uses of the file's WellFormed (well_formed.py, which imports this module)."""

    ids: dict[RecordType, set[str]]
    sources: set[str]
    actors: set[str]
    slugs: set[str]
    dates: dict[str, Any]

    def build(self, table: Any, raw: dict) -> Any: ...

BAD = object()  # what a reader gives for a value the long way would report
_CITATION_KEYS = frozenset(CITATION_FIELDS)


def record_id(state: State, value: Any, values: dict) -> Any:
    return value if type(value) is str and SLUG.fullmatch(value) else BAD


def text(state: State, value: Any, values: dict) -> Any:
    return value if type(value) is str else BAD


def some_text(state: State, value: Any, values: dict) -> Any:
    """A required text, not blank (strip() gives back the same string when there is nothing to strip)."""
    return value if type(value) is str and value.strip() else BAD


def date(state: State, value: Any, values: dict) -> Any:
    """A date; each text read once a file, so a broken file that repeats a bad date (100,000
    times "2018-02-30") pays for the error once, not once a record."""
    if type(value) is not str:
        try:
            return from_toml(value)
        except DateError:
            return BAD
    read = state.dates.get(value)
    if read is None:
        try:
            read = parse_iso(value)
        except DateError:
            read = BAD
        state.dates[value] = read
    return read


def number(state: State, value: Any, values: dict) -> Any:
    kind = type(value)
    return value if (kind is int and value in INT_RANGE) or (kind is float and math.isfinite(value)) else BAD


def flag(state: State, value: Any, values: dict) -> Any:
    return value if type(value) is bool else BAD


def _member(members: dict[str, Any], state: State, value: Any, values: dict) -> Any:
    return members.get(value, BAD) if type(value) is str else BAD


def one_of(enum_type: type[enum.Enum]) -> Any:
    """The reader of a field whose value names a member of the enum."""
    return partial(_member, {member.value: member for member in enum_type})


def texts(state: State, value: Any, values: dict) -> Any:
    return tuple(value) if type(value) is list and all(type(item) is str for item in value) else BAD


def tags(state: State, value: Any, values: dict) -> Any:
    """A list of slugs; the ones seen before are known good (a file has few tags, on many events)."""
    if type(value) is not list:
        return BAD
    try:
        if not state.slugs.issuperset(value):
            if not all(type(item) is str and SLUG.fullmatch(item) for item in value):
                return BAD
            state.slugs.update(value)
    except TypeError:  # an unhashable item: a list or a table
        return BAD
    return tuple(value)


def _ref(target: RecordType, state: State, value: Any, values: dict) -> Any:
    return value if type(value) is str and value in state.ids[target] else BAD


def ref(target: RecordType) -> Any:
    """The reader of the id of a record of that kind, a known one."""
    return partial(_ref, target)


def _refs(target: RecordType, state: State, value: Any, values: dict) -> Any:
    """A list of ids of that kind, every one known (so each a string)."""
    try:
        return tuple(value) if type(value) is list and state.ids[target].issuperset(value) else BAD
    except TypeError:  # an unhashable item
        return BAD


def refs(target: RecordType) -> Any:
    """The reader of a list of ids of records of that kind, every one known."""
    return partial(_refs, target)


def _citations(required: bool, state: State, value: Any, values: dict) -> Any:
    """A `sources` list: known source ids, or { id, excerpt, locator } tables. The ids, each once
    (as fields.py reads them); the tables that give an excerpt or a locator go to `pinpoints`."""
    if type(value) is not list or (required and not value):
        return BAD
    known = state.sources
    try:
        if known.issuperset(value):
            return tuple(value) if len(value) == 1 else tuple(dict.fromkeys(value))
    except TypeError:  # a table among them: read one by one below
        pass
    ids, pinpoints = [], []
    for item in value:
        if type(item) is str:
            if item not in known:
                return BAD
            ids.append(item)
            continue
        pinpoint = _pinpoint(known, item) if type(item) is dict else None
        if pinpoint is None:
            return BAD
        ids.append(pinpoint.source)
        if pinpoint.excerpt or pinpoint.locator:
            pinpoints.append(pinpoint)
    if pinpoints:
        values["pinpoints"] = tuple(pinpoints)
    return tuple(dict.fromkeys(ids))


cited, maybe_cited = partial(_citations, True), partial(_citations, False)


def _pinpoint(known: set[str], item: dict) -> Pinpoint | None:
    if not item.keys() <= _CITATION_KEYS:
        return None
    source, excerpt, locator = item.get("id"), item.get("excerpt"), item.get("locator")
    if type(source) is not str or source not in known:
        return None
    for words in (excerpt, locator):
        if words is not None and (type(words) is not str or not words.strip()):
            return None
    return Pinpoint(source, excerpt, locator)


def _tables(table: Any, state: State, value: Any, values: dict) -> Any:
    if type(value) is not list:
        return BAD
    built = []
    for item in value:
        made = state.build(table, item) if type(item) is dict else None
        if made is None:
            return BAD
        built.append(made)
    return tuple(built)


def tables(table: Any) -> Any:
    """The reader of a list of nested tables of that shape (roles, variants, disputes, accounts)."""
    return partial(_tables, table)


def _table(table: Any, state: State, value: Any, values: dict) -> Any:
    made = state.build(table, value) if type(value) is dict else None
    return BAD if made is None else made


def table(table: Any) -> Any:
    """The reader of one nested table of that shape (a source's copy)."""
    return partial(_table, table)


def exactly(word: str) -> Any:
    """The reader of a field whose one allowed value is that word."""
    return partial(_member, {word: word})
