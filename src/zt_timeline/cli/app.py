"""The Typer application, its global options, and the one place errors become exit codes."""

# No `from __future__ import annotations`: typer reads the root callback's signature on every
# run, and a string annotation costs it an eval each (as in the command modules).

import enum
import os
import sys
import traceback
from collections.abc import Sequence
from contextvars import ContextVar
from typing import Annotated, Any, NamedTuple

import typer
from typer.core import TyperGroup

from .. import __version__, environment
from ..errors import DataError, LookupFailed, UsageError, ZtError
from ..model.enums import AnyFormat, DateOrder
from . import coercion
from .lazy import COMMAND_MODULES, registry

MAX_PROBLEMS_SHOWN = 100
ISSUES_URL = "the project's issue tracker"


class ExitCode(enum.IntEnum):
    OK = 0
    FAILURE = 1  # a data problem, or nothing found by that name or id
    USAGE = 2  # unknown option, unreadable date, impossible range
    INTERNAL = 3  # a bug in zt
    INTERRUPTED = 130  # Ctrl-C


# A NamedTuple, not a frozen dataclass: this module is imported on every run, Tab and --help,
# and making a dataclass costs about 0.8 ms, a NamedTuple 0.2 ms.
class Settings(NamedTuple):
    debug: bool = False
    color: bool = True
    cache: bool = True  # read the data file's validated model from the user's cache, when it has one (cache.py)
    data: tuple[str, ...] | None = None  # `zt --data FILE COMMAND`: the files, unless the command names others
    fmt: str | None = None  # `zt --format FORMAT COMMAND`: the format, unless the command names another
    pager: bool = True  # a long table on a terminal goes through the pager (render/pager.py)
    date_order: str | None = None  # how numeric dates are written: "dmy" or "mdy" (dates.py)
    command: str = "zt"  # the command running, for messages
    header: bool = True  # TSV and CSV start with a header row


# Set by the root callback on every run; a context variable, not the environment, so an
# in-process run (tests) cannot leak its flags into the next one.
_SETTINGS: ContextVar[Settings | None] = ContextVar("zt_settings", default=None)


def settings() -> Settings:
    return _SETTINGS.get() or Settings()


def say(message: str) -> None:
    """One line on stderr, prefixed so it is clear which program said it."""
    from ..render.safe import one_line

    sys.stderr.write(f"zt: {one_line(message)}\n")


def report_problems(problems: tuple, label: str = "error") -> None:
    """Each problem on a line of its own, the first MAX_PROBLEMS_SHOWN of them; the rest counted."""
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        say(str(problem))  # a warning says so itself, after its place in the file
    hidden = len(problems) - MAX_PROBLEMS_SHOWN
    if hidden > 0:
        say(f"... and {hidden} more {label}{'s' if hidden != 1 else ''} not shown")


def _report(error: ZtError) -> ExitCode:
    if isinstance(error, DataError):
        report_problems(error.problems)
        report_problems(error.warnings, "warning")
        count = len(error.problems)
        say(f"{error.path}: {count} problem{'s' if count != 1 else ''}; the file was not used")
        return ExitCode.FAILURE
    message = str(error)
    if isinstance(error, LookupFailed) and error.suggestions:
        message += f" (did you mean: {', '.join(error.suggestions)}?)"
    say(f"error: {message}")
    return ExitCode.USAGE if isinstance(error, UsageError) else ExitCode.FAILURE


def _silence_stdout() -> None:
    """After a closed pipe, point stdout at /dev/null so the final flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def _internal(error: BaseException) -> ExitCode:
    from ..render.safe import visible

    detail = str(error).split("\n", 1)[0][:200]
    say(f"internal error: {type(error).__name__}: {detail}. This is a bug in zt {__version__}: please report "
        f"it, with the command you ran ({ISSUES_URL}); --debug shows the traceback")
    if settings().debug or environment.debug():
        # Plain text, never typer's pretty traceback: that one shows local variables.
        sys.stderr.write(visible("".join(traceback.format_exception(error))))
    return ExitCode.INTERNAL


def exit_code(error: BaseException) -> ExitCode:
    """The one place an error becomes a message on stderr and an exit code."""
    if isinstance(error, ZtError):
        return _report(error)
    if isinstance(error, BrokenPipeError):
        # The reader (head, less) has all it wants: not an error, and nothing to say.
        _silence_stdout()
        return ExitCode.OK
    if isinstance(error, KeyboardInterrupt | typer.Abort):
        return ExitCode.INTERRUPTED
    return _internal(error)


# The root's options that each command has too, where the command's own wins: written after
# the command, they are the command's.
_COMMANDS_OWN = frozenset({"data", "fmt"})


def hoist_global_options(args: list[str], root_options: Sequence[Any]) -> list[str]:
    """The arguments with the global options found after the command (`zt timeline --no-pager`)
    moved before it, where the root command reads them. `root_options`: the root command's
    click options (its `params`), declared once, by `root` below."""
    with_value = {name for option in root_options if not option.is_flag for name in option.opts}
    flags: set[str] = set()  # the options to move: flags,
    valued: set[str] = set()  # and options with a value
    for option in root_options:
        if option.expose_value and not option.is_eager and option.name not in _COMMANDS_OWN:
            (flags if option.is_flag else valued).update(option.opts)
    start = 0
    while start < len(args) and args[start].startswith("-") and args[start] != "--":
        start += 2 if args[start] in with_value else 1
    if start >= len(args):
        return args
    moved, rest = [], []
    index = start + 1
    while index < len(args):
        arg = args[index]
        if arg == "--":
            rest.extend(args[index:])
            break
        name = arg.split("=", 1)[0]
        if arg in flags or (name in valued and "=" in arg):
            moved.append(arg)
        elif arg in valued and index + 1 < len(args):
            moved.extend(args[index : index + 2])
            index += 1
        else:
            rest.append(arg)
        index += 1
    return [*args[:start], *moved, args[start], *rest]


class ZtGroup(TyperGroup):
    """Turns domain errors, closed pipes, Ctrl-C and bugs into a message and an exit code; its
    commands are built one by one, when asked for (click's lazy group: lazy.py)."""

    # The contexts are typed Any: click's Context class, which typer's methods name, is private
    # to typer's copy of click (typer.Context is a subclass of it).
    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMAND_MODULES)  # the names only: listing builds nothing

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            self.add_command(registry.build(cmd_name, ctx), cmd_name)
        return self.commands.get(cmd_name)

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except typer.TyperException as error:
            # TyperGroup suggests from the commands built so far; every name is known here.
            if args and args[0] not in COMMAND_MODULES and "Did you mean" not in error.message:
                from difflib import get_close_matches

                if matches := get_close_matches(args[0], list(COMMAND_MODULES)):
                    error.message = f"{error.message.rstrip('.')}. Did you mean {', '.join(map(repr, matches))}?"
            raise

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        # TyperGroup's listing, over each command's help text alone (lazy.py): `zt --help` need
        # not build 18 commands' options to print one line about each.
        commands = [(name, self.commands.get(name) or registry.summary(name)) for name in self.list_commands(ctx)]
        commands = [(name, command) for name, command in commands if not command.hidden]
        if commands:
            limit = formatter.width - 6 - max(len(name) for name, _ in commands)
            with formatter.section("Commands"):
                formatter.write_dl([(name, command.get_short_help_str(limit)) for name, command in commands])

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        # --help and --version print while the command line is read; typer would turn a
        # closed pipe there into exit 1.
        try:
            return super().make_context(*args, **kwargs)
        except BrokenPipeError as error:
            raise typer.Exit(exit_code(error)) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
            return result
        except (typer.Exit, typer.TyperException, typer.Abort):
            raise
        except (Exception, KeyboardInterrupt) as error:
            raise typer.Exit(exit_code(error)) from None

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, windows_expand_args: bool = True, **extra: Any) -> Any:
        try:
            coercion.install(self, root)  # before any value is read: keeps pydantic out of every run
            args = hoist_global_options(list(sys.argv[1:] if args is None else args), self.params)
            code = super().main(args, prog_name, complete_var, standalone_mode=False,
                                windows_expand_args=windows_expand_args, **extra)
            sys.stdout.flush()
        except typer.TyperException as error:
            # Usage errors in one line, like every other error, instead of a block of text.
            ctx = getattr(error, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            say(f"error: {error.format_message()}{hint}")
            code = error.exit_code
        except (Exception, KeyboardInterrupt) as error:
            code = exit_code(error)
        code = code if isinstance(code, int) else ExitCode.OK
        if standalone_mode:
            sys.exit(int(code))
        return code


app = typer.Typer(
    name="zt",
    cls=ZtGroup,
    help="Look up the U.S. zero tolerance border policy, 2017-2021: what happened when, who said what, "
    "and how many, each with its source. Works on any timeline file in the same format (--data).",
    invoke_without_command=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"zt {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show the traceback of an internal error.")] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="No colour (also: NO_COLOR set, or not a terminal).")]
    = False,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Read and check the data file afresh, not its cached "
                                                              "model (also: ZT_NO_CACHE set).")] = False,
    data: Annotated[list[str] | None, typer.Option("--data", metavar="PATH", show_default=False,
                                                   help="Timeline file every command reads (repeat to layer "
                                                        "files; also ZT_DATA); a command's own --data wins.")]
    = None,
    fmt: Annotated[AnyFormat | None, typer.Option("--format", "-f", case_sensitive=False, show_default=False,
                                                  help="Output format of the command (table, tsv, csv, json, md, "
                                                       "...); the command's own --format wins.")] = None,
    no_header: Annotated[bool, typer.Option("--no-header", help="TSV and CSV without their header row.")] = False,
    no_pager: Annotated[bool, typer.Option("--no-pager", help="Print long tables straight to the terminal, not "
                                                              "through the pager (ZT_PAGER, PAGER, less -FRX).")]
    = False,
    date_order: Annotated[DateOrder | None, typer.Option("--date-order", case_sensitive=False, show_default=False,
                                                         envvar="ZT_DATE_ORDER",
                                                         help="How you write numeric dates: dmy (06/05/2018 is "
                                                              "6 May) or mdy (June 5); without it they are "
                                                              "refused.")] = None,
) -> None:
    """zt: a sourced timeline of the zero tolerance policy."""
    _SETTINGS.set(Settings(debug=debug, color=not no_color and not environment.no_color(), cache=not no_cache,
                           data=tuple(data) if data else None, fmt=fmt.value if fmt else None, pager=not no_pager,
                           date_order=date_order.value if date_order else None,
                           command=ctx.invoked_subcommand or "zt", header=not no_header))
    if ctx.invoked_subcommand is None:
        sys.stdout.write(ctx.get_help() + "\n")


def main() -> None:
    """The entry point of `zt` (__main__.py)."""
    app(prog_name="zt")
