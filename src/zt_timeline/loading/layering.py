"""Layered data files: a stack of timeline files read as one timeline.

`--data A --data B` (or ZT_DATA="A:B") reads A, then B on top of it. B adds records and may cite
A's (a reporter's own events citing the bundled sources); A cannot cite B's. An id that B
defines and A defines too is an error naming both files, unless B's record says
`override = true`: it then replaces A's record, which must be of the same kind, in its place.
Every problem names the file it is in.

The first file is a timeline in its own right: it is read, validated and cached (cache.py)
exactly as when it is read alone, so a stack on the bundled data costs the bundled data's
cached load plus the parse of the small files on top. Each later file is validated against
the ids of the files below it (so it is never cached: its model depends on them) and need
not have events of its own. A later file's [timeline] fields replace the earlier ones'.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..model.records import Record, RecordType, Timeline
from .fields import Report, with_article
from .problems import Problem, shorten


@dataclass(frozen=True, slots=True)
class Claim:
    """Which file of a stack defines an id, and as what kind of record."""

    kind: RecordType
    path: str


@dataclass(frozen=True, slots=True)
class Earlier:
    """The records of the files below one in a stack: what that file may cite, and override."""

    ids: dict[RecordType, set[str]]
    claims: dict[str, Claim]


def check_claim(report: Report, where: str, kind: RecordType, record_id: str, replaces: bool,
                earlier: Earlier | None) -> None:
    """Report a record whose id an earlier file defines (unless it overrides that record, of the
    same kind), and a record that says it overrides one that no earlier file defines."""
    claim = earlier.claims.get(record_id) if earlier is not None else None
    if claim is None:
        if replaces:
            report.error(where, "override", f"is true, but no earlier data file defines {shorten(record_id)}: "
                                            "expected the id of a record in a file read before this one "
                                            "(--data BASE --data THIS)")
        return
    if not replaces:
        report.error(where, "id", f"duplicate id {shorten(record_id)}: {claim.path} defines it too (as "
                                  f"{with_article(claim.kind.value)}); expected an id used once across the data "
                                  "files, or override = true on this record to replace that one")
    elif claim.kind is not kind:
        report.error(where, "override", f"cannot replace the {claim.kind.value} {shorten(record_id)} of "
                                        f"{claim.path} with {with_article(kind.value)}: expected "
                                        f"{with_article(claim.kind.value)}")


def every_record(timeline: Timeline) -> Iterator[Record]:
    for kind in RecordType:
        yield from timeline.records(kind)


def load_stack(paths: tuple[Path, ...], *, use_cache: bool = True) -> Timeline:
    """The timeline of the files read in order, each on top of those before; DataError naming
    the file at the first one with problems."""
    from .load import load_file, parse_text, read_bytes, validated

    _refuse_repeats(paths)
    timeline = load_file(paths[0], use_cache=use_cache)
    claims = {record.id: Claim(record.record_type, timeline.path) for record in every_record(timeline)}
    for path in paths[1:]:
        name = str(path)
        document, text = parse_text(read_bytes(path), name)
        ids = {kind: {record.id for record in timeline.records(kind)} for kind in RecordType}
        layer = validated(document, name, text, Earlier(ids, claims))
        timeline = stacked(timeline, layer)
        claims.update({record.id: Claim(record.record_type, name) for record in every_record(layer)})
    return timeline


def _refuse_repeats(paths: tuple[Path, ...]) -> None:
    """The same file twice in a stack would only clash with itself, record by record."""
    seen: dict[tuple[int, int], Path] = {}
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue  # reading it says what is wrong, in the file's name
        key = (info.st_dev, info.st_ino)
        if key in seen:
            message = f"is given twice in the stack of data files (also as {seen[key]}): expected each file once"
            raise DataError(str(path), (Problem(str(path), None, None, message),))
        seen[key] = path


def stacked(base: Timeline, layer: Timeline) -> Timeline:
    """`layer` on top of `base`: its overriding records in the place of those they replace, its new
    records after the base's, the events in date order."""
    merged: dict[RecordType, list[Record]] = {}
    for kind in RecordType:
        own = {record.id: record for record in layer.records(kind)}
        records = [own.pop(record.id, record) for record in base.records(kind)]
        records.extend(own.values())  # what is left is new
        merged[kind] = records
    events = sorted(merged[RecordType.EVENT], key=lambda event: event.date.sort_key)
    return Timeline(
        path=f"{base.path} + {layer.path}", sources=tuple(merged[RecordType.SOURCE]),
        actors=tuple(merged[RecordType.ACTOR]), events=tuple(events), quotes=tuple(merged[RecordType.QUOTE]),
        figures=tuple(merged[RecordType.FIGURE]), title=layer.title or base.title,
        description=layer.description or base.description, warnings=base.warnings + layer.warnings,
        eras=layer.eras or base.eras, license=layer.license or base.license, files=base.files + layer.files,
    )
