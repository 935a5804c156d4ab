"""Whose care or custody a claim says people were put in ("diverted 1,995 children into the care
of the Department of Homeland Security"). The data records what was counted and what happened
to it, not which agency held the people counted, so this part is never checked, and a claim
that gives it is not supported whole: a wrong agency beside a right number must not pass."""

from __future__ import annotations

from .parts import PartKind, Unchecked, not_checked_where
from .patterns import deferred

_CUSTODY = deferred(r"\b(?:into|in|to|under|from)\s+(?:the\s+)?(?:care|custody|hands)\s+of\s+(?:the\s+)?"
                    r"[A-Z][\w.&'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w.&'’-]*){0,6}|"
                    r"\b(?:into|in|to|from)\s+(?:the\s+)?[A-Z]{2,5}\s+(?:care|custody)\b")
_REASON = "whose care or custody they were in is not recorded: not checked"


def custody_not_checked(text: str) -> list[Unchecked]:
    """The agencies the claim says held the people it speaks of."""
    return not_checked_where(_CUSTODY(), text, PartKind.PARTY, _REASON)
