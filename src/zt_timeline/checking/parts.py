"""One part of a claim against the records: a number against the figures and their other
accounts, a date against the events (quotations: quotes.py; people: people.py; outlets:
checker.py). Each returns a Finding with its verdict, the record it was checked against and
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
import math
from dataclasses import dataclass, replace

from ..model.dates import PartialDate
from ..model.kinds import Action, FigureStatus, Modality, Rank
from ..model.quantities import amount
from ..model.records import Event, Figure, FigureVariant, Quote
from .about import MARGIN, Subject, alone, candidates, near, rarity, unnamed_agent
from .actions import deed_words, modalities_agree, pinpoints, statuses_in
from .claim_dates import DateAspect, DateMention
from .claims import NumberMention, bound_of, interval, word_stem
from .index import ClaimIndex, Entry

NUMBER_ABOUT = 4.0  # the score a figure needs to be what a number is about
NUMBER_NEAR = 0.75  # figures within this share of the best are weighed together


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
    differs: str | None = None  # for a contradiction: exactly what differs, in words


@dataclass(frozen=True, slots=True)
class Unchecked:
    """A part of a claim that was found but could not be checked, and why."""

    part: str
    kind: PartKind
    reason: str


# --- accounts --------------------------------------------------------------------------------------

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


def _errors(deprecated: list[tuple[str, tuple[str, ...], str | None]]) -> str | None:
    """A note naming the accounts ranked as errors that say what the claim says, and why."""
    if not deprecated:
        return None
    return "; ".join(f"{said} ({', '.join(sources)}) is an error: {why or 'ranked deprecated'}"
                     for said, sources, why in deprecated)


# --- numbers --------------------------------------------------------------------------------------

def _figure_accounts(figure: Figure) -> list[Figure | FigureVariant]:
    """The figure's own account, then its variants; a variant that gives no unit counts the
    figure's (a variant only states what differs)."""
    return [figure, *(replace(v, unit=figure.unit) if v.unit is None else v for v in figure.variants)]


def _rank(account: Figure | FigureVariant) -> Rank:
    return getattr(account, "rank", Rank.PREFERRED)


_MEASURES = ("USD", "percent")  # units that are never a count of people or things
# Words for the same thing counted ("kids" are children; "minors" too).
_SAME_COUNT = {"kid": "child", "minor": "child", "youngst": "child", "toddler": "child", "infant": "child",
               "mother": "parent", "father": "parent", "famili": "family", "migrant": "people", "person": "people",
               "separa": "separation", "dollar": "USD"}


def _count_word(unit: str) -> str:
    stem = word_stem(unit.split()[-1]) if unit not in _MEASURES else unit
    return _SAME_COUNT.get(stem, stem)


def _same_unit(number: NumberMention, account: Figure | FigureVariant) -> bool:
    """Whether a number and an account count the same kind of thing. A number must say what it
    counts to be checked (see check_number); a source that gives no unit counts anything but
    money or a share."""
    if number.unit in _MEASURES or account.unit in _MEASURES:
        return number.unit == account.unit
    if number.unit is None or account.unit is None:
        return number.unit is None or (account.unit is None and number.unit not in _MEASURES)
    return _count_word(number.unit) == _count_word(account.unit)


def _describe(figure: Figure, account: Figure | FigureVariant) -> str:
    when = f", {account.date.display()}" if account.date else ""
    return f"{amount(account)}: {figure.label}{when}"


def _implying(number: NumberMention, claim, figure: Figure) -> list[int]:
    """The positions (0 the figure's own) of the accounts whose value implies the claim's: the
    figure's own first, then those of the same count at the same time, then the others."""
    accounts = _figure_accounts(figure)
    found = [position for position, account in enumerate(accounts)
             if _same_unit(number, account)
             and _relation(claim, interval(account.value, bound_of(account.qualifier))) == "implies"]
    return sorted(found, key=lambda position: (_rank(accounts[position]) is Rank.DEPRECATED, position != 0,
                                               accounts[position].date != figure.date))


def _number_finding(number: NumberMention, claim, figure: Figure, position: int) -> Finding:
    """The verdict on a figure one of whose accounts implies the claim: disputed when another
    account of the same count at the same time rules it out (or the figure's own does), unless
    that account is ranked as an error; contradicted when only an error says what the claim says."""
    accounts = _figure_accounts(figure)
    account = accounts[position]
    if _rank(account) is Rank.DEPRECATED:
        return Finding(number.text, PartKind.NUMBER, Verdict.CONTRADICTED, figure.id, _describe(figure, figure),
                       figure.sources, _errors([(amount(account), account.sources, account.note)]),
                       f"{number.text} for {amount(figure)}")
    same_time = [a for a in accounts if a is not account and _same_unit(number, a)
                 and (a.date is None or account.date is None or a.date == account.date)]
    against = [a for a in same_time if _relation(claim, interval(a.value, bound_of(a.qualifier))) != "implies"
               and (a is figure or _relation(claim, interval(a.value, bound_of(a.qualifier))) == "apart")]
    errors = [a for a in against if _rank(a) is Rank.DEPRECATED]
    against = [a for a in against if a not in errors]
    note = _errors([(amount(a), a.sources, a.note) for a in errors])
    if against:
        sides = "; ".join(f"{amount(a)} ({', '.join(a.sources)})" for a in (account, *against))
        return Finding(number.text, PartKind.NUMBER, Verdict.DISPUTED, figure.id,
                       f"{figure.label}: the sources count it differently: {sides}",
                       tuple(dict.fromkeys(s for a in (account, *against) for s in a.sources)), note)
    return Finding(number.text, PartKind.NUMBER, Verdict.SUPPORTED, figure.id, _describe(figure, account),
                   account.sources, note)


def _same_report(figure: Figure, other: Figure) -> bool:
    """Whether two figures come from one report: the same event, or the same date and sources."""
    if figure.id == other.id:
        return False
    if figure.event and figure.event == other.event:
        return True
    return figure.date is not None and figure.date == other.date and bool(set(figure.sources) & set(other.sources))


def _distance(a: float, b: float) -> float:
    """How far apart two numbers are, as a ratio (728 is nearer 628 than 5,500)."""
    return abs(math.log((a or 0.5) / (b or 0.5)))


def _counts_alike(entry: Entry, statuses: frozenset[FigureStatus], modality: Modality) -> bool:
    """Whether a figure counts what happened as the claim says: the same thing happened to what
    it counts (when both say), and it happened, or was only expected, alike."""
    if statuses and entry.statuses and FigureStatus.OTHER not in entry.statuses and not entry.statuses & statuses:
        return False
    return modalities_agree(modality, entry.modality)


def check_number(index: ClaimIndex, number: NumberMention, subject: Subject, clause_words: frozenset[str],
                 statuses: frozenset[FigureStatus], modality: Modality, dates: tuple[DateMention, ...],
                 found_with: tuple[Figure, ...] = ()) -> tuple[Finding, Figure | None]:
    """A number against the figures that count the same thing, in the same way, on the same
    subject: supported or disputed by one that records it; contradicted only when every figure
    the claim is about rules it out."""
    if number.unit is None:
        return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None,
                       "the claim does not say what the number counts"), None
    claim = interval(number.value, number.bound)
    words = clause_words | subject.words
    scored = []
    alike: list[Figure] = []
    ever: list[Figure] = []  # every count of the same, whenever made: the ceiling of what is known
    for entry in index.entries:
        figure = entry.record
        if not isinstance(figure, Figure) or not any(_same_unit(number, a) for a in _figure_accounts(figure)):
            continue
        if not _counts_alike(entry, statuses, modality):
            continue
        ever.append(figure)
        if subject.written is not None and figure.date is not None \
                and figure.date.plausible_first_day > subject.written.last_day:
            continue  # a count made after the text was written is not what it counts
        alike.append(figure)
        score = index.score(entry, words, subject.actors)
        if any(a.date and _overlaps(d.date, a.date) for a in _figure_accounts(figure) for d in dates):
            score += 2.0  # the claim's own date points at this count
        if any(a.value == number.value for a in _figure_accounts(figure)):
            score += 3.0  # the very number is recorded here
        if score >= NUMBER_ABOUT:
            scored.append((score, figure))
    scored.sort(key=lambda item: -item[0])
    beyond = _beyond_every_count(number, claim, statuses, ever)
    if beyond is not None:
        return beyond, None
    if not scored:
        return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None,
                       "no recorded figure counts this"), None
    pool = [figure for score, figure in scored if score >= NUMBER_NEAR * scored[0][0]]
    # Another number of the claim found in a figure says what report the claim draws on: its
    # other counts ("1,995 minors were separated from 1,940 adults": the same DHS release).
    siblings = [figure for _, figure in scored if any(_same_report(figure, other) for other in found_with)]
    if siblings:
        pool = siblings
    if dates:  # the clause dates the count: counts of that time, where there are any
        pool = [f for f in pool if any(a.date and _overlaps(d.date, a.date) for a in _figure_accounts(f)
                                       for d in dates)] or pool
    for figure in pool:
        implying = _implying(number, claim, figure)
        if implying and _rank(_figure_accounts(figure)[implying[0]]) is not Rank.DEPRECATED:
            return _number_finding(number, claim, figure, implying[0]), figure
    # None records it. The claim is about the figure nearest in subject and value; the number is
    # contradicted only when that figure, and every other the claim is as much about, rules it out,
    # and the claim's date (if it gives one) is the figure's.
    scores = {figure.id: score for score, figure in scored}
    # The claim is about one count: one stands well above the others, or all it may be about are
    # of one report (dated alike).
    single = bool(siblings) or len(scored) == 1 or scored[1][0] * MARGIN <= scored[0][0] \
        or len({f.date for f in pool}) == 1
    figure = max(pool, key=lambda f: scores[f.id] / (1 + 2 * min(_distance(number.value, a.value)
                                                                 for a in _figure_accounts(f)
                                                                 if _same_unit(number, a))))
    implying = _implying(number, claim, figure)
    if implying:  # only an account ranked as an error says so
        return _number_finding(number, claim, figure, implying[0]), figure
    relations = {_relation(claim, interval(a.value, bound_of(a.qualifier))) for f in pool
                 for a in _figure_accounts(f) if _same_unit(number, a) and _rank(a) is not Rank.DEPRECATED}
    dated_elsewhere = bool(dates) and figure.date is not None and not any(_overlaps(d.date, figure.date)
                                                                          for d in dates)
    # What the figure counts must be shown to be what the claim counts: the claim's date is the
    # figure's, or it shares a word that sets the figure apart ("El Paso", "beds", "shortfall").
    in_scope = bool(siblings) or (bool(dates) and not dated_elsewhere) or _sets_apart(index, figure, words)
    if single and in_scope and relations == {"apart"} and not dated_elsewhere \
            and statuses_known(statuses, index.by_id[figure.id]):
        return Finding(number.text, PartKind.NUMBER, Verdict.CONTRADICTED, figure.id, _describe(figure, figure),
                       figure.sources, None, f"{number.text} for {amount(figure)}"), figure
    return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None, "no recorded figure has this number",
                   note=f"closest, about something else or another time: {figure.id}"), None


BEYOND = 1.5  # a count of the separated this far above the largest any source gives is contradicted


def _beyond_every_count(number: NumberMention, claim, statuses: frozenset[FigureStatus],
                        alike: list[Figure]) -> Finding | None:
    """A number of people separated far above every count any source gives of them (the figures
    of this timeline count the separated: the largest is the ceiling of what is known)."""
    if statuses != frozenset({FigureStatus.SEPARATED}) or number.unit in _MEASURES:
        return None
    alike = [figure for figure in alike if figure.status is FigureStatus.SEPARATED
             or (figure.status is None and FigureStatus.SEPARATED in statuses_in(figure.label))]
    accounts = [(figure, account) for figure in alike for account in _figure_accounts(figure)
                if _same_unit(number, account) and _rank(account) is not Rank.DEPRECATED]
    if len(alike) < 3 or not accounts:
        return None  # too few counts of this to know the ceiling
    figure, largest = max(accounts, key=lambda pair: pair[1].value)
    if claim[0] <= BEYOND * largest.value:
        return None
    return Finding(number.text, PartKind.NUMBER, Verdict.CONTRADICTED, figure.id, _describe(figure, largest),
                   largest.sources, f"the largest count of these any source gives ({len(alike)} figures)",
                   f"{number.text} for at most {amount(largest)}")


_SETS_APART = 0.6  # how rare among the figures a shared label word must be to set one apart


def _sets_apart(index: ClaimIndex, figure: Figure, words: frozenset[str]) -> bool:
    """Whether the claim shares with the figure's label a word that few figures have, other than
    the words for what happened ("found", "separated"): its place, its group, its kind."""
    figures = [entry for entry in index.entries if isinstance(entry.record, Figure)]
    entry = index.by_id[figure.id]
    return any(rare >= _SETS_APART for word, rare in rarity(figures, words - deed_words()).items()
               if word in entry.title)


def statuses_known(statuses: frozenset[FigureStatus], entry: Entry) -> bool:
    """Whether the claim and the figure both say what happened to what is counted, and the same,
    so that a number that differs is a wrong number and not a count of something else (a figure
    of money or a share counts no people: what it is, its label says)."""
    if entry.statuses == frozenset({FigureStatus.OTHER}) or not (entry.statuses or statuses):
        return True  # neither says (or the figure's label does): what it counts, its words say
    return bool(entry.statuses & statuses)


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
    relation = _date_relation(mention.date, start, end)
    if relation == "implies" and mention.within is not None:
        first, last = mention.within  # "early 2018": within its months, or only near them
        inside = first <= start.first_day and (end or start).last_day <= last
        return "implies" if inside else "overlaps"
    return relation


Account = tuple[PartialDate, "PartialDate | None", tuple[str, ...], Rank, "str | None"]


def _entry_accounts(entry: Entry) -> list[Account]:
    record = entry.record
    own: list[Account] = [(entry.date, entry.end, record.sources, Rank.PREFERRED, None)] if entry.date else []
    if isinstance(record, Event):
        own += [(v.date, v.end, v.sources, v.rank, v.note) for v in record.variants]
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


def shown(mention: DateMention) -> str:
    """A date as the claim writes it, and as it was read when that took the draft's date."""
    return f"{mention.text} ({mention.date.display()})" if mention.relative else mention.text


def _date_finding(mention: DateMention, entry: Entry) -> Finding | None:
    """The verdict on a date against one record, if one of its accounts that is not an error
    implies the claim's."""
    accounts = _entry_accounts(entry)
    relations = [_dates_relation(mention, start, end) for start, end, *_ in accounts]
    agreeing = [a for a, r in zip(accounts, relations, strict=True) if r == "implies" and a[3] is not Rank.DEPRECATED]
    if not agreeing:
        return None
    against = [a for a, r in zip(accounts, relations, strict=True) if r == "apart"]
    errors = [a for a in against if a[3] is Rank.DEPRECATED]
    against = [a for a in against if a[3] is not Rank.DEPRECATED]
    note = _errors([(_when(a[0], a[1]), a[2], a[4]) for a in errors])
    if against:
        sides = "; ".join(f"{_when(start, end)} ({', '.join(sources)})"
                          for start, end, sources, *_ in (*agreeing, *against))
        return Finding(shown(mention), PartKind.DATE, Verdict.DISPUTED, entry.record.id,
                       f"the sources date it differently: {sides}",
                       tuple(dict.fromkeys(s for _, _, sources, *_ in (*agreeing, *against) for s in sources)), note)
    start, end, sources, *_ = agreeing[0]
    return Finding(shown(mention), PartKind.DATE, Verdict.SUPPORTED, entry.record.id,
                   f"{_when(start, end)}: {_title(entry)}", sources, note)


def check_date(index: ClaimIndex, mention: DateMention, subject: Subject, anchors: list[Entry],
               wider: Subject | None = None) -> Finding:
    """A date against the records the claim is about: the ones its quotation or number was found
    in, else the events whose act and subject agree with the claim's (`wider`: the same with the
    whole claim's words, which may support the date but never contradict it)."""
    for entry in anchors:
        if entry.date is not None and (found := _date_finding(mention, entry)):
            return found
    if anchors and (not subject.acts or any(act.action is Action.STATE for act in subject.acts)):
        # When the claim quotes words the data has, the date of "said" is the date of those words:
        # words said again another day are not shown to be these.
        entry = anchors[0]
        return Finding(shown(mention), PartKind.DATE, Verdict.UNVERIFIED, None,
                       f"{_when(entry.date, entry.end)}: {_title(entry)}" if entry.date else "the words are undated",
                       entry.record.sources, f"the quoted words are recorded on another date ({entry.record.id})")
    pool = candidates(index, subject)
    weighed = near(pool)
    # The wider words may support a date only when the claim quotes nothing: a quotation found
    # elsewhere says what the claim is about, and words said another day are not these.
    widened = near(candidates(index, wider)) if wider is not None and not anchors else []
    # Any record the claim is tied to that has its date, and was done by whom the claim says did
    # it, says what it is about, if none nearer does.
    further = (entry for _, entry in pool if subject.agents() and subject.agents() & entry.by)
    for entry in (*weighed, *widened, *further):
        if found := _date_finding(mention, entry):
            return found
    if not weighed:
        return Finding(shown(mention), PartKind.DATE, Verdict.UNVERIFIED, None, "no recorded event is about this")
    # No record the claim is about has its date. It is contradicted only when the claim is about
    # one record (or several of one story, dated alike), every account of every candidate that is
    # not an error rules the date out, the claim says what happened then, its agent (if it names
    # one) is the record's, and the kind of date agrees (a span written whole is checked only
    # against a record of a span).
    agents = subject.agents()
    theirs = [(score, entry) for score, entry in pool if agents & entry.by]
    if theirs:  # the claim says who did it: what others did is not what it is about
        pool, weighed = theirs, near(theirs)
    target = alone(pool) or _one_story(mention, weighed)
    shown_target = target or min(weighed, key=lambda entry: _years_apart(mention.date, entry))
    accounts = _entry_accounts(shown_target)
    start, end, sources, *_ = accounts[0]
    relations = {_dates_relation(mention, a[0], a[1]) for entry in weighed for a in _entry_accounts(entry)
                 if a[3] is not Rank.DEPRECATED}
    kinds_agree = mention.aspect is not DateAspect.SPAN or shown_target.end is not None
    told = pinpoints(subject.acts) or (target is not None and bool(subject.agents() & target.by))
    if target is not None and relations == {"apart"} and kinds_agree and told and _agents_agree(subject, target):
        errors = [(_when(a[0], a[1]), a[2], a[4]) for a in accounts
                  if a[3] is Rank.DEPRECATED and _dates_relation(mention, a[0], a[1]) != "apart"]
        return Finding(shown(mention), PartKind.DATE, Verdict.CONTRADICTED, target.record.id,
                       f"{_when(start, end)}: {_title(target)}", sources, _errors(errors),
                       f"{mention.text} for {_when(start, end)}")
    if relations != {"apart"}:
        note = f"the data gives only {_when(start, end)}"
    elif not kinds_agree:
        note = "a span: the record gives a single date"
    elif not told:
        note = "the claim does not say what happened then"
    else:
        note = "the claim is not shown to be about this record alone"
    return Finding(shown(mention), PartKind.DATE, Verdict.UNVERIFIED, None,
                   f"{_when(start, end)}: {_title(shown_target)}", sources,
                   f"closest, not shown to be what the claim is about ({shown_target.record.id}); {note}")


def _one_story(mention: DateMention, weighed: list[Entry]) -> Entry | None:
    """The best of several candidates that are one story: all dated within a month."""
    dated = [entry for entry in weighed if entry.date is not None]
    if not dated:
        return None
    first = min(entry.date.first_day for entry in dated)
    last = max((entry.end or entry.date).last_day for entry in dated)
    return dated[0] if (last - first).days <= 31 else None


def _agents_agree(subject: Subject, entry: Entry) -> bool:
    """Whether the people the claim says did its acts are among the record's (a claim about
    what someone else did on another day is not about this record), and the claim does not give
    its acts to someone the data does not know ("groups of lawmakers toured ...")."""
    if any(unnamed_agent(subject, act, entry) for act in subject.acts):
        return False
    agents = subject.agents()
    return not agents or bool(agents & (entry.by | entry.actors))


def _title(entry: Entry) -> str:
    record = entry.record
    if isinstance(record, Event):
        return record.title
    if isinstance(record, Quote):
        return f"“{record.text}”"
    return record.label
