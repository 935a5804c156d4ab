"""zt's commands, each built only when it is asked for: click's lazy group pattern, on Typer.

Typer turns every command function into a click command, with all its parameters, before it
reads the command line, and zt would import every command module to register them; a run needs
one command. So each command module registers its functions in `registry`, each on a Typer app
of its own, and the root group (app.py) follows click's documented lazy-loading pattern: its
`list_commands` knows every name (so `--help` lists them all, in this order, and a typo still
gets "Did you mean") and its `get_command` imports a command's module and builds its click
command with `typer.main.get_command` the first time the name is looked up.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

import typer
import typer.main
from typer.core import TyperCommand

from . import coercion

# Each command and the module (in zt_timeline.cli) that defines it, in the order `zt --help`
# lists them: the lookups first. tests/test_startup.py checks this against the modules.
COMMAND_MODULES = {
    "timeline": "lookup", "quote": "lookup", "actors": "lookup", "actor": "lookup", "stats": "lookup",
    "show": "records", "sources": "records", "validate": "files", "init": "files", "help": "files",
    "search": "facts", "conflicts": "facts", "cite": "facts", "check": "check", "export": "exports",
    "chart": "exports", "diff": "sharing", "import": "sharing",
}

Function = TypeVar("Function", bound=Callable[..., Any])


class Registered(NamedTuple):
    """One command function as registered: its own Typer app, and what `zt --help` says of it."""

    app: typer.Typer
    function: Callable[..., Any]
    help: str | None
    short_help: str | None
    hidden: bool
    deprecated: bool


class Registry:
    """Where the command modules register their functions, with the decorator Typer has."""

    def __init__(self) -> None:
        self.commands: dict[str, Registered] = {}

    def command(self, name: str | None = None, **settings: Any) -> Callable[[Function], Function]:
        """Like Typer.command: registers the function under `name` (default: its own name, with
        dashes for underscores, as Typer names it)."""

        def register(function: Function) -> Function:
            app = typer.Typer(add_completion=False, rich_markup_mode=None, pretty_exceptions_enable=False,
                              pretty_exceptions_show_locals=False)
            app.command(name, **settings)(function)
            text = settings.get("help")
            self.commands[name or function.__name__.lower().replace("_", "-")] = Registered(
                app, function, inspect.cleandoc(text) if text is not None else inspect.getdoc(function),
                settings.get("short_help"), settings.get("hidden", False), settings.get("deprecated", False))
            return function

        return register

    def registered(self, name: str) -> Registered:
        """The command's registration, its module imported (which registers it) first."""
        importlib.import_module(f"{__package__}.{COMMAND_MODULES[name]}")
        return self.commands[name]

    def build(self, name: str, parent: typer.Context) -> Any:
        """The click command of `name`, to run under `parent`, its simple parameters read without
        pydantic (coercion.py)."""
        registered = self.registered(name)
        command = typer.main.get_command(registered.app)
        coercion.install(command, registered.function, parent)
        return command

    def summary(self, name: str) -> TyperCommand:
        """A stand-in for the command as `zt --help` lists it: its help text and none of its
        options, so that listing every command builds none."""
        registered = self.registered(name)
        return TyperCommand(name=name, help=registered.help, short_help=registered.short_help,
                            hidden=registered.hidden, deprecated=registered.deprecated)


registry = Registry()
