"""The clauses of a claim: which words, acts and dates belong together ("On April 6, 2018,
Sessions announced ..., after a pilot in 2015"), so that each part is judged with its own."""

from __future__ import annotations

import re

from ..model.dates import PartialDate
from .about import Subject
from .actions import ActMention
from .claim_dates import DateAspect, DateMention, bounded
from .claims import content_words

INTRODUCTORY = 5  # words of a clause that is only a date ("On April 6, 2018,"): it dates the next clause's act
_PARTICIPLE = re.compile(r"\s*,\s*(?=\w+ing\b)")  # a clause that goes on to say what the one before did
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]+\s|\band\b|\bbut\b|\bwho\b|\bwhich\b|\bafter\b|\bdespite\b")


def clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause around a span begins and ends: the nearest clause breaks on either side."""
    breaks = [match.span() for match in _CLAUSE.finditer(text)]
    left = max((b for a, b in breaks if b <= start), default=0)
    right = min((a for a, b in breaks if a >= end), default=len(text))
    return left, right


def clause(text: str, start: int, end: int) -> str:
    """The words around a span up to the nearest clause break on either side."""
    left, right = clause_span(text, start, end)
    return text[left:right]


def date_subject(subject: Subject, text: str, mention: DateMention, dates: tuple[DateMention, ...],
                  acts: tuple[ActMention, ...]) -> Subject:
    """What the claim says happened on one of its dates: the acts nearer this date than any other
    ("On April 6, 2018, Sessions announced ..."; "resigned in 2018, after the pilot in 2015"),
    with the words of their clauses and the date's own."""
    def distance(act: ActMention, other: DateMention) -> int:
        return max(other.start - act.end, act.start - other.end, 0)

    left, right = clause_span(text, mention.start, mention.end)
    mine = tuple(act for act in acts if left <= act.start and act.end <= right)
    following = _PARTICIPLE.match(text, right)
    if following:  # "reversed course Wednesday, signing an executive order": the same deed, told
        after, end = clause_span(text, following.end(), following.end())
        mine += tuple(act for act in acts if after <= act.start and act.end <= end)
        right = end
    if not mine and len(text[left:right].split()) <= INTRODUCTORY:
        # "On April 6, 2018, Sessions announced": a date on its own takes the act of the next clause
        mine = tuple(act for act in acts if min(dates, key=lambda other: distance(act, other)) is mention
                     and not any(d is not mention and clause_span(text, d.start, d.end)[0] <= act.start
                                 <= clause_span(text, d.start, d.end)[1] for d in dates)
                     and not bounded(clause(text, act.start, act.end)))
    words = set(content_words(text[left:right]))
    for act in mine:
        words.update(content_words(clause(text, act.start, act.end)))
    return subject.narrowed(mine, frozenset(words))


def date_beside(text: str, position: int, dates: tuple[DateMention, ...]) -> PartialDate | None:
    """The date of the clause a person is named in, for who held an office then; else the one
    date the sentence gives (a heading's, for a sentence under it); None when it gives none or
    several (then the check is whether the person held the office at all)."""
    points = [mention for mention in dates if mention.aspect is not DateAspect.SPAN]
    for mention in points:
        left, right = clause_span(text, mention.start, mention.end)
        if not mention.heading and left <= position <= right:
            return mention.date
    distinct = {mention.date for mention in points}
    return points[0].date if len(distinct) == 1 else None
