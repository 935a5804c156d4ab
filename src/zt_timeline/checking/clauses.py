"""The clauses of a claim: which words, acts and dates belong together ("On April 6, 2018,
Sessions announced ..., after a pilot in 2015"), so that each part is judged with its own: what
a clause says happened to what a number counts (whether it denies what it says is denials.py's)."""

from __future__ import annotations

import re

from msgspec.structs import replace

from ..model.dates import PartialDate
from ..model.enums import Action, FigureStatus
from .actions import ActMention, find_acts
from .claim_dates import DateAspect, DateMention, bounded
from .claims import ParsedClaim
from .index import Entry
from .parts import Finding, PartKind, Unchecked, Verdict
from .patterns import deferred
from .statuses import statuses_in
from .subject import Subject
from .words import content_words

INTRODUCTORY = 5  # words of a clause that is only a date ("On April 6, 2018,"): it dates the next clause's act
_PARTICIPLE = re.compile(r"\s*,\s*(?=\w+ing\b)")  # a clause that goes on to say what the one before did
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]+\s|\band\b|\bbut\b|\bwho\b|\bwhich\b|\bafter\b|\bdespite\b")


def clause_span(text: str, start: int, end: int, figures: bool = False) -> tuple[int, int]:
    """Where the clause around a span begins and ends: the nearest clause breaks on either side.
    With `figures`, the comma of a figure ("2,000") breaks nothing, so that a number's clause
    reaches what its sentence says after the figure ("the roughly 2,000 children ... within the
    next 30 days"); a date's clause keeps to the words before a figure, as dates are judged with
    the acts nearest them."""
    # (nor does a number restated in digits, "under five (5) years of age", nor the "and" of an age
    # group, "aged 5 years and older")
    restated = [match.span() for match in _RESTATED.finditer(text)] if "(" in text else []
    if any(group in text for group in _AGE_GROUPS):
        restated += [match.span(1) for match in _AGE_AND().finditer(text)]
    breaks = [match.span() for match in _CLAUSE.finditer(text)
              if not (figures and match.group() == "," and _THOUSANDS.match(text, match.end()))
              and not any(a <= match.start() < b for a, b in restated)]
    left = max((b for a, b in breaks if b <= start), default=0)
    right = min((a for a, b in breaks if a >= end), default=len(text))
    return left, right


_THOUSANDS = re.compile(r"\d{3}\b")
_RESTATED = re.compile(r"(?<=[a-z] )\(\d{1,4}\)")
_AGE_GROUPS = ("and older", "and over", "and up", "and above", "and younger", "and under")
_AGE_AND = deferred(r"\b(?:\d{1,2}|five|six|ten|twelve)\s+(?:years?\s+(?:old\s+)?)?(and)\s+"
                    r"(?:older|over|up|above|younger|under)\b", re.I)


def clause(text: str, start: int, end: int, figures: bool = False) -> str:
    """The words around a span up to the nearest clause break on either side."""
    left, right = clause_span(text, start, end, figures)
    return text[left:right]


_DAYS_THING = deferred(r"['’]s\s+(?:[a-z-]+\s+){0,2}[a-z-]+")  # "Wednesday's attack", "Monday's court ruling"


def date_subject(subject: Subject, text: str, mention: DateMention, dates: tuple[DateMention, ...],
                  acts: tuple[ActMention, ...]) -> Subject:
    """What the claim says happened on one of its dates: the acts nearer this date than any other
    ("On April 6, 2018, Sessions announced ..."; "resigned in 2018, after the pilot in 2015"),
    with the words of their clauses and the date's own."""
    def distance(act: ActMention, other: DateMention) -> int:
        return max(other.start - act.end, act.start - other.end, 0)

    if text.startswith(("'s", "’s"), mention.end) and (whose := _DAYS_THING().match(text, mention.end)) is not None \
            and "deadline" not in whose.group():
        # "to quit following Wednesday's attack on the Capitol", "Tuesday's ruling": the day of the
        # thing it names, whatever the clause says happened (a deadline's is the day of what the
        # clause says must be done by then)
        mine = tuple(act for act in acts if whose.start() <= act.start < whose.end())
        return subject.narrowed(mine, frozenset(content_words(text[mention.start : whose.end()])))
    left, right = clause_span(text, mention.start, mention.end)
    # ("separations occurred before the policy was publicly announced in April 2018": the date is
    # the announcement's, in the clause "before" opens, and so are the words that say what it is)
    subordinate = any(word in text for word in ("before", "after", "until", "when", "while", "since", "because",
                                                "following"))
    opened = [match for match in (SUBORDINATE().finditer(text, left, mention.start) if subordinate else ())
              if any(match.end() <= act.start < mention.start for act in acts)]
    if opened:
        left = opened[-1].start()
    mine = tuple(act for act in acts if left <= act.start and act.end <= right)
    following = _PARTICIPLE.match(text, right)
    if following:  # "reversed course Wednesday, signing an executive order": the same deed, told
        after, end = clause_span(text, following.end(), following.end())
        mine += tuple(act for act in acts if after <= act.start and act.end <= end)
        right = end
    coordinated = joined_by_and(text, right) if not mine else None
    if coordinated is not None:  # "caved to pressure on Thursday and signed an executive order": one doer, one day
        mine = tuple(act for act in acts if act.is_verb and act.start == coordinated.end())
        if mine:
            right = clause_span(text, mine[0].start, mine[0].end)[1]
    if not mine and len(text[left:right].split()) <= INTRODUCTORY:
        # "On April 6, 2018, Sessions announced": a date on its own takes the act of the next clause
        mine = tuple(act for act in acts if min(dates, key=lambda other: distance(act, other)) is mention
                     and not any(d is not mention and clause_span(text, d.start, d.end)[0] <= act.start
                                 <= clause_span(text, d.start, d.end)[1] for d in dates)
                     and not bounded(clause(text, act.start, act.end)))
    words = set(content_words(text[left:right]))
    for act in mine:
        if not left <= act.start < right:  # (an act of the next clause: its clause's words too)
            words.update(content_words(clause(text, act.start, act.end)))
    # (a clause "since" or "before" opens has its own people: "ICE has been led by acting directors
    # since the Obama administration ended in January 2017" dates no act of ICE's)
    return subject.narrowed(mine, frozenset(words), (left, right) if opened else None)


# The words that open a clause of its own, with its own act and date ("before", "after", "when").
SUBORDINATE = deferred(r"\b(?:before|after|until|when|while|since|because|following)\b", re.I)
_AND_VERB = deferred(r"\s*,?\s*and\s+", re.I)


def joined_by_and(text: str, position: int) -> re.Match[str] | None:
    """ "and" right after a position (past a comma): what follows shares what came before ("caved
    to pressure on Thursday and signed an executive order")."""
    return _AND_VERB().match(text, position) if "and" in text[position : position + 8] else None


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


# A clause that says what must happen of its own ("all parents must be allowed to speak to their
# children within 10 days"): its limit is of that, never of what another clause says must happen.
_OWN_DEMAND = (r"\b(?:must|shall|should|ha(?:s|ve) to|requir(?:e|es|ed|ing)|allow(?:ed|s)?|permit(?:ted|s)?|"
               r"provid(?:e|es|ed|ing))\b")  # compiled on first use, by re, as _BARS below


def what_happened(clause_text: str, outside: str, limit: bool) -> frozenset[FigureStatus]:
    """What the claim says happened (or, for a limit, must happen) to what a number counts: its
    clause's words, else the sentence's; a limit in a clause that makes its own demand takes only
    the clause's ("... reunited in 30 days, and parents must be allowed to call within 10 days")."""
    own = statuses_in(clause_text, limit)
    if limit and own and not re.search(_OWN_DEMAND, clause_text, re.I) and own <= _WHO_IS_COUNTED:
        # "or 14 days if the detained child is under 5": 'detained' says which child, and what must
        # happen within the limit is what the sentence says must (reunite), if it says anything else
        wider = own | statuses_in(outside, limit)
        return (wider - _WHO_IS_COUNTED) or wider
    if own or (limit and re.search(_OWN_DEMAND, clause_text, re.I)):
        return own
    return statuses_in(outside, limit)


# What says who is counted rather than what must happen to them, beside a limit.
_WHO_IS_COUNTED = frozenset({FigureStatus.IN_CUSTODY, FigureStatus.SEPARATED, FigureStatus.IDENTIFIED})


# Words that make a length of time a limit on what the clause says ("bars the government from
# keeping children in detention for more than 20 days"): the limit is the length, whatever the
# qualifier says of what is barred.
_BARS = (r"\b(?:bars?|barred|barring|prohibit(?:s|ed|ing)?|forbid(?:s|den|ding)?|no\s+longer\s+than|"
         r"caps?|capped|limit(?:s|ed|ing)?|(?:cannot|can\s*not|can['’]t|may\s+not|must\s+not)\s+be\s+"
         r"(?:held|detained|kept))\b")  # ("cannot be held for more than 20 days": a limit of 20)


def bars(clause_text: str) -> bool:
    """Whether a clause sets a limit by barring what goes beyond it."""
    return bool(re.search(_BARS, clause_text, re.I))


_SINCE = deferred(r"\b(?:since|before|until)\s+$", re.I)  # "the largest increase since 2011": a claim all the same


def unread_years(parsed: ParsedClaim, text: str, found: list[Entry]) -> list[Unchecked]:
    """The years the claim gives beside a part it checks that zt reads neither as a date nor as a
    count ("a 2007 settlement that bars ... more than 20 days"): not checked, unless a record a part
    was found in names or dates that year ("a 2019 funding shortfall" of a projected 2019 shortfall).
    A year in a clause of its own ("... the 2016 election") is left alone, but not one a comparison
    runs from ("..., the largest increase since 2011")."""
    spans = [clause_span(text, start, end, figures=True) for start, end in
             [(d.start, d.end) for d in parsed.dates] + [(n.start, n.end) for n in parsed.numbers]]
    return [Unchecked(year, PartKind.DATE, "a year not read as a date here (\"a 2007 settlement\"): what it dates "
                                           "is not checked")
            for year, at in parsed.loose_years
            if (any(left <= at < right for left, right in spans) or _SINCE().search(text[max(0, at - 12) : at])
                or _names_an_act(text, at + len(year)))
            and not any(year in entry.record.headline or (entry.date and str(entry.date.year) == year)
                        for entry in found)]



def _names_an_act(text: str, end: int) -> bool:
    """Whether the words right after a year name an act of the kind the data records ("a 2007
    court settlement", "the 2015 ruling"), rather than something it does not ("the 2016
    election")."""
    after = " ".join(text[end:].split()[:3])
    return bool(find_acts(after)) or bool(_AGREEMENT().match(after))


_AGREEMENT = deferred(r"(?:[\w-]+\s+)?(?:agreement|decree|consent|accord|law|act|rule|regulation)s?\b", re.I)


_DETERMINER = deferred(r"\b(?:the|a|an|its|his|her|their|this|that)\s+$", re.I)
_NOUN_AFTER = deferred(r"\s+[a-z]")


def attributive(finding: Finding, text: str, mention: DateMention, record_action: Action | None) -> Finding:
    """A date's finding, not contradicted when the date describes a thing the claim names rather
    than dates what it says happened ("makes public the December 2017 draft memo": the memo's
    date, not the day it was made public)."""
    if finding.verdict is not Verdict.CONTRADICTED or not _DETERMINER().search(text[max(0, mention.start - 8) :
                                                                                 mention.start]) \
            or not _NOUN_AFTER().match(text, mention.end) or record_action is None:
        return finding
    named = find_acts(" ".join(text[mention.end :].split()[:4]))
    if any(act.action is record_action for act in named):
        return finding  # "won a June 6 preliminary injunction": the injunction's own day
    return replace(finding, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                   note="a date that describes something the claim names, not when it happened")
