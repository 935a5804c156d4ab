"""The cache of validated models: used when safe and current, never otherwise."""

from __future__ import annotations

import os
import shutil

import pytest

from conftest import MINI
from zt_timeline import environment
from zt_timeline.errors import DataError
from zt_timeline.loading import cache
from zt_timeline.loading import load as loading
from zt_timeline.loading.load import load_timeline


@pytest.fixture
def cached_dir(tmp_path, monkeypatch):
    """A private cache home, and every file big enough to be cached (the fixtures are small)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    monkeypatch.delenv(environment.NO_CACHE, raising=False)
    monkeypatch.setattr(loading, "CACHE_FROM_BYTES", 0)
    return tmp_path / "cache-home" / "zt"


@pytest.fixture
def data(tmp_path):
    path = tmp_path / "timeline.toml"
    shutil.copy(MINI, path)
    return path


@pytest.fixture
def parses(monkeypatch):
    """Counts the files actually parsed (not answered from the cache)."""
    calls = []
    real = loading.parse_text

    def counting(raw, name):
        calls.append(name)
        return real(raw, name)

    monkeypatch.setattr(loading, "parse_text", counting)
    return calls


def entries(directory):
    return sorted(path.name for path in directory.iterdir()) if directory.is_dir() else []


def test_a_second_load_comes_from_the_cache(cached_dir, data, parses):
    first = load_timeline(data)
    second = load_timeline(data)
    assert len(parses) == 1
    assert second == first
    assert second.get("pilot").date == first.get("pilot").date
    assert [len(name) for name in entries(cached_dir)] == [39]  # one entry: 32 hex digits + ".pickle"
    assert oct(cached_dir.stat().st_mode & 0o777) == "0o700"


def test_any_change_to_the_file_means_a_fresh_parse(cached_dir, data, parses):
    load_timeline(data)
    before = data.stat()
    text = data.read_text(encoding="utf-8")
    data.write_text(text.replace("Pilot programme runs", "Pilot programme rans"), encoding="utf-8")
    os.utime(data, ns=(before.st_atime_ns, before.st_mtime_ns))  # same size, same time: only the content differs
    assert load_timeline(data).get("pilot").title == "Pilot programme rans"
    assert len(parses) == 2


def test_no_cache_reads_and_writes_nothing(cached_dir, data, parses, monkeypatch):
    load_timeline(data, use_cache=False)
    assert entries(cached_dir) == []
    monkeypatch.setenv(environment.NO_CACHE, "1")
    load_timeline(data)
    load_timeline(data)
    assert len(parses) == 3
    assert entries(cached_dir) == []


def test_a_file_with_problems_is_never_cached(cached_dir, tmp_path, parses):
    bad = tmp_path / "bad.toml"
    bad.write_text('[[events]]\nid = "e"\ndate = "2018-02-30"\ntitle = "E"\nsources = ["s"]\n', encoding="utf-8")
    for _ in range(2):
        with pytest.raises(DataError):
            load_timeline(bad)
    assert len(parses) == 2
    assert entries(cached_dir) == []


def test_a_directory_others_can_write_is_not_used(cached_dir, data, parses):
    cached_dir.mkdir(parents=True)
    cached_dir.chmod(0o777)
    load_timeline(data)
    load_timeline(data)
    assert len(parses) == 2
    assert entries(cached_dir) == []


def test_a_symlinked_directory_is_not_used(cached_dir, data, parses, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o700)
    cached_dir.parent.mkdir()
    cached_dir.symlink_to(elsewhere)
    load_timeline(data)
    load_timeline(data)
    assert len(parses) == 2
    assert entries(elsewhere) == []


def test_an_entry_others_can_write_is_not_loaded(cached_dir, data, parses):
    load_timeline(data)
    (entry,) = cached_dir.iterdir()
    entry.chmod(0o666)
    load_timeline(data)
    assert len(parses) == 2


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file away needs root")
def test_an_entry_owned_by_someone_else_is_not_loaded(cached_dir, data, parses):
    load_timeline(data)
    (entry,) = cached_dir.iterdir()
    os.chown(entry, 4242, 4242)
    load_timeline(data)
    assert len(parses) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", None])
def test_a_damaged_entry_is_a_miss(cached_dir, data, parses, damage):
    load_timeline(data)
    (entry,) = cached_dir.iterdir()
    content = entry.read_bytes()
    entry.write_bytes(content[: len(content) // 2] if damage is None else damage)
    assert load_timeline(data).get("pilot").title == "Pilot programme runs"
    assert len(parses) == 2
    load_timeline(data)  # and the entry was written afresh
    assert len(parses) == 2


def test_the_cli_flag_turns_the_cache_off(cached_dir, data, parses):
    from clirun import run

    assert run("--no-cache", "timeline", data=data).exit_code == 0
    assert entries(cached_dir) == []
    assert run("timeline", data=data).exit_code == 0
    assert len(entries(cached_dir)) == 1


def test_only_the_most_recently_used_entries_are_kept(cached_dir, tmp_path, monkeypatch, parses):
    monkeypatch.setattr(cache, "KEPT_ENTRIES", 2)
    paths = []
    for number in range(3):
        paths.append(tmp_path / f"t{number}.toml")
        shutil.copy(MINI, paths[-1])
    load_timeline(paths[0])
    load_timeline(paths[1])
    for age, entry in enumerate(sorted(cached_dir.iterdir(), key=os.path.getmtime)):
        os.utime(entry, ns=(age, age))  # distinct times, whatever the clock's resolution: t0 older than t1
    load_timeline(paths[0])  # a hit: t0 is now the more recently used
    assert len(parses) == 2
    load_timeline(paths[2])  # a third entry: t1, least recently used, goes
    assert len(entries(cached_dir)) == 2
    parses.clear()
    load_timeline(paths[0])
    load_timeline(paths[2])
    assert parses == []
    load_timeline(paths[1])
    assert parses == [str(paths[1])]


def test_the_bundled_data_is_cached_though_small(cached_dir, monkeypatch, parses):
    monkeypatch.setattr(loading, "CACHE_FROM_BYTES", 1 << 40)
    monkeypatch.delenv("ZT_DATA", raising=False)
    first = load_timeline()
    assert load_timeline() == first
    assert len(parses) == 1
    assert len(entries(cached_dir)) == 1


def test_the_bundled_data_by_another_path_shares_its_entry(cached_dir, monkeypatch, parses):
    """`--data data/events.toml` (say, at the bottom of a stack) is the bundled file too."""
    monkeypatch.setattr(loading, "CACHE_FROM_BYTES", 1 << 40)
    monkeypatch.delenv("ZT_DATA", raising=False)
    monkeypatch.chdir(loading.default_data_path().parent.parent)
    relative = loading.Path(loading.default_data_path().parent.name) / loading.default_data_path().name
    assert load_timeline() == load_timeline(relative)
    assert len(parses) == 1 and len(entries(cached_dir)) == 1


def test_a_cache_that_cannot_be_made_never_stops_loading(cached_dir, data, tmp_path, monkeypatch, parses):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker / "cache"))
    assert load_timeline(data).get("pilot").title == "Pilot programme runs"
    assert load_timeline(data).get("pilot").title == "Pilot programme runs"
    assert len(parses) == 2


def test_every_class_a_cached_timeline_holds_is_pickled_by_its_fields(bundled):
    import io
    import pickle

    from zt_timeline.loading import cache
    from zt_timeline.model.timeline import Timeline

    reducers = cache._reducers()
    assert set(reducers) == {Timeline}  # the one dataclass; records and dates are Structs, pickled by their fields
    assert all("__reduce__" not in vars(cls) for cls in reducers)  # the classes themselves are left alone
    stream = io.BytesIO()
    cache._write(bundled, stream)
    back = pickle.loads(stream.getvalue())
    assert back == bundled and back.get("sessions") == bundled.get("sessions")
