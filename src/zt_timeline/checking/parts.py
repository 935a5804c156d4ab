"""The verdict on one part of a claim, shared by every check (numbers.py, dates.py, quotes.py,
people.py, outlets.py): a Finding with its verdict, the record it was checked against and
what it says. A part is judged only against the records the claim is about (about.py).

The rules, in short:
- supported: an account of the record the part is about implies what the claim says (a
  recorded "6 Apr 2018" implies "in April 2018"; "more than 5,000" implies "more than 3,000").
- contradicted: it cannot be true of that record: another date, a value outside the range the
  qualifiers allow, other words, another speaker or recipient.
- disputed: the sources disagree on this point, and the claim sides with one account.
- unverified: nothing recorded bears on it, or the record is less precise than the claim
  (a claim "in June 2018" about an event known only as "2018" is not contradicted), or the
  claim is not shown to be about any one record.

An account ranked deprecated (an error a source printed) is shown, but it neither makes a
record disputed nor supports a claim: a claim that sides with it alone is contradicted.
"""

from __future__ import annotations

import enum
import re
from typing import NamedTuple

import msgspec

from ..model.dates import PartialDate


class Verdict(enum.StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    DISPUTED = "disputed"
    UNVERIFIED = "unverified"


class PartKind(enum.StrEnum):
    QUOTATION = "quotation"
    SPEAKER = "speaker"
    DATE = "date"
    NUMBER = "number"
    OUTLET = "outlet"
    AGENT = "agent"  # who did it
    OFFICE = "office"  # who held an office when
    PARTY = "party"  # someone else the claim names as part of what happened


class Finding(msgspec.Struct, frozen=True, gc=False):
    """What the data says about one part of a claim."""

    part: str  # as the claim writes it
    kind: PartKind
    verdict: Verdict
    record: str | None  # the id of the record checked against
    recorded: str  # what the data records, in words
    sources: tuple[str, ...] = ()
    note: str | None = None
    differs: str | None = None  # for a contradiction: exactly what differs, in words


class Unchecked(NamedTuple):
    """A part of a claim that was found but could not be checked, and why."""

    part: str
    kind: PartKind
    reason: str
    withholds: bool = False  # a quantity not checked ("at least 130 under age 5"): the claim is not supported whole


def not_checked_where(pattern: re.Pattern[str], text: str, kind: PartKind, reason: str) -> list[Unchecked]:
    """Each place a pattern finds a part zt never checks, as a part that keeps the claim from
    being supported whole."""
    return [Unchecked(match.group(0).rstrip("."), kind, reason, withholds=True) for match in pattern.finditer(text)]


# --- accounts --------------------------------------------------------------------------------------

def relation(claim: tuple[float, float, bool, bool], account: tuple[float, float, bool, bool]) -> str:
    """'implies' when every value the account allows is one the claim allows; 'apart' when no
    value is allowed by both; 'overlaps' otherwise."""
    (c_low, c_high, c_low_in, c_high_in), (a_low, a_high, a_low_in, a_high_in) = claim, account
    above = a_low > c_low or (a_low == c_low and (c_low_in or not a_low_in))
    below = a_high < c_high or (a_high == c_high and (c_high_in or not a_high_in))
    if above and below:
        return "implies"
    if a_high < c_low or a_low > c_high or (a_high == c_low and not (a_high_in and c_low_in)) \
            or (a_low == c_high and not (a_low_in and c_high_in)):
        return "apart"
    return "overlaps"


def errors_note(deprecated: list[tuple[str, tuple[str, ...], str | None]]) -> str | None:
    """A note naming the accounts ranked as errors that say what the claim says, and why."""
    if not deprecated:
        return None
    return "; ".join(f"{said} ({', '.join(sources)}) is an error: {why or 'ranked deprecated'}"
                     for said, sources, why in deprecated)


# The parts that say what happened: a claim is supported only when one of them is (an office
# held by the person it names, in a claim whose act the data does not hold, supports nothing).
_FACTS = frozenset({PartKind.DATE, PartKind.NUMBER, PartKind.QUOTATION, PartKind.AGENT, PartKind.SPEAKER,
                    PartKind.OUTLET})


def claim_verdict(findings: tuple[Finding, ...], unchecked: tuple[Unchecked, ...] = (),
                  tenure: bool = False) -> Verdict:
    """Contradicted if any part is, else disputed if any is, else supported if every part is and
    no date of the claim went unchecked (one wrong date beside a right one must not pass).
    `tenure`: the claim says only who held an office when ("Nielsen was secretary in June
    2018"), so that part says what it states."""
    facts = _FACTS | {PartKind.OFFICE} if tenure else _FACTS
    if not any(f.kind in facts and f.verdict is not Verdict.UNVERIFIED for f in findings):
        return Verdict.CONTRADICTED if any(f.verdict is Verdict.CONTRADICTED for f in findings) else \
            Verdict.UNVERIFIED
    checked = [finding.verdict for finding in findings]
    if Verdict.CONTRADICTED in checked:
        return Verdict.CONTRADICTED
    if Verdict.DISPUTED in checked:
        return Verdict.DISPUTED
    if checked and all(verdict is Verdict.SUPPORTED for verdict in checked) \
            and not any(part.kind is PartKind.DATE or part.withholds for part in unchecked):
        return Verdict.SUPPORTED
    return Verdict.UNVERIFIED


class RecordRef(NamedTuple):
    """A record a claim is about (or only near): its id, its title, its sources."""

    id: str
    title: str
    sources: tuple[str, ...]


class ClaimCheck(msgspec.Struct, frozen=True, gc=False):
    """One claim, its verdict, and what the data says about each of its parts."""

    claim: str
    verdict: Verdict
    findings: tuple[Finding, ...]
    speaker: str | None = None  # the name of whoever the claim quotes, for ClaimReview
    date: PartialDate | None = None  # the first date the claim states
    about: RecordRef | None = None  # the record the claim is shown to be about
    closest: RecordRef | None = None  # when it is about none: the nearest, about something else
    unchecked: tuple[Unchecked, ...] = ()  # parts found but not checked, and why

    @property
    def checkable(self) -> bool:
        return bool(self.findings or self.unchecked)
