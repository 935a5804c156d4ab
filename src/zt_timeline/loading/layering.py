"""Layered data files: a stack of timeline files read as one timeline.

`--data A --data B` (or ZT_DATA="A:B") reads A, then B on top of it. B adds records and may cite
A's (a reporter's own events citing the bundled sources); A cannot cite B's. An id that B
defines and A defines too is an error naming both files, unless B's record says
`override = true`: it then replaces A's record, which must be of the same kind, in its place.
Every problem names the file it is in.

load.load_stack reads the files, each validated against the files below it (id_owners.py has
the rule about ids); this module merges them. The first file is a timeline in its own right: it
is read, validated and cached (cache.py) exactly as when it is read alone, so a stack on the
bundled data costs the bundled data's cached load plus the parse of the small files on top.
Each later file is validated against the ids of the files below it (so it is never cached: its
model depends on them) and need not have events of its own. A later file's [timeline] fields replace the earlier ones'.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from ..model.enums import RecordType
from ..model.records import Record
from ..model.timeline import Timeline

Kind = TypeVar("Kind", bound=Record)


def every_record(timeline: Timeline) -> Iterator[Record]:
    for kind in RecordType:
        yield from timeline.records(kind)


def stacked(base: Timeline, layer: Timeline) -> Timeline:
    """`layer` on top of `base`: its overriding records in the place of those they replace, its new
    records after the base's, the events in date order."""
    events = sorted(_over(base.events, layer.events), key=lambda event: event.date.sort_key)
    return Timeline(
        path=f"{base.path} + {layer.path}", sources=_over(base.sources, layer.sources),
        actors=_over(base.actors, layer.actors), events=tuple(events), quotes=_over(base.quotes, layer.quotes),
        figures=_over(base.figures, layer.figures), title=layer.title or base.title,
        description=layer.description or base.description, warnings=base.warnings + layer.warnings,
        eras=layer.eras or base.eras, license=layer.license or base.license, files=base.files + layer.files,
    )


def _over(base: tuple[Kind, ...], layer: tuple[Kind, ...]) -> tuple[Kind, ...]:
    """The records of one kind: the layer's in the place of the base's they replace, then its new ones."""
    own = {record.id: record for record in layer}
    records = [own.pop(record.id, record) for record in base]
    records.extend(own.values())  # what is left is new
    return tuple(records)
