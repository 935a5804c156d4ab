"""Reading a timeline file: bytes, TOML, then validation into the domain model."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import DataError
from ..model.records import Timeline

if TYPE_CHECKING:
    import tomllib

    from .layering import Earlier

DATA_ENV = "ZT_DATA"
# Files this big are cached (see cache.py): parsing them costs far more than loading the cache.
# The bundled data is cached too, small as it is, because nearly every run reads it: the cache
# saves it a TOML parse and validation, about a tenth of a run's time.
CACHE_FROM_BYTES = 1 << 20
# A timeline of 100,000 events is about 15 MB; anything far bigger is not a timeline file.
MAX_BYTES = 100 * 2**20
_LONG_NUMBER = re.compile(r"\d{4000,}")
_TOML_POSITION = re.compile(r"\(at line (?P<line>\d+), column (?P<column>\d+)\)")
# A [[name]] header at the start of a line. A line inside a multi-line string can look like
# one; validation then sees more headers than records and does without line numbers.
_ARRAY_HEADER = re.compile(r"^[ \t]*\[\[[ \t]*(?P<name>[A-Za-z0-9_-]+)[ \t]*\]\]", re.MULTILINE)
_PACKAGED = Path(__file__).parent.parent / "data" / "events.toml"
# In a source checkout (editable install or PYTHONPATH=src) the file people edit is read
# directly, so an edit shows at once; an installed wheel carries its own copy.
_CHECKOUT = Path(__file__).resolve().parents[3] / "data" / "events.toml"


def default_data_path() -> Path:
    """The data file to use when neither --data nor ZT_DATA names one."""
    if _CHECKOUT.is_file() and (_CHECKOUT.parent.parent / "pyproject.toml").is_file():
        return _CHECKOUT
    return _PACKAGED


DataPaths = str | os.PathLike | Sequence[str | os.PathLike] | None


# `--data +mynotes.toml`: the bundled data, then mynotes.toml on top of it, for someone who
# does not know (and need not know) where the bundled file is installed. A file whose name
# really starts with "+" is named with its folder: ./+notes.toml.
ON_BUNDLED = "+"


def resolve_data_paths(data: DataPaths) -> tuple[Path, ...]:
    """The data files to read, first file first: those given (one path, or the repeated --data),
    else ZT_DATA (a list of paths separated by os.pathsep, like PATH), else the bundled file.
    A path written "+FILE" means the bundled file first, then FILE on top of it."""
    if isinstance(data, str | os.PathLike):
        given = [data] if data else []
    else:
        given = [path for path in data or () if path]
    if not given:
        given = [part for part in os.environ.get(DATA_ENV, "").split(os.pathsep) if part]
    texts = [os.fspath(path) for path in given]
    if any(text.startswith(ON_BUNDLED) and len(text) > 1 for text in texts):
        texts = [os.fspath(default_data_path()), *(text.removeprefix(ON_BUNDLED) for text in texts)]
    return tuple(Path(text) for text in texts) or (default_data_path(),)


def _failure(name: str, message: str, line: int | None = None) -> DataError:
    from .problems import Problem  # only a file that cannot be read needs it

    return DataError(name, (Problem(name, None, None, message, line=line),))


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


def parse_document(raw: bytes, name: str) -> tuple[dict, dict[str, list[int]]]:
    """Decode and parse TOML bytes: the document, and the header line of each [[array]] entry."""
    document, text = parse_text(raw, name)
    return document, header_lines(text)


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
        line = text.count("\n", 0, digits.start()) + 1 if digits else None
        raise _failure(name, "TOML integer too long to read (thousands of digits): expected a 64-bit integer",
                       line) from None
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


def load_timeline(path: DataPaths = None, *, use_cache: bool = True) -> Timeline:
    """Load and validate a timeline; raise DataError listing every problem in the file.

    Several paths (repeated --data, or a ZT_DATA list) are a stack: see layering.py.
    The validated model of a large file, and of the bundled data, is kept in the user's cache
    (see cache.py) unless `use_cache` is False; a file with problems is never cached, so they
    are reported every time.
    """
    paths = resolve_data_paths(path)
    if len(paths) > 1:
        from .layering import load_stack

        return load_stack(paths, use_cache=use_cache)
    return load_file(paths[0], use_cache=use_cache)


def _is_bundled(path: Path) -> bool:
    """Whether the path names the bundled data file, as the default or by another path to it
    (`--data data/events.toml` in a stack on top of it)."""
    default = default_data_path()
    if path == default:
        return True
    try:
        return path.name == default.name and path.samefile(default)
    except OSError:
        return False


def load_file(resolved: Path, *, use_cache: bool = True) -> Timeline:
    """One data file, validated on its own (the cache is used as load_timeline says)."""
    name = str(resolved)
    raw = read_bytes(resolved)
    cacheable = use_cache and (len(raw) >= CACHE_FROM_BYTES or _is_bundled(resolved))
    with _collector_paused():
        if cacheable:
            from . import cache

            cached = cache.load(resolved, raw)
            if cached is not None:
                return cached
        document, text = parse_text(raw, name)
        timeline = validated(document, name, text)
    if cacheable:
        del document, text  # freed before the model is written out: the peak stays the parser's
        cache.store(resolved, raw, timeline)
    return timeline


def validated(document: dict, name: str, text: str, earlier: Earlier | None = None) -> Timeline:
    """The timeline, with the [[header]] lines that place each problem found only if there is one.

    Finding them costs a scan of the whole text and puts the records in line order; a file
    without problems or warnings comes out the same without them, so only a file that has
    some is validated again, with its lines. `earlier`: the records of the files below this
    one in a stack (layering.py).
    """
    from .validate import build_timeline

    try:
        timeline = build_timeline(document, name, earlier=earlier)
    except DataError:
        timeline = None
    if timeline is None or timeline.warnings:
        from .field_lines import place  # only a file with problems pays for finding their lines

        try:
            timeline = build_timeline(document, name, header_lines(text), earlier=earlier)
        except DataError as error:
            raise DataError(error.path, place(error.problems, text), place(error.warnings, text)) from None
        timeline = dataclasses.replace(timeline, warnings=place(timeline.warnings, text))
    return timeline


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a file is parsed and validated.

    Both make millions of objects with no cycle among them, and every pass of the collector
    walks all of them again: on a 100,000-event file, an eighth of the time (1.1 s of 8.1 s).
    When it is back on, what was made meanwhile goes straight to the oldest generation, as if it
    had survived two collections: gc.freeze() then gc.unfreeze() move every tracked object there
    in two list splices. Else the first collection after the pause walks all of them once more
    (0.36 s on that file), and a later one again. Not if something else has frozen objects
    (a server before it forks): unfreezing would hand its objects back to the collector.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if enabled:
            gc.enable()
