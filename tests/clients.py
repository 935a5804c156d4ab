"""The programs that open zt's exports, for the tests that check an export where it is read:
headless Chromium (Debian: chromium) showing pages served from 127.0.0.1, and the npm packages
in tests/clients/node_modules (TimelineJS 3, ical.js), installed by .ci/run from
tests/clients/package.json. Each test skips, saying what is missing, where one is not installed.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

CLIENTS = Path(__file__).parent / "clients"
NODE_MODULES = CLIENTS / "node_modules"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
NODE = shutil.which("node")

# Nothing but the page asked for: no first-run, update, sync or QUIC traffic.
CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--hide-scrollbars")

needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium (Debian: chromium) is not installed")
needs_node = pytest.mark.skipif(NODE is None, reason="node (Debian: nodejs) is not installed")


def npm_package(name: str) -> Path:
    """The installed package's folder; skips the test when it is not installed."""
    folder = NODE_MODULES / name
    if not (folder / "package.json").exists():
        pytest.skip(f"npm package {name} is not installed (cd tests/clients && npm ci)")
    return folder


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def served(folder: Path) -> Iterator[str]:
    """`folder` served over HTTP on 127.0.0.1 (a free port) while the block runs; its address."""
    handler = functools.partial(_Quiet, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def chromium(url: str, profile: Path, *args: str) -> str:
    """Chromium's output for `url` after the page's scripts have run (virtual time: no waiting
    on the clock), with a fresh profile; `args` say what to do (--dump-dom, --screenshot=...)."""
    assert CHROMIUM is not None
    done = subprocess.run([CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=15000",
                           *args, url], capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout
