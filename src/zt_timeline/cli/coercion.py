"""Reading option values without pydantic.

typer 0.29 converts parameter values through pydantic TypeAdapters, built the first time a
parameter is read: every string option, and every flag left unset (--help included). That
imports pydantic and builds the adapters, about 100 ms on every run and on every Tab of shell
completion: more than the rest of zt costs. zt's parameters are strings, flags, whole numbers,
enums and repeated strings, none of which needs pydantic, so each gets a small converter here
with typer's outcomes; any other type is left to typer.

Only public names: the types come from the command function's own annotations (the
`Annotated[type, typer.Option(...)]` zt writes), and each converted parameter's
`process_value` (click's documented step "convert, check required, run the callback") is
replaced on that parameter object alone. A required parameter left without a value is handed
back to typer, so its "Missing argument" message is typer's own (pydantic is then imported, on
that error only). If typer stops calling `process_value`, nothing breaks: typer converts as
before, only slower, and tests/test_startup.py fails so the regression is seen.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from typing import Any

import typer
import typer.models

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

    def process_value_of(self, param: Any) -> Callable[[Any, Any], Any]:
        """click's Parameter.process_value for `param`: convert, check required, run the callback."""
        typers_own = param.process_value

        def process_value(ctx: Any, value: Any) -> Any:
            value = self.coerce(value, param, ctx)
            if param.required and param.value_is_missing(value):
                return typers_own(ctx, value)  # typer's "Missing ..." error, worded as typer words it
            if param.callback is not None:
                value = param.callback(ctx, param, value)
            return value

        return process_value

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


def _simple_type(annotation: Any) -> Any:
    """`X | None` as X, and list[str] as str (each item is converted alone)."""
    arguments = typing.get_args(annotation)
    if typing.get_origin(annotation) in (types.UnionType, typing.Union) and type(None) in arguments:
        rest = [argument for argument in arguments if argument is not type(None)]
        annotation = rest[0] if len(rest) == 1 else annotation
    if typing.get_origin(annotation) is list and typing.get_args(annotation) == (str,):
        annotation = str
    return annotation


def _converter(annotation: Any) -> _Converter | None:
    """A converter for a parameter annotated so, or None to leave the parameter to typer."""
    info = None
    if typing.get_origin(annotation) is typing.Annotated:
        annotation, *extras = typing.get_args(annotation)
        info = next((extra for extra in extras if isinstance(extra, typer.models.ParameterInfo)), None)
    if info is not None and (info.parser is not None or info.clamp or info.exists or info.resolve_path
                             or not info.file_okay or not info.dir_okay or info.allow_dash):
        return None  # a custom parser, a clamped number or a checked path: typer's own work
    annotation = _simple_type(annotation)
    if annotation in (str, bool):
        return _Converter(annotation)
    if annotation is int:
        return _Converter(int, minimum=getattr(info, "min", None), maximum=getattr(info, "max", None))
    if _is_enum(annotation):
        return _Converter(annotation, case_sensitive=getattr(info, "case_sensitive", True))
    return None


def install(command: Any, function: Callable[..., Any], parent: typer.Context | None = None) -> None:
    """Give each str, bool, int, enum and list-of-str parameter of the click command built from
    `function` a converter (the root's subcommands get theirs as they are built: lazy.py)."""
    annotations = function.__annotations__
    if any(isinstance(annotation, str) for annotation in annotations.values()):
        annotations = typing.get_type_hints(function, include_extras=True)
    # A context like the one the command will run in, so the help option (made on first
    # request, with the context's option names) exists now and is covered too.
    ctx = typer.Context(command, parent=parent, **(getattr(command, "context_settings", None) or {}))
    for param in command.get_params(ctx):
        if param.name in annotations:
            converter = _converter(annotations[param.name])
        else:  # typer's own flags: --help, --install-completion, --show-completion
            converter = _Converter(bool) if getattr(param, "is_bool_flag", False) else None
        if converter is not None:
            param.process_value = converter.process_value_of(param)
