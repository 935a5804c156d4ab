"""The command-line interface: a thin layer over the core and the renderers."""

from __future__ import annotations

from . import lookup  # noqa: F401  (registers the commands)
from .app import ExitCode, app


def main() -> None:
    app(prog_name="zt")


__all__ = ["ExitCode", "app", "main"]
