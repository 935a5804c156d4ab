"""The line of the field a problem is about, not only of its record's [[header]].

Validation places a problem at its record's header line (see validate.py). When a file has
problems, this looks below that header, within the record, for the line that sets the field
(`date = ...`, or the nested table it is in, such as the second [[actors.roles]]), so `zt
validate` points at the line to fix. Only the error path pays for it.
"""

from __future__ import annotations

import dataclasses
import re

from .problems import Problem, ProblemCode

_HEADER = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]")
_NESTED = re.compile(r"(?P<array>[a-z_]+)\[(?P<index>\d+)\]")


def _record_span(lines: list[str], header: int) -> int:
    """The index one past the record's last line: the next header of another record."""
    first = _HEADER.match(lines[header])
    top = first.group(1).split(".")[0] if first else None
    for index in range(header + 1, len(lines)):
        found = _HEADER.match(lines[index])
        if found and (found.group(1) == top or "." not in found.group(1)):
            return index
    return len(lines)


def _nested_table(lines: list[str], header: int, end: int, array: str, wanted: int) -> tuple[int, int] | None:
    """The lines of the record's `wanted`-th [[x.array]] table (0-based), if it is written so."""
    seen = -1
    for index in range(header + 1, end):
        found = _HEADER.match(lines[index])
        if found and found.group(1).endswith(f".{array}"):
            seen += 1
            if seen == wanted:
                stop = next((i for i in range(index + 1, end) if _HEADER.match(lines[i])), end)
                return index, stop
    return None


def _setting(lines: list[str], start: int, end: int, key: str) -> int | None:
    """The first line from start to end that sets `key` (at the start of a line or in an inline table)."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=|[{{,]\s*{re.escape(key)}\s*=")
    return next((index for index in range(start, end) if pattern.search(lines[index])), None)


def _field_line(lines: list[str], header: int, problem: Problem) -> int | None:
    """The 0-based index of the line setting the problem's field, within its record; for a
    field that is missing, the line of the table it is missing from."""
    start, end = header, _record_span(lines, header)
    nested = _NESTED.search(problem.record or "")
    if nested:
        table = _nested_table(lines, header, end, nested["array"], int(nested["index"]))
        if table is None:  # written inline: `variants = [{ ... }]`
            return _setting(lines, start, end, nested["array"])
        start, end = table
    if problem.code is ProblemCode.MISSING:
        return start
    key = (problem.field or "").split("[")[0].split(".")[0]
    return _setting(lines, start, end, key) if key else None


def place(problems: tuple[Problem, ...], text: str) -> tuple[Problem, ...]:
    """The problems, each at the line of its field where the file has one."""
    lines = text.split("\n")
    placed = []
    for problem in problems:
        if problem.line and problem.field and 0 < problem.line <= len(lines):
            found = _field_line(lines, problem.line - 1, problem)
            if found is not None:
                problem = dataclasses.replace(problem, line=found + 1)
        placed.append(problem)
    return tuple(placed)
