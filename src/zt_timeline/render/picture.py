"""Text pictures: lines of styled pieces sized to a width, and the tools to measure, cut, wrap
and pad them. Plain text, so tests read a picture exactly; Rich only prints it
(Picture.__rich_console__), and is imported only then."""

from __future__ import annotations

import textwrap
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .safe import visible

Piece = tuple[str, str]  # text, Rich style ("" for none)
Line = tuple[Piece, ...]

BLOCKS = " ▏▎▍▌▋▊▉█"  # eighths of a cell, for bars that grow to the right


@dataclass(frozen=True, slots=True)
class Picture:
    """Lines drawn for a width. Rich calls __rich_console__ with the console's width."""

    draw: Callable[[int], list[Line]]

    def text(self, width: int) -> str:
        return "".join(line_text(line) + "\n" for line in self.draw(width))

    def __rich_console__(self, console: Any, options: Any) -> Any:
        from rich.text import Text

        for line in self.draw(options.max_width):
            yield Text.assemble(*((visible(text), style) for text, style in line), no_wrap=True)


def line_text(line: Line) -> str:
    return "".join(text for text, _ in line).rstrip()


def cell_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def fit(text: str, width: int) -> str:
    """Text cut to `width` terminal cells, with an ellipsis when it was cut."""
    if cell_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        size = cell_width(ch)
        if used + size > width - 1:
            break
        out.append(ch)
        used += size
    return "".join(out) + "…" if width > 0 else ""


def pad(text: str, width: int, right: bool = False) -> str:
    text = fit(text, width)
    gap = " " * (width - cell_width(text))
    return gap + text if right else text + gap


def bar(value: float, largest: float, cells: int) -> str:
    """A horizontal bar `cells` long for the largest value, in eighths of a cell."""
    if largest <= 0 or value <= 0:
        return ""
    eighths = max(1, round(value / largest * cells * 8))
    full, part = divmod(eighths, 8)
    return "█" * full + (BLOCKS[part] if part else "")


def wrapped(text: str, width: int, style: str = "", indent: int = 0) -> list[Line]:
    """Text wrapped to the width; lines after the first indented by `indent` spaces."""
    lines = textwrap.wrap(text, max(width, indent + 10), subsequent_indent=" " * indent) or [""]
    return [((line, style),) for line in lines]


def clip(line: Line, width: int) -> Line:
    """The safety net: no line is ever wider than the terminal."""
    out, used = [], 0
    for text, style in line:
        room = width - used
        if room <= 0:
            break
        piece = fit(text, room)
        out.append((piece, style))
        used += cell_width(piece)
    return tuple(out)
