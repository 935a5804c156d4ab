"""The parts of a claim zt finds but never checks, each of which keeps the claim from being
supported whole: a time counted from another event ("three days after"), whose care people were
in, who came before or after in a post, which of several events of a kind. Each has its module;
this gathers them for the checker."""

from __future__ import annotations

from .claims import ParsedClaim
from .parts import PartKind, Unchecked

_OFFSET = "a time counted from another event the claim names, whose date it does not give: not checked"


def never_checked(parsed: ParsedClaim, text: str) -> list[Unchecked]:
    """The parts of the claim (`text`: its words outside quotations) zt does not check."""
    found = [Unchecked(offset, PartKind.DATE, _OFFSET) for offset in parsed.offsets]
    folded = text.casefold()
    # (each module is loaded only for a claim that has a word it looks for: most have none)
    if any(cue in folded for cue in ("care", "custody", "hands of")):
        from .custody import custody_not_checked

        found += custody_not_checked(text)
    if any(cue in folded for cue in ("replac", "succe", "followed by", "in place of", "predecessor")) \
            or (any(cue in folded for cue in ("person to", "woman to", "man to", "in the post", "in that post",
                                              "in the job", "in the role", "in the position", " to serve", " to hold"))
                and any(word in folded for word in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                                                    "eighth", "ninth", "tenth", "th ", "st ", "nd ", "rd "))):
        from .succession import succession_not_checked

        found += succession_not_checked(text)
    if any(cue in folded for cue in ("debate", "hearing", "meeting", "visit", "trip", "interview", "speech", "tenure",
                                     "term", "stint")):
        from .ordinals import order_not_checked

        found += order_not_checked(text)
    return found
