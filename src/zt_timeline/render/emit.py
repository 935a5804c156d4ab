"""Writing an Output in the format asked for: a Rich table on a terminal, plain text elsewhere.

Rich is imported only when a table is actually drawn.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TextIO

from ..model.enums import OutputFormat  # in enums.py for the CLI
from .output import Output


def choose_format(requested: OutputFormat | None, stream: TextIO | None = None) -> OutputFormat:
    """The gh rule: a table on a terminal, tab-separated values anywhere else."""
    if requested is not None:
        return requested
    stream = stream or sys.stdout
    isatty = getattr(stream, "isatty", None)
    return OutputFormat.TABLE if isatty and isatty() else OutputFormat.TSV


# The list collecting every Output printed inside a `recording()` block: --svg saves them.
_RECORDER: ContextVar[list[Output] | None] = ContextVar("zt_recorder", default=None)


@contextmanager
def recording() -> Iterator[list[Output]]:
    """Collects every Output emitted inside the block, whatever format it is printed in."""
    printed: list[Output] = []
    token = _RECORDER.set(printed)
    try:
        yield printed
    finally:
        _RECORDER.reset(token)


def emit(output: Output, fmt: OutputFormat, stream: TextIO | None = None, *, color: bool = True,
         terminal: bool = False, header: bool = True, raw: bool = False) -> None:
    """Write an Output in a format; `terminal` draws a table for a terminal even into a buffer
    (for the pager), at the terminal's width; `header` False leaves out TSV's and CSV's header row;
    `raw` keeps CSV cells exact (no ' before a formula-like cell)."""
    recorder = _RECORDER.get()
    if recorder is not None:
        recorder.append(output)
    stream = stream or sys.stdout
    if fmt is OutputFormat.TABLE:
        from .rich_table import write_tables

        write_tables(output, stream, color=color, terminal=terminal)
        return
    from . import text_formats

    text_formats.WRITERS[fmt](output, stream, header=header, raw=raw)
