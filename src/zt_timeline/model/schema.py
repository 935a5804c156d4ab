"""What a record's field is in a data file, declared on the field itself, beside its type.

Each record class (records.py) is the one declaration of its fields: the Python type says what
a value is (a string, a date, one of an enum's values, a nested table), a field without a
default is required, and `spec(...)` adds what the type cannot say: the file's name for the
field, which kind of record its ids refer to, its form (a record's id, a list of slugs, a list
of citations) and what it means. Validation (loading/schema.py) and docs/data-format.md are
worked out from it.
"""

from __future__ import annotations

import dataclasses
from typing import Any, TypeVar, dataclass_transform

from .kinds import RecordType

_T = TypeVar("_T")
SPEC = "zt"  # the key of a field's Spec in its dataclass metadata


class Form:
    """A field whose Python type does not say how the file writes it (plain strings: no enum to
    build on every start)."""

    ID = "id"  # the record's own id: a slug
    SLUGS = "slugs"  # a list of lowercase slugs
    CITATIONS = "citations"  # a list of source ids or { id, excerpt, locator } tables
    CITED_PARTS = "cited-parts"  # filled from the citations: not a key of its own in the file


class Spec:
    """What the declaration of one field says beyond its Python type (a plain class with slots:
    a NamedTuple would compile code on every start)."""

    __slots__ = ("doc", "exactly", "form", "key", "refers")

    def __init__(self, doc: str = "", key: str | None = None, refers: RecordType | None = None,
                 form: str | None = None, exactly: str | None = None) -> None:
        self.doc = doc  # what it means, as docs/data-format.md gives it
        self.key = key  # the file's name for it, when it is not the field's ("from" for a role's start)
        self.refers = refers  # whose ids it holds
        self.form = form  # one of Form's
        self.exactly = exactly  # the one value the file may give it


def spec(doc: str = "", *, default: Any = dataclasses.MISSING, key: str | None = None,
         refers: RecordType | None = None, form: str | None = None, exactly: str | None = None) -> Any:
    """A dataclass field declared with what it is in a data file; without a default it is required."""
    return dataclasses.field(default=default, metadata={SPEC: Spec(doc, key, refers, form, exactly)})


_PLAIN = Spec()


def spec_of(field: dataclasses.Field) -> Spec:
    """The field's Spec; a field declared without one is a plain field of its type."""
    found = field.metadata.get(SPEC)
    return found if isinstance(found, Spec) else _PLAIN


def file_key(field: dataclasses.Field) -> str:
    """The data file's name for a model field ("from" for a role's `start`)."""
    return spec_of(field).key or field.name


@dataclass_transform(frozen_default=True, field_specifiers=(spec,))
def declared(cls: type[_T]) -> type[_T]:
    """A record type: an immutable dataclass with slots, whose fields are its file format's declaration."""
    return dataclasses.dataclass(frozen=True, slots=True)(cls)
