"""Every recorded disagreement between sources, each account kept beside the others.

A quote, figure or event with `variants` is a disagreement: the record's own account comes
first, then each variant, with what sets it apart from the first (wording, context, value,
dates ...). A record's `disputes` are disagreements on another point (who received a
statement, where it was made), each with its accounts. Nothing is resolved here; every
account keeps its own sources and note.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, cast

import msgspec

from ..model.accounts import Dispute
from ..model.enums import ConflictKind
from ..model.records import (
    Disputed,
    Event,
    EventVariant,
    Figure,
    FigureVariant,
    Quote,
    QuoteVariant,
    Record,
)
from ..model.text import words
from ..model.timeline import Timeline


class Aspect(enum.StrEnum):
    """What one account says differently from the first."""

    WORDING = "wording"
    SPELLING = "spelling"  # same words, other case, punctuation or quotation marks
    CONTEXT = "context"  # where, and to whom, the words were said
    VALUE = "value"
    QUALIFIER = "qualifier"
    UNIT = "unit"
    DATE = "date"
    END = "end"


Account = QuoteVariant | FigureVariant | EventVariant


class Version(msgspec.Struct, frozen=True, gc=False):
    """One account. The record's own is given in its variants' shape, so all compare alike."""

    account: Account
    differs: tuple[Aspect, ...]  # empty for the record's own account

    @property
    def sources(self) -> tuple[str, ...]:
        return self.account.sources


class Conflict(msgspec.Struct, frozen=True, gc=False):
    """A record whose sources disagree: every account of it, and how each differs from the record's own."""

    record: Disputed
    versions: tuple[Version, ...]  # empty when the record has disputes but no variants

    @property
    def disputes(self) -> tuple[Dispute, ...]:
        return self.record.disputes

    @property
    def kind(self) -> ConflictKind:
        return ConflictKind(self.record.record_type.value)


def _given_and_different(first: object, other: object) -> bool:
    """A field left out of a variant is not known to differ: only a stated value can disagree."""
    return other is not None and other != first


def _quote_differs(first: Quote, other: QuoteVariant) -> tuple[Aspect, ...]:
    found = []
    if other.text != first.text:
        found.append(Aspect.WORDING if words(other.text) != words(first.text) else Aspect.SPELLING)
    if _given_and_different(first.context, other.context):
        found.append(Aspect.CONTEXT)
    return tuple(found)


def _figure_differs(first: Figure, other: FigureVariant) -> tuple[Aspect, ...]:
    pairs = ((Aspect.VALUE, first.value, other.value), (Aspect.QUALIFIER, first.qualifier, other.qualifier),
             (Aspect.UNIT, first.unit, other.unit), (Aspect.DATE, first.date, other.date))
    return tuple(aspect for aspect, mine, theirs in pairs if _given_and_different(mine, theirs))


def _event_differs(first: Event, other: EventVariant) -> tuple[Aspect, ...]:
    pairs = ((Aspect.DATE, first.date, other.date), (Aspect.END, first.end, other.end))
    return tuple(aspect for aspect, mine, theirs in pairs if _given_and_different(mine, theirs))


def _own_account(record: Disputed) -> Account:
    if isinstance(record, Quote):
        return QuoteVariant(record.text, record.sources, record.context, record.note)
    if isinstance(record, Figure):
        return FigureVariant(record.value, record.sources, record.qualifier, record.unit, record.date, record.note)
    return EventVariant(record.date, record.sources, record.end, record.note)


# What the variants of each kind of record disagree on, as a listing names it.
_VARIANT_POINT = {Quote: "wording", Figure: "value", Event: "date"}


class DisputedPoint(msgspec.Struct, frozen=True, gc=False):
    """One point on which a record has more than one account, and how many accounts there are."""

    point: str
    accounts: int

    def __str__(self) -> str:
        return f"{self.point} ({self.accounts} accounts)"


def disputed_points(record: Record) -> tuple[DisputedPoint, ...]:
    """What a listing says of a record's disagreements: its variants' point, then each dispute."""
    if not isinstance(record, Disputed):
        return ()
    points = [DisputedPoint(_VARIANT_POINT[type(record)], len(record.accounts))] if record.variants else []
    points += [DisputedPoint(dispute.point, len(dispute.accounts)) for dispute in record.disputes]
    return tuple(points)


def conflict_of(record: Disputed) -> Conflict | None:
    """The record's accounts side by side, or None when it records only one."""
    if not record.variants:
        return Conflict(record, ()) if record.disputes else None
    compare: Callable[[Any, Any], tuple[Aspect, ...]] = (
        _quote_differs if isinstance(record, Quote) else _figure_differs if isinstance(record, Figure)
        else _event_differs)
    versions = [Version(_own_account(record), ())]
    versions += [Version(variant, compare(record, variant)) for variant in record.variants]
    return Conflict(record, tuple(versions))


def find_conflicts(timeline: Timeline, kinds: tuple[ConflictKind, ...] = (),
                   ids: frozenset[str] | None = None) -> tuple[Conflict, ...]:
    """Every disagreement: quotes, then figures, then events (each as the timeline orders them)."""
    found = []
    for kind in ConflictKind:
        if kinds and kind not in kinds:
            continue
        for record in timeline.records(kind.record_type):
            if ids is not None and record.id not in ids:
                continue
            conflict = conflict_of(cast(Disputed, record))  # quotes, figures, events: ConflictKind's kinds
            if conflict is not None:
                found.append(conflict)
    return tuple(found)
