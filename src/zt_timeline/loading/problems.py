"""Problems found in a data file: where (file, line, record, field), what, and how bad; and the
report that collects them for one file."""

from __future__ import annotations

import enum
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

_SHOWN_CHARS = 40


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


class ProblemCode(enum.StrEnum):
    """What kind of problem it is, for code that sorts or places problems (the message is for people)."""

    MISSING = "missing"  # a required field or table is not there
    EMPTY = "empty"  # there, but with nothing in it
    UNKNOWN_FIELD = "unknown-field"  # a field or column zt does not read
    BAD_TYPE = "bad-type"  # a value of the wrong kind (a string where a table belongs)
    BAD_VALUE = "bad-value"  # the right kind, a wrong value (a date that is none, an end before its start)
    UNKNOWN_REFERENCE = "unknown-reference"  # an id no record has
    DUPLICATE_ID = "duplicate-id"
    DUPLICATE_FILE = "duplicate-file"  # one file given twice in a stack
    DEPRECATED = "deprecated"  # an old form, still read
    UNREADABLE = "unreadable"  # the file cannot be read as what it should be (UTF-8, TOML, JSON)


def shorten(value: object) -> str:
    """A value as it would be written in the file, cut to a readable length.

    Bounded whatever the value: a 5 MB string is cut before it is quoted, and a deeply nested
    list is summarised level by level instead of being written out in full.
    """
    if isinstance(value, str) and len(value) > _SHOWN_CHARS:
        value = value[:_SHOWN_CHARS]
    try:
        text = _summary(value) if isinstance(value, list | dict) else repr(value)
    except ValueError:  # an integer too long to write out (Python's 4300-digit limit)
        text = "<a number too long to show>"
    if len(text) > _SHOWN_CHARS:
        text = text[: _SHOWN_CHARS - 1] + "…"
    return text


def _summary(value: list | dict) -> str:
    import reprlib  # only on the error path

    limits = reprlib.Repr()
    limits.maxlevel, limits.maxlist, limits.maxdict, limits.maxstring, limits.maxother = 3, 4, 4, 20, 20
    return limits.repr(value)


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    record: str | None
    field: str | None
    message: str
    code: ProblemCode
    severity: Severity = Severity.ERROR
    line: int | None = None  # of the record's [[table]] header, when the file has one

    def __str__(self) -> str:
        parts = [f"{self.path}:{self.line}" if self.line else self.path]
        if self.record:
            parts.append(self.record)
        if self.field:
            parts.append(f"field {shorten(self.field)}")
        prefix = ": ".join(parts)
        label = "warning: " if self.severity is Severity.WARNING else ""
        return f"{prefix}: {label}{self.message}"


class FirstProblem(Exception):
    """A file has a problem or a warning: raised by a Report that stops at the first."""


class Report:
    """Collects problems and warnings for one file, each tagged with the current record's line;
    with `stop_at_first`, raises FirstProblem at the first instead (load.validated)."""

    def __init__(self, path: str, stop_at_first: bool = False) -> None:
        self.path = path
        self.stop_at_first = stop_at_first
        self.line: int | None = None
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def error(self, where: str | None, field: str | None, code: ProblemCode, message: str) -> None:
        if self.stop_at_first:
            raise FirstProblem
        self.problems.append(Problem(self.path, where, field, message, code, line=self.line))

    def warn(self, where: str | None, field: str | None, code: ProblemCode, message: str) -> None:
        if self.stop_at_first:
            raise FirstProblem
        self.warnings.append(Problem(self.path, where, field, message, code, Severity.WARNING, self.line))

    def unknown_key(self, where: str | None, key: str, value: Any, known: Iterable[str], what: str) -> None:
        """A key zt does not read: a warning, with the likely intended name, so a typo is seen."""
        hint = _likely_name(key, tuple(sorted(known)))
        self.warn(where, key, ProblemCode.UNKNOWN_FIELD, f"unknown {what}, ignored (value {shorten(value)}): {hint}")


@functools.lru_cache(maxsize=256)  # a typo is usually repeated record after record
def _likely_name(key: str, names: tuple[str, ...]) -> str:
    from ..model.text import suggest  # only when a file has an unknown key

    close = suggest(key, names, limit=1, cutoff=0.6)
    return f"did you mean '{close[0]}'?" if close else f"expected one of: {', '.join(names)}"
