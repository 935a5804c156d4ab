"""Saving what a terminal would show as an SVG picture (--svg FILE), whatever stdout is."""

from __future__ import annotations

import io
import shutil
from typing import Any

from . import Output

FALLBACK_WIDTH = 100  # when neither COLUMNS nor a terminal says how wide


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

    console = _recording_console(width or picture_width())
    for index, output in enumerate(outputs):
        if index:
            console.print()
        print_output(console, output)
    return console.export_svg(title=title)


def renderable_svg(renderable: Any, title: str, width: int | None = None) -> str:
    """Anything Rich can print (a chart Picture), as SVG."""
    console = _recording_console(width or picture_width())
    console.print(renderable)
    return console.export_svg(title=title)
