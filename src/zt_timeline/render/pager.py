"""Long output through a pager, as git and gh do: only a table on a terminal, never when piped.

The pager is ZT_PAGER, else PAGER, else `less -FRX` where less exists (-F: quit when the text
fits one screen, -R: keep the colours, -X: leave the text on the screen). An empty value, or
`cat`, means no pager; so does `zt --no-pager`.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
from collections.abc import Mapping

from .. import environment


def pager_command(environ: Mapping[str, str] | None = None) -> list[str] | None:
    """The pager to run, as arguments, or None for none."""
    value = environment.pager(environ)
    if value is None:
        return ["less", "-FRX"] if shutil.which("less") else None
    try:
        command = shlex.split(value)
    except ValueError:
        return None
    return command if command and command != ["cat"] else None


def page(text: str, command: list[str]) -> bool:
    """Show the text through the pager; False if the pager could not be started."""
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")  # as git does, for a `less` named without its options
    try:
        child = subprocess.Popen(command, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    # The reader may quit the pager before the end: not an error.
    with contextlib.suppress(BrokenPipeError, KeyboardInterrupt):
        child.communicate(text.encode("utf-8", "replace"))
    child.wait()
    return True
