"""Saving what a terminal would show as an SVG picture (--svg FILE), whatever stdout is.

Rich draws the picture; two changes make every SVG renderer show it alike (librsvg, which
rsvg-convert, GNOME's viewers, ImageMagick and MediaWiki use, as well as the browsers):
- the root element says xml:space="preserve": without it librsvg collapses runs of spaces,
  and chart bars and labels slide to the left;
- block characters (█, the eighths ▁-▇ and ▏-▉, ━) become rectangles on the character grid:
  drawn as glyphs, they leave thin seams between cells in Chromium and other renderers;
- each run of words is a text element at its own cell: librsvg ignores textLength, so with a
  font narrower than Rich's grid a long line of text drifts left of its cells.
Data text stays text, escaped by Rich; the rectangles replace only zt's own chart marks.

Two more make it a picture for a page or a slide:
- nothing is loaded from the network: Rich's @font-face rules (Fira Code from a CDN) and its
  credit comment are left out, and the text is drawn in the viewer's own monospace font;
- a picture is at most about MAX_LINES lines (some 3,700 px): where the whole would be
  taller, each long table shows only its first rows (40, 20, 10 or 5, the most that fit), its
  title saying how many of how many. `zt stats` drawn whole was 16,000 px tall; the listing
  itself, without --svg, has every row.
"""

from __future__ import annotations

import html
import io
import re
import shutil
from typing import Any

from .output import Output, Table

FALLBACK_WIDTH = 100  # when neither COLUMNS nor a terminal says how wide
MAX_LINES = 150  # about how many lines of text a picture may be
SHORTER = (40, 20, 10, 5)  # the rows a long table is cut to, in turn, until the picture fits


# The share of a cell each block character fills: (left, top, width, height) in cell units.
_BLOCKS: dict[str, tuple[float, float, float, float]] = {"█": (0, 0, 1, 1), "━": (0, 0.42, 1, 0.16)}
_BLOCKS.update({chr(0x2581 + index): (0, 1 - (index + 1) / 8, 1, (index + 1) / 8) for index in range(7)})  # ▁-▇
_BLOCKS.update({chr(0x258F - index): (0, 0, (index + 1) / 8, 1) for index in range(7)})  # ▏-▉
_TEXT = re.compile(r'<text class="(?P<cls>[^"]+)" x="(?P<x>[\d.]+)" y="(?P<y>[\d.]+)" textLength="(?P<length>[\d.]+)" '
                   r'clip-path="url\(#(?P<clip>[^)]+-line-(?P<line>\d+))\)">(?P<body>[^<]*)</text>')
_LINE_CLIP = re.compile(r'<clipPath id="(?P<id>[^"]+-line-\d+)">\s*<rect x="[\d.]+" y="(?P<y>[\d.]+)" '
                        r'width="[\d.]+" height="[\d.]+"/>')
_OVERLAP = 0.5  # px each rectangle reaches into its neighbours: no hairline between them


def _rectangles(svg: str) -> str:
    """Block characters drawn as rectangles filling their cells (see the module's docstring)."""
    tops = {found["id"]: float(found["y"]) for found in _LINE_CLIP.finditer(svg)}
    first_top = min(tops.values(), default=0.0)
    pitch = min((b - a for a, b in zip(sorted(tops.values()), sorted(tops.values())[1:], strict=False)),
                default=0.0)

    def solid(match: re.Match) -> str:
        text = html.unescape(match["body"])
        if not pitch or not text.strip(" \u00a0\n"):
            return match.group()
        width = float(match["length"]) / len(text)
        top = tops.get(match["clip"], first_top + int(match["line"]) * pitch)
        rects = []
        for index, char in enumerate(text):
            if char in _BLOCKS:
                left, down, wide, high = _BLOCKS[char]
                x = float(match["x"]) + (index + left) * width
                y = top + down * pitch
                rects.append(f'<rect class="{match["cls"]}" shape-rendering="crispEdges" x="{x - _OVERLAP:.2f}" '
                             f'y="{y - _OVERLAP:.2f}" width="{wide * width + 2 * _OVERLAP:.2f}" '
                             f'height="{high * pitch + 2 * _OVERLAP:.2f}"/>')
        return "".join(rects) + _words(match, text, width)

    return _TEXT.sub(solid, svg)


_WORD = re.compile(r"[^\s\u00a0]+(?:[ \u00a0][^\s\u00a0]+)*")


def _words(match: re.Match, text: str, width: float) -> str:
    """The text of one <text> as one element per run of words, each at its own cell: a renderer
    whose font is narrower than the grid (librsvg ignores textLength) cannot let the words
    drift away from the cells Rich gave them. Block characters are left out: they are rectangles."""
    words = []
    kept = "".join(" " if char in _BLOCKS else char for char in text)
    for found in _WORD.finditer(kept):
        x = float(match["x"]) + found.start() * width
        body = html.escape(found.group(), quote=False).replace(" ", "&#160;").replace("\u00a0", "&#160;")
        words.append(f'<text class="{match["cls"]}" x="{x:.2f}" y="{match["y"]}" '
                     f'textLength="{len(found.group()) * width:.2f}" clip-path="url(#{match["clip"]})">{body}</text>')
    return "".join(words)


_FONT_FACE = re.compile(r"[ \t]*@font-face\s*\{[^}]*\}\s*")
_CREDIT = re.compile(r"[ \t]*<!--[^>]*?https?://[^>]*?-->\n?")


def _offline(svg: str) -> str:
    """Without the @font-face rules that fetch a web font, and the comment with an address."""
    return _CREDIT.sub("", _FONT_FACE.sub("", svg)).replace("font-family: Fira Code, monospace",
                                                            "font-family: monospace")


def _portable(svg: str) -> str:
    """Rich's SVG as every renderer shows it alike, with nothing to fetch: spaces kept, block
    characters solid."""
    return _rectangles(_offline(svg).replace("<svg ", '<svg xml:space="preserve" ', 1))


def _first_rows(output: Output, rows: int | None) -> Output:
    """The output with each table cut to its first `rows` rows (None: all), its title saying so;
    a picture between the tables (a chart) is kept whole."""
    tables = []
    for table in output.human:
        if isinstance(table, Table) and rows is not None and len(table.rows) > rows:
            shown = f"the first {rows} of {len(table.rows)} rows"
            table = table._replace(rows=table.rows[:rows],
                                   title=f"{table.title}: {shown}" if table.title else shown.capitalize())
        tables.append(table)
    return output._replace(human=tuple(tables))


def picture_width() -> int:
    """The terminal's width, or COLUMNS, else 100: the width the picture is drawn at."""
    return shutil.get_terminal_size((FALLBACK_WIDTH, 24)).columns


def _recording_console(width: int) -> Any:
    from rich.console import Console

    # A terminal in colour whatever stdout is: the picture is for people, not for a pipe.
    return Console(file=io.StringIO(), record=True, width=width, force_terminal=True, color_system="truecolor",
                   highlight=False, emoji=False, markup=False, soft_wrap=False)


def outputs_svg(outputs: list[Output], title: str, width: int | None = None) -> str:
    """Outputs as `--format table` prints them (tables, then pictures), as SVG."""
    from .rich_table import print_output

    for rows in (None, *SHORTER):
        console = _recording_console(width or picture_width())
        for index, output in enumerate(outputs):
            if index:
                console.print()
            print_output(console, _first_rows(output, rows))
        if len(console.export_text(clear=False).splitlines()) <= MAX_LINES:
            break
    return _portable(console.export_svg(title=title))


def renderable_svg(renderable: Any, title: str, width: int | None = None) -> str:
    """Anything Rich can print (a chart Picture), as SVG."""
    console = _recording_console(width or picture_width())
    console.print(renderable)
    return _portable(console.export_svg(title=title))
