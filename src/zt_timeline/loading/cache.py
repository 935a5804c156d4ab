"""A cache of validated timelines, so a repeated query on a large file skips TOML and validation.

Reading a 100,000-event file costs seconds, nearly all of it in the TOML parser; loading the
validated model back from a pickle costs a fraction of that. loading.py uses the cache for
files of at least loading.CACHE_FROM_BYTES and for the bundled data, which nearly every run
reads, and never for a file with problems.

Safety, since unpickling runs code named by the file:
- The cache lives in $XDG_CACHE_HOME/zt (else ~/.cache/zt), made 0700. It is used only if it
  is a real directory (not a symlink), owned by this user and not writable by group or
  others; each cache file likewise. Anything else: no cache, silently.
- Both are opened through file descriptors (O_NOFOLLOW, then the directory's descriptor), so
  the checked directory is the one read, even if a path is swapped in between.
- An entry is used only if it was made from the same path, size, modification time and
  content (BLAKE2 hash of the bytes just read), by the same zt code (a fingerprint of its
  modules' names, sizes and times) on the same Python: any change means a fresh parse.
A cache that cannot be read or written is ignored; it never makes loading fail. It keeps
the models of the KEPT_ENTRIES files used last, one entry per file.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from .. import __version__, environment
from ..model.timeline import Timeline

# The C modules themselves, on the path every run of the bundled data takes: hashlib would
# import OpenSSL (2 ms) and the pickle module another millisecond of Python around _pickle.
try:
    from _blake2 import blake2b
    from _pickle import load as unpickle
except ImportError:  # pragma: no cover - a Python built without them
    from hashlib import blake2b
    from pickle import load as unpickle

# Entries kept at most (models of files, and what is worked out from them): the least recently
# used go first.
KEPT_ENTRIES = 8
_FORMAT = 7  # bump when what is stored changes shape (2: records pickled by their fields; 3: model/timeline.py;
# 4: a record's shared parts in model/accounts.py; 5: records are msgspec Structs;
# 6: dates too; 7: the content's checksum is a crc32)
_PACKAGE = Path(__file__).resolve().parent.parent
_UNSAFE_MODE = stat.S_IWGRP | stat.S_IWOTH


def enabled() -> bool:
    return not environment.cache_disabled()


def cache_directory() -> Path:
    base = environment.cache_home()
    return Path(base if base and os.path.isabs(base) else Path.home() / ".cache") / "zt"


def _is_ours(info: os.stat_result, kind: int) -> bool:
    return stat.S_IFMT(info.st_mode) == kind and info.st_uid == os.geteuid() and not info.st_mode & _UNSAFE_MODE


def _open_directory() -> int | None:
    """A descriptor of the cache directory, made if missing, or None if it is not safe to use."""
    directory = cache_directory()
    directory.parent.mkdir(parents=True, exist_ok=True)
    directory.mkdir(mode=0o700, exist_ok=True)
    handle = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    if _is_ours(os.fstat(handle), stat.S_IFDIR):
        return handle
    os.close(handle)
    return None


def _code_fingerprint() -> str:
    """What zt's own code looks like now: a change to any module invalidates every entry."""
    parts = [__version__, sys.version, str(_FORMAT)]
    for folder in (_PACKAGE, *sorted(path for path in _PACKAGE.iterdir() if path.is_dir())):
        for entry in sorted(os.scandir(folder), key=lambda item: item.name):
            if entry.name.endswith(".py"):
                info = entry.stat()
                parts.append(f"{folder.name}/{entry.name}:{info.st_size}:{info.st_mtime_ns}")
    return "\n".join(parts)


def _key(path: Path, raw: bytes, mtime_ns: int) -> tuple[str, bytes]:
    """The entry's file name (from the path) and the header it must carry to be used."""
    absolute = str(path.resolve())
    name = blake2b(absolute.encode("utf-8", "surrogateescape"), digest_size=16).hexdigest() + ".pickle"
    # The header has the size and the modification time already; the checksum catches an edit
    # that keeps both. crc32 does that at a fifth of blake2b's cost (0.14 against 0.7 ms on the
    # bundled 638 KB), which every run from the cache pays.
    content = f"{zlib.crc32(raw):08x}"
    header = "\n".join((_code_fingerprint(), absolute, str(len(raw)), str(mtime_ns), content))
    return name, blake2b(header.encode("utf-8", "surrogateescape"), digest_size=32).digest()


def load(path: Path, raw: bytes) -> Timeline | None:
    """The cached model of the file whose bytes are `raw`, or None if there is no usable entry."""
    if not enabled():
        return None
    try:
        return _load(path, raw)
    except Exception:  # a cache that cannot be read, or a torn or foreign entry, is a miss: never an error
        return None


def store(path: Path, raw: bytes, timeline: Timeline) -> None:
    """Save the model for the next run; on any failure, do nothing."""
    if enabled():
        with contextlib.suppress(Exception):
            _store(path, raw, timeline)


def _load(path: Path, raw: bytes) -> Timeline | None:
    timeline = _read_entry(*_key(path, raw, os.stat(path).st_mtime_ns))
    return timeline if isinstance(timeline, Timeline) else None


def _read_entry(name: str, header: bytes) -> Any:
    """The object stored under `name` if the entry is ours and carries `header`; else None."""
    directory = _open_directory()
    if directory is None:
        return None
    try:
        handle = os.open(name, os.O_RDONLY | os.O_NOFOLLOW, dir_fd=directory)
    finally:
        os.close(directory)
    with open(handle, "rb") as stream:
        if not _is_ours(os.fstat(stream.fileno()), stat.S_IFREG) or stream.read(len(header)) != header:
            return None
        found = unpickle(stream)
        with contextlib.suppress(OSError):
            os.utime(stream.fileno())  # used now: pruning keeps the most recently used entries
    return found


def _write(timeline: Timeline, stream: BinaryIO) -> None:
    """The timeline pickled, each record as a call of its class with its fields (_reducers)."""
    import pickle  # only when writing, which is rare

    pickler = pickle.Pickler(stream, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _reducers()  # this pickler's own: the classes themselves are left as they are
    pickler.dump(timeline)


def _reducers() -> dict[type, Callable[[Any], tuple[type, tuple[Any, ...]]]]:
    """How the one dataclass a cached timeline holds, the Timeline itself, is pickled: as a call
    of the class with its fields, so that loading runs its __post_init__ (which indexes the
    records by id). The records and dates are msgspec Structs, which pickle that way themselves."""
    import dataclasses

    from ..model.timeline import Timeline

    def by_fields(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
        names = tuple(item.name for item in dataclasses.fields(cls) if item.init)
        return lambda record: (type(record), tuple(getattr(record, name) for name in names))

    return {Timeline: by_fields(Timeline)}


def _store(path: Path, raw: bytes, timeline: Timeline) -> None:
    _write_entry(*_key(path, raw, os.stat(path).st_mtime_ns), lambda stream: _write(timeline, stream))


def _write_entry(name: str, header: bytes, write: Callable[[BinaryIO], None]) -> None:
    """Store an entry: its header, then what `write` writes, renamed into place whole, so a
    reader sees the old entry or the new one, never half."""
    directory = _open_directory()
    if directory is None:
        return
    partial = None
    try:
        partial = f".{name}.{os.getpid()}.partial"
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=directory)
        with open(handle, "wb") as stream:
            stream.write(header)
            write(stream)
        os.replace(partial, name, src_dir_fd=directory, dst_dir_fd=directory)
        partial = None
        _prune(directory)
    finally:
        if partial is not None:
            with contextlib.suppress(OSError):
                os.unlink(partial, dir_fd=directory)
        os.close(directory)


def _files_key(kind: str, files: tuple[str, ...]) -> tuple[str, bytes]:
    """The entry's name and header for what is worked out from a stack of files (the checker's
    index of them): the same files, unchanged (path, size, modification time), the same code."""
    stats = []
    for file in files:
        info = os.stat(file)
        stats.append(f"{Path(file).resolve()}:{info.st_size}:{info.st_mtime_ns}")
    absolute = "\n".join(stats)
    name = blake2b(f"{kind}\n{absolute}".encode("utf-8", "surrogateescape"), digest_size=16).hexdigest() + ".pickle"
    header = "\n".join((_code_fingerprint(), kind, absolute))
    return name, blake2b(header.encode("utf-8", "surrogateescape"), digest_size=32).digest()


def load_beside(kind: str, files: tuple[str, ...]) -> Any:
    """What was worked out from these files and stored as `kind`, if they have not changed; else None."""
    if not enabled():
        return None
    try:
        return _read_entry(*_files_key(kind, files))
    except Exception:  # a miss, never an error
        return None


def store_beside(kind: str, files: tuple[str, ...], value: Any) -> None:
    """Keep what was worked out from these files for the next run; on any failure, do nothing."""
    if not enabled():
        return
    import pickle

    with contextlib.suppress(Exception):
        _write_entry(*_files_key(kind, files),
                     lambda stream: pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL))


def _prune(directory: int) -> None:
    """Delete all but the KEPT_ENTRIES most recently used entries, so the cache stays small."""
    with os.scandir(directory) as found:
        entries = [(entry.stat(follow_symlinks=False).st_mtime_ns, entry.name) for entry in found
                   if entry.name.endswith(".pickle") and entry.is_file(follow_symlinks=False)]
    for _, name in sorted(entries, reverse=True)[KEPT_ENTRIES:]:
        with contextlib.suppress(OSError):
            os.unlink(name, dir_fd=directory)
