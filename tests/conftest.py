from __future__ import annotations

import functools
from pathlib import Path

import pytest

from zt_timeline.checking.checker import Checker
from zt_timeline.checking.parts import ClaimCheck
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import parse_iso

FIXTURES = Path(__file__).parent / "fixtures"
MINI = FIXTURES / "mini.toml"
REPO = Path(__file__).parent.parent
BUNDLED = REPO / "data" / "events.toml"


@functools.cache  # the bundled data is read once for each date the tests give
def _bundled_checker(dated: str | None) -> Checker:
    return Checker(load_timeline(BUNDLED), parse_iso(dated) if dated else None)


def check_bundled(text: str, dated: str | None = None) -> ClaimCheck:
    """A claim checked against the bundled data, as of a draft's date if given."""
    return _bundled_checker(dated).check(text)


@pytest.fixture(scope="session", autouse=True)
def private_cache_dir(tmp_path_factory):
    """Keep the model cache (cache.py) of every test run, in-process or in a subprocess, out of
    the user's own cache directory."""
    cache = tmp_path_factory.mktemp("xdg-cache")
    cache.chmod(0o700)
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(cache))
    yield cache
    patch.undo()


@pytest.fixture(scope="session")
def mini():
    return load_timeline(MINI)


@pytest.fixture(scope="session")
def bundled():
    return load_timeline(BUNDLED)


@pytest.fixture
def write_toml(tmp_path):
    """Write a TOML text to a file and return its path."""

    def write(text: str, name: str = "t.toml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write
