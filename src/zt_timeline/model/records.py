"""The domain model: frozen records of one timeline file, with ids resolved.

Every record class has a docstring, which also saves time: without one, each @dataclass
works out a signature to make one up, on every start of zt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, Self, TypeVar

from .dates import PartialDate
from .kinds import (  # the fields' enums: in kinds.py, which the CLI reads without the records
    Action,
    ActorKind,
    EvidenceLevel,
    FigureStatus,
    Modality,
    QuoteForm,
    Rank,
    RecordType,
    SourceKind,
)

if TYPE_CHECKING:
    from typing import Protocol

    class Citing(Protocol):
        """A record or a part of one that cites sources: an actor, a role, an event, a variant, an account."""

        @property
        def sources(self) -> tuple[str, ...]: ...

        @property
        def pinpoints(self) -> tuple[Pinpoint, ...]: ...


NO_ORIGINAL = "none found"  # a source's `original` when no public original could be found


@dataclass(frozen=True, slots=True)
class Copy:
    """The copy of a work that was read, kept on a site other than the publisher's own."""

    url: str
    host: str  # the site's name ("DocumentCloud", "Scribd")


@dataclass(frozen=True, slots=True)
class Source:
    """A work cited: article, report, court paper, statement or record."""

    id: str
    title: str
    publisher: str
    date: PartialDate | None = None  # the publication date as the work shows it; None when it was not seen
    url: str | None = None
    author: str | None = None
    kind: SourceKind | None = None
    note: str | None = None
    descriptive_title: bool = False  # the title describes the work; it is not the work's own
    evidence: EvidenceLevel | None = None
    number: str | None = None  # the report's, document's or docket's number as the work gives it ("GAO-19-163")
    copy: Copy | None = None  # the copy that was read, when it is not at the original's address `url`
    original: str | None = None  # NO_ORIGINAL when no public original could be found (`url` is then absent)

    record_type = RecordType.SOURCE

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line."""
        return self.title

    @property
    def citing_parts(self) -> tuple[Citing, ...]:
        """The record and each part of it that cites sources: none, a source cites nothing."""
        return ()

    @property
    def host(self) -> str | None:
        """The name of the site holding the copy that was read, if it was a copy."""
        return self.copy.host if self.copy else None

    @property
    def address(self) -> str | None:
        """Where a reader can go: the original's address, else the copy's."""
        return self.url or (self.copy.url if self.copy else None)

    def copy_note(self, *, address: bool = True) -> str | None:
        """How every output names the copy: "Copy at HOST: URL" ("Copy at HOST" without the
        address, where there is no room), led by "No original found; " when there is none;
        None for a source read at its original's address."""
        if self.copy is None:
            return None
        note = f"copy at {self.copy.host}: {self.copy.url}" if address else f"copy at {self.copy.host}"
        return f"No original found; {note}" if self.original == NO_ORIGINAL else f"C{note[1:]}"


@dataclass(frozen=True, slots=True)
class Pinpoint:
    """Where in a cited source the support for a record is: its words, and a page or paragraph."""

    source: str
    excerpt: str | None = None  # verbatim from the source
    locator: str | None = None  # "p. 12", "para. 3", "ECF 71"


@dataclass(frozen=True, slots=True)
class DisputeAccount:
    """What one side of a dispute says, with its sources."""

    says: str
    sources: tuple[str, ...]
    note: str | None = None
    pinpoints: tuple[Pinpoint, ...] = ()
    rank: Rank = Rank.NORMAL  # deprecated: kept and shown, but an error (the note says why)


@dataclass(frozen=True, slots=True)
class Dispute:
    """A point on which the sources give different accounts (who received a statement, where it was said)."""

    point: str
    accounts: tuple[DisputeAccount, ...]
    note: str | None = None


_Variant = TypeVar("_Variant", bound="Citing")


class _Accounts(Generic[_Variant]):
    """What the records with variants and disputes (events, quotes, figures) share."""

    __slots__ = ()
    if TYPE_CHECKING:
        variants: tuple[_Variant, ...]
        disputes: tuple[Dispute, ...]
        sources: tuple[str, ...]
        pinpoints: tuple[Pinpoint, ...]

    @property
    def accounts(self) -> tuple[Self | _Variant, ...]:
        """The record's own account, then its variants."""
        return (self, *self.variants)

    @property
    def citing_parts(self) -> tuple[Citing, ...]:
        """The record and each part of it that cites sources: variants, dispute accounts."""
        return (self, *self.variants, *(account for dispute in self.disputes for account in dispute.accounts))


@dataclass(frozen=True, slots=True)
class Role:
    """An office or position an actor held, with its tenure as the sources give it."""

    title: str
    sources: tuple[str, ...]
    org: str | None = None
    start: PartialDate | None = None
    until: PartialDate | None = None
    note: str | None = None
    pinpoints: tuple[Pinpoint, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    """A person or an organization, with its roles."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    sources: tuple[str, ...] = ()
    note: str | None = None
    pinpoints: tuple[Pinpoint, ...] = ()

    record_type = RecordType.ACTOR

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line."""
        return self.name

    @property
    def citing_parts(self) -> tuple[Citing, ...]:
        """The record and each part of it that cites sources: its roles."""
        return (self, *self.roles)


@dataclass(frozen=True, slots=True)
class EventVariant:
    """Another account of when an event happened, with its own sources."""

    date: PartialDate
    sources: tuple[str, ...]
    end: PartialDate | None = None
    note: str | None = None
    pinpoints: tuple[Pinpoint, ...] = ()
    rank: Rank = Rank.NORMAL


@dataclass(frozen=True, slots=True)
class Event(_Accounts[EventVariant]):
    """Something that happened on a date (or over a span), with its sources."""

    id: str
    date: PartialDate
    title: str
    sources: tuple[str, ...]
    end: PartialDate | None = None
    summary: str | None = None
    actors: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    note: str | None = None
    variants: tuple[EventVariant, ...] = ()
    pinpoints: tuple[Pinpoint, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    by: tuple[str, ...] = ()  # the actors who did it (announced, signed, ordered, resigned), among `actors` or not
    action: Action | None = None  # what happened, from a fixed vocabulary

    record_type = RecordType.EVENT

    @property
    def last(self) -> PartialDate:
        return self.end or self.date

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line."""
        return self.title


@dataclass(frozen=True, slots=True)
class QuoteVariant:
    """Another rendering of a quote's words, with its own sources."""

    text: str
    sources: tuple[str, ...]
    context: str | None = None
    note: str | None = None
    pinpoints: tuple[Pinpoint, ...] = ()
    rank: Rank = Rank.NORMAL


@dataclass(frozen=True, slots=True)
class Quote(_Accounts[QuoteVariant]):
    """Words someone said or wrote, verbatim from the cited source unless marked otherwise."""

    id: str
    speaker: str
    text: str
    sources: tuple[str, ...]
    date: PartialDate | None = None
    context: str | None = None
    event: str | None = None
    form: QuoteForm = QuoteForm.SPOKEN
    via: tuple[str, ...] = ()
    variants: tuple[QuoteVariant, ...] = ()
    note: str | None = None
    pinpoints: tuple[Pinpoint, ...] = ()
    disputes: tuple[Dispute, ...] = ()

    record_type = RecordType.QUOTE

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line: its words."""
        return self.text


@dataclass(frozen=True, slots=True)
class FigureVariant:
    """Another value a source gives for a figure."""

    value: int | float
    sources: tuple[str, ...]
    qualifier: str | None = None
    unit: str | None = None
    date: PartialDate | None = None
    note: str | None = None
    pinpoints: tuple[Pinpoint, ...] = ()
    rank: Rank = Rank.NORMAL


@dataclass(frozen=True, slots=True)
class Figure(_Accounts[FigureVariant]):
    """A number from a source: what it counts, its value, unit and qualifier."""

    id: str
    label: str
    value: int | float
    sources: tuple[str, ...]
    unit: str | None = None
    qualifier: str | None = None
    date: PartialDate | None = None
    event: str | None = None
    variants: tuple[FigureVariant, ...] = ()
    note: str | None = None
    pinpoints: tuple[Pinpoint, ...] = ()
    disputes: tuple[Dispute, ...] = ()
    status: FigureStatus | None = None  # what happened to what it counts (separated, reunited, ...)
    modality: Modality = Modality.RECORDED  # whether it happened, or was projected, expected, ...

    record_type = RecordType.FIGURE

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line: what it counts."""
        return self.label


Record = Source | Actor | Event | Quote | Figure
Disputed = Quote | Figure | Event  # the records with variants and disputes
