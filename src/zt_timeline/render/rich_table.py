"""Rich tables for a terminal: wrapped to its width, ids and dates never cut."""

from __future__ import annotations

import os
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table as RichTable
from rich.text import Text

from . import Output, Table
from .safe import visible

_LONGEST_UNBROKEN_WORD = 16


def make_console(stream: TextIO, *, color: bool = True) -> Console:
    no_color = not color or "NO_COLOR" in os.environ
    return Console(file=stream, no_color=no_color, highlight=False, emoji=False, markup=False, soft_wrap=False)


def rich_table(table: Table) -> RichTable:
    # Text objects, never strings: data such as "[bold]" must print as written, not as markup.
    widths = [max((len(row[i]) for row in table.rows), default=0) for i in range(len(table.columns))]
    # The longest word of a wrapping column is its floor, so ids in a list are never split.
    words = [max((len(word) for row in table.rows for word in row[i].split()), default=0)
             for i in range(len(table.columns))]
    out = RichTable(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False, show_edge=False,
                    expand=any(column.wrap for column in table.columns))
    for column, width, word in zip(table.columns, widths, words, strict=True):
        if column.wrap:
            out.add_column(column.header, overflow="fold", ratio=column.weight,
                           min_width=min(word, _LONGEST_UNBROKEN_WORD))
        else:
            out.add_column(column.header, no_wrap=True, min_width=max(width, len(column.header)),
                           justify="right" if column.numeric else "left")
    for row in table.rows:
        out.add_row(*(Text(visible(cell)) for cell in row))
    return out


def write_tables(output: Output, stream: TextIO, *, color: bool = True) -> None:
    console = make_console(stream, color=color)
    if output.heading:
        console.print(Text(visible(output.heading), style="bold"))
    shown = [table for table in output.human if table.rows]
    for index, table in enumerate(shown):
        if index:
            console.print()
        if table.title:
            # A line of its own: a Rich table title would wrap to the table's width.
            console.print(Text(visible(table.title), style="bold"))
        console.print(rich_table(table))
    for extra in output.extras:
        console.print(extra)
