"""Which of several events of a kind a claim names ("the first presidential debate", "his
second hearing", "the final debate"), and how long it says a post was held ("a 26-month
tenure"): zt neither counts a kind's events nor measures tenures given as lengths, so these parts
are not checked, and a claim that gives one is not supported whole."""

from __future__ import annotations

import re

from .parts import PartKind, Unchecked, not_checked_where
from .patterns import deferred

_WHICH_EVENT = deferred(r"\b(?:first|second|third|fourth|final|last|previous|latest)\s+(?:[a-z-]+\s+){0,2}?"
                        r"(?:debate|hearing|meeting|visit|trip|interview|speech)\b", re.I)
# How long someone held a post ("During Nielsen's 26-month tenure", "after six months in the
# post"): not checked either.
_HOW_LONG = deferred(r"\b(?:\d+|[a-z]+)-(?:day|week|month|year)\s+(?:tenure|term|stint)\b|"
                     r"\b(?:\d+|[a-z]+)\s+(?:days|weeks|months|years)\s+(?:in\s+(?:the|that|his|her)\s+"
                     r"(?:post|job|role|office|position)|on\s+the\s+job|in\s+office)\b", re.I)


def which_event_not_checked(text: str) -> list[Unchecked]:
    """The events the claim picks out by their place among others of their kind."""
    return not_checked_where(_WHICH_EVENT(), text, PartKind.DATE, "which of the events of its kind: not checked")


def tenure_not_checked(text: str) -> list[Unchecked]:
    """How long the claim says a post was held."""
    return not_checked_where(_HOW_LONG(), text, PartKind.OFFICE, "how long the post was held: not checked")
