"""The domain model: frozen records of one timeline file, with ids resolved.

Each class is also the one declaration of how its record is written in a data file (schema.py):
validation and docs/data-format.md are worked out from its fields. Every record class has a
docstring, which also saves time: without one, each dataclass works out a signature to make one
up, on every start of zt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .accounts import RANK, Accounts, Dispute, Pinpoint
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
from .schema import Form, declared, spec

if TYPE_CHECKING:
    from .accounts import Citing


NO_ORIGINAL = "none found"  # a source's `original` when no public original could be found
_CITES = Form.CITATIONS

@declared
class Copy:
    """The copy of a work that was read, kept on a site other than the publisher's own."""

    url: str = spec("the copy's address")
    host: str = spec("the site's name only (`DocumentCloud`, `PressReader`, `Scribd`): no \"(via ...)\", "
                     "\"(reprint)\" or \"(blog)\"")


@declared
class Source:
    """A work cited: article, report, court paper, statement or record."""

    id: str = spec(form=Form.ID)
    title: str = spec("headline or document title, as the work shows it")
    publisher: str = spec(
        "outlet, agency or court that published the work (never the site holding a copy, and no note in "
        "parentheses about how it was carried: the wire service of a syndicated story is its publisher, the "
        "station that carried it the `copy`'s `host`)")
    date: PartialDate | None = spec(
        "publication date as the work shows it; leave it out when it was not seen (citations then say \"n.d.\", "
        "and CSL-JSON and BibTeX carry no date)", default=None)
    url: str | None = spec(
        "the original's address (the publisher's, agency's or court's own page, or a known archive's: see below), "
        "`http(s)://`, or a repository path for a file shipped with the data", default=None)
    author: str | None = spec("the byline the work shows", default=None)
    kind: SourceKind | None = spec(default=None)
    note: str | None = spec(default=None)
    descriptive_title: bool = spec(
        "`true` when the work's own title was not seen and `title` describes it: citations put it in square "
        "brackets (APA's rule)", default=False)
    evidence: EvidenceLevel | None = spec(
        "`primary`: the document itself (the memo, the order, the report, the speech text); `secondary`: "
        "reporting or analysis of it; `tertiary`: encyclopedias and compilations. `zt cite` lists primary "
        "sources first", default=None)
    number: str | None = spec(
        "the report's, document's or docket's number as the work gives it (`GAO-19-163`, `Report 21-028`, "
        "`No. 18-cv-00428-DMS-MDD, Document 32`): CSL-JSON's `number` for reports and court papers, BibTeX's "
        "`number` of a `@techreport`; not part of the title", default=None)
    copy: Copy | None = spec("the copy that was read, when it is not at `url` (see below)", default=None)
    original: str | None = spec(
        "no public original could be found: the source then has a `copy` and no `url`, and every output says so",
        default=None, exactly=NO_ORIGINAL)

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


@declared
class Role:
    """An office or position an actor held, with its tenure as the sources give it."""

    title: str = spec("the office or position, as the sources give it")
    sources: tuple[str, ...] = spec(form=_CITES)
    org: str | None = spec("the organization", default=None, refers=RecordType.ACTOR)
    start: PartialDate | None = spec("when it began", default=None, key="from")
    until: PartialDate | None = spec(
        "when it ended; absent means \"not known to have ended\"; not before `from`", default=None)
    note: str | None = spec(default=None)
    pinpoints: tuple[Pinpoint, ...] = spec(default=(), form=Form.CITED_PARTS)


@declared
class Actor:
    """A person or an organization, with its roles."""

    id: str = spec(form=Form.ID)
    name: str = spec()
    kind: ActorKind = spec()
    aliases: tuple[str, ...] = spec("other names a user may type", default=())
    roles: tuple[Role, ...] = spec("offices and positions held (see below)", default=())
    sources: tuple[str, ...] = spec("sources for the actor itself (each role cites its own)", default=(), form=_CITES)
    note: str | None = spec(default=None)
    pinpoints: tuple[Pinpoint, ...] = spec(default=(), form=Form.CITED_PARTS)

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


@declared
class EventVariant:
    """Another account of when an event happened, with its own sources."""

    date: PartialDate = spec("when it happened (or began), by this account")
    sources: tuple[str, ...] = spec(form=_CITES)
    end: PartialDate | None = spec("last day/month/year of a span; not before `date`", default=None)
    note: str | None = spec(default=None)
    pinpoints: tuple[Pinpoint, ...] = spec(default=(), form=Form.CITED_PARTS)
    rank: Rank = spec(RANK, default=Rank.NORMAL)


@declared
class Event(Accounts[EventVariant]):
    """Something that happened on a date (or over a span), with its sources."""

    id: str = spec(form=Form.ID)
    date: PartialDate = spec("when it happened (or began)")
    title: str = spec("one line")
    sources: tuple[str, ...] = spec("at least one", form=_CITES)
    end: PartialDate | None = spec("last day/month/year of a span; not before `date`", default=None)
    summary: str | None = spec("in the editor's own words", default=None)
    actors: tuple[str, ...] = spec(default=(), refers=RecordType.ACTOR)
    tags: tuple[str, ...] = spec(default=(), form=Form.SLUGS)
    note: str | None = spec(default=None)
    variants: tuple[EventVariant, ...] = spec("other accounts of the dates (see below)", default=())
    pinpoints: tuple[Pinpoint, ...] = spec(default=(), form=Form.CITED_PARTS)
    disputes: tuple[Dispute, ...] = spec(_DISPUTES, default=())
    by: tuple[str, ...] = spec(
        "who did it: who announced, signed, ordered, wrote, resigned. `zt check` checks the agent a claim names "
        "against it (\"Rosenstein announced ...\"); without it, a claim's agent is \"not recorded\"",
        default=(), refers=RecordType.ACTOR)
    action: Action | None = spec(
        "what happened; `zt check` compares a claim's date only with events whose action agrees with the "
        "claim's verb", default=None)

    record_type = RecordType.EVENT

    @property
    def last(self) -> PartialDate:
        return self.end or self.date

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line."""
        return self.title


@declared
class QuoteVariant:
    """Another rendering of a quote's words, with its own sources."""

    text: str = spec("the words as this source renders them, verbatim")
    sources: tuple[str, ...] = spec(form=_CITES)
    context: str | None = spec("where, and to whom", default=None)
    note: str | None = spec(default=None)
    pinpoints: tuple[Pinpoint, ...] = spec(default=(), form=Form.CITED_PARTS)
    rank: Rank = spec(RANK, default=Rank.NORMAL)


@declared
class Quote(Accounts[QuoteVariant]):
    """Words someone said or wrote, verbatim from the cited source unless marked otherwise."""

    id: str = spec(form=Form.ID)
    speaker: str = spec("who said or wrote the words", refers=RecordType.ACTOR)
    text: str = spec("verbatim, character for character, from the cited source")
    sources: tuple[str, ...] = spec("where the text is quoted", form=_CITES)
    date: PartialDate | None = spec("when the words were said or written", default=None)
    context: str | None = spec("where, and to whom", default=None)
    event: str | None = spec(default=None, refers=RecordType.EVENT)
    form: QuoteForm = spec("`notes`: recorded in someone's notes; `paraphrase`: not the speaker's words",
                           default=QuoteForm.SPOKEN)
    via: tuple[str, ...] = spec(
        "the chain from the words to the cited source, first link first; an entry that is a source id or actor "
        "id is shown with its name", default=())
    variants: tuple[QuoteVariant, ...] = spec("other renderings (see below)", default=())
    note: str | None = spec(default=None)
    pinpoints: tuple[Pinpoint, ...] = spec(default=(), form=Form.CITED_PARTS)
    disputes: tuple[Dispute, ...] = spec(_DISPUTES, default=())

    record_type = RecordType.QUOTE

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line: its words."""
        return self.text


@declared
class FigureVariant:
    """Another value a source gives for a figure."""

    value: int | float = spec("the value by this account")
    sources: tuple[str, ...] = spec(form=_CITES)
    qualifier: str | None = spec(default=None)
    unit: str | None = spec(default=None)
    date: PartialDate | None = spec(default=None)
    note: str | None = spec(default=None)
    pinpoints: tuple[Pinpoint, ...] = spec(default=(), form=Form.CITED_PARTS)
    rank: Rank = spec(RANK, default=Rank.NORMAL)


@declared
class Figure(Accounts[FigureVariant]):
    """A number from a source: what it counts, its value, unit and qualifier."""

    id: str = spec(form=Form.ID)
    label: str = spec("what the number counts")
    value: int | float = spec()
    sources: tuple[str, ...] = spec(form=_CITES)
    unit: str | None = spec("e.g. `children`, `USD`, `beds`", default=None)
    qualifier: str | None = spec("e.g. `more than`, `about`, `approximately`", default=None)
    date: PartialDate | None = spec("the date the figure refers to or was reported", default=None)
    event: str | None = spec(default=None, refers=RecordType.EVENT)
    variants: tuple[FigureVariant, ...] = spec("other values (see below)", default=())
    note: str | None = spec(default=None)
    pinpoints: tuple[Pinpoint, ...] = spec(default=(), form=Form.CITED_PARTS)
    disputes: tuple[Dispute, ...] = spec(_DISPUTES, default=())
    status: FigureStatus | None = spec(
        "what happened to what the figure counts; `zt check` lets a figure speak for a number only when the "
        "claim says the same thing happened (children separated are not children reunited)", default=None)
    modality: Modality = spec(
        "whether it happened: an estimate of what happened counts as what happened; a projection, an "
        "expectation, a target or a limit (a deadline, a cap) does not, and never supports or contradicts a "
        "claim that something happened", default=Modality.RECORDED)

    record_type = RecordType.FIGURE

    @property
    def headline(self) -> str:
        """What the record is known by where it is named in one line: what it counts."""
        return self.label


Record = Source | Actor | Event | Quote | Figure
Disputed = Quote | Figure | Event  # the records with variants and disputes
RECORD_TYPES: tuple[type[Record], ...] = (Source, Actor, Event, Quote, Figure)
