"""The command-line interface: a thin layer over the core and the renderers."""

from __future__ import annotations

from . import lookup  # noqa: F401  (registers the commands)

# isort: split
# Commands are listed in --help in the order they register: the lookups first.
from . import facts  # noqa: F401

# isort: split
from . import check  # noqa: F401  (check: fact-checking a claim or a draft)

# isort: split
from . import exports  # noqa: F401  (export, chart)

# isort: split
from . import sharing  # noqa: F401  (diff, import)
from .app import ExitCode, app


def main() -> None:
    app(prog_name="zt")


__all__ = ["ExitCode", "app", "main"]
