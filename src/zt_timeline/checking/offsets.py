"""Times a claim counts from another event it names ("three days after Trump signed", "the
following month"): their date is that event's, which the claim does not give, so they are parts
not checked, and a claim that gives one is not supported whole."""

from __future__ import annotations

import re

from .claim_dates import is_free
from .patterns import deferred

_OFFSET = deferred(r"\b(?:(?P<n>[a-z]+|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|later|before|earlier)|"
                   r"the\s+(?:following|next|previous|preceding|prior)\s+(?:day|week|month|year|morning|evening)|"
                   r"the\s+(?:day|week|month|year)\s+(?:after|before)|(?:days|weeks|months|years)\s+(?:later|earlier))\b",
                   re.I)
# (the words that may count the days, weeks or years: checked here, not in the pattern, which
# would take longer to compile than a claim takes to check)
_HOW_MANY = frozenset(("a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "several", "few"))
_UNITS = ("day", "week", "month", "year", "morning", "evening")
_CUES = ("after", "later", "before", "earlier", "following", "next", "previous", "preceding", "prior")


def offsets_in(text: str, taken: list[tuple[int, int]]) -> tuple[tuple[str, int, int], ...]:
    """The times the text counts from another event it names, and where each is."""
    folded = text.casefold()
    if not any(unit in folded for unit in _UNITS) or not any(cue in folded for cue in _CUES):
        return ()  # (and the pattern is not compiled)
    return tuple((match.group(), *match.span()) for match in _OFFSET().finditer(text)
                 if is_free(taken, *match.span())
                 and (match["n"] is None or match["n"].isdigit() or match["n"].casefold() in _HOW_MANY))
