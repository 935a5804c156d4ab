"""--svg FILE: a command also saves what a terminal would show as an SVG picture."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any


def saves_svg(command: Callable[..., None]) -> Callable[..., None]:
    """Give a command that takes `svg: SvgOption` its behaviour: whatever it prints, in any
    format, is drawn as tables into the SVG file too."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        path = kwargs.get("svg")
        if not path:
            command(*args, **kwargs)
            return
        # Here, not at the top: every command module imports this one, and --help does not render.
        from ..render.emit import recording

        with recording() as printed:
            command(*args, **kwargs)
        from ..loading.load import resolve_data_paths
        from ..render.exports.formats import save_text
        from ..render.svg import outputs_svg

        save_text(path, outputs_svg(printed, title=f"zt {command.__name__}"),
                  data_files=resolve_data_paths(kwargs.get("data")))

    return run
