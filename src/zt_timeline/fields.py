"""Reading the fields of one TOML table: type checks, references, unknown-field warnings."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .dates import EXPECTED, PartialDate, from_toml
from .errors import DateError
from .model import RecordType
from .problems import Problem, Severity, shorten

SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


class Report:
    """Collects problems and warnings for one file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []

    def error(self, where: str | None, field: str | None, message: str) -> None:
        self.problems.append(Problem(self.path, where, field, message))

    def warn(self, where: str | None, field: str | None, message: str) -> None:
        self.warnings.append(Problem(self.path, where, field, message, Severity.WARNING))


class Fields:
    """Reads the fields of one table, checking type and references, noting unknown fields."""

    __slots__ = ("ids", "known", "raw", "report", "where")

    def __init__(self, raw: dict, where: str, report: Report, ids: dict[RecordType, set[str]]):
        self.raw, self.where, self.report, self.ids = raw, where, report, ids
        self.known: set[str] = set()

    def _get(self, name: str, required: bool) -> Any:
        self.known.add(name)
        value = self.raw.get(name)
        if value is None and required:
            self.report.error(self.where, name, "is missing (required)")
        return value

    def _bad(self, name: str, value: Any, expected: str) -> None:
        self.report.error(self.where, name, f"{shorten(value)} is not {expected}")

    def text(self, name: str, required: bool = False) -> str | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, str):
            self._bad(name, value, "a string")
            return None
        if required and not value.strip():
            self.report.error(self.where, name, "is empty")
            return None
        return value

    def date(self, name: str, required: bool = False) -> PartialDate | None:
        value = self._get(name, required)
        if value is None:
            return None
        try:
            return from_toml(value)
        except DateError:
            self._bad(name, value, f"a real date ({EXPECTED})")
            return None

    def number(self, name: str, required: bool = False) -> int | float | None:
        value = self._get(name, required)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self._bad(name, value, "a number")
            return None
        return value

    def choice(self, name: str, enum_type: type, required: bool = False) -> Any:
        value = self._get(name, required)
        if value is None:
            return None
        try:
            return enum_type(value)
        except (ValueError, TypeError):
            allowed = ", ".join(member.value for member in enum_type)
            self._bad(name, value, f"one of: {allowed}")
            return None

    def texts(self, name: str, slug: bool = False) -> tuple[str, ...]:
        value = self._get(name, False)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self._bad(name, value, "a list of strings")
            return ()
        if slug:
            for item in value:
                if not SLUG.fullmatch(item):
                    self._bad(name, item, "a lowercase slug (letters, digits, hyphens)")
        return tuple(value)

    def refs(self, name: str, target: RecordType, required: bool = False) -> tuple[str, ...]:
        value = self._get(name, required)
        if value is None:
            return ()
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self._bad(name, value, f"a list of {target.value} ids")
            return ()
        if required and not value:
            self.report.error(self.where, name, f"is empty: cite at least one {target.value}")
        known = self.ids[target]
        for item in value:
            if item not in known:
                self.report.error(self.where, name, f"unknown {target.value} {shorten(item)}")
        return tuple(value)

    def ref(self, name: str, target: RecordType, required: bool = False) -> str | None:
        value = self.text(name, required)
        if value is not None and value not in self.ids[target]:
            self.report.error(self.where, name, f"unknown {target.value} {shorten(value)}")
        return value

    def tables(self, name: str) -> Iterator[tuple[int, dict]]:
        value = self._get(name, False)
        if value is None:
            return
        if not isinstance(value, list):
            self._bad(name, value, "a list of tables")
            return
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield index, item
            else:
                self.report.error(self.where, f"{name}[{index}]", f"{shorten(item)} is not a table")

    def nested(self, name: str, index: int, raw: dict) -> Fields:
        return Fields(raw, f"{self.where} {name}[{index}]", self.report, self.ids)

    def finish(self) -> None:
        for key in self.raw:
            if key not in self.known:
                self.report.warn(self.where, key, "unknown field (ignored): is it misspelt?")
