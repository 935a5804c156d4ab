"""The command-line interface: a thin layer over the core and the renderers.

The command modules (lookup, records, files, facts, check, exports, sharing) are imported
when their command runs (lazy.py), not here.
"""

from __future__ import annotations

from .app import ExitCode, app


def main() -> None:
    app(prog_name="zt")


__all__ = ["ExitCode", "app", "main"]
