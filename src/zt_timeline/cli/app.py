"""The Typer application, its global options, and the one place errors become exit codes."""

from __future__ import annotations

import enum
import os
import sys
import traceback
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Annotated, Any

import typer
from typer.core import TyperGroup

from .. import __version__
from ..errors import DataError, LookupFailed, UsageError, ZtError

MAX_PROBLEMS_SHOWN = 100
ISSUES_URL = "the project's issue tracker"


class ExitCode(enum.IntEnum):
    OK = 0
    FAILURE = 1  # a data problem, or nothing found by that name or id
    USAGE = 2  # unknown option, unreadable date, impossible range
    INTERNAL = 3  # a bug in zt
    INTERRUPTED = 130  # Ctrl-C


@dataclass(frozen=True, slots=True)
class Settings:
    debug: bool = False
    color: bool = True


# Set by the root callback on every run; a context variable, not the environment, so an
# in-process run (tests) cannot leak its flags into the next one.
_SETTINGS: ContextVar[Settings | None] = ContextVar("zt_settings", default=None)


def settings() -> Settings:
    return _SETTINGS.get() or Settings()


def say(message: str) -> None:
    """One line on stderr, prefixed so it is clear which program said it."""
    from ..render.safe import visible

    sys.stderr.write(f"zt: {visible(message)}\n")


def report_problems(problems: tuple, label: str = "error") -> None:
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        say(f"{label}: {problem}" if label != "error" else str(problem))
    if len(problems) > MAX_PROBLEMS_SHOWN:
        say(f"... and {len(problems) - MAX_PROBLEMS_SHOWN} more")


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


class ZtGroup(TyperGroup):
    """Turns domain errors, closed pipes, Ctrl-C and bugs into a message and an exit code."""

    def invoke(self, ctx: typer.Context) -> Any:
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()
            return result
        except (typer.Exit, typer.TyperException, typer.Abort):
            raise
        except ZtError as error:
            raise typer.Exit(_report(error)) from None
        except BrokenPipeError:
            _silence_stdout()
            raise typer.Exit(ExitCode.OK) from None
        except KeyboardInterrupt:
            raise typer.Exit(ExitCode.INTERRUPTED) from None
        except Exception as error:
            say(f"internal error: {type(error).__name__}: {error}. This is a bug in zt {__version__}: "
                f"please report it, with the command you ran ({ISSUES_URL}); --debug shows the traceback")
            if settings().debug or os.environ.get("ZT_DEBUG"):
                traceback.print_exc()
            raise typer.Exit(ExitCode.INTERNAL) from None

    def main(self, args: Any = None, prog_name: Any = None, complete_var: Any = None,
             standalone_mode: bool = True, **extra: Any) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except typer.TyperException as error:
            # Usage errors in one line, like every other error, instead of a block of text.
            ctx = getattr(error, "ctx", None)
            hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""
            say(f"error: {error.format_message()}{hint}")
            code = error.exit_code
        except typer.Abort:
            code = ExitCode.INTERRUPTED
        except BrokenPipeError:
            _silence_stdout()
            code = ExitCode.OK
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
) -> None:
    """zt: a sourced timeline of the zero tolerance policy."""
    _SETTINGS.set(Settings(debug=debug, color=not no_color and "NO_COLOR" not in os.environ))
    if ctx.invoked_subcommand is None:
        sys.stdout.write(ctx.get_help() + "\n")
