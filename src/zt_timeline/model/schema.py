"""What a record's field is in a data file, declared on the field itself, beside its type.

Each record class (records.py, accounts.py) is the one declaration of its fields: the Python
type says what a value is (a string, a date, one of an enum's values, a nested table), a field
without a default is required, `msgspec.field(name=...)` gives the file's name for a field
whose Python name differs ("from" for a role's `start`), and `Annotated[type, Spec(...)]` adds
what the type cannot say: which kind of record its ids refer to, its form (a record's id, a
list of slugs, a list of citations) and what it means. Validation (loading/schema.py) and
docs/data-format.md are worked out from it. The annotations stay unevaluated strings until
validation reads them, so a start of zt never builds a Spec.
"""

from __future__ import annotations

import functools

import msgspec

from .enums import RecordType


class Form:
    """A field whose Python type does not say how the file writes it (plain strings: no enum to
    build on every start)."""

    ID = "id"  # the record's own id: a slug
    SLUGS = "slugs"  # a list of lowercase slugs
    CITATIONS = "citations"  # a list of source ids or { id, excerpt, locator } tables
    CITED_PARTS = "cited-parts"  # filled from the citations: not a key of its own in the file


class Spec:
    """What the declaration of one field says beyond its Python type."""

    __slots__ = ("doc", "exactly", "form", "refers")

    def __init__(self, doc: str = "", *, refers: RecordType | None = None, form: str | None = None,
                 exactly: str | None = None) -> None:
        self.doc = doc  # what it means, as docs/data-format.md gives it
        self.refers = refers  # whose ids it holds
        self.form = form  # one of Form's
        self.exactly = exactly  # the one value the file may give it


class Declared(msgspec.Struct, frozen=True, gc=False):
    """A record type: immutable, with slots, its fields the file format's declaration.

    A msgspec Struct, defined in C: a class costs little on each start of zt, and a record little
    to build on a cold load (benchmarks/record_types.py). Records hold no cycles, so the garbage
    collector need not track them (gc=False)."""


@functools.cache
def file_keys(declared: type[Declared]) -> dict[str, str]:
    """The data file's name of each field of a record class, by the field's Python name."""
    return {field.name: field.encode_name for field in msgspec.structs.fields(declared)}
