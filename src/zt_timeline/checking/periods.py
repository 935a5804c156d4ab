"""The period a claim gives a count ("2,342 children were separated between May 5 and June 9",
"700 children taken since October 2017") against the period its figure counts (`from`,
`until`): checked only for the figure the claim's number was found in.

A span written whole is supported when both ends fall in the claim's own dates, and
contradicted when an end cannot and the figure records the very number. A bound alone ("since
October 2017") is supported when it is the figure's, never contradicted: "since 2017" is
often loose.
"""

from __future__ import annotations

import re

from ..model.records import Figure
from .claim_dates import DateAspect, DateMention
from .claims import NUMBER_WORDS
from .clauses import SUBORDINATE
from .date_accounts import date_relation, dates_relation, shown
from .figures import figure_accounts
from .parts import Finding, PartKind, Verdict
from .patterns import deferred

_STARTS = deferred(r"\b(?:since|from|as early as|beginning (?:in|on))\s+(?:early\s+|late\s+|mid-)?$", re.I)
_ENDS = deferred(r"\b(?:until|till|through|to)\s+(?:early\s+|late\s+|mid-)?$", re.I)


def of_its_period(mention: DateMention, figure: Figure) -> bool:
    """Whether a span the claim writes is the period the figure counts: both its ends fall in the
    claim's own dates ("between May 5 and June 9" of a count of May 5 - June 9, 2018)."""
    end = figure.until or figure.date
    return mention.until is not None and figure.start is not None and end is not None \
        and dates_relation(mention, figure.start, end) == "implies"


def _window(figure: Figure) -> str:
    start = figure.start.display() if figure.start else "?"
    end = figure.until or figure.date
    return f"{start} – {end.display()}" if end else f"from {start}"


def _finding(mention: DateMention, figure: Figure, verdict: Verdict, note: str | None = None,
             differs: str | None = None) -> Finding:
    return Finding(shown(mention), PartKind.DATE, verdict, figure.id if verdict is not Verdict.UNVERIFIED else None,
                   f"{figure.label}: counted {_window(figure)}", figure.sources if verdict is not Verdict.UNVERIFIED
                   else (), note, differs)


def check_period(mention: DateMention, figure: Figure, exact: bool, before: str) -> Finding | None:
    """The claim's span or bound against the period `figure` counts; None when the figure
    records no period or the date is not a span or a bound of one. `exact`: the figure records
    the claim's number itself (a contradiction needs it). `before`: the text just before the date."""
    if figure.start is None:
        return None
    end = figure.until or figure.date
    if mention.aspect is DateAspect.SPAN and mention.until is not None:
        if of_its_period(mention, figure):
            return _finding(mention, figure, Verdict.SUPPORTED)
        if end is not None and dates_relation(mention, figure.start, end) == "apart" and exact:
            said = f"{mention.date.display()} – {mention.until.display()}"
            return _finding(mention, figure, Verdict.CONTRADICTED, differs=f"{said} for {_window(figure)}")
        return _finding(mention, figure, Verdict.UNVERIFIED, note="the period the count covers is not shown to be this")
    if _STARTS().search(before):
        if date_relation(mention.date, figure.start, None) == "implies":
            return _finding(mention, figure, Verdict.SUPPORTED)
        return _finding(mention, figure, Verdict.UNVERIFIED,
                        note=f"the count recorded begins {figure.start.display()}; a start said loosely is not "
                             "contradicted")
    if _ENDS().search(before) and figure.until is not None \
            and date_relation(mention.date, figure.until, None) == "implies":
        return _finding(mention, figure, Verdict.SUPPORTED)
    return None


# A number's clause (start, end), the figure it was found in, and the number when the figure
# supports it (None when it only may: the sources disagree).
Counted = tuple[int, int, Figure, float | None]
VERY_NUMBER = 0.05  # "more than 2,300" is the figure's 2,342; "more than 2,000" may be another count


_ATTRIBUTION = re.compile(r"^\s*,?\s*according to [^,;.]*,?\s*$")


def period_of(mention: DateMention, counted: list[Counted], text: str) -> Finding | None:
    """The period finding for a date in the clause of a number found in a figure, if any."""
    for left, right, figure, number in counted:
        # A span may run past the clause ("between May 5 and June 9"), or open it ("From May 5 to
        # June 9, 2018, 2,342 children were separated").
        # (an attribution between them is no clause of its own: "From 5 May to 9 June, according to
        # DHS figures, more than 2,300 children were separated")
        between = _ATTRIBUTION.sub("", text[min(mention.end, left) : max(mention.end, left)])
        opens = mention.start < left and not between.strip(" ,")
        if left <= mention.start < right or opens:
            # (a round number is no count's very number: "at least 2,700" may be the floor of two)
            exact = number is not None and number % 100 != 0 \
                and any(abs(account.value - number) <= VERY_NUMBER * account.value
                                               for account in figure_accounts(figure))
            finding = check_period(mention, figure, exact, text[max(0, mention.start - 25):mention.start])
            if finding is not None:
                return finding
    return None


_UP_TO_TWENTY = sorted((word for word, value in NUMBER_WORDS.items() if 0 < value <= 20), key=len, reverse=True)
# "over the course of six recent weeks", "over a two-week period", "in six weeks", "in its first six
# weeks": how long a count ran.
_LENGTH = deferred(r"\b(?:over|during|in|across|within)\s+(?:the\s+course\s+of\s+)?"
                   r"(?:a\s+|an\s+|the\s+|its\s+|their\s+)?"
                   r"(?:(?:past|last|recent|first|initial)\s+)?(?P<n>\d{1,2}|" + "|".join(_UP_TO_TWENTY) + r")[\s-]+"
                   r"(?:(?:recent|past)\s+)?(?P<unit>day|week|month)s?\b", re.I)
_DAYS = {"day": 1, "week": 7, "month": 30}
LENGTH_AGREES = 0.15  # "six weeks" is a count of 43 days: a share of the period, or one of its units, either way
LENGTH_DIFFERS = 1.5  # "ten weeks" or "two weeks" for 43 days: that far apart, either way


def lengths_of(counted: list[Counted], text: str) -> list[Finding]:
    """How long the claim says a count ran ("over six weeks"), against the period of the figure
    its number was found in: supported when it is that long, contradicted when it is far from it
    and the figure records the very number."""
    if not counted or not any(word in text for word in (" days", " week", " month", "-day", "-week", "-month")):
        return []
    found = []
    for match in _LENGTH().finditer(text):
        for left, right, figure, number in counted:
            end = figure.until or figure.date
            if not left <= match.start() < right or figure.start is None or end is None or number is None:
                continue
            count = match["n"].casefold()
            unit = _DAYS[match["unit"].casefold()]
            said = (int(count) if count.isdigit() else NUMBER_WORDS[count]) * unit
            days = (end.last_day - figure.start.first_day).days + 1
            window = f"{figure.label}: counted {_window(figure)} ({days} days)"
            if abs(said - days) <= max(unit, LENGTH_AGREES * days):
                found.append(Finding(match.group(0), PartKind.DATE, Verdict.SUPPORTED, figure.id, window,
                                     figure.sources))
            elif max(said, days) >= LENGTH_DIFFERS * min(said, days) and number % 100 != 0:
                found.append(Finding(match.group(0), PartKind.DATE, Verdict.CONTRADICTED, figure.id, window,
                                     figure.sources, None, f"{said} days for {days}"))
            else:  # ("about 2,000 ... over two weeks": a round number may be another period's count)
                found.append(Finding(match.group(0), PartKind.DATE, Verdict.UNVERIFIED, None, window, (),
                                     "the count found runs another length: this one is not shown to be it"))
            break
    return found



def of_another_clause(figure_id: str, mention: DateMention, found_at: dict[str, list[tuple[int, int]]],
                      text: str) -> bool:
    """Whether a figure a number of the claim was found in is of a clause other than the date's:
    one that "before", "after" or "when" opens between them ("separated more than 2,500 children
    ... before abandoning the policy in August": August is not the count's)."""
    for start, end in found_at.get(figure_id, []):
        between = text[end : mention.start] if mention.start >= end else text[mention.end : start]
        if SUBORDINATE().search(between):
            return True
    return False
