"""The usual case in one step: a record with nothing to report, read straight into the model.

The long way (record_builders.py, over fields.py) reads a record field by field and notes every
problem as it goes. Most records of a large file have none. For them, this looks at each value
once, with the least check that shows the long way would find nothing wrong with it
(well_formed_values.py), and builds the model object directly: no bookkeeping of known fields,
no messages made ready, no Fields. As soon as a check fails, or the record has anything this
does not read (an unknown field, `override`, a value of another type, a date that is no date),
it gives up, returning None, and the record is read the long way, which reports what is wrong.
So a record read here is the one the long way builds, and a record with a problem or a warning
is never read here (tests/test_well_formed.py compares the two ways, edit by edit).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from ..model.kinds import (
    Action,
    ActorKind,
    EvidenceLevel,
    FigureStatus,
    Modality,
    QuoteForm,
    Rank,
    RecordType,
    SourceKind,
)
from ..model.records import (
    NO_ORIGINAL,
    Actor,
    Copy,
    Dispute,
    DisputeAccount,
    Event,
    EventVariant,
    Figure,
    FigureVariant,
    Quote,
    QuoteVariant,
    Record,
    Role,
    Source,
)
from . import well_formed_values as read

Reader = Callable[[Any, Any, dict], Any]  # (state, value, values): the value for the model, or read.BAD


class Shape(NamedTuple):
    """What a table of one kind holds, and how each of its keys is read."""

    make: type
    required: frozenset[str]  # the keys the long way reports missing
    known: frozenset[str]  # the keys it reads: any other gets a warning
    readers: dict[str, tuple[Reader, str]]  # for each key, its reader and the field it fills
    check: Callable[[dict], bool] | None = None  # what the long way checks across the fields read


def shape(make: type, readers: dict[str, Reader], required: tuple[str, ...],
          check: Callable[[dict], bool] | None = None, renamed: dict[str, str] | None = None) -> Shape:
    renamed = renamed or {}
    return Shape(make, frozenset(required), frozenset(readers),
                 {key: (reader, renamed.get(key, key)) for key, reader in readers.items()}, check)


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
        return self.build(_SHAPES[kind], raw)

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
        if table.check is not None and not table.check(values):
            return None
        return table.make(**values)


# --- what the long way checks across fields ------------------------------------------------


def _span_in_order(values: dict) -> bool:
    """No end before the date (which an event and its variants always have)."""
    end = values.get("end")
    return end is None or not end.last_day < values["date"].first_day


def _tenure_in_order(values: dict) -> bool:
    start, until = values.get("start"), values.get("until")
    return start is None or until is None or not until.last_day < start.first_day


def _cites_a_source(values: dict) -> bool:
    """An actor cites a source, itself or in one of its roles (whose sources are never empty)."""
    return bool(values.get("sources") or values.get("roles"))


def _copy_named(values: dict) -> bool:
    """`original = "none found"` goes with a copy and no address of an original."""
    return "original" not in values or ("copy" in values and not values.get("url"))


def _two_accounts(values: dict) -> bool:
    return len(values["accounts"]) >= 2


def _rank_explained(values: dict) -> bool:
    """A deprecated account says in its note why it is an error."""
    return values.get("rank") is not Rank.DEPRECATED or bool(values.get("note"))


def _span_and_rank(values: dict) -> bool:
    return _span_in_order(values) and _rank_explained(values)


# --- the shapes: what each kind of table may hold, as record_builders.py reads it -----------

_DISPUTES = read.tables(shape(Dispute, {
    "point": read.some_text, "note": read.text,
    "accounts": read.tables(shape(DisputeAccount, {"says": read.some_text, "sources": read.cited,
                                                   "note": read.text, "rank": read.one_of(Rank)},
                                  ("says", "sources"), _rank_explained)),
}, ("point", "accounts"), _two_accounts))
_ROLES = read.tables(shape(Role, {
    "title": read.some_text, "org": read.actor, "from": read.date, "until": read.date, "sources": read.cited,
    "note": read.text,
}, ("title", "sources"), _tenure_in_order, {"from": "start"}))
_SHAPES = {
    RecordType.SOURCE: shape(Source, {
        "id": read.record_id, "title": read.some_text, "publisher": read.some_text, "date": read.date,
        "url": read.text, "author": read.text, "kind": read.one_of(SourceKind), "note": read.text,
        "descriptive_title": read.flag, "evidence": read.one_of(EvidenceLevel), "number": read.text,
        "copy": read.table(shape(Copy, {"url": read.some_text, "host": read.some_text}, ("url", "host"))),
        "original": read.exactly(NO_ORIGINAL),
    }, ("id", "title", "publisher"), _copy_named),
    RecordType.ACTOR: shape(Actor, {
        "id": read.record_id, "name": read.some_text, "kind": read.one_of(ActorKind), "aliases": read.texts,
        "roles": _ROLES, "sources": read.maybe_cited, "note": read.text,
    }, ("id", "name", "kind"), _cites_a_source),
    RecordType.EVENT: shape(Event, {
        "id": read.record_id, "date": read.date, "end": read.date, "title": read.some_text, "sources": read.cited,
        "summary": read.text, "actors": read.actors, "tags": read.tags, "note": read.text, "disputes": _DISPUTES,
        "by": read.actors, "action": read.one_of(Action),
        "variants": read.tables(shape(EventVariant, {
            "date": read.date, "end": read.date, "sources": read.cited, "note": read.text, "rank": read.one_of(Rank),
        }, ("date", "sources"), _span_and_rank)),
    }, ("id", "date", "title", "sources"), _span_in_order),
    RecordType.QUOTE: shape(Quote, {
        "id": read.record_id, "speaker": read.actor, "text": read.some_text, "sources": read.cited,
        "date": read.date, "context": read.text, "event": read.event, "form": read.one_of(QuoteForm),
        "via": read.texts, "note": read.text, "disputes": _DISPUTES,
        "variants": read.tables(shape(QuoteVariant, {
            "text": read.some_text, "sources": read.cited, "context": read.text, "note": read.text,
            "rank": read.one_of(Rank),
        }, ("text", "sources"), _rank_explained)),
    }, ("id", "speaker", "text", "sources")),
    RecordType.FIGURE: shape(Figure, {
        "id": read.record_id, "label": read.some_text, "value": read.number, "sources": read.cited,
        "unit": read.text, "qualifier": read.text, "date": read.date, "event": read.event, "note": read.text,
        "disputes": _DISPUTES, "status": read.one_of(FigureStatus), "modality": read.one_of(Modality),
        "variants": read.tables(shape(FigureVariant, {
            "value": read.number, "sources": read.cited, "qualifier": read.text, "unit": read.text,
            "date": read.date, "note": read.text, "rank": read.one_of(Rank),
        }, ("value", "sources"), _rank_explained)),
    }, ("id", "label", "value", "sources")),
}
