"""Reading a timeline file: bytes, TOML, then validation into the domain model."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

from .errors import DataError
from .model import Timeline
from .problems import Problem

DATA_ENV = "ZT_DATA"
_PACKAGED = Path(__file__).parent / "data" / "events.toml"
# In a source checkout (editable install or PYTHONPATH=src) the file people edit is read
# directly, so an edit shows at once; an installed wheel carries its own copy.
_CHECKOUT = Path(__file__).resolve().parents[2] / "data" / "events.toml"


def default_data_path() -> Path:
    """The data file to use when neither --data nor ZT_DATA names one."""
    if _CHECKOUT.is_file() and (_CHECKOUT.parent.parent / "pyproject.toml").is_file():
        return _CHECKOUT
    return _PACKAGED


def resolve_data_path(path: str | os.PathLike | None) -> Path:
    if path:
        return Path(path)
    env = os.environ.get(DATA_ENV)
    return Path(env) if env else default_data_path()


def read_document(path: Path) -> dict:
    """Read and parse the TOML file; raise DataError naming the file on any failure."""
    name = str(path)

    def fail(message: str) -> DataError:
        return DataError(name, (Problem(name, None, None, message),))

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise fail("no such file") from None
    except IsADirectoryError:
        raise fail("is a directory, not a data file") from None
    except PermissionError:
        raise fail("cannot be read (permission denied)") from None
    except OSError as err:
        raise fail(f"cannot be read ({err.strerror or err})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        line = raw.count(b"\n", 0, err.start) + 1
        raise fail(f"is not UTF-8 text (byte {err.start}, line {line}): save it as UTF-8") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise fail(f"TOML syntax error: {err}") from None
    except RecursionError:
        raise fail("TOML nesting is too deep to read") from None


def load_timeline(path: str | os.PathLike | None = None) -> Timeline:
    """Load and validate a timeline; raise DataError listing every problem in the file."""
    from .validate import build_timeline

    resolved = resolve_data_path(path)
    return build_timeline(read_document(resolved), str(resolved))
