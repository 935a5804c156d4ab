"""Reading option values without pydantic.

typer 0.29 converts parameter values through pydantic TypeAdapters, built the first time a
parameter is read: every string option, and every flag left unset (--help included). That
imports pydantic and builds the adapters, about 100 ms on every run and on every Tab of shell
completion: more than the rest of zt costs. zt's parameters are strings, flags, whole numbers,
enums and repeated strings, none of which needs pydantic, so each gets a small converter here
with typer's outcomes; any other type is left to typer.

This leans on one typer internal (a parameter's `_runtime_param` slot, filled on first use).
If a typer release renames it, nothing breaks: typer converts as before, only slower, and
tests/test_startup.py fails so the regression is seen.
"""

from __future__ import annotations

import enum
from typing import Any

import typer

# What typer (through pydantic) accepts for a flag given as text, e.g. from an environment variable.
_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"", "0", "off", "f", "false", "n", "no"})


def _is_enum(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, enum.Enum)


class _Converter:
    """Converts one parameter's raw value(s) the way typer would, with the same outcomes."""

    # A plain class, not a dataclass: this module is imported on every run, and making a
    # dataclass costs about a millisecond.
    __slots__ = ("annotation", "case_sensitive", "maximum", "minimum")

    def __init__(self, annotation: Any, minimum: float | None = None, maximum: float | None = None,
                 case_sensitive: bool = True) -> None:
        self.annotation, self.minimum, self.maximum = annotation, minimum, maximum
        self.case_sensitive = case_sensitive

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        multiple = param.multiple or param.nargs == -1
        if value is None:
            return () if multiple else None
        if multiple:
            if isinstance(value, str):
                raise typer.BadParameter("Value must be an iterable.", ctx=ctx, param=param)
            return [self._one(item, param, ctx) for item in value]
        return self._one(value, param, ctx)

    def _one(self, value: Any, param: Any, ctx: Any) -> Any:
        if self.annotation is str:
            return value if isinstance(value, str) else str(value)
        if self.annotation is int:
            return self._whole_number(value, param, ctx)
        if self.annotation is bool:
            return self._yes_or_no(value, param, ctx)
        return self._choice(value, param, ctx)

    def _yes_or_no(self, value: Any, param: Any, ctx: Any) -> bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().casefold()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise typer.BadParameter(f"{value!r} is not a valid boolean.", ctx=ctx, param=param)

    def _whole_number(self, value: Any, param: Any, ctx: Any) -> int:
        try:
            number = value if isinstance(value, int) and not isinstance(value, bool) else int(str(value).strip())
        except ValueError:
            raise typer.BadParameter(f"{value!r} is not a whole number.", ctx=ctx, param=param) from None
        if self.minimum is not None and number < self.minimum:
            raise typer.BadParameter(f"{number} is less than the minimum {self.minimum}.", ctx=ctx, param=param)
        if self.maximum is not None and number > self.maximum:
            raise typer.BadParameter(f"{number} is more than the maximum {self.maximum}.", ctx=ctx, param=param)
        return number

    def _choice(self, value: Any, param: Any, ctx: Any) -> enum.Enum:
        if isinstance(value, self.annotation):
            return value
        members = list(self.annotation)
        normalize = ctx.token_normalize_func if ctx is not None and ctx.token_normalize_func else None

        def folded(text: str) -> str:
            text = normalize(text) if normalize else text
            return text if self.case_sensitive else text.casefold()

        wanted = folded(str(value))
        for member in members:
            if folded(str(member.value)) == wanted:
                return member
        allowed = ", ".join(repr(str(member.value)) for member in members)
        raise typer.BadParameter(f"{value!r} is not one of {allowed}.", ctx=ctx, param=param)


def _converter(param: Any) -> _Converter | None:
    """A converter for the parameter's type, or None to leave the parameter to typer."""
    descriptor = getattr(param, "type_descriptor", None)
    info = getattr(descriptor, "parameter_info", None)
    if info is None or getattr(descriptor, "file_annotation", None) is not None:
        return None
    if getattr(info, "parser", None) is not None or getattr(info, "clamp", False):
        return None
    annotation = descriptor.annotation
    if getattr(annotation, "__origin__", None) is list and getattr(annotation, "__args__", ()) == (str,):
        annotation = str
    if annotation in (str, bool) and not getattr(descriptor, "is_path", False):
        return _Converter(annotation)
    if annotation is int:
        return _Converter(int, minimum=info.min, maximum=info.max)
    if _is_enum(annotation):
        return _Converter(annotation, case_sensitive=info.case_sensitive)
    return None


def install(command: Any, parent: typer.Context | None = None) -> None:
    """Give every str, bool, int, enum and list-of-str parameter of the command a converter (the
    root's subcommands get theirs as they are built: lazy.py)."""
    # A context like the one the command will run in, so the help option (made on first
    # request, with the context's option names) exists now and is covered too.
    ctx = typer.Context(command, parent=parent, **(getattr(command, "context_settings", None) or {}))
    for param in command.get_params(ctx):
        if getattr(param, "_runtime_param", False) is None:
            converter = _converter(param)
            if converter is not None:
                param._runtime_param = converter
