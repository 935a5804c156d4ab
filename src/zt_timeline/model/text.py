"""Text as zt compares what people type: folded case, words, and close matches for a typo."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+")
# A full stop beside a letter is folded away ("U.S." is "us"), one between digits is kept ("3.6").
_LETTER_STOP = re.compile(r"(?<=[^\W\d_])\.|\.(?=[^\W\d_])")


def fold(text: str) -> str:
    """Text as zt compares what people type: case folded, stops beside letters dropped, so
    'US Marshals' and 'U.S. Marshals' are the same words everywhere."""
    return _LETTER_STOP.sub("", text.casefold())


@functools.lru_cache(maxsize=8192)  # the checker compares a claim's quotation with every recorded wording
def words(text: str) -> tuple[str, ...]:
    """Lowercased words, so 'Rod J. Rosenstein' and 'rod-rosenstein' compare alike, and
    'US Marshals' and 'U.S. Marshals' too."""
    return tuple(_WORD.findall(fold(text)))


def suggest(query: str, candidates: Iterable[str], limit: int = 3, cutoff: float = 0.5) -> tuple[str, ...]:
    import difflib  # only on the error path: it costs more to import than the rest of the core

    pool = list(dict.fromkeys(candidates))
    folded = {item.casefold(): item for item in pool}
    close = difflib.get_close_matches(query.casefold(), list(folded), n=limit, cutoff=cutoff)
    return tuple(folded[item] for item in close)
