"""Each record's shape in a data file, worked out from the model's one declaration of its fields.

The record classes (model/records.py) declare every field once: its Python type, whether it is
required (no default), and a Spec for what the type cannot say (model/schema.py). From them this
works out, for each field, the kind of value the file gives (a text, a date, one of an enum's
values, ids of a kind of record, nested tables) and its file key. Both ways of reading a record
(record_builders.py and well_formed.py) and docs/data-format.md read these shapes, so a field
added to the model is read, checked and documented with no other change.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from typing import Any, NamedTuple

import msgspec

from ..model.dates import PartialDate
from ..model.enums import RecordType
from ..model.records import RECORD_TYPES, Record
from ..model.schema import Declared, Form, Spec


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
    default: Any  # None when required
    doc: str
    choices: type[enum.Enum] | None = None
    refers: RecordType | None = None
    nested: type | None = None  # the declared class of a nested table
    exactly: str | None = None


class DeclarationError(TypeError):
    """A model field whose type the data format has no way to write."""


_PLAIN = Spec()
_FORMS = {Form.ID: Kind.ID, Form.CITATIONS: Kind.CITATIONS, Form.CITED_PARTS: Kind.CITED_PARTS,
          Form.SLUGS: Kind.SLUGS}


def _unwrap(hint: Any) -> tuple[Any, bool]:
    """The type without `| None`, and whether it is a tuple of it (`tuple[X, ...]`)."""
    if isinstance(hint, types.UnionType) and type(None) in hint.__args__ and len(hint.__args__) == 2:
        hint = next(arg for arg in hint.__args__ if arg is not type(None))
    if typing.get_origin(hint) is tuple:
        return typing.get_args(hint)[0], True
    return hint, False


def _declared(hint: Any) -> tuple[Any, Spec]:
    """The type, and the Spec its annotation gives (`Annotated[type, Spec(...)]`), or a plain one."""
    if typing.get_origin(hint) is typing.Annotated:
        found = [extra for extra in hint.__metadata__ if isinstance(extra, Spec)]
        return hint.__origin__, found[0] if found else _PLAIN
    return hint, _PLAIN


def _kind(owner: type, name: str, hint: Any, declared: Spec) -> tuple[Kind, Any]:
    """The field's kind, and the enum or the nested class it names."""
    if declared.form is not None:
        return _FORMS[declared.form], None
    if declared.exactly is not None:
        return Kind.EXACTLY, None
    inner, many = _unwrap(hint)
    if inner is str:
        if declared.refers is not None:
            return (Kind.REFS if many else Kind.REF), None
        return (Kind.TEXTS if many else Kind.TEXT), None
    if isinstance(inner, type) and issubclass(inner, Declared):
        return (Kind.TABLES if many else Kind.TABLE), inner
    if not many:
        if inner is PartialDate:
            return Kind.DATE, None
        if inner is bool:
            return Kind.FLAG, None
        if inner == int | float:
            return Kind.NUMBER, None
        if isinstance(inner, type) and issubclass(inner, enum.Enum):
            return Kind.CHOICE, inner
    raise DeclarationError(f"{owner.__name__}.{name}: no way to write a {hint} in a data file")


@functools.cache
def shape_of(declared: type[Declared]) -> tuple[FieldShape, ...]:
    """The fields of a record class or a nested table's class, in their declared order."""
    shapes = []
    for field in msgspec.structs.fields(declared):
        hint, field_spec = _declared(field.type)
        kind, named = _kind(declared, field.name, hint, field_spec)
        shapes.append(FieldShape(
            name=field.name, key=field.encode_name, kind=kind, required=field.required,
            default=None if field.required else field.default, doc=field_spec.doc,
            choices=named if kind is Kind.CHOICE else None, refers=field_spec.refers,
            nested=named if kind in (Kind.TABLE, Kind.TABLES) else None, exactly=field_spec.exactly,
        ))
    return tuple(shapes)


def record_class(kind: RecordType) -> type[Record]:
    """The class of a kind of record."""
    return _BY_KIND[kind]


_BY_KIND: dict[RecordType, type[Record]] = {declared.record_type: declared for declared in RECORD_TYPES}
