"""Domain exceptions. The CLI turns each into a one-line message and an exit code."""

from __future__ import annotations


class ZtError(Exception):
    """Base class of every error zt reports to the user."""


class UsageError(ZtError):
    """The command line asks for something that cannot be done as written."""


class DateError(UsageError):
    """A date could not be read or is not a real date."""


class OutputError(ZtError):
    """A result could not be written where it was asked to go (-o, --svg)."""


class LookupFailed(ZtError):
    """No record matches the name or id that was asked for."""

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.suggestions = suggestions


class DataError(ZtError):
    """The data file cannot be used: it has one or more problems."""

    def __init__(self, path: str, problems: tuple, warnings: tuple = ()) -> None:
        count = len(problems)
        super().__init__(f"{path}: {count} problem{'s' if count != 1 else ''}")
        self.path = path
        self.problems = problems
        self.warnings = warnings
