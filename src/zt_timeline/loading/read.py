"""Reading a timeline file's bytes and parsing its TOML, each failure a DataError naming the file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataError

if TYPE_CHECKING:
    import tomllib

# A timeline of 100,000 events is about 15 MB; anything far bigger is not a timeline file.
MAX_BYTES = 100 * 2**20
_LONG_NUMBER = re.compile(r"\d{4000,}")
_TOML_POSITION = re.compile(r"\(at line (?P<line>\d+), column (?P<column>\d+)\)")
# A [[name]] header at the start of a line. A line inside a multi-line string can look like
# one; validation then sees more headers than records and does without line numbers.
_ARRAY_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*(?P<name>[A-Za-z0-9_-]+)[ \t]*\]\]", re.MULTILINE)

def _failure(name: str, message: str, line: int | None = None) -> DataError:
    from .problems import Problem, ProblemCode  # only a file that cannot be read needs them

    return DataError(name, (Problem(name, None, None, message, ProblemCode.UNREADABLE, line=line),))


def read_bytes(path: Path, expected: str = "a timeline TOML file") -> bytes:
    """The file's bytes, or DataError naming the file; at most MAX_BYTES (so /dev/zero cannot fill memory)."""
    name = str(path)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise _failure(name, f"no such file: expected {expected}") from None
    except IsADirectoryError:
        raise _failure(name, f"is a directory: expected {expected}") from None
    except PermissionError:
        raise _failure(name, "cannot be read (permission denied): expected a readable file") from None
    except OSError as err:
        raise _failure(name, f"cannot be read ({err.strerror or err}): expected a readable file") from None
    if len(raw) > MAX_BYTES:
        limit = f"{MAX_BYTES // 2**20} MB" if MAX_BYTES >= 2**20 else f"{MAX_BYTES} bytes"
        raise _failure(name, f"is larger than {limit}: expected {expected}")
    return raw


def _syntax_problem(name: str, text: str, err: tomllib.TOMLDecodeError) -> DataError:
    """tomllib's message, with the line number up front and the offending line shown."""
    message = str(err)
    found = _TOML_POSITION.search(message)
    if found is None:
        return _failure(name, f"TOML syntax error: {message}")
    line, column = int(found["line"]), int(found["column"])
    reason = message[: found.start()].rstrip()
    source_line = text.split("\n", line)[line - 1].rstrip("\r") if line else ""
    from .problems import shorten

    return _failure(name, f"TOML syntax error at column {column}: {reason}, in {shorten(source_line)}", line)


def parse_text(raw: bytes, name: str) -> tuple[dict, str]:
    """Decode and parse TOML bytes: the document, and the text it was parsed from."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _failure(name, "is not UTF-8 text: it starts like UTF-16; expected UTF-8 (save the file as UTF-8)")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        bad = raw[err.start : err.end]
        raise _failure(name, f"is not UTF-8 text: byte {err.start} ({bad!r}) cannot be read; "
                             "expected UTF-8 (save the file as UTF-8)", line) from None
    text = text.removeprefix("\ufeff")
    import tomllib  # here: a run answered from the model cache never parses TOML

    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise _syntax_problem(name, text, err) from None
    except RecursionError:
        raise _failure(name, "TOML nesting is too deep to read: expected arrays and tables "
                             "nested a few levels at most") from None
    except ValueError:  # an integer longer than Python reads (4300 digits)
        digits = _LONG_NUMBER.search(text)
        found = text.count("\n", 0, digits.start()) + 1 if digits else None
        raise _failure(name, "TOML integer too long to read (thousands of digits): expected a 64-bit integer",
                       found) from None
    return document, text


def header_lines(text: str) -> dict[str, list[int]]:
    """For each array of tables, the line number of each of its [[name]] headers, in order."""
    found: dict[str, list[int]] = {}
    line, position = 1, 0
    for match in _ARRAY_HEADER.finditer(text):
        line += text.count("\n", position, match.start())
        position = match.start()
        found.setdefault(match["name"], []).append(line)
    return found
