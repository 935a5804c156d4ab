"""Reading the fields of one TOML table: type checks, references, unknown-field warnings.

Every problem names the field, shows the bad value (shortened) and says what was expected.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Iterator
from itertools import repeat
from typing import Any, Literal, overload

from ..errors import DateError
from ..model.accounts import Pinpoint
from ..model.dates import PartialDate, from_toml
from ..model.enums import RecordType
from ..model.schema import file_keys
from .expected import A_DATE, A_LIST_OF_IDS, AN_ID, CITATIONS, date_problem, one_of
from .problems import ProblemCode, Report, shorten

_SUGGESTED_PROBLEMS = 100
SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# TOML integers are 64-bit; a bigger one would not survive a trip through most JSON readers.
INT_RANGE = range(-(2**63), 2**63)
CITATION_FIELDS = tuple(file_keys(Pinpoint).values())  # id, excerpt, locator


def _all_in(known: set[str], items: list) -> bool:
    """Whether every item is in the set (of strings); False for an unhashable item."""
    try:
        return known.issuperset(items)
    except TypeError:
        return False


class Fields:
    """Reads the fields of one table, checking type and references, noting unknown fields."""

    __slots__ = ("ids", "known", "raw", "report", "where")

    def __init__(self, raw: dict, where: str, report: Report, ids: dict[RecordType, set[str]]):
        self.raw, self.where, self.report, self.ids = raw, where, report, ids
        self.known: set[str] = set()

    def _get(self, name: str, required: bool, expected: str) -> Any:
        self.known.add(name)
        value = self.raw.get(name)
        if value is None and required:
            self.report.error(self.where, name, ProblemCode.MISSING, f"is missing (required): expected {expected}")
        return value

    def _bad(self, name: str, value: Any, expected: str, code: ProblemCode = ProblemCode.BAD_TYPE) -> None:
        self.report.error(self.where, name, code, f"{shorten(value)} is not {expected}")

    # A required field reads as present (str, not str | None): when it is missing or bad the
    # problem is reported, the file fails, and the record built from it is never used.
    @overload
    def text(self, name: str, required: Literal[True]) -> str: ...
    @overload
    def text(self, name: str, required: bool = False) -> str | None: ...

    def text(self, name: str, required: bool = False) -> str | None:
        value = self._get(name, required, "a string")
        if value is None:
            return None
        if not isinstance(value, str):
            self._bad(name, value, "a string")
            return None
        if required and not value.strip():
            self.report.error(self.where, name, ProblemCode.EMPTY, f"{shorten(value)} is empty: expected some text")
            return None
        return value

    @overload
    def date(self, name: str, required: Literal[True]) -> PartialDate: ...
    @overload
    def date(self, name: str, required: bool = False) -> PartialDate | None: ...

    def date(self, name: str, required: bool = False) -> PartialDate | None:
        value = self._get(name, required, A_DATE)
        if value is None:
            return None
        try:
            return from_toml(value)
        except DateError:
            self.report.error(self.where, name, ProblemCode.BAD_VALUE, date_problem(value))
            return None

    @overload
    def number(self, name: str, required: Literal[True]) -> int | float: ...
    @overload
    def number(self, name: str, required: bool = False) -> int | float | None: ...

    def number(self, name: str, required: bool = False) -> int | float | None:
        value = self._get(name, required, "a number")
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self._bad(name, value, "a number")
            return None
        if isinstance(value, float) and not math.isfinite(value):
            self._bad(name, value, "a finite number", ProblemCode.BAD_VALUE)
            return None
        if isinstance(value, int) and value not in INT_RANGE:
            self._bad(name, value, "a number in TOML's 64-bit integer range", ProblemCode.BAD_VALUE)
            return None
        return value

    def flag(self, name: str) -> bool:
        value = self._get(name, False, "true or false")
        if value is None:
            return False
        if not isinstance(value, bool):
            self._bad(name, value, "true or false")
            return False
        return value

    def choice(self, name: str, enum_type: type[enum.Enum], required: bool = False) -> Any:
        value = self._get(name, required, one_of(enum_type))
        if value is None:
            return None
        try:
            return enum_type(value)
        except (ValueError, TypeError):
            self._bad(name, value, one_of(enum_type), ProblemCode.BAD_VALUE)
            return None

    def exactly(self, name: str, word: str) -> str | None:
        """A field whose one allowed value is that word."""
        value = self.text(name)
        if value is not None and value != word:
            self.report.error(self.where, name, ProblemCode.BAD_VALUE,
                              f"{value!r} is not {word!r}: expected it or no field")
            return None
        return value

    def texts(self, name: str, slug: bool = False) -> tuple[str, ...]:
        value = self._get(name, False, "a list of strings")
        if value is None:
            return ()
        # map() keeps the checks of each item in C: tags and aliases are read for every record.
        if not isinstance(value, list) or not all(map(isinstance, value, repeat(str, len(value)))):
            self._bad(name, value, "a list of strings")
            return ()
        if slug and not all(map(SLUG.fullmatch, value)):
            for item in value:
                if not SLUG.fullmatch(item):
                    self._bad(name, item, "a lowercase slug (letters, digits, hyphens)", ProblemCode.BAD_VALUE)
        return tuple(value)

    def _check_known(self, name: str, target: RecordType, item: str) -> None:
        if item not in self.ids[target]:
            from ..model.text import suggest  # the error path only

            # Only for the problems a person will read: a suggestion scans every id, and a
            # broken file can have thousands of unknown references.
            wanted = len(self.report.problems) < _SUGGESTED_PROBLEMS
            close = suggest(item, self.ids[target], limit=1) if wanted else ()
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            self.report.error(self.where, name, ProblemCode.UNKNOWN_REFERENCE,
                              f"unknown {target.value} {shorten(item)}: "
                                                f"expected the id of one of the file's [[{target.array}]]{hint}")

    def refs(self, name: str, target: RecordType, required: bool = False) -> tuple[str, ...]:
        expected = A_LIST_OF_IDS[target]
        value = self._get(name, required, expected)
        if value is None:
            return ()
        if value and isinstance(value, list) and _all_in(self.ids[target], value):
            return tuple(value)  # the usual case, checked in one step: every item a known id (so a string)
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self._bad(name, value, expected)
            return ()
        if required and not value:
            self.report.error(self.where, name, ProblemCode.EMPTY, f"is empty: cite at least one {target.value} id")
        for item in value:
            self._check_known(name, target, item)
        return tuple(value)

    def citations(self, name: str, required: bool = False) -> tuple[tuple[str, ...], tuple[Pinpoint, ...]]:
        """A `sources` list: each entry a source id, or a table with the id, an excerpt and a locator.

        Returns the ids in order, each once (a source cited twice, for two of its passages, is
        one source with two pinpoints), and the pinpoints of the entries that give an excerpt
        or a locator.
        """
        value = self._get(name, required, CITATIONS)
        if value is None:
            return (), ()
        known = self.ids[RecordType.SOURCE]
        if value and isinstance(value, list) and _all_in(known, value):
            return tuple(dict.fromkeys(value)), ()  # the usual case, checked in one step: every item a known id
        if not isinstance(value, list):
            self._bad(name, value, CITATIONS)
            return (), ()
        if required and not value:
            self.report.error(self.where, name, ProblemCode.EMPTY, "is empty: cite at least one source id")
        ids: list[str] = []
        pinpoints: list[Pinpoint] = []
        for index, item in enumerate(value):
            if isinstance(item, str):
                self._check_known(name, RecordType.SOURCE, item)
                ids.append(item)
            elif isinstance(item, dict):
                cited = self._citation_table(f"{name}[{index}]", item)
                if cited is not None:
                    ids.append(cited.source)
                    if cited.excerpt or cited.locator:
                        pinpoints.append(cited)
            else:
                self._bad(f"{name}[{index}]", item, "a source id or a table { id = ..., excerpt = ... }")
        return tuple(dict.fromkeys(ids)), tuple(pinpoints)

    def _citation_table(self, label: str, item: dict) -> Pinpoint | None:
        """One { id, excerpt, locator } entry of a `sources` list; None if it names no source."""
        source_id = item.get("id")
        if source_id is None:
            self.report.error(self.where, f"{label}.id", ProblemCode.MISSING,
                              "is missing (required): expected a source id")
            return None
        if not isinstance(source_id, str):
            self._bad(f"{label}.id", source_id, "a source id (a string)")
            return None
        self._check_known(f"{label}.id", RecordType.SOURCE, source_id)
        texts = []
        for field_name in ("excerpt", "locator"):
            text = item.get(field_name)
            if text is not None and (not isinstance(text, str) or not text.strip()):
                self._bad(f"{label}.{field_name}", text, "some text (a string)")
                text = None
            texts.append(text)
        for key, extra in item.items():
            if key not in CITATION_FIELDS:
                self.report.unknown_key(f"{self.where} {label}", key, extra, CITATION_FIELDS, "field")
        return Pinpoint(source_id, *texts)

    @overload
    def ref(self, name: str, target: RecordType, required: Literal[True]) -> str: ...
    @overload
    def ref(self, name: str, target: RecordType, required: bool = False) -> str | None: ...

    def ref(self, name: str, target: RecordType, required: bool = False) -> str | None:
        expected = AN_ID[target]
        value = self._get(name, required, expected)
        if value is None:
            return None
        if not isinstance(value, str):
            self._bad(name, value, expected)
            return None
        self._check_known(name, target, value)
        return value

    def tables(self, name: str) -> Iterator[tuple[int, dict]]:
        value = self._get(name, False, "a list of tables")
        if value is None:
            return
        if not isinstance(value, list):
            self._bad(name, value, "a list of tables")
            return
        for index, item in enumerate(value):
            if isinstance(item, dict):
                yield index, item
            else:
                self._bad(f"{name}[{index}]", item, "a table ({ key = value, ... })")

    def table(self, name: str) -> Fields | None:
        """The Fields of a table-valued field ({ key = value, ... }); None when absent or not a table."""
        value = self._get(name, False, "a table")
        if value is None:
            return None
        if not isinstance(value, dict):
            self._bad(name, value, "a table ({ key = value, ... })")
            return None
        return Fields(value, f"{self.where} {name}", self.report, self.ids)

    def nested(self, name: str, index: int, raw: dict) -> Fields:
        return Fields(raw, f"{self.where} {name}[{index}]", self.report, self.ids)

    def finish(self) -> None:
        if self.raw.keys() <= self.known:  # the usual case, checked in one step
            return
        for key, value in self.raw.items():
            if key not in self.known:
                self.report.unknown_key(self.where, key, value, self.known, "field")
