"""`zt diff`: the changes between two versions of a timeline, for people and for tools."""

from __future__ import annotations

from typing import Any

from ..queries.diff import Change, ChangeKind, Diff
from .exports.formats import csv_cell
from .output import Column, Output, Table

# The field a record is known by, for the line that says it was added or removed.
_HEADLINE_FIELDS = ("title", "name", "label", "text")
DIFF_COLUMNS = ("change", "type", "id", "field", "old", "new", "detail")


def _cell(change: Change, value: Any, spaced: bool = False) -> str:
    """A value in a cell; a whole record (added or removed) by its title, name, label or words.
    A table (a role, a variant) is JSON: compact for tools, `spaced` so a terminal can wrap it."""
    if change.field is None and isinstance(value, dict):
        return next((value[name] for name in _HEADLINE_FIELDS if value.get(name)), "")
    if spaced and isinstance(value, dict | list) and not all(isinstance(item, str) for item in value):
        import json

        return json.dumps(value, ensure_ascii=False)
    return csv_cell(value)


def _record(change: Change) -> str:
    return f"{change.record_type} {change.record_id}" if change.record_id else f"[{change.record_type}]"


def change_to_dict(change: Change) -> dict[str, Any]:
    return {"change": change.change.value, "type": change.record_type, "id": change.record_id,
            "field": change.field, "old": change.old, "new": change.new, "detail": change.detail}


def diff_output(diff: Diff) -> Output:
    counts = {kind.value: diff.records(kind) for kind in ChangeKind}
    added, removed, changed = counts.values()
    summary = f"{added} record{'s' if added != 1 else ''} added, {removed} removed, {changed} changed"
    human = Table(
        (Column("record", wrap=False), Column("field", wrap=False), Column("change", wrap=False),
         Column("old"), Column("new")),
        tuple((_record(c), c.field or "", c.change.value, _cell(c, c.old, spaced=True),
               _cell(c, c.new, spaced=True) + (f"\n  ({c.detail})" if c.detail else "")) for c in diff.changes),
    )
    machine = Table(tuple(Column(name) for name in DIFF_COLUMNS),
                    tuple((c.change.value, c.record_type, c.record_id or "", c.field or "", _cell(c, c.old),
                           _cell(c, c.new), c.detail or "") for c in diff.changes))
    data = {"old": diff.old, "new": diff.new, "records": counts,
            "changes": [change_to_dict(change) for change in diff.changes]}
    return Output((human,), machine, data, heading=f"{diff.old} → {diff.new}: {summary}",
                  empty="no differences")
