"""The environment variables zt reads, each read here and nowhere else.

Where a command-line option says the same, the option wins (the callers see to that). The
--date-order option reads ZT_DATE_ORDER itself (cli/app.py), as typer reads an option's envvar.
Each function takes the environment to read, os.environ unless told otherwise (tests).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

DATA = "ZT_DATA"  # the data files to read, separated by os.pathsep, like PATH
NO_CACHE = "ZT_NO_CACHE"  # set: read and check the data file afresh, never its cached model
DEBUG = "ZT_DEBUG"  # set: an internal error shows its traceback
PAGER = "ZT_PAGER"  # the pager for long tables, before PAGER
HYPERLINKS = "ZT_HYPERLINKS"  # 1 or 0: whether the terminal shows OSC 8 links (else guessed from the terminal)


def _read(environ: Mapping[str, str] | None) -> Mapping[str, str]:
    return os.environ if environ is None else environ


def data_paths(environ: Mapping[str, str] | None = None) -> list[str]:
    return [part for part in _read(environ).get(DATA, "").split(os.pathsep) if part]


def cache_disabled(environ: Mapping[str, str] | None = None) -> bool:
    return bool(_read(environ).get(NO_CACHE))


def cache_home(environ: Mapping[str, str] | None = None) -> str | None:
    """XDG_CACHE_HOME, where the user keeps caches (cache.py puts zt's under it)."""
    return _read(environ).get("XDG_CACHE_HOME")


def debug(environ: Mapping[str, str] | None = None) -> bool:
    return bool(_read(environ).get(DEBUG))


def no_color(environ: Mapping[str, str] | None = None) -> bool:
    """NO_COLOR set, to anything (no-color.org)."""
    return "NO_COLOR" in _read(environ)


def pager(environ: Mapping[str, str] | None = None) -> str | None:
    """ZT_PAGER, else PAGER; None when neither is set."""
    found = _read(environ)
    return found.get(PAGER, found.get("PAGER"))


def terminal(environ: Mapping[str, str] | None = None) -> Mapping[str, str]:
    """What says which terminal this is and whether it shows links: ZT_HYPERLINKS, TMUX, STY,
    TERM, TERM_PROGRAM, KITTY_WINDOW_ID, WT_SESSION, KONSOLE_VERSION, VTE_VERSION."""
    names = (HYPERLINKS, "TMUX", "STY", "TERM", "TERM_PROGRAM", "KITTY_WINDOW_ID", "WT_SESSION", "KONSOLE_VERSION",
             "VTE_VERSION")
    found = _read(environ)
    return {name: found[name] for name in names if name in found}
