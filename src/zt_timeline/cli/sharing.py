"""Working together: `zt diff` between two versions of a timeline, `zt import` from other tools,
and the SQLite database that `zt export sqlite` writes for Datasette."""

# No `from __future__ import annotations` in a module of commands, and the core imported
# inside the commands: see cli/lookup.py.

import sys
from typing import Annotated

import typer

from ..errors import UsageError
from ..model.enums import ExportFormat, ImportFormat
from .app import registry, report_problems, say
from .common import load, show
from .options import FormatOption


def export_database(fmt: ExportFormat, output: str | None, metadata: str | None, data: list[str] | None,
                    filtered: bool) -> None:
    """`zt export sqlite -o FILE.db [--metadata FILE.json]`: the whole timeline, and what Datasette
    needs to show it (its title, description, license, sources and what each table holds)."""
    if fmt is not ExportFormat.SQLITE:
        raise UsageError("--metadata is for zt export sqlite only")
    if not output:
        raise UsageError("zt export sqlite needs -o FILE.db: a database is a file, not text for standard output")
    if filtered:
        raise UsageError("zt export sqlite writes the whole timeline: the event filters do not apply to it")
    from pathlib import Path

    tl = load(data)
    from ..render.exports.formats import save_text
    from ..render.exports.sqlite import datasette_metadata, write_database
    from ..render.safe import json_document

    target = Path(output)
    metadata_path = Path(metadata) if metadata else target.with_name(f"{target.stem}.metadata.json")
    counts = write_database(tl, target)
    save_text(metadata_path, json_document(datasette_metadata(tl, target.stem)), data_files=tl.files)
    written = ", ".join(f"{counts[kind]} {kind}" for kind in ("events", "quotes", "figures", "actors", "sources"))
    say(f"wrote {written} ({sum(counts.values())} rows in {len(counts)} tables) to {output}, and its Datasette "
        f"metadata to {metadata_path}; serve them with: datasette {output} --metadata {metadata_path}")


@registry.command()
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
    from ..queries.diff import diff_timelines
    from ..render.diff_views import diff_output

    show(diff_output(diff_timelines(before, after)), fmt)


@registry.command("import")
def import_file(
    fmt: Annotated[ImportFormat, typer.Argument(metavar="FORMAT", case_sensitive=False, show_default=False,
                                                help="timelinejs: a TimelineJS JSON file, or a CSV of its Google "
                                                     "Sheets template.")],
    file: Annotated[str, typer.Argument(metavar="FILE", help="The file to import.")],
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="OUT.toml",
                                               help="Write the timeline to OUT.toml, which must not exist "
                                                    "(see --force); default: standard output.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace OUT.toml if it exists (never FILE itself).")]
    = False,
) -> None:
    """A timeline made with another tool, as a zt timeline file that validates.

    Each TimelineJS slide becomes an event at the precision its date has; the headline and
    text become plain text (links kept), the group a tag, the title slide the [timeline]
    title and description; media, credits and times of day go in the event's note; an era
    becomes an event over its span, tagged era. Every event cites the imported file itself,
    with its row or slide as the locator. A date zt cannot write (before year 1, after 9999)
    is reported with its row or slide, and nothing is written.

    \b
    Examples:
      zt import timelinejs timeline.json -o imported.toml
      zt import timelinejs sheet.csv -o mine.toml && zt validate mine.toml
      zt export timelinejs | zt import timelinejs /dev/stdin
    """
    from pathlib import Path

    from ..interchange.timelinejs_import import import_timelinejs
    from ..loading.read import read_bytes

    if output:
        from ..render.exports.formats import refuse_data_file

        refuse_data_file(output, (file,))  # before reading: FILE may be a pipe, read only once
    imported = import_timelinejs(read_bytes(Path(file), "a TimelineJS JSON or CSV file"), file)
    report_problems(imported.warnings, "warning")
    if not output:
        sys.stdout.write(imported.text)
        return
    from ..render.exports.formats import save_text

    save_text(output, imported.text, data_files=(file,), overwrite=force)
    say(f"imported {imported.events} event{'s' if imported.events != 1 else ''} and {imported.eras} "
        f"era{'s' if imported.eras != 1 else ''} from {file} to {output}")
