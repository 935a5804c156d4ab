"""Times a claim counts from another event it names ("three days after Trump signed", "the
following month"): their date is that event's, which the claim does not give, so they are parts
not checked, and a claim that gives one is not supported whole."""

from __future__ import annotations

import re

from .claim_dates import is_free
from .patterns import deferred

_OFFSET = deferred(r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|"
                   r"few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|later|before|earlier)|the\s+(?:following|"
                   r"next|previous|preceding|prior)\s+(?:day|week|month|year|morning|evening)|the\s+(?:day|week|month|"
                   r"year)\s+(?:after|before)|(?:days|weeks|months|years)\s+(?:later|earlier))\b", re.I)
_OFFSET_CUES = ("after", "later", "before", "earlier", "following", "next", "previous", "preceding", "prior")


def offsets_in(text: str, taken: list[tuple[int, int]]) -> tuple[tuple[str, int, int], ...]:
    """The times the text counts from another event it names, and where each is."""
    folded = text.casefold()
    if not any(cue in folded for cue in _OFFSET_CUES):
        return ()
    return tuple((match.group(), *match.span()) for match in _OFFSET().finditer(text)
                 if is_free(taken, *match.span()))
