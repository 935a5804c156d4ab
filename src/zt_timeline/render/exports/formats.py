"""`zt export FORMAT`: the events in a format another tool reads, as one text.

Each format's writer lives in its own module, imported only when that format is asked for.
CSV and JSON carry every field of every event through the shared writers and the JSON
contract (serialize.record_to_dict), so they cannot drift from `zt timeline --format json`.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ...errors import OutputError
from ...model.dates import Window
from ...model.enums import ExportFormat
from ...model.records import Event
from ...model.timeline import Timeline
from ...queries.serialize import record_to_dict
from ..output import Column, Output, Table
from ..safe import json_document

# The fields no listing shows (who did it, what happened; nested tables as JSON in a cell),
# after the columns every event listing shares.
NESTED_FIELDS = ("by", "action", "variants", "pinpoints", "disputes")


def csv_cell(value: Any) -> str:
    """One field in one cell: lists of ids joined with ', ', nested tables (variants) as JSON,
    true and false as TOML and JSON write them."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return ", ".join(value)
    if isinstance(value, list | dict):
        import json

        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def records_output(events: tuple[Event, ...]) -> Output:
    """Every field of every event: the machine table for CSV, the record dicts for JSON."""
    from ..views import EVENT_COLUMNS, event_cells

    records = [record_to_dict(event) for event in events]
    machine = Table(tuple(Column(name) for name in (*EVENT_COLUMNS, *NESTED_FIELDS)),
                    tuple((*event_cells(event), *(csv_cell(record[name]) for name in NESTED_FIELDS))
                          for event, record in zip(events, records, strict=True)))
    return Output((), machine, records)


def export_text(fmt: ExportFormat, timeline: Timeline, events: tuple[Event, ...], header: bool = True,
                raw: bool = False, window: Window | None = None) -> str:
    """The events in one format; `window` is the filter's span of days (TimelineJS clips its
    eras to it), `header` False leaves out CSV's header row, `raw` keeps CSV cells exact."""
    if fmt is ExportFormat.TIMELINEJS:
        from .timelinejs import timelinejs_document

        return json_document(timelinejs_document(timeline, events, window))
    if fmt is ExportFormat.ICS:
        from .ics import ics_text

        return ics_text(timeline, events)
    if fmt is ExportFormat.MARKDOWN:
        from .markdown import markdown_text

        return markdown_text(timeline, events, window)
    from ..text_formats import write_csv, write_json

    stream = io.StringIO()
    if fmt is ExportFormat.CSV:
        write_csv(records_output(events), stream, header=header, raw=raw)
    else:
        write_json(records_output(events), stream)
    return stream.getvalue()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def refuse_data_file(path: str | Path, data_files: Iterable[str | Path]) -> None:
    """OutputError if `path` is one of the data files being read: zt never writes to one."""
    if any(_same_file(Path(path), Path(data_file)) for data_file in data_files):
        raise OutputError(f"will not write {path}: it is the data file being read")


def save_text(path: str | Path, text: str, *, data_files: Iterable[str | Path], overwrite: bool = True) -> None:
    """Write a file exactly as given (an .ics keeps its CRLF line ends), or say why it cannot be.

    Never over a data file being read: `-o events.toml` by a slip of the hand would otherwise
    replace a timeline with its own export, and zt never writes to a data file. Without
    `overwrite`, never over an existing file either (the file is created, or nothing happens)."""
    refuse_data_file(path, data_files)
    try:
        with Path(path).open("w" if overwrite else "x", encoding="utf-8", newline="") as stream:
            stream.write(text)
    except FileExistsError:
        raise OutputError(f"will not write {path}: it exists (--force replaces it)") from None
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
