"""The bundled data file travels with the package: a wheel carries it, a checkout reads it."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import zt_timeline
from zt_timeline.loading.load import default_data_path

REPO = Path(__file__).parent.parent


@pytest.mark.skipif(Path(zt_timeline.__file__).resolve().parent != REPO / "src" / "zt_timeline",
                    reason="zt_timeline is not imported from this checkout")
def test_checkout_reads_the_file_people_edit():
    assert default_data_path() == REPO / "data" / "events.toml"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out),
         str(REPO)],
        check=True, capture_output=True,
    )
    return next(out.glob("*.whl"))


def test_wheel_carries_the_data_file(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        assert "zt_timeline/data/events.toml" in names
        assert archive.read("zt_timeline/data/events.toml") == (REPO / "data" / "events.toml").read_bytes()


def test_installed_wheel_runs_from_any_folder(wheel, tmp_path):
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "COLUMNS": "100"}
    env.pop("ZT_DATA", None)
    where = subprocess.run(
        [sys.executable, "-c", "from zt_timeline.loading.load import default_data_path; print(default_data_path())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    )
    assert Path(where.stdout.strip()) == site / "zt_timeline" / "data" / "events.toml"
    result = subprocess.run([sys.executable, "-m", "zt_timeline", "timeline"], cwd=tmp_path, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("date\tend\tid\ttitle")
    assert len(result.stdout.splitlines()) > 25
