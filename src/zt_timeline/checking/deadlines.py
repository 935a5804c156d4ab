"""A deadline's day, as a claim writes it ("by July 10", "a July 26 deadline", "deadline of July
10, 2018", "Thursday was the deadline to reunify ...", "to be reunited Tuesday"), against the
deadlines the data records.

The data records a limit of days from a dated order as a figure (modality `limit`, unit days,
status: what must happen by it); its deadline is the order's day plus the limit. A claim's
deadline is judged only against deadlines of what it says must happen (reunite is not release),
and of the same age group where the claim names one ("children under 5"); it is supported when it
is one of them, and contradicted only when it is none of them and lies within weeks of the one it
is about. The record named is the event of the deadline day, when the data has one.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import NamedTuple

from msgspec.structs import replace

from ..model.dates import Precision
from ..model.enums import Modality
from ..model.records import Event, Figure
from .claim_dates import DateAspect, DateMention
from .clauses import clause
from .date_accounts import shown
from .index import ClaimIndex, Entry
from .parts import Finding, PartKind, Verdict
from .patterns import deferred
from .statuses import intended_in

NEAR_DAYS = 45  # a claimed deadline this near a recorded one of the same thing is about it


class Deadline(NamedTuple):
    """A recorded deadline: its day, the limit it ends, and the record that shows it."""

    day: dt.date
    figure: Figure
    named: Entry  # the event of the deadline day, else the limit's own figure
    scope: tuple[str, int] | None  # the age group the limit covers ("under", 5)


_AGE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
              "ten": 10, "twelve": 12, "thirteen": 13, "fourteen": 14, "eighteen": 18}
_AGE = r"(\d{1,2}|" + "|".join(_AGE_WORDS) + r")"


@functools.cache  # compiled when a claim first gives a deadline: most claims never do
def _ages() -> tuple[re.Pattern[str], re.Pattern[str]]:
    under = re.compile(r"\b(?:under|younger than|below|less than)\s+(?:the\s+)?(?:age\s+)?(?:of\s+)?" + _AGE + r"\b",
                       re.I)
    over = re.compile(_AGE + r"\s*(?:years?\s+old\s+)?(?:and|or)\s+(?:up|over|older|above)\b|"
                      r"\b(?:ages?|aged)\s+" + _AGE + r"\s*(?:-|–|to|through)\s*\d{1,2}\b|"
                      r"\b(?:older than|over)\s+(?:the\s+)?(?:age\s+)?(?:of\s+)?" + _AGE + r"\b", re.I)
    return under, over


def _age(text: str) -> int:
    return int(text) if text.isdigit() else _AGE_WORDS[text.casefold()]


# Words without one of which no age group is named (a look-up before the patterns).
_AGE_CUES = ("under ", "young", "below ", "less than", "older", "oldest", "youngest", " and up", " and over",
             " or over", " and above", "ages ", "aged ", "over ")


def age_scope(text: str) -> tuple[str, int] | None:
    """The age group a text names: ("under", 5) for "children under 5", ("over", 5) for "ages 5
    and up" or "aged five and over"; None when it names none, or both."""
    folded = text.casefold()
    if not any(cue in folded for cue in _AGE_CUES):
        return None  # (and the patterns are not compiled)
    under_pattern, over_pattern = _ages()
    under, over = under_pattern.search(text), over_pattern.search(text)
    if not under and not over and ("older" in text or "young" in text or "oldest" in text):
        # "a July 26 deadline to reunite older children": the group above (or below) the age the
        # order draws, whatever that age is (0: not said)
        relative = _RELATIVE_AGE().search(text)
        if relative is None:
            return None
        word = (relative.group(1) or relative.group(2)).casefold()
        return "over" if word in ("older", "oldest") else "under", 0
    if bool(under) == bool(over):
        return None
    if under is not None:
        return "under", _age(under.group(1))
    assert over is not None
    return "over", _age(next(group for group in over.groups() if group))


_RELATIVE_AGE = deferred(r"\b(older|younger|young)\s+(?:migrant\s+|immigrant\s+)?"
                         r"(?:children|kids|minors|ones|youngsters)\b|"
                         r"\b(?:the\s+)?(youngest|oldest)\b", re.I)


def same_age_group(claimed: tuple[str, int], recorded: tuple[str, int] | None) -> bool:
    """Whether a recorded age group is the one a claim names ("older children": any group above an age)."""
    return recorded is not None and recorded[0] == claimed[0] and claimed[1] in (0, recorded[1])


def recorded_deadlines(index: ClaimIndex) -> tuple[Deadline, ...]:
    """Every deadline the data's limits of days give, with the record that shows it."""
    found = []
    for entry in index.entries:
        figure = entry.record
        if not isinstance(figure, Figure) or entry.modality is not Modality.LIMIT or figure.date is None \
                or figure.date.precision is not Precision.DAY or not (figure.unit or "").startswith("day"):
            continue
        day = figure.date.first_day + dt.timedelta(days=int(figure.value))
        order = index.by_id.get(figure.event) if figure.event else None
        on_the_day = [other for other in index.entries if isinstance(other.record, Event) and other.date is not None
                      and other.date.precision is Precision.DAY and other.date.first_day == day
                      and "deadline" in other.record.title.casefold()
                      and (order is None or bool(other.actors & order.actors))]
        named = max(on_the_day, key=lambda other: len(other.actors & order.actors) if order else 0, default=entry)
        found.append(Deadline(day, figure, named, age_scope(figure.label)))
    return tuple(found)


# The words around a date that make it a deadline's day (patterns compiled on first use, by re),
# and words one of which must be near for any of them to be there.
_WEEKDAY_BEFORE = deferred(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*$")
_WEEKDAY_TAIL = deferred(r",?\s*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,?$")
_CUES = (" by", " until", " than", "days (", " day")
_BEFORE = (r"(?:\bdeadlines?\s+(?:of|on|is|was|will\s+be|falls\s+on)\s+(?:this\s+|next\s+)?|"
           r"\bdeadlines?\b[^.;]{0,80}?\b(?:is|was|will\s+be|falls\s+on)\s+(?:[A-Z][a-z]+day,?\s+)?|"
           r"\b(?:by|until|no\s+later\s+than)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?day\s+)?"
           r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?|"
           r"\b\d+\s+days\s*\(\s*)$")
_NAMED_BEFORE = r"\bdeadlines?\s+(?:of|on|is|was|will\s+be|falls\s+on)\s+(?:this\s+|next\s+)?$"
_AFTER = (r"^(?:,?\s*(?:19|20)\d\d)?,?\s*(?:(?:court|judge)[- ](?:ordered|imposed|mandated|set)\s+|"
          r"reunification\s+)?deadlines?\b|^\s+(?:is|was|will\s+be|marks|marked|came|comes)\s+the\s+(?:[\w-]+\s+){0,3}"
          r"deadline\b")  # ("Tonight marks the second court ordered deadline")


def is_deadline(text: str, mention: DateMention) -> bool:
    """Whether the claim gives this date as a deadline's day: beside the word "deadline", after
    "by" or "until", or right after what is to happen ("to be reunited Tuesday")."""
    before, after = text[max(0, mention.start - 100) : mention.start], text[mention.end : mention.end + 60]
    tail = _WEEKDAY_TAIL().sub("", before.rstrip().casefold())  # ("by Tuesday, July 10": by July 10)
    cued = "deadline" in f"{before} {after}".casefold() or tail.endswith(_CUES) or tail in ("by", "until")
    if cued and (re.search(_BEFORE, before, re.I) or re.match(_AFTER, after, re.I)):
        return True
    # "to be reunited Tuesday" gives the day they are to be; "ordered ... to reunite families on
    # June 26" gives the day of the order.
    return not tail.endswith((" on", " in")) and bool(intended_in(before[-24:]))


_ANOTHER_GROUP = deferred(r"\b(?:another|other|others|remaining|rest)\b", re.I)


def check_deadline(deadlines: tuple[Deadline, ...], mention: DateMention, clause_text: str, sentence: str,
                   alone: bool) -> Finding | None:
    """A deadline's day against the recorded deadlines of what must happen by it; None when the
    claim does not say what, or the data records no deadline of it. `alone`: the claim gives no
    other deadline, so an age group it names anywhere is this deadline's."""
    if mention.date.precision is not Precision.DAY or mention.aspect is DateAspect.SPAN:
        return None  # (a deadline "until end of day July 28" reads as an end: it is a day all the same)
    # What must happen by it: its clause's, else the sentence's, unless the clause says another
    # thing is to happen ("by July 10, parents be allowed to speak with their children by July 6":
    # not reunited; "and all other children by July 26": reunited, as the sentence says).
    another = not alone and re.search(r"\b(?:be|to)\s+[a-z]+", clause_text) is not None
    statuses = intended_in(clause_text) or (frozenset() if another else intended_in(sentence))
    alike = [d for d in deadlines if d.figure.status in statuses]
    if not alike:
        return None
    own_scope = age_scope(clause_text)
    scope = own_scope or (age_scope(sentence) if alone else None)
    if scope is not None:
        of_any_age = alike
        alike = [d for d in alike if same_age_group(scope, d.scope)]
        if not alike and all(d.scope is not None for d in of_any_age):
            # "a July 10 deadline to reunify children under the age of ten": the recorded deadlines
            # are for other age groups, so the day is not shown to be any of theirs
            return Finding(shown(mention), PartKind.DATE, Verdict.UNVERIFIED, None,
                           f"no recorded deadline for children {scope[0]} {scope[1]}",
                           note="the recorded deadlines are for other age groups")
    ordinal = re.search(_ORDINAL, sentence[max(0, mention.start - 50) : mention.start], re.I)
    if ordinal is not None:  # "a second deadline of July 26": the second of one order's deadlines
        alike = _nth(alike, ordinal.group(1).casefold())
    if not alike:
        return None  # no recorded deadline for that age group ("children under ten")
    claimed = mention.date.first_day
    # A weekday may be the one before the text or the one after it ("must be reunited by Tuesday"),
    # whichever way the words around it were read:
    # either reading may support it, and neither contradicts it. A day whose year was read from the
    # text's date ("a deadline of July 26" in a piece of 2021) is taken in each deadline's year.
    weekday = mention.relative and mention.text.casefold().endswith("day")  # "Tuesday", not "July 10"
    week = dt.timedelta(days=7)
    readings = {claimed - week, claimed, claimed + week} if weekday else {claimed}

    def read(deadline: Deadline) -> set[dt.date]:
        return {_in_year(claimed, deadline.day.year)} if mention.relative and not weekday else readings

    same = [d for d in alike if d.day in read(d)]
    if same:
        deadline = same[0]
        written = f"{mention.text} ({deadline.day.strftime('%-d %b %Y')})" if mention.relative else mention.text
        return Finding(written, PartKind.DATE, Verdict.SUPPORTED, deadline.named.record.id,
                       _recorded(deadline), deadline.figure.sources)
    deadline = min(alike, key=lambda d: min(abs((d.day - day).days) for day in read(d)))
    when = deadline.day.strftime("%-d %b %Y")
    # (nor is it contradicted by the deadline of an age group another clause names: "ordered children
    # under five to be reunited Tuesday and another 2,000 ... by July 26")
    if weekday or min(abs((deadline.day - day).days) for day in read(deadline)) > NEAR_DAYS \
            or (scope is not None and own_scope is None
                and _ANOTHER_GROUP().search(clause(sentence, mention.start, mention.end, figures=True)) is not None):
        # The recorded deadlines of this are the ones it may be about: not another record's date.
        return Finding(shown(mention), PartKind.DATE, Verdict.UNVERIFIED, None, _recorded(deadline),
                       deadline.figure.sources, f"a deadline's day that no recorded deadline of it settles ({when})")
    return Finding(shown(mention), PartKind.DATE, Verdict.CONTRADICTED, deadline.named.record.id,
                   _recorded(deadline), deadline.figure.sources, None, f"{mention.text} for {when}")


def _in_year(day: dt.date, year: int) -> dt.date:
    """The same day of another year (Feb. 29 falls back to Feb. 28)."""
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


_ORDINAL = r"\b(first|second|third|final|last)\s+(?:[\w-]+\s+){0,2}deadline\s+(?:of\s+|on\s+|for\s+)?$"
_ORDINALS = {"first": 0, "second": 1, "third": 2, "final": -1, "last": -1}


def _nth(deadlines: list[Deadline], ordinal: str) -> list[Deadline]:
    """The deadline an ordinal names among those of one order (all of them, when they are of
    several orders), in order of their days."""
    orders = {d.figure.event for d in deadlines}
    if len(orders) != 1:
        return []
    ordered = sorted(deadlines, key=lambda d: d.day)
    position = _ORDINALS[ordinal]
    return [ordered[position]] if -len(ordered) <= position < len(ordered) else []


def named_deadline(text: str, mention: DateMention) -> bool:
    """Whether the date names a deadline as a thing ("a July 26 deadline", "the deadline of July
    10"): a claim that denies something of the deadline ("will not meet") does not deny its day."""
    before = text[max(0, mention.start - 40) : mention.start]
    return bool(re.search(_NAMED_BEFORE, before, re.I) or re.match(_AFTER, text[mention.end : mention.end + 60], re.I))


def _recorded(deadline: Deadline) -> str:
    return f"{deadline.day.strftime('%-d %b %Y')}: {deadline.figure.label} ({deadline.figure.value:g} days from " \
           f"{deadline.figure.date.display() if deadline.figure.date else '?'})"


def judge_deadlines(recorded: Callable[[], tuple[Deadline, ...]], mentions: tuple[DateMention, ...], text: str
                    ) -> tuple[dict[int, Finding], list[Finding]]:
    """The claim's dates that are a deadline's day, judged, by where each stands in the claim;
    and those of them named as a thing ("will not meet the July 26 deadline"), whose day a denial
    in their clause does not deny (one given by "by" is judged with its clause)."""
    given = [mention for mention in mentions if not mention.heading and is_deadline(text, mention)]
    judged, kept = {}, []
    for mention in given:
        # ("by Tuesday, July 10": the day's clause runs back past its weekday)
        weekday = _WEEKDAY_BEFORE().search(text, 0, mention.start)
        start = weekday.start() if weekday else mention.start
        # (alone only if no other day is given: "by July 26 - and July 10 for children under 5")
        alone = len(given) == 1 and sum(m.date.precision is Precision.DAY and not m.heading for m in mentions) == 1
        found = check_deadline(recorded(), mention, clause(text, start, mention.end), text, alone)
        if found is not None:
            judged[mention.start] = found
            if named_deadline(text, mention):
                kept.append(found)
    return judged, kept


def not_done_then(finding: Finding, mention: DateMention, text: str) -> Finding:
    """A date beside the word "deadline" that no recorded deadline settled, judged as the day of
    an act: a record of the deadline may support it, but the day of an act done neither supports
    nor contradicts it ("they expect to have the rest reunited by the court's deadline on
    Thursday" is not when any were; "a deadline of July 12" is not the day 57 were)."""
    if "deadline" not in text[max(0, mention.start - 60) : mention.end + 30].casefold():
        return finding
    # (a record of the deadline itself may support its day; no other record may)
    wrongly_supported = finding.verdict is Verdict.SUPPORTED and "deadline" not in finding.recorded.casefold() \
        and is_deadline(text, mention)
    if finding.verdict is not Verdict.CONTRADICTED and not wrongly_supported:
        return finding
    return replace(finding, verdict=Verdict.UNVERIFIED, differs=None,
                                   note="a deadline's day, not the day of the act done: not checked against it")
