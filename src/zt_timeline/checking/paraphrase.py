"""What a claim says someone said, in its own words rather than quoted ("Trump said ... that he
hated the children being taken away"): zt does not judge a paraphrase, so where the record the
claim is about lacks its words, it is a part not checked, and the claim is not supported on its
date or speaker alone ("that he loved the children being taken away")."""

from __future__ import annotations

import re

from ..model.timeline import Timeline
from .index import Entry
from .names import NOT_DETAILS, words_of
from .parts import Finding, PartKind, Verdict
from .patterns import deferred
from .words import content_words

# What someone is said to have said, in the claim's own words ("Trump said ... that he hated the
# children being taken away").
_REPORTED = deferred(r"\b(?:said|says|told\s+[^,;]{1,40}?|stated|wrote|writes|tweeted|testified|argued|claimed|"
                     r"insisted|acknowledged|admitted|warned)\s+(?:(?:on|in)\s+[^;]{3,30}?,?\s+)?that\s+"
                     r"(?P<what>[^;]+)", re.I)


def reported_speech(text: str, about: list[Entry], timeline: Timeline, people: frozenset[str]) -> list[Finding]:
    """What a claim says someone said, not quoted, when the records it is about do not have its
    words ("he loved the children being taken away" of words recorded as "I hate ..."): zt does
    not judge a paraphrase, so it is a part not checked, and the claim is not supported."""
    if " that " not in text:
        return []
    said = words_of(about, timeline)
    found = []
    for match in _REPORTED().finditer(text):
        what = match.group("what").strip(" .,")
        extra = {word for word in set(content_words(what)) - said - people - NOT_DETAILS
                 if not any(_alike(word, other) for other in said)}
        if extra:
            found.append(Finding(what, PartKind.QUOTATION, Verdict.UNVERIFIED, None,
                                 "what was said, in the claim's words", (),
                                 f"not checked: the record lacks these words of it: {', '.join(sorted(extra))}"))
    return found


def _alike(word: str, other: str) -> bool:
    """Two forms of one word, as far as stems this crude tell ("hated", "hate")."""
    short, long = sorted((word, other), key=len)
    return len(short) >= 3 and long.startswith(short[:4]) and len(long) - len(short) <= 3
