"""The domain model: frozen records of one timeline file, with ids resolved.

Each class is also the one declaration of how its record is written in a data file (schema.py):
validation and docs/data-format.md are worked out from its fields. The records are frozen
msgspec Structs (schema.Declared); `frozen=True` is repeated on each class so that type checkers,
which do not carry it down from the base, see it too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import msgspec

from .accounts import RANK, Accounts, Dispute, Pinpoint
from .dates import PartialDate
from .enums import (  # the fields' enums: in enums.py, which the CLI reads without the records
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
from .schema import Declared, Form, Spec

if TYPE_CHECKING:
    from .accounts import Citing


NO_ORIGINAL = "none found"  # a source's `original` when no public original could be found
_CITES = Form.CITATIONS

class Copy(Declared, frozen=True):
    """The copy of a work that was read, kept on a site other than the publisher's own."""

    url: Annotated[str, Spec("the copy's address")]
    host: Annotated[str, Spec(
        "the site's name only (`DocumentCloud`, `PressReader`, `Scribd`): no \"(via ...)\", \"(reprint)\" or "
        "\"(blog)\"")]


class Source(Declared, frozen=True):
    """A work cited: article, report, court paper, statement or record."""

    id: Annotated[str, Spec(form=Form.ID)]
    title: Annotated[str, Spec("headline or document title, as the work shows it")]
    publisher: Annotated[str, Spec(
        "outlet, agency or court that published the work (never the site holding a copy, and no note in "
        "parentheses about how it was carried: the wire service of a syndicated story is its publisher, the "
        "station that carried it the `copy`'s `host`)")]
    date: Annotated[PartialDate | None, Spec(
        "publication date as the work shows it; leave it out when it was not seen (citations then say \"n.d.\", "
        "and CSL-JSON and BibTeX carry no date)")] = None
    url: Annotated[str | None, Spec(
        "the original's address (the publisher's, agency's or court's own page, or a known archive's: see below), "
        "`http(s)://`, or a repository path for a file shipped with the data")] = None
    author: Annotated[str | None, Spec("the byline the work shows")] = None
    kind: SourceKind | None = None
    note: str | None = None
    descriptive_title: Annotated[bool, Spec(
        "`true` when the work's own title was not seen and `title` describes it: citations put it in square "
        "brackets (APA's rule)")] = False
    evidence: Annotated[EvidenceLevel | None, Spec(
        "`primary`: the document itself (the memo, the order, the report, the speech text); `secondary`: "
        "reporting or analysis of it; `tertiary`: encyclopedias and compilations. `zt cite` lists primary "
        "sources first")] = None
    number: Annotated[str | None, Spec(
        "the report's, document's or docket's number as the work gives it (`GAO-19-163`, `Report 21-028`, "
        "`No. 18-cv-00428-DMS-MDD, Document 32`): CSL-JSON's `number` for reports and court papers, BibTeX's "
        "`number` of a `@techreport`; not part of the title")] = None
    copy: Annotated[Copy | None, Spec("the copy that was read, when it is not at `url` (see below)")] = None
    original: Annotated[str | None, Spec(
        "no public original could be found: the source then has a `copy` and no `url`, and every output says so",
        exactly=NO_ORIGINAL)] = None

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


class Role(Declared, frozen=True):
    """An office or position an actor held, with its tenure as the sources give it."""

    title: Annotated[str, Spec("the office or position, as the sources give it")]
    sources: Annotated[tuple[str, ...], Spec(form=_CITES)]
    org: Annotated[str | None, Spec("the organization", refers=RecordType.ACTOR)] = None
    start: Annotated[PartialDate | None, Spec("when it began")] = msgspec.field(default=None, name="from")
    until: Annotated[PartialDate | None, Spec(
        "when it ended; absent means \"not known to have ended\"; not before `from`")] = None
    note: str | None = None
    pinpoints: Annotated[tuple[Pinpoint, ...], Spec(form=Form.CITED_PARTS)] = ()


class Actor(Declared, frozen=True):
    """A person or an organization, with its roles."""

    id: Annotated[str, Spec(form=Form.ID)]
    name: str
    kind: ActorKind
    aliases: Annotated[tuple[str, ...], Spec("other names a user may type")] = ()
    roles: Annotated[tuple[Role, ...], Spec("offices and positions held (see below)")] = ()
    sources: Annotated[tuple[str, ...], Spec(
        "sources for the actor itself (each role cites its own)", form=_CITES)] = ()
    note: str | None = None
    pinpoints: Annotated[tuple[Pinpoint, ...], Spec(form=Form.CITED_PARTS)] = ()

    record_type = RecordType.ACTOR

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line."""
        return self.name

    @property
    def citing_parts(self) -> tuple[Citing, ...]:
        """The record and each part of it that cites sources: its roles."""
        return (self, *self.roles)


_DISPUTES = "points on which the sources disagree (see Disputes)"


class EventVariant(Declared, frozen=True):
    """Another account of when an event happened, with its own sources."""

    date: Annotated[PartialDate, Spec("when it happened (or began), by this account")]
    sources: Annotated[tuple[str, ...], Spec(form=_CITES)]
    end: Annotated[PartialDate | None, Spec("last day/month/year of a span; not before `date`")] = None
    note: str | None = None
    pinpoints: Annotated[tuple[Pinpoint, ...], Spec(form=Form.CITED_PARTS)] = ()
    rank: Annotated[Rank, Spec(RANK)] = Rank.NORMAL


class Event(Accounts[EventVariant], frozen=True):
    """Something that happened on a date (or over a span), with its sources."""

    id: Annotated[str, Spec(form=Form.ID)]
    date: Annotated[PartialDate, Spec("when it happened (or began)")]
    title: Annotated[str, Spec("one line")]
    sources: Annotated[tuple[str, ...], Spec("at least one", form=_CITES)]
    end: Annotated[PartialDate | None, Spec("last day/month/year of a span; not before `date`")] = None
    summary: Annotated[str | None, Spec("in the editor's own words")] = None
    actors: Annotated[tuple[str, ...], Spec(refers=RecordType.ACTOR)] = ()
    tags: Annotated[tuple[str, ...], Spec(form=Form.SLUGS)] = ()
    note: str | None = None
    variants: Annotated[tuple[EventVariant, ...], Spec("other accounts of the dates (see below)")] = ()
    pinpoints: Annotated[tuple[Pinpoint, ...], Spec(form=Form.CITED_PARTS)] = ()
    disputes: Annotated[tuple[Dispute, ...], Spec(_DISPUTES)] = ()
    by: Annotated[tuple[str, ...], Spec(
        "who did it: who announced, signed, ordered, wrote, resigned. `zt check` checks the agent a claim names "
        "against it (\"Rosenstein announced ...\"); without it, a claim's agent is \"not recorded\"",
        refers=RecordType.ACTOR)] = ()
    action: Annotated[Action | None, Spec(
        "what happened; `zt check` compares a claim's date only with events whose action agrees with the "
        "claim's verb")] = None

    record_type = RecordType.EVENT

    @property
    def last(self) -> PartialDate:
        return self.end or self.date

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line."""
        return self.title


class QuoteVariant(Declared, frozen=True):
    """Another rendering of a quote's words, with its own sources."""

    text: Annotated[str, Spec("the words as this source renders them, verbatim")]
    sources: Annotated[tuple[str, ...], Spec(form=_CITES)]
    context: Annotated[str | None, Spec("where, and to whom")] = None
    note: str | None = None
    pinpoints: Annotated[tuple[Pinpoint, ...], Spec(form=Form.CITED_PARTS)] = ()
    rank: Annotated[Rank, Spec(RANK)] = Rank.NORMAL


class Quote(Accounts[QuoteVariant], frozen=True):
    """Words someone said or wrote, verbatim from the cited source unless marked otherwise."""

    id: Annotated[str, Spec(form=Form.ID)]
    speaker: Annotated[str, Spec("who said or wrote the words", refers=RecordType.ACTOR)]
    text: Annotated[str, Spec("verbatim, character for character, from the cited source")]
    sources: Annotated[tuple[str, ...], Spec("where the text is quoted", form=_CITES)]
    date: Annotated[PartialDate | None, Spec("when the words were said or written")] = None
    context: Annotated[str | None, Spec("where, and to whom")] = None
    event: Annotated[str | None, Spec(refers=RecordType.EVENT)] = None
    form: Annotated[QuoteForm, Spec(
        "`notes`: recorded in someone's notes; `paraphrase`: not the speaker's words")] = QuoteForm.SPOKEN
    via: Annotated[tuple[str, ...], Spec(
        "the chain from the words to the cited source, first link first; an entry that is a source id or actor "
        "id is shown with its name")] = ()
    variants: Annotated[tuple[QuoteVariant, ...], Spec("other renderings (see below)")] = ()
    note: str | None = None
    pinpoints: Annotated[tuple[Pinpoint, ...], Spec(form=Form.CITED_PARTS)] = ()
    disputes: Annotated[tuple[Dispute, ...], Spec(_DISPUTES)] = ()

    record_type = RecordType.QUOTE

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line: its words."""
        return self.text


class FigureVariant(Declared, frozen=True):
    """Another value a source gives for a figure."""

    value: Annotated[int | float, Spec("the value by this account")]
    sources: Annotated[tuple[str, ...], Spec(form=_CITES)]
    qualifier: str | None = None
    unit: str | None = None
    date: PartialDate | None = None
    note: str | None = None
    pinpoints: Annotated[tuple[Pinpoint, ...], Spec(form=Form.CITED_PARTS)] = ()
    rank: Annotated[Rank, Spec(RANK)] = Rank.NORMAL


class Figure(Accounts[FigureVariant], frozen=True):
    """A number from a source: what it counts, its value, unit and qualifier."""

    id: Annotated[str, Spec(form=Form.ID)]
    label: Annotated[str, Spec("what the number counts")]
    value: int | float
    sources: Annotated[tuple[str, ...], Spec(form=_CITES)]
    unit: Annotated[str | None, Spec("e.g. `children`, `USD`, `beds`")] = None
    qualifier: Annotated[str | None, Spec("e.g. `more than`, `about`, `approximately`")] = None
    date: Annotated[PartialDate | None, Spec("the date the figure refers to or was reported")] = None
    start: Annotated[PartialDate | None, Spec(
        "the first day, month or year of the period the figure counts (\"May 5 - June 9, 2018\", "
        "\"since October 2017\"); `zt check` compares it with a period a claim gives its count")] = \
        msgspec.field(default=None, name="from")
    until: Annotated[PartialDate | None, Spec(
        "the last day, month or year of that period; absent with `from`: up to `date`; not before `from`")] = None
    event: Annotated[str | None, Spec(refers=RecordType.EVENT)] = None
    variants: Annotated[tuple[FigureVariant, ...], Spec("other values (see below)")] = ()
    note: str | None = None
    pinpoints: Annotated[tuple[Pinpoint, ...], Spec(form=Form.CITED_PARTS)] = ()
    disputes: Annotated[tuple[Dispute, ...], Spec(_DISPUTES)] = ()
    status: Annotated[FigureStatus | None, Spec(
        "what happened to what the figure counts; `zt check` lets a figure speak for a number only when the "
        "claim says the same thing happened (children separated are not children reunited)")] = None
    modality: Annotated[Modality, Spec(
        "whether it happened: an estimate of what happened counts as what happened; a projection, an "
        "expectation, a target or a limit (a deadline, a cap) does not, and never supports or contradicts a "
        "claim that something happened")] = Modality.RECORDED

    record_type = RecordType.FIGURE

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line: what it counts."""
        return self.label


Record = Source | Actor | Event | Quote | Figure
Disputed = Quote | Figure | Event  # the records with variants and disputes
RECORD_TYPES: tuple[type[Record], ...] = (Source, Actor, Event, Quote, Figure)
