"""Which file of a stack owns each id: the rule validation applies to a file read on top of others.

An id that a later file defines and an earlier one defines too is an error naming both files,
unless the later record says `override = true`: it then replaces the earlier record, which must
be of the same kind (load.py reads the stack, layering.py merges it).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model.enums import RecordType
from .expected import with_article
from .problems import ProblemCode, Report, shorten


@dataclass(frozen=True, slots=True)
class IdOwner:
    """Which file of a stack defines an id, and as what kind of record."""

    kind: RecordType
    path: str


@dataclass(frozen=True, slots=True)
class EarlierFiles:
    """The records of the files below one in a stack: what that file may cite, and override."""

    ids: dict[RecordType, set[str]]
    owners: dict[str, IdOwner]


def check_owner(report: Report, where: str, kind: RecordType, record_id: str, replaces: bool,
                earlier: EarlierFiles | None) -> None:
    """Report a record whose id an earlier file defines (unless it overrides that record, of the
    same kind), and a record that says it overrides one that no earlier file defines."""
    owner = earlier.owners.get(record_id) if earlier is not None else None
    if owner is None:
        if replaces:
            report.error(where, "override", ProblemCode.BAD_VALUE,
                         f"is true, but no earlier data file defines {shorten(record_id)}: "
                                            "expected the id of a record in a file read before this one "
                                            "(--data BASE --data THIS)")
        return
    if not replaces:
        report.error(where, "id", ProblemCode.DUPLICATE_ID,
                     f"duplicate id {shorten(record_id)}: {owner.path} defines it too (as "
                                  f"{with_article(owner.kind.value)}); expected an id used once across the data "
                                  "files, or override = true on this record to replace that one")
    elif owner.kind is not kind:
        report.error(where, "override", ProblemCode.BAD_VALUE,
                     f"cannot replace the {owner.kind.value} {shorten(record_id)} of "
                                        f"{owner.path} with {with_article(kind.value)}: expected "
                                        f"{with_article(owner.kind.value)}")
