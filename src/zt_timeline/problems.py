"""Problems found in a data file: where (file, record, field), what, and how bad."""

from __future__ import annotations

import enum
from dataclasses import dataclass

_SHOWN_CHARS = 40


class Severity(enum.StrEnum):
    ERROR = "error"
    WARNING = "warning"


def shorten(value: object) -> str:
    """A value as it would be written in the file, cut to a readable length."""
    text = repr(value)
    if len(text) > _SHOWN_CHARS:
        text = text[: _SHOWN_CHARS - 1] + "…"
    return text


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    record: str | None
    field: str | None
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        parts = [self.path]
        if self.record:
            parts.append(self.record)
        if self.field:
            parts.append(f"field '{self.field}'")
        prefix = ": ".join(parts)
        label = "warning: " if self.severity is Severity.WARNING else ""
        return f"{prefix}: {label}{self.message}"
