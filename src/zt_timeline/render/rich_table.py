"""Tables for a terminal: wrapped to its width, ids, dates and addresses never cut.

The lines are laid out here (layout.py sizes the columns) and printed as one Rich Text: the
widths are known, so Rich's own table layout, which measures every cell again, is not needed."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Mapping
from typing import Any, TextIO

from rich.cells import cell_len
from rich.console import Console
from rich.style import Style
from rich.text import Text

from .. import environment
from .layout import GAP, is_address, plan, range_lines
from .output import Linked, Output, Table, shown_columns
from .safe import visible


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


def links_shown(given: Mapping[str, str] | None = None) -> bool:
    """Whether the terminal shows OSC 8 hyperlinks, so an address need not be printed: only the
    terminals known to, and not through tmux or screen, which drop them unless configured.
    ZT_HYPERLINKS=1 or 0 decides. When unsure, no: the address is printed."""
    environ = environment.terminal(given)
    asked = environ.get(environment.HYPERLINKS)
    if asked in ("0", "1"):
        return asked == "1"
    if environ.get("TMUX") or environ.get("STY") or environ.get("TERM", "").startswith(("screen", "tmux")):
        return False
    if environ.get("TERM_PROGRAM") in ("iTerm.app", "WezTerm", "vscode", "ghostty", "Hyper", "Tabby", "rio"):
        return True
    if environ.get("TERM") in ("xterm-kitty", "xterm-ghostty", "wezterm", "foot", "alacritty") or environ.get(
            "KITTY_WINDOW_ID") or environ.get("WT_SESSION") or environ.get("KONSOLE_VERSION"):
        return True
    vte = environ.get("VTE_VERSION", "")
    return vte.isdigit() and int(vte) >= 5000


def _hanging(cell: str, width: int) -> list[str]:
    """A cell wrapped to the width, each line's continuation at that line's own indent, so a
    '  sources: a, b' line stays indented; ids and addresses are not broken at their hyphens."""
    lines = []
    for line in cell.split("\n"):
        if cell_len(line) <= width or not line.strip():
            lines.append(line)
            continue
        indent = len(line) - len(line.lstrip(" "))
        wrapped = textwrap.wrap(line.strip(), max(width, indent + 8), initial_indent=" " * indent,
                                subsequent_indent=" " * indent, break_long_words=False, break_on_hyphens=False)
        for part in wrapped:
            if cell_len(part) > width and "\u00a0" in part:
                # Too long even so ("  id: a-long-id"): the label and the id on lines of their own.
                label, _, word = part.partition("\u00a0")
                lines.extend((label, " " * indent + word))
            else:
                lines.append(part)
    # A word too long for the indented line (an id) gives up its indent rather than be split.
    return [line[min(len(line) - len(line.lstrip(" ")), cell_len(line) - width):] if cell_len(line) > width else line
            for line in lines]


def _web_address(url: str) -> bool:
    return url.startswith(("http://", "https://")) and visible(url) == url and not any(ch.isspace() for ch in url)


class _Drawing:
    """The lines of one printout, with the spans that are links, as one Rich Text."""

    def __init__(self, links: bool) -> None:
        self.text = Text()
        self.links = links

    def line(self, parts: list[tuple[str, str]], style: str = "") -> None:
        """One line from (text, link address) parts; trailing blanks dropped."""
        while parts and not parts[-1][0].strip():
            parts.pop()
        if parts:
            parts[-1] = (parts[-1][0].rstrip(), parts[-1][1])
        for text, url in parts:
            start = len(self.text)
            self.text.append(text, style or None)
            if url and self.links:
                stripped = text.rstrip()
                self.text.stylize(Style(link=url), start, start + len(stripped))
        self.text.append("\n")


def _cell_lines(cell: str, width: int, kind: str, wrap: bool, links: bool) -> list[tuple[str, str]]:
    """A cell's lines, each with the address it links to (if any). An address is never folded:
    too long, it runs past the column (the terminal wraps it), whole. A title linked to an
    address is followed by the address itself where the terminal may not show the link."""
    url = cell.url if isinstance(cell, Linked) and _web_address(cell.url) else ""
    text = visible(cell)
    if is_address(cell):
        return [(text, url)]
    if kind == "date" and cell_len(text) > width:
        lines = range_lines(text)
    else:
        lines = _hanging(text, width) if wrap else text.split("\n")
    # A no-break space held words together for the wrapping; on screen it is a space.
    shown = [(line.replace("\u00a0", " "), url) for line in lines]
    if url and not links and isinstance(cell, Linked) and cell.address:
        shown.append((url, url))
    return shown


def _pad(text: str, width: int) -> str:
    return text + " " * (width - cell_len(text))


def draw_table(drawing: _Drawing, table: Table, width: int) -> None:
    """The table at widths that fit, or each row as lines of 'field  value'."""
    table = shown_columns(table, width)
    planned = plan(table, width)
    if planned is None:
        draw_stacked(drawing, table, width)
        return
    table, widths = planned
    columns = table.columns
    last = len(columns) - 1
    gap = " " * GAP
    header = gap.join(_pad(column.header, w) if not column.numeric else column.header.rjust(w)
                      for column, w in zip(columns, widths, strict=True))
    drawing.line([(header.rstrip(), "")], "bold")
    drawing.line([("─" * (sum(widths) + GAP * last), "")])
    for row in table.rows:
        cells = [_cell_lines(cell, w, column.kind, column.wrap, drawing.links)
                 for cell, column, w in zip(row, columns, widths, strict=True)]
        for index in range(max(len(lines) for lines in cells)):
            parts: list[tuple[str, str]] = []
            for position, (lines, column, w) in enumerate(zip(cells, columns, widths, strict=True)):
                text, url = lines[index] if index < len(lines) else ("", "")
                if position:
                    parts.append((gap, ""))
                if column.numeric:
                    parts.append((text.rjust(w), url))
                else:
                    parts.append((text if position == last else _pad(text, w), url))
            drawing.line(parts)


def draw_stacked(drawing: _Drawing, table: Table, width: int) -> None:
    """Too narrow for columns: each row as lines of 'header  value', rows a blank line apart."""
    key_width = max(cell_len(column.header) for column in table.columns)
    value_width = max(width - key_width - 2, 8)
    for index, row in enumerate(table.rows):
        if index:
            drawing.line([])
        for column, cell in zip(table.columns, row, strict=True):
            for number, (text, url) in enumerate(_cell_lines(cell, value_width, "", True, drawing.links)):
                drawing.line([(_pad("" if number else column.header, key_width) + "  ", ""), (text, url)])


def print_output(console: Console, output: Output, links: bool | None = None) -> None:
    """An Output as a terminal shows it: heading, titled tables, then any pictures. `links`:
    whether the terminal shows hyperlinks (links_shown()); off a terminal, never."""
    if links is None:
        # A recording (an SVG picture) has no links to click: it shows the addresses.
        links = console.is_terminal and not console.record and links_shown()
    drawing = _Drawing(links)
    heading = output.heading or (None if output.is_empty else output.caption)
    for line in _hanging(visible(heading or ""), console.width) if heading else ():
        drawing.line([(line, "")], "bold")
    shown = [table for table in output.human if not isinstance(table, Table) or table.rows]
    for index, table in enumerate(shown):
        if index:
            drawing.line([])
        if not isinstance(table, Table):  # a picture among the tables (zt stats' months)
            drawing = _flushed(console, drawing)
            console.print(table)
            continue
        if table.title:
            for line in _hanging(visible(table.title), console.width):
                drawing.line([(line, "")], "bold")
        draw_table(drawing, table, console.width)
    _flushed(console, drawing)
    for extra in output.extras:
        console.print()
        console.print(extra)


def _flushed(console: Console, drawing: _Drawing) -> _Drawing:
    """Print what is drawn so far; a fresh drawing for what follows."""
    if drawing.text:
        drawing.text.right_crop(1)  # the last line's newline: print adds one
        # Soft wrap: Rich neither folds nor crops a line; only an address may be longer than the width.
        console.print(drawing.text, soft_wrap=True)
    return _Drawing(drawing.links)


def write_tables(output: Output, stream: TextIO, *, color: bool = True, terminal: bool = False) -> None:
    print_output(make_console(stream, color=color, terminal=terminal), output)
