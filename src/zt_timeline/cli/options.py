"""Options shared by every command, declared once."""

from __future__ import annotations

from typing import Annotated

import typer

from ..render import OutputFormat

DataOption = Annotated[
    str | None,
    typer.Option("--data", envvar="ZT_DATA", metavar="PATH", show_default=False,
                 help="Timeline file to read (also ZT_DATA); default: the bundled zero tolerance data."),
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
