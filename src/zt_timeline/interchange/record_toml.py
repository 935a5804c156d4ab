"""One record as the data file writes it (`zt show ID --format toml`), to paste into a notes
file read on top of the data (`zt --data +notes.toml`) and change there.

The record is written with `override = true` after its id, so pasted as it is it replaces the
record of that id, and reads back equal to it. Its parts are tables of their own, as in the
bundled file ([[actors.roles]], [[events.variants]], [[events.disputes]] and their
[[events.disputes.accounts]]); a citation with the source's words or a locator is an inline
table ({ id = "...", excerpt = "..." }), once per pinpoint, as the file writes it.
"""

from __future__ import annotations

from typing import Any

from ..model.accounts import Pinpoint
from ..model.records import Record
from ..queries.serialize import as_data
from .toml_writer import toml_value


def _pinned(pinpoint: Pinpoint) -> dict[str, str]:
    return {"id": pinpoint.source, **{key: value for key, value in (("excerpt", pinpoint.excerpt),
                                                                     ("locator", pinpoint.locator)) if value}}


def _citations(sources: list[str], pinpoints: tuple[Pinpoint, ...]) -> list[Any]:
    """The file's `sources`: ids and { id, excerpt, locator } tables, in an order that reads
    back as the same sources in the same order and the same pinpoints in the same order."""
    queue, seen = list(pinpoints), set()
    cited: list[Any] = []

    def seen_first() -> None:
        while queue and queue[0].source in seen:
            cited.append(_pinned(queue.pop(0)))

    for source in sources:
        seen_first()
        seen.add(source)
        if queue and queue[0].source == source:
            seen_first()
        else:
            cited.append(source)
    seen_first()
    return cited


def _fields(value: Any, fields: dict[str, Any]) -> tuple[dict[str, Any], list[tuple[str, list]]]:
    """The fields of a record or part as the file writes them, and its parts (name, items)."""
    own: dict[str, Any] = {}
    parts: list[tuple[str, list]] = []
    for name, item in fields.items():
        if name == "pinpoints":
            continue
        if name == "sources":
            own[name] = _citations(item, value.pinpoints)
        elif isinstance(item, list) and item and all(isinstance(part, dict) for part in item):
            # a list of nested tables (roles, variants, disputes, accounts): tables of their own
            parts.append((name, list(zip(getattr(value, name), item, strict=True))))
        elif item not in (None, [], "", False):
            own[name] = item
    return own, parts


def _line(key: str, value: Any) -> str:
    """key = value; a list of citations with pinpoints one to a line, as the data file has them."""
    if isinstance(value, list) and any(isinstance(item, dict) for item in value):
        return "\n".join([f"{key} = [", *(f"  {toml_value(item)}," for item in value), "]"])
    return f"{key} = {toml_value(value)}"


def _tables(array: str, value: Any, fields: dict[str, Any]) -> list[str]:
    """[[array]] with the fields, then each part under [[array.part]]."""
    own, parts = _fields(value, fields)
    blocks = ["\n".join([f"[[{array}]]", *(_line(key, item) for key, item in own.items())])]
    for name, items in parts:
        for part, part_fields in items:
            blocks += _tables(f"{array}.{name}", part, part_fields)
    return blocks


def record_toml(record: Record) -> str:
    """The record as TOML text, `override = true` after its id (see the module's docstring)."""
    fields = as_data(record)
    fields = {"id": fields.pop("id"), "override": True, **fields}
    return "\n\n".join(_tables(record.record_type.array, record, fields)) + "\n"
