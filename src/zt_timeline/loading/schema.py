"""Each record's shape in a data file, worked out from the model's one declaration of its fields.

The record classes (model/records.py) declare every field once: its Python type, whether it is
required (no default), and a Spec for what the type cannot say (model/schema.py). From them this
works out, for each field, the kind of value the file gives (a text, a date, one of an enum's
values, ids of a kind of record, nested tables) and its file key. Both ways of reading a record
(record_builders.py and well_formed.py) and docs/data-format.md read these shapes, so a field
added to the model is read, checked and documented with no other change.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from typing import Any, NamedTuple

from ..model.dates import PartialDate
from ..model.kinds import RecordType
from ..model.records import RECORD_TYPES, Record
from ..model.schema import Form, spec_of


class Kind(enum.Enum):
    """What kind of value a field holds in the file."""

    ID = "id"
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"
    FLAG = "flag"
    CHOICE = "choice"  # one of an enum's values
    EXACTLY = "exactly"  # one given word
    TEXTS = "texts"
    SLUGS = "slugs"
    REF = "ref"  # the id of a record of another kind
    REFS = "refs"
    CITATIONS = "citations"
    TABLE = "table"  # a nested table, itself declared
    TABLES = "tables"
    CITED_PARTS = "cited-parts"  # filled from the citations: no key of its own


class FieldShape(NamedTuple):
    """One field of a record or nested table, as the file writes it."""

    name: str  # the model's
    key: str  # the file's
    kind: Kind
    required: bool
    default: Any  # dataclasses.MISSING when required
    doc: str
    choices: type[enum.Enum] | None = None
    refers: RecordType | None = None
    nested: type | None = None  # the declared class of a nested table
    exactly: str | None = None


class DeclarationError(TypeError):
    """A model field whose type the data format has no way to write."""


_FORMS = {Form.ID: Kind.ID, Form.CITATIONS: Kind.CITATIONS, Form.CITED_PARTS: Kind.CITED_PARTS,
          Form.SLUGS: Kind.SLUGS}


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """The type without `| None`, and whether it is a tuple of it (`tuple[X, ...]`)."""
    if isinstance(hint, types.UnionType) and type(None) in hint.__args__:
        rest = tuple(arg for arg in hint.__args__ if arg is not type(None))
        hint = rest[0] if len(rest) == 1 else functools.reduce(lambda left, right: left | right, rest)
    if typing.get_origin(hint) is tuple:
        return typing.get_args(hint)[0], True
    return hint, False


def _kind(owner: type, field: dataclasses.Field, hint: Any) -> tuple[Kind, Any]:
    """The field's kind, and the enum or the nested class it names."""
    declared = spec_of(field)
    if declared.form is not None:
        return _FORMS[declared.form], None
    if declared.exactly is not None:
        return Kind.EXACTLY, None
    inner, many = _unwrap(hint)
    if inner is str:
        if declared.refers is not None:
            return (Kind.REFS if many else Kind.REF), None
        return (Kind.TEXTS if many else Kind.TEXT), None
    if inner is PartialDate and not many:
        return Kind.DATE, None
    if isinstance(inner, type) and dataclasses.is_dataclass(inner):
        return (Kind.TABLES if many else Kind.TABLE), inner
    if not many:
        if inner is bool:
            return Kind.FLAG, None
        if inner == int | float:
            return Kind.NUMBER, None
        if isinstance(inner, type) and issubclass(inner, enum.Enum):
            return Kind.CHOICE, inner
    raise DeclarationError(f"{owner.__name__}.{field.name}: no way to write a {hint} in a data file")


@functools.cache
def shape_of(declared: type) -> tuple[FieldShape, ...]:
    """The fields of a record class or a nested table's class, in their declared order."""
    hints = typing.get_type_hints(declared)
    shapes = []
    for field in dataclasses.fields(declared):
        kind, named = _kind(declared, field, hints[field.name])
        declared_spec = spec_of(field)
        required = field.default is dataclasses.MISSING
        shapes.append(FieldShape(
            name=field.name, key=declared_spec.key or field.name, kind=kind, required=required,
            default=field.default, doc=declared_spec.doc,
            choices=named if kind is Kind.CHOICE else None, refers=declared_spec.refers,
            nested=named if kind in (Kind.TABLE, Kind.TABLES) else None, exactly=declared_spec.exactly,
        ))
    return tuple(shapes)


def record_class(kind: RecordType) -> type[Record]:
    """The class of a kind of record."""
    return _BY_KIND[kind]


_BY_KIND: dict[RecordType, type[Record]] = {declared.record_type: declared for declared in RECORD_TYPES}
