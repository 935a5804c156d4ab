"""The long way round: each record read field by field, every problem noted as it is met.

A record is read by its declared shape (schema.py): each field by the Fields method for its kind
(fields.py), nested tables (roles, variants, disputes and their accounts, a source's copy) each
with Fields of their own, so an unknown key in one is named by its place ("event 'e'
variants[0]"); then the rules across fields (rules.py). A wrong field is None or its default in
the object returned; its problem is in the Report, so the object is never used.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model.records import Copy, Source
from .fields import Fields
from .problems import ProblemCode
from .rules import RULES
from .schema import FieldShape, Kind, shape_of


def _tables(f: Fields, field: FieldShape) -> tuple:
    built = []
    for index, raw in f.tables(field.key):
        nested = f.nested(field.key, index, raw)
        built.append(build(nested, field.nested))
        nested.finish()
    return tuple(built)


def _table(f: Fields, field: FieldShape) -> Any:
    nested = f.table(field.key)
    if nested is None:
        return None
    built = build(nested, field.nested)
    nested.finish()
    return built


_READ: dict[Kind, Callable[[Fields, FieldShape], Any]] = {
    Kind.TEXT: lambda f, field: f.text(field.key, field.required),
    Kind.DATE: lambda f, field: f.date(field.key, field.required),
    Kind.NUMBER: lambda f, field: f.number(field.key, field.required),
    Kind.FLAG: lambda f, field: f.flag(field.key),
    Kind.CHOICE: lambda f, field: f.choice(field.key, field.choices, field.required),  # type: ignore[arg-type]
    Kind.EXACTLY: lambda f, field: f.exactly(field.key, field.exactly or ""),
    Kind.TEXTS: lambda f, field: f.texts(field.key),
    Kind.SLUGS: lambda f, field: f.texts(field.key, slug=True),
    Kind.REF: lambda f, field: f.ref(field.key, field.refers, field.required),  # type: ignore[arg-type]
    Kind.REFS: lambda f, field: f.refs(field.key, field.refers, field.required),  # type: ignore[arg-type]
    Kind.TABLE: _table,
    Kind.TABLES: _tables,
}


def _old_host(f: Fields, values: dict[str, Any]) -> None:
    """A source's old form: `url` is the copy, on the site `host`."""
    host = f.text("host")
    if host is None:
        return
    f.report.warn(f.where, "host", ProblemCode.DEPRECATED,
                  "is the old form: write the copy as copy = { url = ..., host = ... } and "
                  "the original's address as url (or original = \"none found\")")
    if values.get("url") is not None and values.get("copy") is None:
        values["copy"], values["url"] = Copy(values["url"], host), None


def build(f: Fields, declared: Any, record_id: str | None = None) -> Any:
    """The object of that declared class read from the table's Fields, every problem reported."""
    values: dict[str, Any] = {}
    for field in shape_of(declared):
        kind = field.kind
        if kind is Kind.ID:
            values[field.name] = record_id or ""  # read, and its problems reported, with the record's place
        elif kind is Kind.CITATIONS:
            values[field.name], values["pinpoints"] = f.citations(field.key, field.required)
        elif kind is not Kind.CITED_PARTS:
            value = _READ[kind](f, field)
            if value is not None or field.required:
                values[field.name] = value
    if declared is Source:
        _old_host(f, values)
    for rule in RULES.get(declared, ()):
        broken = rule(values)
        if broken is not None:
            f.report.error(f.where, broken.field, broken.code, broken.message)
    return declared(**values)
