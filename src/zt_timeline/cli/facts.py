"""The fact-checking commands: search, conflicts, cite; and the roles-on-a-date, provenance and
bibliography steps that `actors --as-of`, `quote --provenance` and `sources --format bibtex` use."""

# No `from __future__ import annotations` in a module of commands, and the core imported
# inside the commands and steps: see cli/lookup.py. The steps' annotations that name model
# classes are strings, which only type checkers read.

import enum
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UsageError
from ..model.enums import CitationStyle, CiteFormat, ConflictKind, OutputFormat, RecordType
from .app import registry
from .common import load, show
from .options import DataOption, FormatOption, ListLimitOption, RawOption, SearchOption

if TYPE_CHECKING:
    from ..model.records import Actor, Quote, Source
    from ..model.timeline import Timeline


def write_text(text: str, style: CitationStyle) -> None:
    """Data text never reaches the terminal with its control characters: in CSL-JSON they
    become JSON escapes (the file stays valid JSON), elsewhere visible escapes."""
    from ..render.safe import json_text, visible

    sys.stdout.write(json_text(text) if style is CitationStyle.CSL_JSON else visible(text))


def show_bibliography(timeline: "Timeline", sources: "tuple[Source, ...]", fmt: enum.Enum | None) -> bool:
    """Write BibTeX or CSL-JSON if `fmt` asks for one and return True; else return False."""
    if fmt is None or fmt.value not in {style.value for style in CitationStyle if style.is_document}:
        return False
    from ..citations.cite import bibliography

    style = CitationStyle(fmt.value)
    write_text(bibliography(sources, style), style)
    return True


def show_roles_on(timeline: "Timeline", actors: "tuple[Actor, ...]", as_of: str, fmt: OutputFormat | None,
                  one: "Actor | None" = None, role: str | None = None, limit: int | None = None,
                  raw: bool = False) -> None:
    """Roles on a date: for every actor those possibly held, for `one` actor all of them;
    with `role`, only the roles whose title names it."""
    from ..queries.matching import role_matches
    from ..queries.tenure import TenureStatus, actor_tenures, tenures_on
    from ..render.facts_views import tenures_output
    from .common import user_date

    when = user_date(as_of)
    if one is not None:
        show(tenures_output(timeline, actor_tenures(one, when), when, one=one), fmt, raw)
        return
    every = tuple(t for t in tenures_on(actors, when) if role is None or role_matches(t.role, role))
    shown = tuple(tenure for tenure in every if tenure.status.possibly_held)[:limit]
    undated = sum(tenure.status is TenureStatus.UNDATED for tenure in every)
    show(tenures_output(timeline, shown, when, left_out=undated), fmt, raw)


def show_provenance(timeline: "Timeline", quotes: "tuple[Quote, ...]", fmt: OutputFormat | None,
                    raw: bool = False) -> None:
    from ..render.provenance import provenance_output

    show(provenance_output(timeline, quotes), fmt, raw)


@registry.command("search")
def search_records(
    text: Annotated[list[str], typer.Argument(metavar="TEXT", help="Words, an id, a name or a number; "
                                                                      "every word must be found.")],
    kind: Annotated[RecordType | None, typer.Option("--kind", "-k", case_sensitive=False,
                                                    help="Only records of this kind.")] = None,
    limit: ListLimitOption = None,
    data: DataOption = None,
    fmt: FormatOption = None,
    raw: RawOption = False,
) -> None:
    """Search events, quotes, figures, actors and sources at once, best matches first.

    Ids, titles, summaries, words, labels, names and aliases are searched. Numbers match
    with or without thousands separators (3000 finds "3,000"), and only whole: 300 does
    not find 3000. Results are grouped by kind; `zt show ID` opens any of them.

    \b
    Examples:
      zt search 628
      zt search take away children
      zt search rosenstein --kind quote --format json
    """
    tl = load(data)
    query = " ".join(text)
    from ..queries.search import search, suggest_words
    from ..render.facts_views import search_output

    hits = search(tl, query, (kind,) if kind else ())[:limit]
    output = search_output(tl, hits, query)
    if not hits:
        close = suggest_words(tl, query)
        if close:
            output = output._replace(empty=f"{output.empty} (did you mean: {', '.join(close)}?)")
    show(output, fmt, raw)


@registry.command()
def conflicts(
    kind: Annotated[ConflictKind | None, typer.Option("--kind", "-k", case_sensitive=False,
                                                      help="Only quotes, figures or events.")] = None,
    search: SearchOption = None,
    limit: ListLimitOption = None,
    data: DataOption = None,
    fmt: FormatOption = None,
    raw: RawOption = False,
) -> None:
    """Every recorded disagreement between sources, each account beside the others.

    Quote wordings and to whom the words were said, figures that sources count differently,
    and events that sources date differently. The first account is the record's own; each
    other one says what sets it apart (wording, context, value, date ...) and has its sources.

    \b
    Examples:
      zt conflicts
      zt conflicts --kind figure
      zt conflicts --search rosenstein --format json
    """
    tl = load(data)
    from ..queries.conflicts import find_conflicts
    from ..render.facts_views import conflicts_output

    ids = None
    if search:
        from ..queries.search import search as search_all

        ids = frozenset(hit.record.id for hit in search_all(tl, search))
    show(conflicts_output(tl, find_conflicts(tl, (kind,) if kind else (), ids)[:limit]), fmt, raw)


def complete_style(incomplete: str) -> list[str]:
    """The styles zt writes itself; any other CSL style's name or file is typed out."""
    return [style.value for style in CitationStyle if style.value.startswith(incomplete.lower())]


@registry.command()
def cite(
    record_id: Annotated[str, typer.Argument(metavar="ID", help="A source, or any record whose sources to cite.")],
    style: Annotated[str, typer.Option("--style", metavar="STYLE", autocompletion=complete_style,
                                       help="plain, apa, chicago (author-date), chicago-notes, bibtex, csl-json, or "
                                            "any CSL style by name (ieee, harvard-cite-them-right) or file (.csl).")]
    = CitationStyle.PLAIN.value,
    data: DataOption = None,
    fmt: Annotated[CiteFormat | None, typer.Option("--format", "-f", case_sensitive=False, show_default=False,
                                                   help="text (default), md or html (with the style's italics), "
                                                        "or a table: table, tsv, csv, json.")] = None,
    raw: RawOption = False,
) -> None:
    """Citations of a record's sources, ready to paste: primary sources first.

    APA and Chicago are those of the official CSL styles, as Zotero writes them (checked
    against citeproc-js); any other CSL style is rendered with citeproc-py. A page or
    paragraph the record cites in a source follows its citation (in CSL-JSON, as the item's
    locator and label). BibTeX and CSL-JSON are files that Zotero and other reference managers
    import. --format md or html gives the citations with their italics; table, tsv, csv or
    json a table of source id and citation.

    \b
    Examples:
      zt cite upi-2021-01-14 --style chicago
      zt cite sessions-take-away-children --style apa --format md
      zt cite el-paso-families --style bibtex > el-paso.bib
      zt cite doj-oig-2021-report --style ieee
    """
    tl = load(data)
    from ..citations.cite import bibliography, cited_sources, find_style, is_document, locators, styled
    from ..queries.select import get_record

    record = get_record(tl, record_id)
    chosen = find_style(style)
    sources = cited_sources(tl, record)
    where = locators(record)
    if fmt in (None, CiteFormat.TEXT, CiteFormat.MD, CiteFormat.HTML):
        if is_document(chosen):
            if fmt not in (None, CiteFormat.TEXT):
                raise UsageError(f"--style {chosen.value} writes a file for reference managers: it has no "
                                 f"{fmt.value} form (try --format text)")
            write_text(bibliography(sources, chosen, where), chosen)
            return
        from ..render.citation_text import citations_document

        if not sources:
            from .app import say

            say(f"{record.id} cites no source")
        sys.stdout.write(citations_document([styled(s, chosen, where.get(s.id)) for s in sources],
                                            fmt or CiteFormat.TEXT))
        return
    from ..render.facts_views import citations_output

    show(citations_output(record, sources, chosen, where), OutputFormat(fmt.value), raw)
