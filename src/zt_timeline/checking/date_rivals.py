"""When a record that has a claim's date is not the one it belongs to: a better candidate of the
very act the claim names rules the date out, the claim gives that record's own day as the
bound of what it says ("ruled ... that children be returned by July 10"), a candidate does not
say what the claim says was done, or the date is of a verb zt does not know ("signaled"); the
verb a date stands beside is another record's act ("on Tuesday (June 19) ruled": not the count
given that day), or the date is of a thing the claim names after "after" ("resigned after a
meeting with President Trump Friday")."""

from __future__ import annotations

import re

from msgspec.structs import replace

from ..model.enums import Action
from ..model.records import ActorKind, Figure
from .about import ONCE
from .actions import ActMention, family, find_acts
from .claim_dates import DateMention
from .clauses import joined_by_and
from .date_accounts import dates_relation, entry_accounts
from .index import ClaimIndex, Entry
from .parts import Finding, Verdict
from .patterns import deferred
from .says_what import says_what
from .subject import Subject
from .wider_records import DONE_TO_THE_COUNTED


def another_of_its_dates(finding: Finding, mention: DateMention, bounds: tuple[DateMention, ...],
                         index: ClaimIndex) -> Finding:
    """A date contradicted by a record whose own date the claim gives as the bound of what it
    says ("In late June, a judge ruled that ... be returned by July 10": the record of July 10 is
    the deadline's, and the claim says the ruling was in June)."""
    entry = index.by_id.get(finding.record or "")
    if finding.verdict is not Verdict.CONTRADICTED or entry is None or entry.date is None:
        return finding
    for other in bounds:
        if other is not mention and any(dates_relation(other, start, end) == "implies"
                                        for start, end, *_ in entry_accounts(entry)):
            return replace(finding, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                           note=f"the claim gives {entry.record.id}'s own date as another of its dates "
                                f"({other.text}): this one may be of another act")
    return finding


OUTWEIGHED = 0.8  # a record scoring under this share of the best, which dates it otherwise, does not speak for it


def outweighed(index: ClaimIndex, mention: DateMention, subject: Subject, pool: list[tuple[float, Entry]],
                entry: Entry) -> bool:
    """Whether a record that has the claim's date is clearly less what the claim is about than the
    best candidate, which is of the very act the claim names (the other only of its family) and
    rules the date out, and the claim does not say what of it was done:
    "Sessions announced the policy in April 2017, saying every immigrant ... would be prosecuted"
    is about zero tolerance (April 2018), not shown to be about his memo of April 2017."""
    if not pool or pool[0][1] is entry:
        return False
    best_score, best = pool[0]
    score = next((score for score, other in pool if other is entry), None)
    named = {act.action for act in subject.acts if act.is_verb}
    if score is None or score >= OUTWEIGHED * best_score or best.date is None or says_what(index, entry, subject) \
            or best.action not in named or entry.action in named:
        return False  # (only the very act the claim names outweighs another of its family)
    return all(dates_relation(mention, start, end) == "apart" for start, end, *_ in entry_accounts(best))


def may_say(index: ClaimIndex, subject: Subject, entry: Entry, best: Entry) -> bool:
    """Whether a candidate may be what the claim is about beside the best one, which says what the
    claim says was done: it says so too, it records the very act the claim names (not only one of
    its family: a memo signed is no policy ended), or it is an act done once by someone the claim
    names (McAleenan's resignation, where Nielsen's record names him)."""
    return entry is best or says_what(index, entry, subject) \
        or any(act.action is entry.action for act in subject.acts) \
        or (entry.action in ONCE and bool(subject.actors & entry.by))


_VERB_AFTER = deferred(r"\s+([a-z]{3,}ed)\b")
_PARTICIPLES = deferred(r"\b[a-z]{3,}ed\b")
_ON_OR_IN = deferred(r"\b(?:on|in)\s+$")


def other_verb(subject: Subject, mention: DateMention) -> bool:
    """Whether the date is of a verb the vocabulary of acts does not know, nearer to it than any
    act the claim names ("options that were presented to Nielsen on April 23 for ... prosecuting"):
    the date is that act's, not the record's."""
    coordinated = joined_by_and(subject.text, mention.end)  # "caved ... on Thursday and signed an executive order"
    if coordinated is not None and any(act.start == coordinated.end() for act in subject.acts):
        return False
    following = _VERB_AFTER().match(subject.text, mention.end)  # "A federal judge on Thursday signaled he will ..."
    if following is not None and not any(act.start == following.start(1) for act in find_acts(subject.text)) \
            and not any(act.is_verb and act.end <= mention.start for act in subject.acts):
        return True  # (not "signed an executive order on Tuesday intended to ...": the date is the signing's)
    start = max(0, mention.start - 100)
    before = subject.text[start : mention.start]
    verbs = list(_PARTICIPLES().finditer(before)) if _ON_OR_IN().search(before) else []
    if not verbs or len(before[verbs[-1].end() :].split()) > 10:
        return False
    at = start + verbs[-1].start()
    return not any(act.start <= at < act.end for act in find_acts(subject.text)) \
        and not any(at < act.start < mention.start for act in subject.acts)


_PRONOUN_DOER = deferred(r"(?:^|[.;:,]\s+|\band\s+)(?:he|she|they)\s+(?:\w+ly\s+)?(?:was\s+|were\s+|had\s+|has\s+)?$",
                         re.I)


def by_a_pronoun(subject: Subject, target: Entry) -> bool:
    """Whether an act done once is said of "he" or "she", and the one whose record it is, is named
    only as the doer of another act ("He became acting director ..., then was replaced by Mark
    Morgan"): "he" is someone else."""
    theirs = [start for actor, start, _ in subject.mentions
              if actor.kind is ActorKind.PERSON and actor.id in target.actors | target.by]
    return bool(theirs) and all(_BY_SOMEONE().search(subject.text, max(0, start - 40), start) for start in theirs) \
        and any(act.is_verb and act.action in ONCE and _PRONOUN_DOER().search(subject.text, 0, act.start)
                for act in subject.acts)


_BY_SOMEONE = deferred(r"\bby\s+(?:[A-Z][\w.]*\s+){0,3}$")


def own_verb(subject: Subject, mention: DateMention) -> ActMention | None:
    """The verb a date stands beside: the first act said of someone right after it ("on Tuesday
    (June 19) ruled"), else the last before it."""
    verbs = [act for act in subject.acts if act.is_verb]
    after = [act for act in verbs if act.start >= mention.end and act.start - mention.end <= _BESIDE]
    before = [act for act in verbs if act.end <= mention.start]
    return after[0] if after else before[-1] if before else None


def an_anchor_may_date(subject: Subject, mention: DateMention, entry: Entry) -> bool:
    """Whether the record a number or a quotation was found in may give the date's day: not when
    the verb the date stands beside names an act no count is of, nor one by which a count or
    words are given, nor the record's own act ("A federal
    judge on Tuesday (June 19) ruled ... and ordered the more than 2,300 children ... reunited":
    the day the count was given is not the ruling's)."""
    own = own_verb(subject, mention)
    if own is None or own.action in DONE_TO_THE_COUNTED or own.action in _GIVES_A_COUNT:
        return True
    return not isinstance(entry.record, Figure) and entry.action is not None and entry.action in family(own.action)


_GIVES_A_COUNT = frozenset({Action.STATE, Action.REPORT, Action.ANNOUNCE, Action.PUBLISH, Action.TESTIFY, Action.FILE,
                            Action.HEARING, Action.ISSUE})
_BESIDE = 12  # characters between a date and its verb: "on Tuesday (June 19) ruled"


_AFTER_A_THING = deferred(r"\b(?:after|before|following)\s+(?:a|an|the|his|her|their|its)\s+[^,;.()]{0,60}$", re.I)


def a_thing_it_is_after(index: ClaimIndex, mention: DateMention, subject: Subject, entry: Entry) -> bool:
    """Whether the date is of a thing named only by a noun, after "after" or "before" ("resigned
    after a meeting with President Trump Friday"), and the record's title says nothing else the
    claim does: a record of the same people and kind of act is not shown to be that meeting."""
    return bool(subject.acts) and not any(act.is_verb for act in subject.acts) \
        and _AFTER_A_THING().search(subject.text, 0, mention.start) is not None and not says_what(index, entry, subject)


def the_best_did_it(mention: DateMention, subject: Subject, best: Entry, entry: Entry) -> bool:
    """Whether the verb the date stands beside names the act of the record the claim is most
    about, and not this record's: a record of that day is then of something else done that day."""
    own = own_verb(subject, mention)
    return own is not None and best.action in family(own.action) \
        and (entry.action is None or entry.action not in family(own.action))


def the_verb_is_anothers(subject: Subject, mention: DateMention, target: Entry) -> bool:
    """Whether the verb a date stands beside names an act of its own kind (a filing, a suit, a
    testimony, a visit, a meeting) that the record's act is not ("a status update on the
    court-ordered reunifications filed Monday": the filing's day, not the order's), or an act done
    on another day than the record's (a confirmation, a swearing-in)."""
    own = own_verb(subject, mention)
    if own is None or target.action is None:
        return False
    return (own.action in _ACTS_OF_THEIR_OWN and target.action not in family(own.action)) \
        or (own.action, target.action) in _DAYS_APART


_ACTS_OF_THEIR_OWN = frozenset({Action.FILE, Action.SUE, Action.TESTIFY, Action.HEARING, Action.VISIT, Action.MEET})
# Acts that stand for each other in what a claim is about, but are done on days of their own: "The
# Senate Jan. 24 voted 55-43 to confirm Alex Azar" is not contradicted by his swearing-in on the 29th.
_DAYS_APART = frozenset({(Action.CONFIRM, Action.TAKE_OFFICE), (Action.TAKE_OFFICE, Action.CONFIRM)})
