"""The usual case in one step: a record with nothing to report, read straight into the model.

The long way (record_builders.py, over fields.py) reads a record field by field and notes every
problem as it goes. Most records of a large file have none. For them, this looks at each value
once, with the least check that shows the long way would find nothing wrong with it
(well_formed_values.py), and builds the model object directly: no bookkeeping of known fields,
no messages made ready, no Fields. As soon as a check fails, or the record has anything this
does not read (an unknown field, `override`, a value of another type, a date that is no date),
it gives up, returning None, and the record is read the long way, which reports what is wrong.
Its shapes are worked out from the same declaration as the long way's (schema.py), with the same
rules across fields (rules.py). So a record read here is the one the long way builds, and a
record with a problem or a warning is never read here (tests/test_well_formed.py compares the
two ways, edit by edit).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, NamedTuple

from ..model.enums import RecordType
from ..model.records import Record
from . import well_formed_values as read
from .rules import RULES, Rule
from .schema import FieldShape, Kind, record_class, shape_of

Reader = Callable[[Any, Any, dict], Any]  # (state, value, values): the value for the model, or read.BAD


class Shape(NamedTuple):
    """What a table of one kind holds, and how each of its keys is read."""

    make: type
    required: frozenset[str]  # the keys the long way reports missing
    known: frozenset[str]  # the keys it reads: any other gets a warning
    readers: dict[str, tuple[Reader, str]]  # for each key, its reader and the field it fills
    rules: tuple[Rule, ...]  # what the long way checks across the fields read


class WellFormed:
    """Reads the well-formed records of one file, given the ids that file may cite."""

    __slots__ = ("actors", "dates", "ids", "slugs", "sources")

    def __init__(self, ids: dict[RecordType, set[str]]) -> None:
        self.ids = ids
        self.sources, self.actors = ids[RecordType.SOURCE], ids[RecordType.ACTOR]  # the ones cited most
        self.slugs: set[str] = set()  # tags seen to be slugs
        self.dates: dict[str, Any] = {}  # each date text seen, and its date or read.BAD

    def record(self, kind: RecordType, raw: dict) -> Record | None:
        """The record built from its table, or None when the long way must read it."""
        return self.build(shape(record_class(kind)), raw)

    def build(self, table: Shape, raw: dict) -> Any:
        if not table.required <= raw.keys() <= table.known:
            return None
        readers, bad = table.readers, read.BAD
        values: dict[str, Any] = {}
        for key, value in raw.items():
            reader, field = readers[key]
            value = reader(self, value, values)
            if value is bad:
                return None
            values[field] = value
        for rule in table.rules:
            if rule(values) is not None:
                return None
        return table.make(**values)


def _reader(field: FieldShape) -> Reader:
    """How the short way reads a field of that shape: as strictly as the long way, or more."""
    kind = field.kind
    if kind is Kind.TEXT:
        return read.some_text if field.required else read.text
    if kind is Kind.CHOICE:
        return read.one_of(field.choices)  # type: ignore[arg-type]
    if kind is Kind.EXACTLY:
        return read.exactly(field.exactly or "")
    if kind is Kind.REF:
        return read.ref(field.refers)  # type: ignore[arg-type]
    if kind is Kind.REFS:
        return read.refs(field.refers)  # type: ignore[arg-type]
    if kind is Kind.CITATIONS:
        return read.cited if field.required else read.maybe_cited
    if kind is Kind.TABLE:
        return read.table(shape(field.nested))
    if kind is Kind.TABLES:
        return read.tables(shape(field.nested))
    return _PLAIN[kind]


_PLAIN: dict[Kind, Reader] = {
    Kind.ID: read.record_id, Kind.DATE: read.date, Kind.NUMBER: read.number, Kind.FLAG: read.flag,
    Kind.TEXTS: read.texts, Kind.SLUGS: read.tags,
}


@functools.cache
def shape(declared: type) -> Shape:
    """The short way's reading of a declared class: its keys, readers and rules."""
    fields = [field for field in shape_of(declared) if field.kind is not Kind.CITED_PARTS]
    return Shape(
        make=declared,
        required=frozenset(field.key for field in fields if field.required),
        known=frozenset(field.key for field in fields),
        readers={field.key: (_reader(field), field.name) for field in fields},
        rules=RULES.get(declared, ()),
    )
