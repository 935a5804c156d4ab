"""The fixed sets of names zt's options take: kinds of record, actor, quote and source; output,
export and citation formats; kinds of conflict.

They live here, with nothing but `enum` imported, because the command line declares its
options with them: `zt --help`, `--version` and every Tab of shell completion import this
module, and must not pay for the model's dataclasses (about 10 ms) or the query modules.
The modules that use them (model, citation, conflicts, render, render.export) import them
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


# What `zt check` writes: the shared formats, and schema.org ClaimReview JSON-LD, the markup
# fact-checking organizations publish. Built from OutputFormat so the two cannot drift.
CheckFormat = enum.StrEnum(  # type: ignore[misc]  # members made from OutputFormat's: mypy cannot list them
    "CheckFormat", [(m.name, m.value) for m in OutputFormat] + [("CLAIMREVIEW", "claimreview")])


# Every format some command writes, for the global `zt --format FORMAT COMMAND`: each command
# then takes the ones it writes and refuses the others.
AnyFormat = enum.StrEnum("AnyFormat", [(m.name, m.value) for m in OutputFormat]  # type: ignore[misc]
                         + [(s.name, s.value) for s in CitationStyle if s.is_document]
                         + [("CLAIMREVIEW", "claimreview")])


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
