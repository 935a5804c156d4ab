"""What changed between two versions of a timeline: record by record, field by field.

Records are matched by id within their kind. A record only in the new version is added, one
only in the old is removed, and a record in both is compared field by field, in the data
file's own field names and shapes (serialize.as_data): a scalar that changed is one change; a
list of ids (sources, actors, tags) gains and loses items, one change each, so "a source was
added to this event" is a line of its own; a list of tables (variants, roles, disputes,
pinpoints) is matched entry by entry as a line diff matches lines (`variants[0].date`). A date that changed says how:
its precision, its qualifier, or that it moved earlier or later. Nothing is derived here
that the files do not say: the "disputed" summary of the JSON is left out, as it follows
from the variants and disputes that are compared.
"""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..model.dates import PartialDate, Precision
from ..model.enums import RecordType
from ..model.records import Record
from ..model.schema import Declared, file_keys
from ..model.timeline import Timeline
from .serialize import as_data

TIMELINE_FIELDS = ("title", "description", "eras", "license")


class ChangeKind(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True, slots=True)
class Change:
    """One difference: a record added or removed (`field` None), or one field of a record."""

    change: ChangeKind
    record_type: str  # a RecordType's value, or "timeline" for the [timeline] table
    record_id: str | None  # None for the [timeline] table
    field: str | None = None  # "date", "sources", "variants[0].date"; None: the whole record
    old: Any = None  # as JSON writes it: strings, numbers, lists, tables (a whole record when removed)
    new: Any = None
    detail: str | None = None  # how a date changed: "precision: month → day"


@dataclass(frozen=True, slots=True)
class Diff:
    """Every change from `old` to `new`, and how many records each way."""

    old: str
    new: str
    changes: tuple[Change, ...]

    def records(self, change: ChangeKind) -> int:
        """How many records were added, removed or changed (a changed record counts once)."""
        if change is ChangeKind.CHANGED:
            return len({(c.record_type, c.record_id) for c in self.changes if c.field is not None})
        return sum(c.change is change and c.field is None for c in self.changes)


def diff_timelines(old: Timeline, new: Timeline) -> Diff:
    changes: list[Change] = []
    for name in TIMELINE_FIELDS:
        _compare(changes, "timeline", None, name, getattr(old, name), getattr(new, name))
    for kind in RecordType:
        before = {record.id: record for record in old.records(kind)}
        after = {record.id: record for record in new.records(kind)}
        for record_id, record in after.items():
            if record_id not in before:
                changes.append(Change(ChangeKind.ADDED, kind.value, record_id, new=as_data(record)))
            else:
                _compare_records(changes, before[record_id], record)
        changes.extend(Change(ChangeKind.REMOVED, kind.value, record_id, old=as_data(record))
                       for record_id, record in before.items() if record_id not in after)
    return Diff(old.path, new.path, tuple(changes))


def _compare_records(changes: list[Change], old: Record, new: Record) -> None:
    for name, key in file_keys(type(old)).items():
        if name != "id":
            _compare(changes, old.record_type.value, old.id, key, getattr(old, name), getattr(new, name))


def _compare(changes: list[Change], kind: str, record_id: str | None, where: str, old: Any, new: Any) -> None:
    """Append the changes from `old` to `new` of the field at `where` (none if they are equal)."""
    if old == new:
        return
    if isinstance(old, PartialDate) and isinstance(new, PartialDate):
        changes.append(Change(ChangeKind.CHANGED, kind, record_id, where, old.iso(), new.iso(), date_change(old, new)))
    elif isinstance(old, tuple) or isinstance(new, tuple):
        old, new = old or (), new or ()
        if all(isinstance(item, str) for item in (*old, *new)):
            _compare_ids(changes, kind, record_id, where, old, new)
        else:
            _compare_entries(changes, kind, record_id, where, old, new)
    elif isinstance(old, Declared) and type(old) is type(new):
        for name, key in file_keys(type(old)).items():
            _compare(changes, kind, record_id, f"{where}.{key}", getattr(old, name), getattr(new, name))
    elif old is None:
        changes.append(Change(ChangeKind.ADDED, kind, record_id, where, new=as_data(new)))
    elif new is None:
        changes.append(Change(ChangeKind.REMOVED, kind, record_id, where, old=as_data(old)))
    else:
        changes.append(Change(ChangeKind.CHANGED, kind, record_id, where, as_data(old), as_data(new)))


def _compare_ids(changes: list[Change], kind: str, record_id: str | None, where: str, old: tuple, new: tuple) -> None:
    """A list of plain strings (ids, tags, aliases): each item lost and gained is a change of its own."""
    lost, gained = Counter(old) - Counter(new), Counter(new) - Counter(old)
    changes.extend(Change(ChangeKind.REMOVED, kind, record_id, where, old=item) for item in lost.elements())
    changes.extend(Change(ChangeKind.ADDED, kind, record_id, where, new=item) for item in gained.elements())
    if not lost and not gained:  # the same items in another order
        changes.append(Change(ChangeKind.CHANGED, kind, record_id, where, list(old), list(new), "order"))


def _compare_entries(changes: list[Change], kind: str, record_id: str | None, where: str, old: tuple,
                     new: tuple) -> None:
    """Lists of tables (roles, variants, pinpoints): entries kept as they were are matched first
    (as a line diff matches lines), so removing the second role does not make the third look
    changed; an entry in the place of another is compared field by field. An entry is named
    by its place in the new list, a removed one by its place in the old."""
    from difflib import SequenceMatcher  # here: only `zt diff` compares lists of tables

    for operation, old_start, old_end, new_start, new_end in SequenceMatcher(None, old, new,
                                                                             autojunk=False).get_opcodes():
        if operation == "equal":
            continue
        paired = min(old_end - old_start, new_end - new_start)
        for offset in range(paired):
            _compare(changes, kind, record_id, f"{where}[{new_start + offset}]", old[old_start + offset],
                     new[new_start + offset])
        changes.extend(Change(ChangeKind.REMOVED, kind, record_id, f"{where}[{index}]", old=as_data(old[index]))
                       for index in range(old_start + paired, old_end))
        changes.extend(Change(ChangeKind.ADDED, kind, record_id, f"{where}[{index}]", new=as_data(new[index]))
                       for index in range(new_start + paired, new_end))


_PRECISION = {Precision.YEAR: "year", Precision.MONTH: "month", Precision.DAY: "day"}


def date_change(old: PartialDate, new: PartialDate) -> str:
    """How a date changed: "precision: month → day", "qualifier: none → ~ (approximate)", "earlier"."""
    parts = []
    if old.precision is not new.precision:
        parts.append(f"precision: {_PRECISION[old.precision]} → {_PRECISION[new.precision]}")
    if old.qualifier is not new.qualifier:
        parts.append(f"qualifier: {_qualifier(old)} → {_qualifier(new)}")
    if not old.first_day <= new.first_day <= new.last_day <= old.last_day and not (
            new.first_day <= old.first_day <= old.last_day <= new.last_day):
        parts.append("later" if new.first_day > old.first_day else "earlier")
    return "; ".join(parts)


def _qualifier(date: PartialDate) -> str:
    return f"{date.qualifier.value} ({date.qualifier.meaning})" if date.qualifier else "none"
