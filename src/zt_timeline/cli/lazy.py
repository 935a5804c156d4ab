"""zt's commands, each built only when it is asked for: click's lazy group, on Typer.

Typer turns every command function into a click command, with all its parameters, before it
reads the command line, and zt imports every command module to register them; a run needs
one command. Here the root group's `commands` is a mapping that knows every name (so `--help`
lists them all, in this order, and a typo still gets "Did you mean") but imports a command's
module and builds its click command the first time the name is looked up.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterator, MutableMapping
from typing import Any

import typer
from typer.core import TyperCommand
from typer.main import get_command_from_info, get_command_name

# Each command and the module (in zt_timeline.cli) that defines it, in the order `zt --help`
# lists them: the lookups first. tests/test_startup.py checks this against the modules.
COMMAND_MODULES = {
    "timeline": "lookup", "quote": "lookup", "actors": "lookup", "actor": "lookup", "stats": "lookup",
    "show": "records", "sources": "records", "validate": "files", "init": "files", "help": "files",
    "search": "facts", "conflicts": "facts", "cite": "facts", "check": "check", "export": "exports",
    "chart": "exports", "diff": "sharing", "import": "sharing",
}


class LazyCommands(MutableMapping[str, Any]):
    """The root group's commands by name; a command is built on first look-up, then kept."""

    def __init__(self, registry: typer.Typer, built: Callable[[Any], None]) -> None:
        self._registry = registry  # where the command modules register their functions
        self._built: dict[str, Any] = {}
        self._on_built = built  # called with each command once it is built

    def __getitem__(self, name: str) -> Any:
        if name not in self._built:
            if name not in COMMAND_MODULES:
                raise KeyError(name)
            command = get_command_from_info(self._info(name),
                                            pretty_exceptions_short=self._registry.pretty_exceptions_short,
                                            rich_markup_mode=self._registry.rich_markup_mode)
            self._built[name] = command
            self._on_built(command)
        return self._built[name]

    def __setitem__(self, name: str, command: Any) -> None:
        self._built[name] = command

    def __delitem__(self, name: str) -> None:
        del self._built[name]

    def __iter__(self) -> Iterator[str]:
        yield from COMMAND_MODULES
        yield from (name for name in self._built if name not in COMMAND_MODULES)

    def __len__(self) -> int:
        return len(COMMAND_MODULES) + sum(name not in COMMAND_MODULES for name in self._built)

    def summary(self, name: str) -> Any:
        """The command as `zt --help` lists it: the command if it is built, else a stand-in with
        its help text and none of its options, so that listing every command builds none."""
        if name in self._built:
            return self._built[name]
        info = self._info(name)
        text = inspect.cleandoc(info.help) if info.help is not None else inspect.getdoc(info.callback)
        return TyperCommand(name=name, help=text, short_help=info.short_help, hidden=info.hidden,
                            deprecated=info.deprecated)

    def _info(self, name: str) -> Any:
        """The command's registration, its module imported (which registers it) first."""
        importlib.import_module(f"{__package__}.{COMMAND_MODULES[name]}")
        return next(info for info in self._registry.registered_commands
                    if (info.name or get_command_name(info.callback.__name__)) == name)

    def built(self) -> tuple[Any, ...]:
        """The commands built so far, without building the others."""
        return tuple(self._built.values())
