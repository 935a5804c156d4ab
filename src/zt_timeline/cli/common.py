"""Steps every command shares: load the data, read date options, print the result."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from .app import report_problems, say, settings

# The core and the renderers are imported where they are used, so `zt --help`, `--version`
# and shell completion, which import this module, do not pay for them.
if TYPE_CHECKING:
    from ..dates import Window
    from ..model import Timeline
    from ..render import Output, OutputFormat


def load(data: list[str] | str | None) -> Timeline:
    """The timeline of the data files the command line names (see loading.resolve_data_paths)."""
    from ..loading import load_timeline

    timeline = load_timeline(data, use_cache=settings().cache)
    report_problems(timeline.warnings, "warning")
    return timeline


def window(since: str | None, until: str | None, on: str | None = None) -> Window | None:
    from ..dates import make_window, parse_user_date

    return make_window(
        parse_user_date(since) if since else None,
        parse_user_date(until) if until else None,
        parse_user_date(on) if on else None,
    )


def show(output: Output, fmt: OutputFormat | None) -> None:
    from ..render import choose_format, emit

    chosen = choose_format(fmt)
    if output.is_empty and output.empty:
        say(output.empty)
    emit(output, chosen, sys.stdout, color=settings().color)
