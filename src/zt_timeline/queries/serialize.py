"""Records as plain dicts (the JSON contract): the data file's own field names, every field,
dates as strings at their own precision, and a "type" key naming the kind of record. An
event, quote or figure also says what is disputed about it ("disputed": each point with its
number of accounts), so a tool that reads one record sees that there are others."""

from __future__ import annotations

import dataclasses
import enum
from typing import Any

import msgspec

from ..model.accounts import Pinpoint
from ..model.dates import PartialDate
from ..model.records import Disputed, Record
from ..model.schema import Declared, file_keys


def as_data(value: Any) -> Any:
    if isinstance(value, PartialDate):
        return value.iso()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, tuple):
        return [as_data(item) for item in value]
    if isinstance(value, Pinpoint):  # the JSON contract's {source, excerpt, locator}: no table of the file
        return {"source": value.source, "excerpt": value.excerpt, "locator": value.locator}
    if isinstance(value, Declared):
        return {key: as_data(getattr(value, name)) for name, key in file_keys(type(value)).items()}
    if isinstance(value, msgspec.Struct):
        return {name: as_data(getattr(value, name)) for name in value.__struct_fields__}
    if dataclasses.is_dataclass(value):
        return {item.name: as_data(getattr(value, item.name)) for item in dataclasses.fields(value)}
    return value


def record_to_dict(record: Record) -> dict[str, Any]:
    data = {"type": record.record_type.value, **as_data(record)}
    if isinstance(record, Disputed):
        from .conflicts import disputed_points

        data["disputed"] = [{"point": point.point, "accounts": point.accounts} for point in disputed_points(record)]
    return data
