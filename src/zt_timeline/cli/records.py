"""The record commands: show (any record in full) and sources (the bibliography)."""

# No `from __future__ import annotations` in a module of commands: typer reads the command's
# signature when it runs, and string annotations cost it an eval each (see benchmarks/README.md).
# The core and the renderers are imported inside the commands.

import enum
from typing import Annotated

import typer

from ..model.enums import CitationStyle, EvidenceLevel, OutputFormat, ShowFormat, SourceKind
from .app import registry
from .common import load, show, window
from .completion import complete_record_id
from .options import (
    DataOption,
    ListLimitOption,
    RawOption,
    SinceOption,
    UntilOption,
)

# The shared formats plus the two files reference managers import, for `zt sources` only: the
# other commands list records, not works to cite. Built from OutputFormat so the two cannot drift.
# Here, not with the shared options (options.py), which every command imports.
BibliographyFormat = enum.StrEnum(  # type: ignore[misc]  # members made from OutputFormat's
    "BibliographyFormat",
    [(member.name, member.value) for member in OutputFormat]
    + [(style.name, style.value) for style in CitationStyle if style.is_document],
)
BibliographyFormatOption = Annotated[
    BibliographyFormat | None,
    typer.Option("--format", "-f", case_sensitive=False, show_default=False,
                 help="table (default on a terminal), tsv (default when piped), csv, json, md, or a file for "
                      "reference managers: bibtex or csl-json."),
]


@registry.command("show")
def show_record(
    record_id: Annotated[str, typer.Argument(metavar="ID", help="The id of any record.",
                                             autocompletion=complete_record_id)],
    data: DataOption = None,
    fmt: Annotated[ShowFormat | None, typer.Option("--format", "-f", case_sensitive=False, show_default=False,
                                                   help="table (default on a terminal), tsv (default when "
                                                        "piped), csv, json, md, or toml: the record as the "
                                                        "data file writes it, to paste into your notes "
                                                        "with override = true.")] = None,
    raw: RawOption = False,
) -> None:
    """Any record by id, in full, with the sources it cites.

    --format toml writes the record as the data file does, with override = true: pasted into
    your own notes file and changed there, it replaces the bundled record when the notes are
    read on top of the data (zt --data +notes.toml ...).

    \b
    Examples:
      zt show zero-tolerance-announced
      zt show upi-2021-01-14 --format json
      zt show sessions-recusal --format toml >> notes.toml
    """
    from ..queries.select import get_record
    from .common import chosen_format

    tl = load(data)
    record = get_record(tl, record_id)
    fmt = chosen_format(fmt, ShowFormat, "show")
    if fmt is not None and fmt.value == "toml":
        import sys

        from ..interchange.record_toml import record_toml

        sys.stdout.write(record_toml(record))
        return
    from ..render.detail import show_output

    show(show_output(tl, record), OutputFormat(fmt.value) if fmt else None, raw)


@registry.command()
def sources(
    search: Annotated[str | None, typer.Option("--search", "-s", metavar="TEXT", help="Only sources whose id, "
                                                                                    "title, publisher, author, "
                                                                                    "address or note contains "
                                                                                    "TEXT.")] = None,
    kind: Annotated[list[SourceKind] | None, typer.Option("--kind", "-k", case_sensitive=False,
                                                          help="Only sources of this kind (repeatable).")] = None,
    evidence: Annotated[list[EvidenceLevel] | None, typer.Option("--evidence", case_sensitive=False,
                                                                 help="Only primary, secondary or tertiary "
                                                                      "sources (repeatable).")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: ListLimitOption = None,
    data: DataOption = None,
    fmt: BibliographyFormatOption = None,
    raw: RawOption = False,
) -> None:
    """The bibliography: date, id, publisher and title, and which records cite each source.

    Oldest first; works whose date was not seen come last (and --since/--until leave them out).

    \b
    Examples:
      zt sources --evidence primary
      zt sources --search 'inspector general' --since 2021
      zt sources --format bibtex > zero-tolerance.bib
    """
    tl = load(data)
    from ..queries.select import select_sources
    from ..render.views import sources_output
    from .common import chosen_format
    from .facts import show_bibliography

    fmt = chosen_format(fmt, BibliographyFormat, "sources")
    chosen = select_sources(tl, search, kind or (), window(since, until), evidence or ())[:limit]
    if not show_bibliography(tl, chosen, fmt):
        show(sources_output(tl, chosen), OutputFormat(fmt.value) if fmt else None, raw)
