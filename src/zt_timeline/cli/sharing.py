"""Working together: `zt diff` between two versions of a timeline, `zt import` from other tools,
and the SQLite database that `zt export sqlite` writes for Datasette."""

# No `from __future__ import annotations` in a module of commands, and the core imported
# inside the commands: see cli/lookup.py.

from typing import Annotated

import typer

from .app import app
from .common import load, show
from .options import FormatOption


@app.command()
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier version of the timeline file.")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The later version.")],
    fmt: FormatOption = None,
) -> None:
    """What changed between two versions of a timeline file, record by record and field by field.

    Each line is a record added or removed, or one field of a record that changed: a date
    says whether its precision or qualifier changed, and a source added to a record's
    sources is a line of its own. Both files must be valid timelines. Exit 0 whether or not
    they differ (1 means a file could not be used); with no differences, a note says so.

    \b
    Examples:
      zt diff old/events.toml data/events.toml
      zt diff <(git show HEAD~1:data/events.toml) data/events.toml
      zt diff before.toml after.toml --format md > corrections.md
    """
    before, after = load(old), load(new)
    from ..diff import diff_timelines
    from ..render.diff_views import diff_output

    show(diff_output(diff_timelines(before, after)), fmt)
