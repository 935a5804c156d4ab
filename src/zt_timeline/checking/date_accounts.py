"""How a date a claim gives stands to a record's dates: apart from them, overlapping them, or
implied by them, by what the claim's date says (when it happened, when it began or ended, the
span it ran); each record's dated accounts; the verdict on a date against one record; and how
a date and a record are shown."""

from __future__ import annotations

from ..model.dates import PartialDate, Precision
from ..model.enums import Action, Rank
from ..model.records import Event, Quote
from .about import ONCE
from .claim_dates import DateAspect, DateMention
from .index import Entry
from .parts import Finding, PartKind, Verdict, errors_note
from .subject import Subject


def overlaps(a: PartialDate, b: PartialDate) -> bool:
    return a.first_day <= b.plausible_last_day and b.plausible_first_day <= a.last_day


def date_relation(claim: PartialDate, start: PartialDate, end: PartialDate | None) -> str:
    last = end or start
    if claim.last_day < start.plausible_first_day or claim.first_day > last.plausible_last_day:
        return "apart"
    if not start.qualifier and not (end and end.qualifier) and start.first_day >= claim.first_day \
            and last.last_day <= claim.last_day:
        return "implies"
    return "overlaps"


def dates_relation(mention: DateMention, start: PartialDate, end: PartialDate | None) -> str:
    """How one account's dates stand to the claim's, by what the claim's date says: when the
    thing happened, when it began, when it ended, or the span it ran."""
    if mention.aspect is DateAspect.START:
        return date_relation(mention.date, start, None)
    if mention.aspect is DateAspect.END:
        return date_relation(mention.date, end or start, None)
    if mention.aspect is DateAspect.SPAN and mention.until is not None:
        ends = (date_relation(mention.date, start, None), date_relation(mention.until, end or start, None))
        if "apart" in ends:
            return "apart"
        return "implies" if ends == ("implies", "implies") else "overlaps"
    relation = date_relation(mention.date, start, end)
    if relation == "implies" and mention.within is not None:
        first, last = mention.within  # "early 2018": within its months, or only near them
        inside = first <= start.first_day and (end or start).last_day <= last
        return "implies" if inside else "overlaps"
    return relation


Account = tuple[PartialDate, "PartialDate | None", tuple[str, ...], Rank, "str | None"]


def on_first_day(mention: DateMention, start: PartialDate) -> bool:
    """Whether the claim gives, as when it happened, the very day a record's span began."""
    return mention.aspect is DateAspect.WHEN and mention.date.precision is Precision.DAY \
        and start.precision is Precision.DAY and not start.qualifier and mention.date.first_day == start.first_day


def entry_accounts(entry: Entry) -> list[Account]:
    record = entry.record
    own: list[Account] = [(entry.date, entry.end, record.sources, Rank.PREFERRED, None)] if entry.date else []
    if isinstance(record, Event):
        own += [(v.date, v.end, v.sources, v.rank, v.note) for v in record.variants]
    return own


def when_text(start: PartialDate, end: PartialDate | None) -> str:
    return f"{start.display()} – {end.display()}" if end and end != start else start.display()


def years_apart(claim: PartialDate, entry: Entry) -> float:
    if entry.date is None:
        return 0.0
    start, last = entry.date, entry.end or entry.date
    if claim.last_day < start.first_day:
        return (start.first_day - claim.last_day).days / 365.25
    if claim.first_day > last.last_day:
        return (claim.first_day - last.last_day).days / 365.25
    return 0.0


def shown(mention: DateMention) -> str:
    """A date as the claim writes it, and as it was read when that took the draft's date."""
    if not mention.relative:
        return mention.text
    if mention.until is not None:  # "between May 5 and June 9 (5 May 2018 – 9 Jun 2018)"
        return f"{mention.text} ({mention.date.display()} – {mention.until.display()})"
    if mention.within is not None and "week" in mention.text.casefold():  # "last week (11 Jun 2018 – 17 Jun 2018)"
        first, last = mention.within
        return f"{mention.text} ({first.day} {first:%b %Y} – {last.day} {last:%b %Y})"
    return f"{mention.text} ({mention.date.display()})"


def date_finding(mention: DateMention, entry: Entry, announced: bool = False) -> Finding | None:
    """The verdict on a date against one record, if one of its accounts that is not an error
    implies the claim's; `announced`: the claim says it was announced, which is done on the first
    day of what runs over days ("announced on Aug. 21 a new rule": issued from the 21st to the 23rd)."""
    accounts = entry_accounts(entry)
    relations = [dates_relation(mention, start, end) for start, end, *_ in accounts]
    if entry.action in ONCE or (announced and entry.action in _ANNOUNCED_FIRST):
        # "Nielsen resigned on April 7": the day it began (she left on the 10th)
        relations = ["implies" if on_first_day(mention, start) else relation
                     for relation, (start, *_) in zip(relations, accounts, strict=True)]
    agreeing = [a for a, r in zip(accounts, relations, strict=True) if r == "implies" and a[3] is not Rank.DEPRECATED]
    if not agreeing:
        return None
    against = [a for a, r in zip(accounts, relations, strict=True) if r == "apart"]
    errors = [a for a in against if a[3] is Rank.DEPRECATED]
    against = [a for a in against if a[3] is not Rank.DEPRECATED]
    note = errors_note([(when_text(a[0], a[1]), a[2], a[4]) for a in errors])
    if against:
        sides = "; ".join(f"{when_text(start, end)} ({', '.join(sources)})"
                          for start, end, sources, *_ in (*agreeing, *against))
        return Finding(shown(mention), PartKind.DATE, Verdict.DISPUTED, entry.record.id,
                       f"the sources date it differently: {sides}",
                       tuple(dict.fromkeys(s for _, _, sources, *_ in (*agreeing, *against) for s in sources)), note)
    start, end, sources, *_ = agreeing[0]
    return Finding(shown(mention), PartKind.DATE, Verdict.SUPPORTED, entry.record.id,
                   f"{when_text(start, end)}: {title_of(entry)}", sources, note)


_ANNOUNCED_FIRST = frozenset({Action.ISSUE, Action.ANNOUNCE, Action.PROPOSE, Action.RESCIND, Action.PUBLISH})


def says_announced(subject: Subject) -> bool:
    """Whether the claim says someone announced what it is about."""
    return any(act.action is Action.ANNOUNCE and act.is_verb for act in subject.acts)


def title_of(entry: Entry) -> str:
    record = entry.record
    if isinstance(record, Event):
        return record.title
    if isinstance(record, Quote):
        return f"“{record.text}”"
    return record.label
