"""The fact-checking commands: search, conflicts, cite; and the roles-on-a-date, provenance and
bibliography steps that `actors --as-of`, `quote --provenance` and `sources --format bibtex` use."""

# No `from __future__ import annotations` in a module of commands, and the core imported
# inside the commands and steps: see cli/lookup.py. The steps' annotations that name model
# classes are strings, which only type checkers read.

import enum
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from ..kinds import CitationStyle, ConflictKind, OutputFormat, RecordType
from .app import app
from .common import load, show
from .options import DataOption, FormatOption, ListLimitOption, SearchOption

if TYPE_CHECKING:
    from ..model import Actor, Quote, Source, Timeline


def write_text(text: str, style: CitationStyle) -> None:
    """Data text never reaches the terminal with its control characters: in CSL-JSON they
    become JSON escapes (the file stays valid JSON), elsewhere visible escapes."""
    from ..render.safe import json_text, visible

    sys.stdout.write(json_text(text) if style is CitationStyle.CSL_JSON else visible(text))


def show_bibliography(timeline: "Timeline", sources: "tuple[Source, ...]", fmt: enum.Enum | None) -> bool:
    """Write BibTeX or CSL-JSON if `fmt` asks for one and return True; else return False."""
    if fmt is None or fmt.value not in {style.value for style in CitationStyle if style.is_document}:
        return False
    from ..citation import bibliography

    style = CitationStyle(fmt.value)
    write_text(bibliography(sources, style), style)
    return True


def show_roles_on(timeline: "Timeline", actors: "tuple[Actor, ...]", as_of: str, fmt: OutputFormat | None,
                  one: "Actor | None" = None, role: str | None = None, limit: int | None = None) -> None:
    """Roles on a date: for every actor those possibly held, for `one` actor all of them;
    with `role`, only the roles whose title names it."""
    from ..matching import role_matches
    from ..render.facts_views import tenures_output
    from ..tenure import TenureStatus, actor_tenures, tenures_on
    from .common import user_date

    when = user_date(as_of)
    if one is not None:
        show(tenures_output(timeline, actor_tenures(one, when), when, one=one), fmt)
        return
    every = tuple(t for t in tenures_on(actors, when) if role is None or role_matches(t.role, role))
    shown = tuple(tenure for tenure in every if tenure.status.possibly_held)[:limit]
    undated = sum(tenure.status is TenureStatus.UNDATED for tenure in every)
    show(tenures_output(timeline, shown, when, left_out=undated), fmt)


def show_provenance(timeline: "Timeline", quotes: "tuple[Quote, ...]", fmt: OutputFormat | None) -> None:
    from ..render.provenance import provenance_output

    show(provenance_output(timeline, quotes), fmt)


@app.command("search")
def search_records(
    text: Annotated[list[str], typer.Argument(metavar="TEXT", help="Words, an id, a name or a number; "
                                                                      "every word must be found.")],
    kind: Annotated[RecordType | None, typer.Option("--kind", "-k", case_sensitive=False,
                                                    help="Only records of this kind.")] = None,
    limit: ListLimitOption = None,
    data: DataOption = None,
    fmt: FormatOption = None,
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
    from ..render.facts_views import search_output
    from ..search import search, suggest_words

    hits = search(tl, query, (kind,) if kind else ())[:limit]
    output = search_output(tl, hits, query)
    if not hits:
        close = suggest_words(tl, query)
        if close:
            from dataclasses import replace

            output = replace(output, empty=f"{output.empty} (did you mean: {', '.join(close)}?)")
    show(output, fmt)


@app.command()
def conflicts(
    kind: Annotated[ConflictKind | None, typer.Option("--kind", "-k", case_sensitive=False,
                                                      help="Only quotes, figures or events.")] = None,
    search: SearchOption = None,
    limit: ListLimitOption = None,
    data: DataOption = None,
    fmt: FormatOption = None,
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
    from ..conflicts import find_conflicts
    from ..render.facts_views import conflicts_output

    ids = None
    if search:
        from ..search import search as search_all

        ids = frozenset(hit.record.id for hit in search_all(tl, search))
    show(conflicts_output(tl, find_conflicts(tl, (kind,) if kind else (), ids)[:limit]), fmt)


@app.command()
def cite(
    record_id: Annotated[str, typer.Argument(metavar="ID", help="A source, or any record whose sources to cite.")],
    style: Annotated[CitationStyle, typer.Option("--style", case_sensitive=False,
                                                 help="plain, chicago, apa, bibtex or csl-json.")]
    = CitationStyle.PLAIN,
    data: DataOption = None,
    fmt: FormatOption = None,
) -> None:
    """Citations of a record's sources, ready to paste: primary sources first.

    A page or paragraph the record cites in a source follows its citation (in CSL-JSON, as
    the item's locator and label). Without --format, the citations are written as text: one per line, or a BibTeX or
    CSL-JSON file that Zotero and other reference managers import. With --format, as a
    table (or tsv, csv, json, md) of source id and citation.

    \b
    Examples:
      zt cite upi-2021-01-14 --style chicago
      zt cite sessions-take-away-children --style apa
      zt cite el-paso-families --style bibtex > el-paso.bib
    """
    tl = load(data)
    from ..citation import bibliography, cited_sources, locators
    from ..query import get_record

    record = get_record(tl, record_id)
    sources = cited_sources(tl, record)
    where = locators(record)
    if fmt is None:
        write_text(bibliography(sources, style, where), style)
        return
    from ..render.facts_views import citations_output

    show(citations_output(record, sources, style, where), fmt)
