"""Loading a timeline: the files to read, each read (read.py), validated (validate.py) and cached
(cache.py), and a stack of files read one on top of another (layering.py merges them)."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .. import environment
from ..errors import DataError
from ..model.enums import RecordType
from ..model.timeline import Timeline
from .read import header_lines, parse_text, read_bytes

if TYPE_CHECKING:
    from .id_owners import EarlierFiles

# Files this big are cached (see cache.py): parsing them costs far more than loading the cache.
# The bundled data is cached too, small as it is, because nearly every run reads it: the cache
# saves it a TOML parse and validation, about a tenth of a run's time.
CACHE_FROM_BYTES = 1 << 20
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
    given: list[str | os.PathLike]
    if isinstance(data, str | os.PathLike):
        given = [data] if data else []
    else:
        given = [path for path in data or () if path]
    if not given:
        given = list(environment.data_paths())
    texts = [os.fspath(path) for path in given]
    if any(text.startswith(ON_BUNDLED) and len(text) > 1 for text in texts):
        texts = [os.fspath(default_data_path()), *(text.removeprefix(ON_BUNDLED) for text in texts)]
    return tuple(Path(text) for text in texts) or (default_data_path(),)


def load_timeline(path: DataPaths = None, *, use_cache: bool = True) -> Timeline:
    """Load and validate a timeline; raise DataError listing every problem in the file.

    Several paths (repeated --data, or a ZT_DATA list) are a stack: see load_stack.
    The validated model of a large file, and of the bundled data, is kept in the user's cache
    (see cache.py) unless `use_cache` is False; a file with problems is never cached, so they
    are reported every time.
    """
    paths = resolve_data_paths(path)
    if len(paths) > 1:
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


def validated(document: dict, name: str, text: str, earlier: EarlierFiles | None = None) -> Timeline:
    """The timeline, with the [[header]] lines that place each problem found only if there is one.

    Finding them costs a scan of the whole text and puts the records in line order; a file
    without problems or warnings comes out the same without them. So the file is first read
    without them, up to its first problem or warning only; a file that has one is then
    validated in full, once, with its lines. `earlier`: the records of the files below this
    one in a stack (load_stack).
    """
    from .problems import FirstProblem
    from .validate import build_timeline

    try:
        return build_timeline(document, name, earlier=earlier, stop_at_first=True)
    except FirstProblem:
        pass
    from .problem_lines import place  # only a file with problems pays for finding their lines

    try:
        timeline = build_timeline(document, name, header_lines(text), earlier=earlier)
    except DataError as error:
        raise DataError(error.path, place(error.problems, text), place(error.warnings, text)) from None
    return dataclasses.replace(timeline, warnings=place(timeline.warnings, text))


def load_stack(paths: tuple[Path, ...], *, use_cache: bool = True) -> Timeline:
    """A stack of data files (layering.py): the timeline of the files read in order, each on top of
    those before; DataError naming the file at the first one with problems."""
    from .id_owners import EarlierFiles, IdOwner
    from .layering import every_record, stacked

    _refuse_repeats(paths)
    timeline = load_file(paths[0], use_cache=use_cache)
    owners = {record.id: IdOwner(record.record_type, timeline.path) for record in every_record(timeline)}
    for path in paths[1:]:
        name = str(path)
        document, text = parse_text(read_bytes(path), name)
        ids = {kind: {record.id for record in timeline.records(kind)} for kind in RecordType}
        layer = validated(document, name, text, EarlierFiles(ids, owners))
        timeline = stacked(timeline, layer)
        owners.update({record.id: IdOwner(record.record_type, name) for record in every_record(layer)})
    return timeline


def _refuse_repeats(paths: tuple[Path, ...]) -> None:
    """The same file twice in a stack would only clash with itself, record by record."""
    seen: dict[tuple[int, int], Path] = {}
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue  # reading it says what is wrong, in the file's name
        key = (info.st_dev, info.st_ino)
        if key in seen:
            from .problems import Problem, ProblemCode

            message = f"is given twice in the stack of data files (also as {seen[key]}): expected each file once"
            raise DataError(str(path), (Problem(str(path), None, None, message, ProblemCode.DUPLICATE_FILE),))
        seen[key] = path
