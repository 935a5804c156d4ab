"""Times a claim counts from another event it names ("three days after Trump signed", "the
following month"): their date is that event's, which the claim does not give, so they are parts
not checked, and a claim that gives one is not supported whole."""

from __future__ import annotations

from .claim_dates import is_free
from .patterns import deferred

_TOKEN = deferred(r"[A-Za-z]+|\d+")
# (read word by word, not by a pattern, which would take longer to compile than a claim takes to check)
_HOW_MANY = frozenset(("a", "an", "the", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                       "eleven", "twelve", "several", "few"))
_UNITS = ("day", "week", "month", "year", "morning", "evening")
_LENGTHS = frozenset(("day", "days", "week", "weeks", "month", "months", "year", "years"))
_SIDES = frozenset(("after", "later", "before", "earlier"))
_NEXT = frozenset(("following", "next", "previous", "preceding", "prior"))
_AFTER_THAT = frozenset(("afterward", "afterwards", "thereafter", "subsequently"))
_HOW_SOON = frozenset(("shortly", "soon", "immediately", "quickly", "just"))
_CUES = ("after", "later", "before", "earlier", "following", "next", "previous", "preceding", "prior")


def offsets_in(text: str, taken: list[tuple[int, int]]) -> tuple[tuple[str, int, int], ...]:
    """The times the text counts from another event it names, and where each is: "three days
    after", "a year later", "the day before", "the following month", "weeks later", "shortly
    afterward"."""
    folded = text.casefold()
    after_that = any(word in folded for word in _AFTER_THAT)
    if not after_that and (not any(unit in folded for unit in _UNITS) or not any(cue in folded for cue in _CUES)):
        return ()
    tokens = [(match.group().casefold(), match.start(), match.end()) for match in _TOKEN().finditer(text)]
    found: list[tuple[str, int, int]] = []
    for at, (word, start, _) in enumerate(tokens):
        following = [token for token, _, _ in tokens[at + 1 : at + 3]]
        if len(following) < 2:
            following.append("")
        if word in _AFTER_THAT:
            end = tokens[at][2]  # "shortly afterward", "soon thereafter"
            if at and tokens[at - 1][0] in _HOW_SOON:
                start = tokens[at - 1][1]
        elif word in _LENGTHS and word.endswith("s") and following[0] in ("later", "earlier"):
            end = tokens[at + 1][2]  # "weeks later"
        elif (word in _HOW_MANY or word.isdigit()) and following[0] in _LENGTHS and following[1] in _SIDES:
            end = tokens[at + 2][2]  # "three days after", "the day before"
        elif word == "the" and following[0] in _NEXT and following[1] in (*_LENGTHS, "morning", "evening"):
            end = tokens[at + 2][2]  # "the following month"
        else:
            continue
        if is_free(taken, start, end) and not any(start < other_end for _, _, other_end in found):
            found.append((text[start:end], start, end))
    return tuple(found)

