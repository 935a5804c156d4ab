"""Helpers for the nothing-lost tests: write a document as TOML, and compare a TOML record with
the JSON zt gives for it."""

from __future__ import annotations

import datetime as dt
import json
import math
import re

from zt_timeline.model.dates import parse_iso

DATE_FIELDS = {"date", "end", "from", "until"}
# What zt's JSON adds to a record: its kind, defaults for fields the file left out, for a
# source the records citing it, and for an event, quote or figure what is disputed about it.
ADDED = {"type", "cited_by", "disputed"}
DEFAULTS = (None, [], "spoken", False, "normal", "recorded")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def toml_value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # A JSON string is a TOML basic string, once DEL (which JSON leaves raw) is escaped too.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        return repr(value) if math.isfinite(value) else ("inf" if value > 0 else "-inf")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{toml_key(key)} = {toml_value(item)}" for key, item in value.items()) + " }"
    raise TypeError(f"no TOML for {value!r}")


def toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_value(key)


def toml_text(document: dict) -> str:
    """A document as TOML: [table] for a table, [[name]] for each table of an array of tables."""
    lines = []
    for key, value in document.items():
        if isinstance(value, list) and value and all(isinstance(item, dict) for item in value):
            for item in value:
                lines.append(f"[[{toml_key(key)}]]")
                lines.extend(f"{toml_key(name)} = {toml_value(field)}" for name, field in item.items())
        elif isinstance(value, dict):
            lines.append(f"[{toml_key(key)}]")
            lines.extend(f"{toml_key(name)} = {toml_value(field)}" for name, field in value.items())
        else:
            lines.insert(0, f"{toml_key(key)} = {toml_value(value)}")
    return "\n".join(lines) + "\n"


def expected(key, value):
    """A TOML value as the JSON carries it: dates as text at their own precision."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if key in DATE_FIELDS and isinstance(value, str):
        return parse_iso(value).iso()
    return value


def as_cited(record: dict) -> dict:
    """A record as the JSON carries it: `sources` as ids, each once (a source cited for two
    passages is one source), and the entries that give an excerpt or a locator as `pinpoints`
    ({ source, excerpt, locator }), every one."""
    cited = record.get("sources")
    if not isinstance(cited, list) or not any(isinstance(item, dict) for item in cited):
        return record if not isinstance(cited, list) else {**record, "sources": list(dict.fromkeys(cited))}
    pinpoints = [{"source": item["id"], "excerpt": item.get("excerpt"), "locator": item.get("locator")}
                 for item in cited if isinstance(item, dict) and (item.get("excerpt") or item.get("locator"))]
    ids = list(dict.fromkeys(item["id"] if isinstance(item, dict) else item for item in cited))
    return {**record, "sources": ids, **({"pinpoints": pinpoints} if pinpoints else {})}


def assert_kept(toml_value, json_value, where, key=None):
    """Every value of the TOML record is in the JSON, exactly; the JSON adds only defaults."""
    if isinstance(toml_value, dict):
        toml_value = as_cited(toml_value)
        assert isinstance(json_value, dict), where
        for name, item in toml_value.items():
            assert name in json_value, f"{where}.{name} is missing from the JSON"
            assert_kept(item, json_value[name], f"{where}.{name}", name)
        for name, item in json_value.items():
            if name not in toml_value:
                assert name in ADDED or item in DEFAULTS, f"{where}.{name} = {item!r} is not in the file"
    elif isinstance(toml_value, list):
        assert isinstance(json_value, list) and len(json_value) == len(toml_value), where
        for index, (item, back) in enumerate(zip(toml_value, json_value, strict=True)):
            assert_kept(item, back, f"{where}[{index}]", key)
    else:
        assert json_value == expected(key, toml_value), where
        assert type(json_value) is type(expected(key, toml_value)), where
