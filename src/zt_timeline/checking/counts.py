"""One number of a claim, read as a count and judged: its clause's dates, whether it says what
happened or what must happen within a limit, what happened to what it counts, its age group,
and the whole group of "57 of the 103 children"; then the figures (numbers.py)."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..model.enums import FigureStatus, Modality
from ..model.records import Figure
from .bounds import Bound
from .claim_dates import DateMention
from .claims import NumberMention, is_time
from .clauses import bars, clause, clause_span, what_happened
from .date_accounts import dates_relation
from .deadlines import age_scope
from .index import ClaimIndex
from .modality import modality_before, modality_in
from .numbers import check_number
from .parts import Finding, PartKind, Unchecked, Verdict
from .patterns import deferred
from .periods import Counted
from .statuses import statuses_in
from .subject import Subject
from .words import content_words

_POSSESSIVE_DATE = re.compile(r"['’]s?\b")
_WHOLE_GROUP = deferred(r"\bof\s+(?:the|those|these|all)\s+$", re.I)
_TOLD = deferred(r"\b(?:reported|reports|said|says|announced|released|published|found|identified|counted|tallied)\b",
                 re.I)  # a date beside these may be the day a count was given, not of what it counts
QUANTITY = 20  # a number this large whose unit is not read is a count not checked (smaller: an age, a day)
_NO_UNIT = "the claim does not say what the number counts"


class CountJudged(NamedTuple):
    """A number's verdict (or why it was not checked), the figure it was found in, and its clause."""

    finding: Finding | Unchecked
    figure: Figure | None
    left: int
    right: int


def _modality(number: NumberMention, clause_text: str, text: str) -> tuple[Modality, NumberMention]:
    """Whether the number says what happened, or what must happen within a limit of time."""
    modality = modality_in(clause_text) or modality_before(text, number.start) or Modality.RECORDED
    if is_time(number.unit) and bars(clause_text):  # "bars ... for more than 20 days": a limit of 20
        return Modality.LIMIT, number._replace(bound=Bound.IN_WEEKS if number.bound is Bound.IN_WEEKS
                                               else Bound.EXACT)
    if modality is Modality.LIMIT and not is_time(number.unit):
        return Modality.RECORDED, number  # "the deadline to reunite 2,551 children": a limit is of time
    if modality is Modality.RECORDED and is_time(number.unit) and statuses_in(clause_text, True) \
            and not statuses_in(clause_text):
        return Modality.LIMIT, number  # "ordering that families be reunited in 30 days": what must happen
    if modality is Modality.RECORDED and is_time(number.unit) and not statuses_in(clause_text) \
            and not statuses_in(text) and statuses_in(text, True):
        return Modality.LIMIT, number  # "two weeks to return children younger than 5 ... and 30 days for the others"
    return modality, number


def _of_another_period(mention: DateMention, figure: Figure, clause_text: str) -> bool:
    """Whether a date of the number's clause lies wholly outside the period a figure counts, and
    is not the day it was given ("reported in June 2021 that it had identified 3,913 children")."""
    assert figure.start is not None
    end = figure.until or figure.date
    if figure.date is not None and _TOLD().search(clause_text) \
            and dates_relation(mention, figure.date, None) != "apart":
        return False
    if mention.within is not None:  # "this summer", "early 2018": the part of the year it names
        first, last = mention.within
        return last < figure.start.first_day or (end is not None and first > end.last_day)
    return dates_relation(mention, figure.start, end) == "apart"


def judge_count(index: ClaimIndex, number: NumberMention, text: str, subject: Subject,
                dates: tuple[DateMention, ...], counted: list[Counted]) -> CountJudged:
    """One number of the claim `text` (its words outside quotations) against the figures."""
    clause_text = clause(text, number.start, number.end, figures=True)
    left, right = clause_span(text, number.start, number.end, figures=True)
    # The clause's dates, but not one that only says whose something is ("today's deadline").
    own_dates = tuple(d for d in dates if left <= d.start < right  # (a span may run on past it)
                      and (d.end <= right or d.until is not None)
                      and not _POSSESSIVE_DATE.match(text, d.end))
    modality, number = _modality(number, clause_text, text)
    words = frozenset(content_words(clause_text))
    found_with = tuple(found for *_, found, _ in counted)
    # A limit of time counts what must happen by it ("to reunite ... within 14 days").
    finding, figure = check_number(index, number, subject, words,
                                   what_happened(clause_text, text, modality is Modality.LIMIT), modality,
                                   own_dates, found_with, age_scope(clause_text))
    if finding.verdict is Verdict.UNVERIFIED and _WHOLE_GROUP().search(text, max(0, number.start - 12), number.start):
        # "57 of the 103 children were returned": 103 is the group, whatever happened to some of it;
        # its count may support the number, never contradict it (counted anew day by day)
        group, counted_as = check_number(index, number, subject, words, frozenset({FigureStatus.IDENTIFIED}),
                                         Modality.RECORDED, own_dates, found_with, age_scope(clause_text))
        if group.verdict in (Verdict.SUPPORTED, Verdict.DISPUTED):
            finding, figure = group, counted_as
    if finding.verdict is Verdict.CONTRADICTED and isinstance(figure, Figure) and figure.start is not None \
            and own_dates and all(_of_another_period(d, figure, clause_text) for d in own_dates):
        # ("more than 2,500 family separations ... this summer": not the count of October 2016 to
        # February 2018, whatever it was)
        finding = Finding(finding.part, PartKind.NUMBER, Verdict.UNVERIFIED, None, finding.recorded, finding.sources,
                          f"closest, of another period: {figure.id} counts from {figure.start.display()}")
    if _NO_UNIT in (finding.note, finding.recorded):
        return CountJudged(Unchecked(number.text, PartKind.NUMBER, "the claim does not say what it counts",
                                     withholds=number.value >= QUANTITY), None, left, right)
    return CountJudged(finding, figure, left, right)
