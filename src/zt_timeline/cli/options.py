"""Options shared by every command, declared once."""

from __future__ import annotations

import enum
import os
from typing import Annotated

import typer

from ..model.kinds import CitationStyle, OutputFormat
from .completion import complete_actor, complete_tag

# Repeatable: later files are layered on the first (layering.py). No envvar here: ZT_DATA is
# read by the core (loading.resolve_data_paths), so that a global `zt --data FILE COMMAND`
# still wins over the environment, and a list of paths is not split at spaces by click.
DataOption = Annotated[
    list[str] | None,
    typer.Option("--data", metavar="PATH", show_default=False,
                 help=f"Timeline file to read; repeat to add files on top of it (later files add records and "
                      f"may cite those of earlier ones). Also zt --data, and ZT_DATA, paths separated by "
                      f"'{os.pathsep}'. +FILE: the bundled data, then FILE on top of it. Default: the bundled "
                      f"zero tolerance data."),
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option("--format", "-f", case_sensitive=False, show_default=False,
                 help="table (default on a terminal), tsv (default when piped), csv, json or md."),
]
SinceOption = Annotated[
    str | None,
    typer.Option("--since", "--from", metavar="DATE", help="From DATE on (2018, 2018-04, 'Apr 6 2018', ...)."),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", "--to", metavar="DATE", help="Up to the end of DATE (--until 2018 includes Dec 2018)."),
]
OnOption = Annotated[
    str | None,
    typer.Option("--on", metavar="DATE", help="Within DATE: a whole year, month or day."),
]
SearchOption = Annotated[
    str | None,
    typer.Option("--search", "-s", metavar="TEXT", help="Only records whose text contains TEXT (any case)."),
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", metavar="DATE", help="Roles held on DATE (a day, month or year), each marked held, "
                                                 "partly, uncertain or not held."),
]
ActorOption = Annotated[
    list[str] | None,
    typer.Option("--actor", "-a", metavar="NAME", autocompletion=complete_actor,
                 help="Only events involving NAME (id, name or alias; repeat for any of several)."),
]
SpeakerOption = Annotated[
    list[str] | None,
    typer.Option("--speaker", "-p", metavar="NAME", autocompletion=complete_actor,
                 help="Only words of NAME (id, name, alias or a unique prefix; repeatable)."),
]
TagOption = Annotated[
    list[str] | None,
    typer.Option("--tag", "-t", metavar="TAG", autocompletion=complete_tag,
                 help="Only events with TAG (repeat for any of several)."),
]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most N events.")]
ListLimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most N of them, the first "
                                                                                  "in the listing's order.")]
ReverseOption = Annotated[bool, typer.Option("--reverse", "-r", help="Newest first.")]
SvgOption = Annotated[
    str | None,
    typer.Option("--svg", metavar="FILE", help="Also save what a terminal would show as an SVG picture in FILE "
                                               "(drawn at the terminal's width, or COLUMNS, else 100)."),
]

RawOption = Annotated[
    bool,
    typer.Option("--raw", help="CSV cells exactly as in the data, even one a spreadsheet would run as a formula "
                               "(by default a cell that begins with =, +, -, @, a tab or a carriage return gets a "
                               "leading ')."),
]

# The shared formats plus the two files reference managers import, for `zt sources` only: the
# other commands list records, not works to cite. Built from OutputFormat so the two cannot drift.
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
