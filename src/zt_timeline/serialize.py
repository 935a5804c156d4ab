"""Records as plain dicts (the JSON contract): the data file's own field names, every field,
dates as strings at their own precision, and a "type" key naming the kind of record."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

from .dates import PartialDate
from .model import Record, Role

# The model's Python names that differ from the file's field names.
_RENAMED = {(Role, "start"): "from"}


def plain(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [plain(item) for item in value]
    if dataclasses.is_dataclass(value):
        return {
            _RENAMED.get((type(value), item.name), item.name): plain(getattr(value, item.name))
            for item in dataclasses.fields(value)
        }
    return value


def record_to_dict(record: Record) -> dict[str, Any]:
    return {"type": record.record_type.value, **plain(record)}
