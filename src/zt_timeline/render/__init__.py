"""Rendering: what each command prints, in every output format.

Builders (views.py) turn core results into an Output; writers print it. Nothing here is
imported by the core, and Rich is imported only when a table is actually drawn.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..kinds import OutputFormat  # in kinds.py for the CLI; still importable here


@dataclass(frozen=True, slots=True)
class Column:
    header: str
    wrap: bool = True
    numeric: bool = False
    weight: int = 1  # share of the spare width when the table wraps


@dataclass(frozen=True, slots=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    title: str | None = None


@dataclass(frozen=True, slots=True)
class Output:
    """One command's result: tables for people, one exact table for tools, data for JSON."""

    human: tuple[Table, ...]
    machine: Table
    data: Any
    heading: str | None = None
    empty: str | None = None
    extras: tuple[Any, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        return not self.machine.rows


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
         raw: bool = False) -> None:
    recorder = _RECORDER.get()
    if recorder is not None:
        recorder.append(output)
    stream = stream or sys.stdout
    if fmt is OutputFormat.TABLE:
        from .rich_table import write_tables

        write_tables(output, stream, color=color)
        return
    from . import plain

    if fmt is OutputFormat.CSV:
        plain.write_csv(output, stream, raw=raw)
        return
    plain.WRITERS[fmt](output, stream)
