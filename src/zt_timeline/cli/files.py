"""Commands about timeline files and zt itself: validate (check a file or a stack), init (start
one), help."""

# No `from __future__ import annotations` in a module of commands: typer reads the command's
# signature when it runs, and string annotations cost it an eval each (see benchmarks/README.md).
# The core and the renderers are imported inside the commands.

import sys
from typing import Annotated, Any

import typer

from ..errors import UsageError
from .app import registry
from .common import load
from .options import DataOption


@registry.command()
def validate(
    paths: Annotated[list[str] | None, typer.Argument(metavar="PATH", show_default=False,
                                                      help="File to check, or files to check as a stack (the "
                                                           "first at the bottom); default: --data, ZT_DATA, or "
                                                           "the bundled file.")] = None,
    data: DataOption = None,
) -> None:
    """Check a timeline file, or a stack of them, and print every problem; exit 0 if it can be used, 1 if not.

    Several files are checked as `--data A --data B` reads them: B may cite A's records, and
    an id B shares with A is a problem unless B's record says `override = true`.

    \b
    Examples:
      zt validate my-timeline.toml
      zt validate data/events.toml my-additions.toml
    """
    if paths and data and list(paths) != list(data):
        raise UsageError("give the files either as PATH or as --data, not both")
    tl = load(paths or data)
    counts = ", ".join(f"{count} {kind.value if count == 1 else kind.array}" for kind, count in tl.counts().items())
    warned = f" ({len(tl.warnings)} warning{'s' if len(tl.warnings) != 1 else ''})" if tl.warnings else ""
    sys.stdout.write(f"{tl.path}: ok: {counts}{warned}\n")


@registry.command("init")
def init_timeline(
    path: Annotated[str, typer.Argument(metavar="[PATH]", help="The file to write (default: timeline.toml).")]
    = "timeline.toml",
) -> None:
    """Write a small, commented starter timeline to PATH, to fill in; never over an existing file.

    \b
    Examples:
      zt init my-story.toml && zt validate my-story.toml
    """
    from pathlib import Path

    from ..errors import OutputError
    from ..interchange.starter import STARTER
    from .app import say

    target = Path(path)
    try:
        with target.open("x", encoding="utf-8") as stream:  # "x": fail if it exists, atomically
            stream.write(STARTER)
    except FileExistsError:
        raise OutputError(f"will not write {path}: it exists (zt init never overwrites a file)") from None
    except OSError as error:
        raise OutputError(f"cannot write {path}: {error.strerror or error}") from None
    say(f"wrote {path}: a starter timeline; check it with zt validate {path}")


@registry.command("help")
def help_command(
    ctx: typer.Context,
    command: Annotated[list[str] | None, typer.Argument(metavar="[COMMAND]", help="The command to explain.",
                                                        show_default=False)] = None,
) -> None:
    """Help on zt, or on one command: the same as zt COMMAND --help.

    \b
    Examples:
      zt help
      zt help timeline
    """
    from ..errors import LookupFailed
    from ..model.text import suggest

    root_ctx: Any = ctx.parent  # help is a subcommand: it has one
    group = root_ctx.command
    target, target_ctx = group, root_ctx
    for name in command or ():
        found = target.get_command(target_ctx, name) if hasattr(target, "get_command") else None
        if found is None:
            known = list(target.list_commands(target_ctx)) if hasattr(target, "list_commands") else []
            raise LookupFailed(f"no command {name!r} (zt help lists them)", suggest(name, known))
        target_ctx = typer.Context(found, info_name=name, parent=target_ctx)
        target = found
    sys.stdout.write(target.get_help(target_ctx) + "\n")
