"""The fixed sets of names zt's options take: kinds of record, actor, quote and source; output,
export and citation formats; kinds of conflict.

They live here, with nothing but `enum` imported, because the command line declares its
options with them: `zt --help`, `--version` and every Tab of shell completion import this
module, and must not pay for the model's dataclasses (about 10 ms) or the query modules.
The modules that use them (model, citation, conflicts, render, render.exports) import them
from here and keep offering them under their old names.
"""

from __future__ import annotations

import enum


class ActorKind(enum.StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"


class QuoteForm(enum.StrEnum):
    SPOKEN = "spoken"
    WRITTEN = "written"
    NOTES = "notes"
    PARAPHRASE = "paraphrase"

    @property
    def is_verbatim(self) -> bool:
        """Notes and paraphrase are someone else's rendering of the words, not the words."""
        return self in (QuoteForm.SPOKEN, QuoteForm.WRITTEN)


class SourceKind(enum.StrEnum):
    NEWS = "news"
    REPORT = "report"
    COURT_FILING = "court-filing"
    COURT_ORDER = "court-order"
    STATEMENT = "statement"
    PRESS_RELEASE = "press-release"
    GOVERNMENT_RECORD = "government-record"
    LEGAL_NEWS = "legal-news"
    ADVOCACY = "advocacy"
    BLOG = "blog"
    WEB = "web"


class EvidenceLevel(enum.StrEnum):
    """How close a source stands to what it reports."""

    PRIMARY = "primary"  # the document itself: the memo, the order, the report, the speech as delivered
    SECONDARY = "secondary"  # reporting or analysis of it: news, legal news, advocacy summaries, blogs
    TERTIARY = "tertiary"  # compilations of secondary sources: encyclopedias


class Action(enum.StrEnum):
    """What happened in an event, from a small fixed vocabulary: what `zt check` matches a claim's
    verb against, so that "Sessions announced ..." is compared only with announcements."""

    ANNOUNCE = "announce"  # made public: a policy, a decision, a plan
    SIGN = "sign"  # signed a document: an order, a memo, a bill
    ISSUE = "issue"  # issued a memo, guidance, directive or rule
    PUBLISH = "publish"  # published a report, data, a fact sheet or a story
    RESIGN = "resign"
    REMOVE = "remove"  # fired, removed or forced out of an office
    NOMINATE = "nominate"
    CONFIRM = "confirm"  # confirmed by the Senate
    TAKE_OFFICE = "take-office"  # sworn in, took office, began serving (acting included)
    LEAVE_OFFICE = "leave-office"  # left an office, other than by resigning or removal
    APPOINT = "appoint"  # named to an office without confirmation (acting)
    ORDER = "order"  # a court's or an official's order
    RULE = "rule"  # a court's decision, injunction or ruling
    FILE = "file"  # a filing in court: a motion, a status report, a brief
    SUE = "sue"  # a lawsuit filed
    SETTLE = "settle"  # a settlement agreed
    TESTIFY = "testify"  # testimony before a legislature
    HEARING = "hearing"  # a hearing held
    VISIT = "visit"
    MEET = "meet"  # a meeting or call
    BEGIN = "begin"  # a program, practice or policy began
    END = "end"  # a program, practice or policy ended or was halted
    PROPOSE = "propose"
    RESCIND = "rescind"  # a policy or order withdrawn
    REQUEST = "request"  # asked for something (a review, funds, a change of a court order)
    REVIEW = "review"  # an investigation, audit, inspection or review
    REPORT = "report"  # a count or finding reported
    STATE = "state"  # said, told, wrote or tweeted something
    SEPARATE = "separate"  # families or children separated
    REUNITE = "reunite"
    DEPORT = "deport"
    PROSECUTE = "prosecute"  # people referred or prosecuted
    LEGISLATE = "legislate"  # a bill introduced, passed or voted on
    OTHER = "other"


class FigureStatus(enum.StrEnum):
    """What happened to what a figure counts: a number speaks for a claim only when the claim
    says the same thing happened ("separated" is not "reunited")."""

    SEPARATED = "separated"
    REUNITED = "reunited"
    DEPORTED = "deported"  # removed from the country
    NOT_REACHED = "not-reached"  # not found, located or reached
    IN_CUSTODY = "in-custody"  # held, still in custody
    RELEASED = "released"  # released or discharged from custody
    REFERRED = "referred"  # referred for prosecution, or to another agency
    PROSECUTED = "prosecuted"  # charged or prosecuted
    IDENTIFIED = "identified"  # identified, counted or flagged in a review
    OTHER = "other"  # anything else: the label says what


class Modality(enum.StrEnum):
    """Whether what a figure counts happened, or was only expected: an estimate of what happened
    counts as what happened; a projection, an expectation, a target or a limit does not."""

    RECORDED = "recorded"
    ESTIMATED = "estimated"
    PROJECTED = "projected"
    EXPECTED = "expected"
    TARGET = "target"
    LIMIT = "limit"  # a deadline, a cap, a legal limit

    @property
    def happened(self) -> bool:
        return self in (Modality.RECORDED, Modality.ESTIMATED)


class Rank(enum.StrEnum):
    """How much weight an account of a record carries (as Wikidata ranks statements): a
    deprecated account is kept and shown, with the reason in its note, but an error does not
    make the record's other accounts disputed."""

    PREFERRED = "preferred"
    NORMAL = "normal"
    DEPRECATED = "deprecated"


class RecordType(enum.StrEnum):
    """The five kinds of record; each lives in the file's array of the plural name."""

    SOURCE = "source"
    ACTOR = "actor"
    EVENT = "event"
    QUOTE = "quote"
    FIGURE = "figure"

    @property
    def array(self) -> str:
        return f"{self.value}s"


class ConflictKind(enum.StrEnum):
    QUOTE = "quote"
    FIGURE = "figure"
    EVENT = "event"

    @property
    def record_type(self) -> RecordType:
        return RecordType(self.value)


class CitationStyle(enum.StrEnum):
    """The styles zt writes itself; `zt cite --style` also takes any other CSL style."""

    PLAIN = "plain"
    APA = "apa"  # APA 7, as the official apa.csl
    CHICAGO = "chicago"  # Chicago author-date, as chicago-author-date.csl
    CHICAGO_NOTES = "chicago-notes"  # Chicago notes-bibliography's bibliography entry
    BIBTEX = "bibtex"
    CSL_JSON = "csl-json"

    @property
    def is_document(self) -> bool:
        """BibTeX and CSL-JSON are files a reference manager imports, not lines of text."""
        return self in (CitationStyle.BIBTEX, CitationStyle.CSL_JSON)


# The CSL styles' own names for the styles zt writes itself.
CSL_STYLE_NAMES = {"apa": CitationStyle.APA, "chicago-author-date": CitationStyle.CHICAGO,
                   "chicago-notes-bibliography": CitationStyle.CHICAGO_NOTES}


class CiteFormat(enum.StrEnum):
    """How `zt cite` writes: citations as text, Markdown or HTML (with italics), or a table."""

    TEXT = "text"
    MD = "md"
    HTML = "html"
    TABLE = "table"
    TSV = "tsv"
    CSV = "csv"
    JSON = "json"


class OutputFormat(enum.StrEnum):
    TABLE = "table"
    TSV = "tsv"
    CSV = "csv"
    JSON = "json"
    MD = "md"


# What `zt show` writes: the shared formats, and the record as the data file writes it.
ShowFormat = enum.StrEnum(  # type: ignore[misc]  # members made from OutputFormat's: mypy cannot list them
    "ShowFormat", [(m.name, m.value) for m in OutputFormat] + [("TOML", "toml")])

# What `zt check` writes: the shared formats, schema.org ClaimReview JSON-LD, the markup
# fact-checking organizations publish, and the review of a draft as one HTML file (md is the
# review too). Built from OutputFormat so the two cannot drift.
CheckFormat = enum.StrEnum(  # type: ignore[misc]  # members made from OutputFormat's: mypy cannot list them
    "CheckFormat", [(m.name, m.value) for m in OutputFormat] + [("CLAIMREVIEW", "claimreview"), ("HTML", "html")])


class FailOn(enum.StrEnum):
    """`zt check --fail-on LEVEL`: exit 1 when a claim's verdict is LEVEL or worse (contradicted is worst)."""

    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNVERIFIED = "unverified"


# Every format some command writes, for the global `zt --format FORMAT COMMAND`: each command
# then takes the ones it writes and refuses the others.
AnyFormat = enum.StrEnum("AnyFormat", [(m.name, m.value) for m in OutputFormat]  # type: ignore[misc]
                         + [(s.name, s.value) for s in CitationStyle if s.is_document]
                         + [("CLAIMREVIEW", "claimreview"), ("HTML", "html")])


class DateOrder(enum.StrEnum):
    """How a numeric date such as 06/05/2018 is written: day first, or month first."""

    DMY = "dmy"
    MDY = "mdy"


class ExportFormat(enum.StrEnum):
    TIMELINEJS = "timelinejs"
    ICS = "ics"
    MARKDOWN = "markdown"
    CSV = "csv"
    JSON = "json"
    SQLITE = "sqlite"  # a database file, not text: `zt export sqlite -o FILE.db` (cli/sharing.py)


class ImportFormat(enum.StrEnum):
    TIMELINEJS = "timelinejs"  # Knight Lab TimelineJS: its JSON, or a CSV of its Google Sheets template
