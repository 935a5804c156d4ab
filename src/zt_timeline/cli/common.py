"""Steps every command shares: load the data, read date options, print the result."""

from __future__ import annotations

import sys

from ..dates import Window, make_window, parse_user_date
from ..loading import load_timeline
from ..model import Timeline
from ..render import Output, OutputFormat, choose_format, emit
from .app import report_problems, say, settings


def load(data: str | None) -> Timeline:
    timeline = load_timeline(data)
    report_problems(timeline.warnings, "warning")
    return timeline


def window(since: str | None, until: str | None, on: str | None = None) -> Window | None:
    return make_window(
        parse_user_date(since) if since else None,
        parse_user_date(until) if until else None,
        parse_user_date(on) if on else None,
    )


def show(output: Output, fmt: OutputFormat | None) -> None:
    chosen = choose_format(fmt)
    if output.is_empty and output.empty:
        say(output.empty)
    emit(output, chosen, sys.stdout, color=settings().color)
