"""One part of a claim against the records: a number against the figures and their other
accounts, a date against the events (quotations: check_quotes.py; outlets: check.py). Each
returns a Finding with its verdict, the record it was checked against and what it says.

The rules, in short:
- supported: an account of the record the part is about implies what the claim says (a
  recorded "6 Apr 2018" implies "in April 2018"; "more than 5,000" implies "more than 3,000").
- contradicted: it cannot be true of that record: another date, a value outside the range the
  qualifiers allow, other words, another speaker or recipient.
- disputed: the sources disagree on this point, and the claim sides with one account.
- unverified: nothing recorded bears on it, or the record is less precise than the claim
  (a claim "in June 2018" about an event known only as "2018" is not contradicted).
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, replace

from ..model.dates import PartialDate
from ..model.quantities import amount
from ..model.records import Event, Figure, FigureVariant, Quote
from .claim_dates import DateAspect, DateMention
from .claims import NumberMention, bound_of, interval, word_stem
from .index import ClaimIndex, Entry

NUMBER_TOPIC = 3.0  # a figure needs this score to be what a number is about when no value matches
DATE_TOPIC = 3.0  # likewise an event, for a date
NEAR_BEST = 0.6  # candidates within this share of the best score are weighed together
EVENT_WEIGHT = 1.3  # for a date, an event counts more than a quotation or figure sharing as many words


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
    TOPIC = "topic"


@dataclass(frozen=True, slots=True)
class Finding:
    """What the data says about one part of a claim."""

    part: str  # as the claim writes it
    kind: PartKind
    verdict: Verdict
    record: str | None  # the id of the record checked against
    recorded: str  # what the data records, in words
    sources: tuple[str, ...] = ()
    note: str | None = None


# --- numbers --------------------------------------------------------------------------------------

def _relation(claim: tuple[float, float, bool, bool], account: tuple[float, float, bool, bool]) -> str:
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


def _figure_accounts(figure: Figure) -> list[Figure | FigureVariant]:
    """The figure's own account, then its variants; a variant that gives no unit counts the
    figure's (a variant only states what differs)."""
    return [figure, *(replace(v, unit=figure.unit) if v.unit is None else v for v in figure.variants)]


_MEASURES = ("USD", "percent")  # units that are never a count of people or things


def _same_unit(number: NumberMention, account: Figure | FigureVariant) -> bool:
    """Whether a number and an account count the same kind of thing. A bare number may be a count
    of anything but money or a share; a count whose unit the source does not give may be of
    anything but money or a share too."""
    if number.unit in _MEASURES or account.unit in _MEASURES:
        return number.unit == account.unit
    if number.unit is None or account.unit is None:
        return True
    return word_stem(number.unit) == word_stem(account.unit)


def _describe(figure: Figure, account: Figure | FigureVariant) -> str:
    when = f", {account.date.display()}" if account.date else ""
    return f"{amount(account)}: {figure.label}{when}"


NUMBER_NEAR = 0.8  # figures within this share of the best score are what a number may be about


def _implying(number: NumberMention, claim, figure: Figure) -> list[int]:
    """The positions (0 the figure's own) of the accounts whose value implies the claim's: the
    figure's own first, then those of the same count at the same time, then the others."""
    found = [position for position, account in enumerate(_figure_accounts(figure))
             if _same_unit(number, account)
             and _relation(claim, interval(account.value, bound_of(account.qualifier))) == "implies"]
    accounts = _figure_accounts(figure)
    return sorted(found, key=lambda position: (position != 0, accounts[position].date != figure.date))


def _number_finding(number: NumberMention, claim, figure: Figure, position: int) -> Finding:
    """The verdict on a figure one of whose accounts implies the claim: disputed when another
    account of the same count at the same time rules it out (or the figure's own does)."""
    accounts = _figure_accounts(figure)
    account = accounts[position]
    same_time = [a for a in accounts if a is not account and _same_unit(number, a)
                 and (a.date is None or account.date is None or a.date == account.date)]
    against = [a for a in same_time if _relation(claim, interval(a.value, bound_of(a.qualifier))) != "implies"
               and (a is figure or _relation(claim, interval(a.value, bound_of(a.qualifier))) == "apart")]
    if against:
        sides = "; ".join(f"{amount(a)} ({', '.join(a.sources)})" for a in (account, *against))
        return Finding(number.text, PartKind.NUMBER, Verdict.DISPUTED, figure.id,
                       f"{figure.label}: the sources count it differently: {sides}",
                       tuple(dict.fromkeys(s for a in (account, *against) for s in a.sources)))
    return Finding(number.text, PartKind.NUMBER, Verdict.SUPPORTED, figure.id, _describe(figure, account),
                   account.sources)


def _distance(a: float, b: float) -> float:
    """How far apart two numbers are, as a ratio (728 is nearer 628 than 5,500)."""
    return abs(math.log((a or 0.5) / (b or 0.5)))


def check_number(index: ClaimIndex, number: NumberMention, claim_words: frozenset[str],
                 claim_actors: frozenset[str], dates: tuple[DateMention, ...]) -> tuple[Finding, Figure | None]:
    claim = interval(number.value, number.bound)
    scored = []
    for entry in index.entries:
        figure = entry.record
        if not isinstance(figure, Figure) or not any(_same_unit(number, a) for a in _figure_accounts(figure)):
            continue
        score = index.score(entry, claim_words, claim_actors)
        if any(a.date and _overlaps(d.date, a.date) for a in _figure_accounts(figure) for d in dates):
            score += 2.0  # the claim's own date points at this count
        if any(a.value == number.value for a in _figure_accounts(figure)):
            score += 3.0  # the very number is recorded here
        scored.append((score, figure))
    scored.sort(key=lambda item: -item[0])
    if not scored or scored[0][0] < NUMBER_TOPIC:
        return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None, "no recorded figure counts this"), None
    near = [figure for score, figure in scored if score >= NUMBER_NEAR * scored[0][0]]
    topical = [figure for score, figure in scored if score >= NUMBER_TOPIC]
    # The figures the number is most about first; then any figure it is about at all, so a
    # number is contradicted only when no record that speaks of it has it.
    for figure in (*near, *topical):
        implying = _implying(number, claim, figure)
        if implying:
            return _number_finding(number, claim, figure, implying[0]), figure
    # None records it: of the figures the number is about, the one the claim is most about and
    # with the nearest value (a misstated number is usually near the true one) says what it is.
    scores = dict((figure.id, score) for score, figure in scored)
    figure = max(topical, key=lambda f: scores[f.id] / (1 + 2 * min(_distance(number.value, a.value)
                                                                   for a in _figure_accounts(f)
                                                                   if _same_unit(number, a))))
    relations = {_relation(claim, interval(a.value, bound_of(a.qualifier))) for a in _figure_accounts(figure)
                 if _same_unit(number, a)}
    verdict = Verdict.CONTRADICTED if relations == {"apart"} else Verdict.UNVERIFIED
    return Finding(number.text, PartKind.NUMBER, verdict, figure.id, _describe(figure, figure), figure.sources), figure


# --- dates -----------------------------------------------------------------------------------------

def _overlaps(a: PartialDate, b: PartialDate) -> bool:
    return a.first_day <= b.plausible_last_day and b.plausible_first_day <= a.last_day


def _date_relation(claim: PartialDate, start: PartialDate, end: PartialDate | None) -> str:
    last = end or start
    if claim.last_day < start.plausible_first_day or claim.first_day > last.plausible_last_day:
        return "apart"
    if not start.qualifier and not (end and end.qualifier) and start.first_day >= claim.first_day \
            and last.last_day <= claim.last_day:
        return "implies"
    return "overlaps"


def _dates_relation(mention: DateMention, start: PartialDate, end: PartialDate | None) -> str:
    """How one account's dates stand to the claim's, by what the claim's date says: when the
    thing happened, when it began, when it ended, or the span it ran."""
    if mention.aspect is DateAspect.START:
        return _date_relation(mention.date, start, None)
    if mention.aspect is DateAspect.END:
        return _date_relation(mention.date, end or start, None)
    if mention.aspect is DateAspect.SPAN:
        ends = (_date_relation(mention.date, start, None), _date_relation(mention.until, end or start, None))
        if "apart" in ends:
            return "apart"
        return "implies" if ends == ("implies", "implies") else "overlaps"
    return _date_relation(mention.date, start, end)


def _entry_accounts(entry: Entry) -> list[tuple[PartialDate, PartialDate | None, tuple[str, ...]]]:
    record = entry.record
    own = [(entry.date, entry.end, record.sources)] if entry.date else []
    if isinstance(record, Event):
        own += [(v.date, v.end, v.sources) for v in record.variants]
    return own


def _when(start: PartialDate, end: PartialDate | None) -> str:
    return f"{start.display()} – {end.display()}" if end and end != start else start.display()


def _years_apart(claim: PartialDate, entry: Entry) -> float:
    start, last = entry.date, entry.end or entry.date
    if claim.last_day < start.first_day:
        return (start.first_day - claim.last_day).days / 365.25
    if claim.first_day > last.last_day:
        return (claim.first_day - last.last_day).days / 365.25
    return 0.0


def _date_finding(mention: DateMention, entry: Entry) -> Finding | None:
    """The verdict on a date against one record, if one of its accounts implies the claim's."""
    accounts = _entry_accounts(entry)
    relations = [_dates_relation(mention, start, end) for start, end, _ in accounts]
    if "implies" not in relations:
        return None
    agreeing = [a for a, r in zip(accounts, relations, strict=True) if r == "implies"]
    against = [a for a, r in zip(accounts, relations, strict=True) if r == "apart"]
    if against:
        sides = "; ".join(f"{_when(start, end)} ({', '.join(sources)})"
                          for start, end, sources in (*agreeing, *against))
        return Finding(mention.text, PartKind.DATE, Verdict.DISPUTED, entry.record.id,
                       f"the sources date it differently: {sides}",
                       tuple(dict.fromkeys(s for *_, sources in (*agreeing, *against) for s in sources)))
    start, end, sources = agreeing[0]
    return Finding(mention.text, PartKind.DATE, Verdict.SUPPORTED, entry.record.id,
                   f"{_when(start, end)}: {_title(entry)}", sources)


def check_date(index: ClaimIndex, mention: DateMention, clause_words: frozenset[str], sentence_words: frozenset[str],
               claim_actors: frozenset[str], anchors: list[Entry]) -> Finding:
    # The records a quotation or number of the claim was found in speak first.
    for entry in anchors:
        if entry.date is not None and (found := _date_finding(mention, entry)):
            return found
    scored = []
    for entry in index.entries:
        if entry.date is None:
            continue
        score = index.score(entry, clause_words, claim_actors) + 0.2 * index.score(entry, sentence_words, frozenset())
        if isinstance(entry.record, Event):
            score *= EVENT_WEIGHT  # a date in a claim is most often the date of an event
        scored.append((score, entry))
    scored.sort(key=lambda item: -item[0])
    if not scored or scored[0][0] < DATE_TOPIC:
        return Finding(mention.text, PartKind.DATE, Verdict.UNVERIFIED, None, "no recorded event is about this")
    near = [(score, entry) for score, entry in scored if score >= max(DATE_TOPIC, NEAR_BEST * scored[0][0])]
    for _, entry in near:
        if found := _date_finding(mention, entry):
            return found
    # No record the claim is about has its date: the one it is most about, a misdated claim
    # being usually near the true date, says what the date is.
    _, entry = max(near, key=lambda item: item[0] / (1 + _years_apart(mention.date, item[1])))
    accounts = _entry_accounts(entry)
    relations = {_dates_relation(mention, start, end) for start, end, _ in accounts}
    start, end, sources = accounts[0]
    verdict = Verdict.CONTRADICTED if relations == {"apart"} else Verdict.UNVERIFIED
    note = None if verdict is Verdict.CONTRADICTED else f"the data gives only {_when(start, end)}"
    return Finding(mention.text, PartKind.DATE, verdict, entry.record.id, f"{_when(start, end)}: {_title(entry)}",
                   sources, note)


def _title(entry: Entry) -> str:
    record = entry.record
    if isinstance(record, Event):
        return record.title
    if isinstance(record, Quote):
        return f"“{record.text}”"
    return record.label

