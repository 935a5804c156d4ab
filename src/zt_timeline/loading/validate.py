"""Validation: turn a parsed TOML document into a Timeline, reporting every problem at once.

One pass collects ids, so references can be checked; a second pass builds the records in
file order (by the line of each record's [[header]]), so problems come out in the order a
reader meets them in the file. Each record goes the short way (well_formed.py) when it has
nothing to report, built in one step, and else the long way (record_builders.py), field by
field, each problem reported. An empty file, or one without events, is an error: there is no
timeline to show.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from itertools import count, repeat
from typing import TYPE_CHECKING, Any, NamedTuple

from ..errors import DataError
from ..model.enums import RecordType
from ..model.timeline import Timeline
from .fields import SLUG, Fields
from .problems import ProblemCode, Report, shorten
from .record_builders import build
from .schema import record_class
from .well_formed import WellFormed

if TYPE_CHECKING:
    from .id_owners import EarlierFiles

_ARRAYS = {kind.array: kind for kind in RecordType}
_TOP_LEVEL = {*_ARRAYS, "timeline"}
# Looked up, not read from the enum: .value is a call, made once per record of a large file.
_SINGULAR = {kind: kind.value for kind in RecordType}
_BY_DATE = operator.attrgetter("date.sort_key")  # a sort key without a Python-level call per event
_TIMELINE_FIELDS = ("title", "description", "eras", "license")


class _Entry(NamedTuple):
    line: int | None
    kind: RecordType
    position: int  # in its array
    raw: Any


def _arrays(document: dict, report: Report) -> list[tuple[RecordType, list]]:
    """The record arrays in file order; wrong top-level shapes are reported here."""
    arrays = []
    for key, value in document.items():
        kind = _ARRAYS.get(key)
        if kind is None:
            if key == "timeline":
                if not isinstance(value, dict):
                    report.error(None, key, ProblemCode.BAD_TYPE,
                                 f"{shorten(value)} is not a table: expected [timeline]")
            else:
                report.unknown_key(None, key, value, _TOP_LEVEL, "top-level key")
            continue
        if not isinstance(value, list):
            report.error(None, key, ProblemCode.BAD_TYPE,
                         f"{shorten(value)} is not an array of tables: expected [[{key}]]")
            continue
        arrays.append((kind, value))
    return arrays


def _collect_ids(arrays: list[tuple[RecordType, list]]) -> dict[RecordType, set[str]]:
    ids: dict[RecordType, set[str]] = {kind: set() for kind in RecordType}
    for kind, items in arrays:
        bucket = ids[kind]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                bucket.add(item["id"])
    return ids


def _in_file_order(arrays: list[tuple[RecordType, list]],
                   lines: Mapping[str, Sequence[int]]) -> list[tuple[int | None, RecordType, int, Any]]:
    """Every record as (line of its [[header]], kind, index in its array, table), sorted by line
    when every array has lines. Plain tuples, made by zip: a large file has 100,000 of them.

    Arrays written inline (events = [ ... ]) have no header lines; the records are then read
    array by array, in the order the arrays first appear in the file.
    """
    entries: list[tuple[int | None, RecordType, int, Any]] = []
    complete = True
    for kind, items in arrays:
        found = lines.get(kind.array, ())
        known = len(found) == len(items)
        complete = complete and known
        entries.extend(zip(found if known else repeat(None), repeat(kind), count(), items))
    if complete:
        entries.sort(key=operator.itemgetter(0))
    return entries


def _timeline_meta(document: dict, report: Report) -> tuple[str | None, ...]:
    """The [timeline] table's title, description, eras and license (each None when not given)."""
    meta = document.get("timeline")
    if not isinstance(meta, dict):
        return (None,) * len(_TIMELINE_FIELDS)
    for key, value in meta.items():
        if key not in _TIMELINE_FIELDS:
            report.unknown_key("timeline", key, value, _TIMELINE_FIELDS, "field")
    values = []
    for key in _TIMELINE_FIELDS:
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            report.error("timeline", key, ProblemCode.BAD_TYPE, f"{shorten(value)} is not a string")
            value = None
        values.append(value)
    return tuple(values)


def _where(entry: _Entry, report: Report) -> tuple[str, str | None]:
    """How problems name the record ("event 'e'", or "events[3]" without a usable id), and its id."""
    record_id = entry.raw.get("id")
    if isinstance(record_id, str) and SLUG.fullmatch(record_id):
        return f"{_SINGULAR[entry.kind]} '{record_id}'", record_id
    position = f"{entry.kind.array}[{entry.position}]"
    if record_id is None:
        report.error(position, "id", ProblemCode.MISSING,
                     "is missing (required): expected a lowercase slug (a-z, 0-9, hyphens)")
    else:
        report.error(position, "id", ProblemCode.BAD_VALUE,
                     f"{shorten(record_id)} is not a lowercase slug (a-z, 0-9, hyphens)")
    return position, None


def _named(kind: RecordType, record_id: str) -> str:
    return f"{_SINGULAR[kind]} '{record_id}'"


def _claim(kind: RecordType, line: int | None, record_id: str, replaces: bool, report: Report,
           claimed: dict[str, tuple[RecordType, int | None]], earlier: EarlierFiles | None) -> None:
    """Take the record's id; report it if a record before it in the file has it, or, in a stack, a
    record of a file below (unless it overrides that one: id_owners.py)."""
    first = claimed.get(record_id)
    if first is None:
        claimed[record_id] = (kind, line)
        if earlier is None and not replaces:
            return  # the usual case: nothing to report, and no need to name the record
    where = _named(kind, record_id)
    if first is not None:
        first_kind, first_line = first
        report.error(where, "id", ProblemCode.DUPLICATE_ID,
                     f"duplicate id {shorten(record_id)}: {_named(first_kind, record_id)}"
                                  f"{f' (line {first_line})' if first_line else ''} has it; expected an id used once "
                                  "in the file")
    if earlier is not None or replaces:
        from .id_owners import check_owner  # only for a stack, or a record that says it overrides

        check_owner(report, where, kind, record_id, replaces, earlier)


def _long_way(entry: _Entry, report: Report, ids: dict[RecordType, set[str]],
              claimed: dict[str, tuple[RecordType, int | None]], earlier: EarlierFiles | None) -> Any:
    """The record read field by field, every problem reported; None if it is not even a table."""
    if not isinstance(entry.raw, dict):
        report.error(f"{entry.kind.array}[{entry.position}]", None, ProblemCode.BAD_TYPE,
                     f"{shorten(entry.raw)} is not a table: expected [[{entry.kind.array}]]")
        return None
    where, record_id = _where(entry, report)
    fields = Fields(entry.raw, where, report, ids)
    fields.known.add("id")
    replaces = fields.flag("override")
    if record_id is not None:
        _claim(entry.kind, entry.line, record_id, replaces, report, claimed, earlier)
    record = build(fields, record_class(entry.kind), record_id)
    fields.finish()
    return record


def build_timeline(document: dict, path: str, lines: Mapping[str, Sequence[int]] | None = None, *,
                   earlier: EarlierFiles | None = None, stop_at_first: bool = False) -> Timeline:
    """Validate a parsed document and build its Timeline, or raise DataError with every problem.

    `lines` gives, for each array, the line of each record's [[header]] (see loading.py), so
    problems name their line and come out in file order. `earlier`: the records of the files
    below this one in a stack, which it may cite and, with `override = true`, replace
    (layering.py); such a file need not have events of its own. `stop_at_first`: raise
    FirstProblem at the first problem or warning, instead of going on to find them all.
    """
    report = Report(path, stop_at_first)
    arrays = _arrays(document, report)
    title, description, eras, license_terms = _timeline_meta(document, report)
    ids = _collect_ids(arrays)
    if earlier is not None:
        for kind, known in earlier.ids.items():
            ids[kind] |= known
    short_way = WellFormed(ids)
    built: dict[RecordType, list] = {kind: [] for kind in RecordType}
    claimed: dict[str, tuple[RecordType, int | None]] = {}  # each id, by the kind and line of its first record
    for entry in _in_file_order(arrays, lines or {}):
        line, kind, _, raw = entry
        report.line = line
        record = short_way.record(kind, raw) if type(raw) is dict else None
        if record is None:
            record = _long_way(_Entry(*entry), report, ids, claimed, earlier)
            if record is None:
                continue
        elif earlier is None and record.id not in claimed:  # the usual case, checked in one step
            claimed[record.id] = (kind, line)
        else:
            _claim(kind, line, record.id, False, report, claimed, earlier)
        built[kind].append(record)
    report.line = None
    if not document:
        report.error(None, None, ProblemCode.EMPTY, "the file is empty: a timeline needs at least one [[events]] table")
    elif earlier is None and ("events" not in document or document["events"] == []):
        report.error(None, "events", ProblemCode.EMPTY, "no events: a timeline needs at least one [[events]] table")
    if report.problems:
        raise DataError(path, tuple(report.problems), tuple(report.warnings))
    events = sorted(built[RecordType.EVENT], key=_BY_DATE)
    return Timeline(
        path=path, sources=tuple(built[RecordType.SOURCE]), actors=tuple(built[RecordType.ACTOR]),
        events=tuple(events), quotes=tuple(built[RecordType.QUOTE]), figures=tuple(built[RecordType.FIGURE]),
        title=title, description=description, warnings=tuple(report.warnings), eras=eras,
        license=license_terms,
    )
