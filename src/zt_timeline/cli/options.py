"""Options shared by every command, declared once."""

from __future__ import annotations

import functools
import inspect
import os
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from ..model.enums import OutputFormat
from .completion import complete_actor, complete_tag

if TYPE_CHECKING:
    from ..model.dates import Window

# Repeatable: later files are layered on the first (layering.py). No envvar here: ZT_DATA is
# read by the core (loading.resolve_data_paths), so that a global `zt --data FILE COMMAND`
# still wins over the environment, and a list of paths is not split at spaces by click.
DataOption = Annotated[
    list[str] | None,
    typer.Option("--data", metavar="PATH", show_default=False,
                 help=f"Timeline file to read; repeat to add files on top of it (later files add records and "
                      f"may cite those of earlier ones). Also zt --data, and ZT_DATA, paths separated by "
                      f"'{os.pathsep}'. +FILE: the bundled data, then FILE on top of it. Default: the bundled "
                      f"zero tolerance data."),
]
FormatOption = Annotated[
    OutputFormat | None,
    typer.Option("--format", "-f", case_sensitive=False, show_default=False,
                 help="table (default on a terminal), tsv (default when piped), csv, json or md."),
]
SinceOption = Annotated[
    str | None,
    typer.Option("--since", "--from", metavar="DATE", help="From DATE on (2018, 2018-04, 'Apr 6 2018', ...)."),
]
UntilOption = Annotated[
    str | None,
    typer.Option("--until", "--to", metavar="DATE", help="Up to the end of DATE (--until 2018 includes Dec 2018)."),
]
OnOption = Annotated[
    str | None,
    typer.Option("--on", metavar="DATE", help="Within DATE: a whole year, month or day."),
]
SearchOption = Annotated[
    str | None,
    typer.Option("--search", "-s", metavar="TEXT", help="Only records whose text contains TEXT (any case)."),
]
AsOfOption = Annotated[
    str | None,
    typer.Option("--as-of", metavar="DATE", help="Roles held on DATE (a day, month or year), each marked held, "
                                                 "partly, uncertain or not held."),
]
ActorOption = Annotated[
    list[str] | None,
    typer.Option("--actor", "-a", metavar="NAME", autocompletion=complete_actor,
                 help="Only events involving NAME (id, name or alias; repeat for any of several)."),
]
SpeakerOption = Annotated[
    list[str] | None,
    typer.Option("--speaker", "-p", metavar="NAME", autocompletion=complete_actor,
                 help="Only words of NAME (id, name, alias or a unique prefix; repeatable)."),
]
TagOption = Annotated[
    list[str] | None,
    typer.Option("--tag", "-t", metavar="TAG", autocompletion=complete_tag,
                 help="Only events with TAG (repeat for any of several)."),
]
LimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most N events.")]
ListLimitOption = Annotated[int | None, typer.Option("--limit", "-n", min=0, help="At most N of them, the first "
                                                                                  "in the listing's order.")]
ReverseOption = Annotated[bool, typer.Option("--reverse", "-r", help="Newest first.")]
SvgOption = Annotated[
    str | None,
    typer.Option("--svg", metavar="FILE", help="Also save what a terminal would show as an SVG picture in FILE "
                                               "(drawn at the terminal's width, or COLUMNS, else 100)."),
]

RawOption = Annotated[
    bool,
    typer.Option("--raw", help="CSV cells exactly as in the data, even one a spreadsheet would run as a formula "
                               "(by default a cell that begins with =, +, -, @, a tab or a carriage return gets a "
                               "leading ')."),
]

class EventFilters(NamedTuple):
    """The filters that choose events, the same in `zt timeline` and `zt export`."""

    since: str | None = None
    until: str | None = None
    on: str | None = None
    actor: list[str] | None = None
    tag: list[str] | None = None
    search: str | None = None
    limit: int | None = None
    reverse: bool = False

    def given(self) -> bool:
        """Whether any filter was given."""
        return any((self.since, self.until, self.on, self.actor, self.tag, self.search, self.reverse)) \
            or self.limit is not None

    def window(self) -> Window | None:
        """The dates --since, --until and --on give, as one window."""
        from .common import window  # common reads the settings of the run, this module none

        return window(self.since, self.until, self.on)


NO_FILTERS = EventFilters()

# The filters' options, in the order --help lists them.
_FILTER_OPTIONS = (("since", SinceOption), ("until", UntilOption), ("on", OnOption), ("actor", ActorOption),
                   ("tag", TagOption), ("search", SearchOption), ("limit", LimitOption), ("reverse", ReverseOption))


def with_event_filters(command: Callable[..., None]) -> Callable[..., None]:
    """Declare the event filters once: the command's `filters: EventFilters` parameter becomes
    the filters' options where it stands (through the signature typer reads, Python's
    documented __signature__), and the command gets their values as one EventFilters."""
    signature = inspect.signature(command)
    parameters: list[inspect.Parameter] = []
    for parameter in signature.parameters.values():
        if parameter.name == "filters":
            parameters += [inspect.Parameter(name, parameter.kind, default=EventFilters._field_defaults[name],
                                             annotation=option) for name, option in _FILTER_OPTIONS]
        else:
            parameters.append(parameter)

    @functools.wraps(command)
    def run(**values: Any) -> None:
        command(filters=EventFilters(*(values.pop(name) for name, _ in _FILTER_OPTIONS)), **values)

    run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    run.__annotations__ = {parameter.name: parameter.annotation for parameter in parameters
                           if parameter.annotation is not inspect.Parameter.empty}
    return run
