"""Regular expressions compiled the first time they are used, not when their module is imported.

A check is a short process: compiling its patterns costs it more than matching them. Patterns
that only some claims reach (a doer named after "by", a claim of how things stand "still") wait
until one does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable


def deferred(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """The pattern, compiled on the first call and kept."""
    return functools.cache(functools.partial(re.compile, pattern, flags))
