"""Rich tables for a terminal: wrapped to its width, ids and dates never cut."""

from __future__ import annotations

import shutil
import textwrap
from typing import Any, TextIO

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.table import Table as RichTable
from rich.text import Text

from .. import environment
from .output import Linked, Output, Table, shown_columns
from .safe import visible

# A wrapping column is never narrower than its longest word, up to this many columns: so an id
# ("sources: a-long-source-id") is never broken; a table that cannot give it the room is
# printed a field a line. Only a longer word (an address in a note) may fold.
_WORD_FLOORS = (48,)
_GAP = 3  # between two columns: a space of padding on each side of the (blank) rule


class _Console(Console):
    def on_broken_pipe(self) -> None:
        # Rich would exit 1 here; the CLI's one error handler exits 0, quietly, as for any format.
        raise BrokenPipeError


def make_console(stream: TextIO, *, color: bool = True, terminal: bool = False) -> Console:
    """A console that never reads markup or emoji in data; with `terminal`, one that draws for the
    terminal (colours, its width) whatever the stream is: a buffer bound for the pager."""
    no_color = not color or environment.no_color()
    extra: dict[str, Any] = {"force_terminal": True, "width": shutil.get_terminal_size().columns} if terminal else {}
    return _Console(file=stream, no_color=no_color, highlight=False, emoji=False, markup=False, soft_wrap=False,
                    **extra)


def _longest(cells: list[str], split_words: bool) -> int:
    parts = (part for cell in cells for line in cell.splitlines() for part in (line.split() if split_words else [line]))
    return max((cell_len(part) for part in parts), default=0)


def column_widths(table: Table, width: int) -> list[int] | None:
    """Widths that fit `width`: columns that do not wrap (ids, dates) at their full width, the
    wrapping ones sharing the rest by weight, none narrower than its longest word. None when
    that cannot fit: the rows are then printed one field a line instead of being cut."""
    columns = table.columns
    texts = [[visible(row[i]) for row in table.rows] + [column.header] for i, column in enumerate(columns)]
    natural = [_longest(cells, split_words=False) for cells in texts]
    # An address shown as a link is cut with '…', never folded (_cell): it sets no floor.
    words = [_longest([visible(row[i]) for row in table.rows if not _is_address(row[i])] + [column.header],
                      split_words=True) for i, column in enumerate(columns)]
    # A column that asks to fit is kept whole while it takes at most a quarter of the width.
    wrapping = [i for i, column in enumerate(columns) if column.wrap and not (column.fit and natural[i] <= width // 4)]
    room = width - _GAP * (len(columns) - 1) - sum(natural[i] for i in range(len(columns)) if i not in wrapping)
    widths = list(natural)
    if not wrapping:
        return widths if room >= 0 else None
    for cap in _WORD_FLOORS:
        floors = [min(word, cap, natural[i]) for i, word in enumerate(words)]
        if sum(floors[i] for i in wrapping) <= room:
            break
    else:
        return None
    # Share the room by weight; a column whose share is below its floor gets the floor, one
    # whose share is above its longest line gets that line (a wide terminal is not filled with
    # blank), and the others share what is left.
    pending = set(wrapping)
    while pending:
        weight = sum(columns[i].weight for i in pending)
        short = {i for i in pending if room * columns[i].weight / weight < floors[i]}
        roomy = {i for i in pending if room * columns[i].weight / weight >= natural[i]}
        settled = short or roomy
        if not settled:
            break
        for i in settled:
            widths[i] = floors[i] if i in short else natural[i]
            room -= widths[i]
        pending -= settled
    ordered = sorted(pending)
    weight = sum(columns[i].weight for i in ordered)
    given = 0
    for position, i in enumerate(ordered):
        share = room - given if position == len(ordered) - 1 else room * columns[i].weight // weight
        widths[i] = share
        given += share
    return widths


def _hanging(cell: str, width: int) -> str:
    """A cell wrapped to the width, each line's continuation at that line's own indent, so a
    '  sources: a, b' line stays indented; ids and addresses are not broken at their hyphens."""
    lines = []
    for line in cell.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        if cell_len(line) <= width or not line.strip():
            lines.append(line)
            continue
        lines.extend(textwrap.wrap(line.strip(), max(width, indent + 8), initial_indent=" " * indent,
                                   subsequent_indent=" " * indent, break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines)


def _is_address(cell: str) -> bool:
    return isinstance(cell, Linked) and bool(cell.url) and cell == cell.url


def _cell(cell: str, whole: bool, width: int) -> Text:
    """A cell as Rich prints it: a Text, never a string, so data such as "[bold]" prints as
    written, not as markup; a link cell is clickable when its address is a plain web address."""
    url = cell.url if isinstance(cell, Linked) else ""
    if _is_address(cell):
        # An address is never folded across lines: a copied half would lead nowhere. Too long
        # for the column, it ends in '…' and stays whole in the link and in piped output.
        text = Text(visible(cell), no_wrap=True, overflow="ellipsis")
    else:
        text = Text(visible(cell if whole else _hanging(cell, width)))
    if url.startswith(("http://", "https://")) and visible(url) == url and not any(ch.isspace() for ch in url):
        text.stylize(Style(link=url))
    return text


def rich_table(table: Table, width: int) -> RichTable:
    """The table at fixed widths that fit, or each row as a block of 'field  value' lines."""
    table = shown_columns(table, width)
    widths = column_widths(table, width)
    if widths is None:
        return stacked_table(table, width)
    out = RichTable(box=box.SIMPLE_HEAD, header_style="bold", pad_edge=False, show_edge=False)
    # A column that has room for its longest line is printed as it is; the others are wrapped here.
    kept_whole = [not column.wrap or column_width >= _longest([row[i] for row in table.rows] + [column.header],
                                                              split_words=False)
                  for i, (column, column_width) in enumerate(zip(table.columns, widths, strict=True))]
    for column, column_width, whole in zip(table.columns, widths, kept_whole, strict=True):
        out.add_column(column.header, width=column_width, no_wrap=whole, overflow="ellipsis" if whole else "fold",
                       justify="right" if column.numeric else "left")
    for row in table.rows:
        out.add_row(*(_cell(cell, whole, column_width)
                      for cell, whole, column_width in zip(row, kept_whole, widths, strict=True)))
    return out


def stacked_table(table: Table, width: int) -> RichTable:
    """Too narrow for columns: each row as lines of 'header  value', rows a blank line apart."""
    key_width = max(cell_len(column.header) for column in table.columns)
    out = RichTable.grid(padding=(0, 2))
    out.add_column(style="bold", no_wrap=True, width=key_width)
    out.add_column(overflow="fold", width=max(width - key_width - 2, 1))
    for index, row in enumerate(table.rows):
        if index:
            out.add_row("", "")
        for column, cell in zip(table.columns, row, strict=True):
            out.add_row(Text(column.header), _cell(cell, True, width))
    return out


def print_output(console: Console, output: Output) -> None:
    """An Output as a terminal shows it: heading, titled tables, then any pictures."""
    if output.heading:
        console.print(Text(visible(output.heading), style="bold"))
    shown = [table for table in output.human if table.rows]
    for index, table in enumerate(shown):
        if index:
            console.print()
        if table.title:
            # A line of its own: a Rich table title would wrap to the table's width.
            console.print(Text(visible(table.title), style="bold"))
        console.print(rich_table(table, console.width))
    for extra in output.extras:
        console.print()
        console.print(extra)


def write_tables(output: Output, stream: TextIO, *, color: bool = True, terminal: bool = False) -> None:
    print_output(make_console(stream, color=color, terminal=terminal), output)
