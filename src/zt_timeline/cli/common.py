"""Steps every command shares: load the data, read date options, print the result."""

from __future__ import annotations

import enum
import sys
from typing import TYPE_CHECKING, TypeVar

from ..errors import UsageError
from .app import report_problems, say, settings

# The core and the renderers are imported where they are used, so `zt --help`, `--version`
# and shell completion, which import this module, do not pay for them.
E = TypeVar("E", bound=enum.Enum)

if TYPE_CHECKING:
    from ..model.dates import PartialDate, Window
    from ..model.enums import OutputFormat
    from ..model.timeline import Timeline
    from ..render.output import Output


def load(data: list[str] | str | None) -> Timeline:
    """The timeline of the data files the command line names: the command's --data (repeatable),
    else zt --data, else ZT_DATA, else the bundled file (see loading.resolve_data_paths)."""
    from ..loading.load import load_timeline
    from .collector import collector_paused

    with collector_paused():
        timeline = load_timeline(data or settings().data, use_cache=settings().cache)
    report_problems(timeline.warnings, "warning")
    return timeline


def user_date(text: str) -> PartialDate:
    """A date typed on the command line, numeric ones read in the order zt --date-order gives."""
    from ..model.typed_dates import parse_user_date

    return parse_user_date(text, settings().date_order)


def window(since: str | None, until: str | None, on: str | None = None) -> Window | None:
    from ..model.dates import make_window

    return make_window(user_date(since) if since else None, user_date(until) if until else None,
                       user_date(on) if on else None)


def chosen_format(fmt: E | None, formats: type[E], command: str) -> E | None:
    """The command's own --format, else the global zt --format (if the command writes it)."""
    if fmt is not None or settings().fmt is None:
        return fmt
    try:
        return formats(settings().fmt)
    except ValueError:
        names = ", ".join(member.value for member in formats)
        raise UsageError(f"zt {command} does not write {settings().fmt}: it writes {names}") from None


def show(output: Output, fmt: OutputFormat | None, raw: bool = False) -> None:
    """Print a result in the format asked for; `raw` keeps CSV cells exact (--raw)."""
    from ..model.enums import OutputFormat
    from ..render.emit import choose_format, emit

    chosen = choose_format(chosen_format(fmt, OutputFormat, settings().command))
    if output.is_empty and output.empty:
        say(output.empty)
    if chosen is OutputFormat.TABLE and settings().pager and sys.stdout.isatty():
        from ..render.pager import page, pager_command

        command = pager_command()
        if command:
            import io

            buffer = io.StringIO()
            emit(output, chosen, buffer, color=settings().color, terminal=True)
            if not page(buffer.getvalue(), command):
                sys.stdout.write(buffer.getvalue())
            return
    emit(output, chosen, sys.stdout, color=settings().color, header=settings().header, raw=raw)
