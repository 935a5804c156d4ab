"""A timeline: every record of one validated file (or stack of files), looked up by id."""

from __future__ import annotations

from dataclasses import dataclass, field

from .enums import RecordType
from .records import Actor, Event, Figure, Quote, Record, Source


@dataclass(frozen=True, slots=True)
class Timeline:
    """Every record of one validated file (or stack of files), in file order, events sorted by date."""

    path: str  # the file, or for a stack its files joined with " + "
    sources: tuple[Source, ...]
    actors: tuple[Actor, ...]
    events: tuple[Event, ...]
    quotes: tuple[Quote, ...]
    figures: tuple[Figure, ...]
    title: str | None = None
    description: str | None = None
    warnings: tuple = ()
    eras: str | None = None  # the office whose holders are the timeline's eras ("Attorney General")
    license: str | None = None  # under which terms the data may be shared ("CC BY 4.0")
    files: tuple[str, ...] = ()  # every data file read, first file first; () means (path,)
    _by_id: dict[str, Record] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.files:
            object.__setattr__(self, "files", (self.path,))
        index: dict[str, Record] = {}
        for group in (self.sources, self.actors, self.events, self.quotes, self.figures):
            for record in group:
                index[record.id] = record
        object.__setattr__(self, "_by_id", index)

    def get(self, record_id: str) -> Record | None:
        return self._by_id.get(record_id)

    def actor_name(self, actor_id: str | None) -> str:
        """The name of the actor with that id; the id itself when no actor has it."""
        actor = self._by_id.get(actor_id) if actor_id else None
        return actor.name if isinstance(actor, Actor) else actor_id or ""

    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    def tags(self) -> tuple[str, ...]:
        """Every tag the events use, sorted."""
        return tuple(sorted({tag for event in self.events for tag in event.tags}))

    def records(self, record_type: RecordType) -> tuple[Record, ...]:
        return getattr(self, record_type.array)

    def counts(self) -> dict[RecordType, int]:
        return {kind: len(self.records(kind)) for kind in RecordType}
