"""A date in a claim against the records the claim is about: a point, a start, an end or a span,
each against the same kind of thing in the record, and only when the claim is shown to be
about that record (about.py)."""

from __future__ import annotations

import itertools
import re

from ..model.dates import Precision
from ..model.enums import Action, Rank
from ..model.records import Actor, ActorKind, Quote
from .about import ONCE, PICKED, alone, candidates, done_once, near, not_given_by_them, own_acts
from .actions import pinpoints, repeated
from .claim_dates import DateAspect, DateMention
from .date_accounts import (
    date_finding,
    dates_relation,
    entry_accounts,
    says_announced,
    shown,
    title_of,
    when_text,
    years_apart,
)
from .date_rivals import (
    a_thing_it_is_after,
    an_anchor_may_date,
    by_a_pronoun,
    may_say,
    other_verb,
    outweighed,
    the_best_did_it,
    the_verb_is_anothers,
)
from .index import ClaimIndex, Entry, identifiers
from .parts import Finding, PartKind, Verdict, errors_note
from .patterns import deferred
from .says_what import says_what
from .subject import Subject, qualifies, unnamed_agent
from .wider_records import its_verbs_allow, widened


def check_date(index: ClaimIndex, mention: DateMention, subject: Subject, anchors: list[Entry],
               wider: Subject | None = None) -> Finding:
    """A date against the records the claim is about: the ones its quotation or number was found
    in, else the events whose act and subject agree with the claim's (`wider`: the same with the
    whole claim's words, which may support the date but never contradict it)."""
    for entry in anchors:
        if entry.date is not None and its_verbs_allow(index, subject, entry) \
                and an_anchor_may_date(subject, mention, entry) \
                and (found := date_finding(mention, entry, says_announced(subject))):
            return found
    if anchors and (not subject.acts or any(act.action is Action.STATE for act in subject.acts)):
        # When the claim quotes words the data has, the date of "said" is the date of those words:
        # words said again another day are not shown to be these.
        entry = anchors[0]
        recorded = f"{when_text(entry.date, entry.end)}: {title_of(entry)}" if entry.date else "the words are undated"
        what = "quoted words are" if isinstance(entry.record, Quote) else "count is"
        return Finding(shown(mention), PartKind.DATE, Verdict.UNVERIFIED, None, recorded,
                       entry.record.sources, f"the {what} recorded on another date ({entry.record.id})")
    pool = not_given_by_them(own_acts(candidates(index, subject), done_once(subject)), subject)
    weighed = near(pool)
    # Any record the claim is tied to that has its date, and was done by whom the claim says did
    # it, says what it is about, if none nearer does.
    # Else a record tied to the claim that was done that very day (a day says more than a month).
    same_day = mention.date.precision is Precision.DAY
    # (but a record tied only by its doer does not speak for a date that the best candidate, which
    # says what the claim says was done, rules out: "Sessions instituted the zero-tolerance policy
    # in April 2017" is not his memo of April 2017)
    ruled_out = bool(weighed) and weighed[0].date is not None and says_what(index, weighed[0], subject) \
        and all(dates_relation(mention, start, end) == "apart" for start, end, *_ in entry_accounts(weighed[0]))
    further = (entry for _, entry in pool if (subject.agents() and subject.agents() & entry.by and not ruled_out)
               or (same_day and entry.date == mention.date))
    # (a record done by whom the claim says did it is weighed first: "the April 6, 2018 memorandum
    # signed by Attorney General Jeff Sessions" is his memo, not the president's of that day)
    doers = subject.agents()
    ordered = sorted(weighed, key=lambda entry: not doers & entry.by) if doers else weighed
    for entry in itertools.chain(ordered, widened(index, subject, wider, anchors), further):
        if not pinpoints(subject.acts) and (people := _its_people(subject)) and not people & (entry.actors | entry.by):
            continue  # a date beside no telling act, in a claim about people: only a record of theirs
        if not subject.acts and not (wider is not None and wider.acts) and not same_day \
                and not says_what(index, entry, subject):
            # The claim names no act zt knows: a day of its people's record may be that record's
            # ("the deadline was set Tuesday night by Judge Sabraw"), and so may a record whose
            # title says what the claim does ("Sessions pushed for the zero tolerance policy in
            # 2018"); else a month or a year says too little ("Sessions was attorney general in
            # 2019" is no report of the GAO's that year).
            continue
        if outweighed(index, mention, subject, pool, entry):
            continue
        if isinstance(entry.record, Quote) and (sayers := _people(index, subject.agents_of(Action.STATE))) \
                and not sayers & entry.by:
            continue  # "..., Ronald Vitiello said on Monday": the words recorded that day are McAleenan's
        if a_thing_it_is_after(index, mention, subject, entry):
            continue  # "resigned after a meeting with President Trump Friday": not his visit that Friday
        if ruled_out and not (same_day and entry.date == mention.date and not the_best_did_it(mention, subject,
                                                                                              weighed[0], entry)) \
                and not may_say(index, subject, entry, weighed[0]):
            # "In April, Trump ended his policy of detaining ... parents": not his memo of April; "A
            # federal judge on Tuesday (June 19) ruled ...": not the count given that day
            continue
        if found := date_finding(mention, entry, says_announced(subject)):
            return found
    if not weighed:
        return Finding(shown(mention), PartKind.DATE, Verdict.UNVERIFIED, None, "no recorded event is about this")
    # No record the claim is about has its date. It is contradicted only when the claim is about
    # one record (or several of one story, dated alike), every account of every candidate that is
    # not an error rules the date out, the claim says what happened then, its agent (if it names
    # one) is the record's, and the kind of date agrees (a span written whole is checked only
    # against a record of a span).
    if ruled_out and subject.agents() & weighed[0].by:
        # (the best candidate was done by whom the claim says did it, and says what was done: what
        # does not say so is not what the claim is about)
        pool = [(score, entry) for score, entry in pool if may_say(index, subject, entry, weighed[0])]
        weighed = near(pool)
    agents = subject.agents()
    theirs = [(score, entry) for score, entry in pool if agents & entry.by]
    # "Trump announced the resignation of Nielsen": the claim is about her resignation, which a
    # person does once, though it names who announced it.
    once = [(score, entry) for score, entry in pool if entry.action in ONCE and subject.actors & entry.by]
    if not done_once(subject):
        once = []  # "Trump withdrew nominee Vitiello": the claim names no act done once
    if once:
        pool, weighed = once, near(once)
    elif theirs:  # the claim says who did it: what others did is not what it is about
        pool, weighed = theirs, near(theirs)
    target = alone(pool) or _one_story(mention, weighed) or _their_own(subject, weighed)
    shown_target = target or min(weighed, key=lambda entry: years_apart(mention.date, entry))
    accounts = entry_accounts(shown_target)
    start, end, sources, *_ = accounts[0]
    relations = {dates_relation(mention, a[0], a[1]) for entry in weighed for a in entry_accounts(entry)
                 if a[3] is not Rank.DEPRECATED}
    kinds_agree = mention.aspect is not DateAspect.SPAN or shown_target.end is not None
    told = pinpoints(subject.acts) or (target is not None and bool(subject.agents() & target.by))
    if repeated(subject.acts):
        told = False  # "testified on April 11": one testimony the data lacks is not the others
    if subject.acts and all(act.action in (Action.STATE, Action.REPORT) for act in subject.acts):
        told = False  # "Trump told reporters Friday": one of the many things a person said, not one of record
    if any(act.text.casefold() in PICKED for act in subject.acts):
        told = False  # "was tapped to fill the shoes of Homan on June 30": named acting, or nominated?
    if other_verb(subject, mention) or (target is not None and the_verb_is_anothers(subject, mention, target)):
        # "options that were presented to Nielsen on April 23": an act zt does not know; "a status
        # update on the court-ordered reunifications filed Monday": the filing's day, not the order's
        told = False
    if any(act.is_verb and _WILL().search(subject.text[max(0, act.start - 14) : act.start]) for act in subject.acts):
        told = False  # "announces he will resign on Dec. 23": the day of what is to come, not of the record
    named = identifiers(subject.text)
    if named and target is not None and not named & target.names:
        told = False  # the claim names a document the record does not: it may be about another
    if subject.reporting and pinpoints(subject.acts) and not _published(subject, target):
        told = False  # "said ... had been reunited in December": the date may be the saying's
    if target is not None and target.action in ONCE and not subject.actors & (target.actors | target.by):
        told = False  # "He was nominated in 2003": a nomination is someone's, and the claim names no one of it
    if target is not None and target.action in ONCE:
        from .posts import another_post  # (loaded only for a claim about an act done once)

        if by_a_pronoun(subject, target) or another_post(subject, target):
            # "He became acting director of ICE in April 2019, then was replaced by Mark Morgan": whose
            # act it was is not said; "was appointed Deputy Director of ICE": another post than the record's
            told = False
    once_theirs = target is not None and target.action in ONCE and bool(subject.actors & (target.actors | target.by))
    if target is not None and not says_what(index, target, subject) and not once_theirs and not named & target.names:
        # it shares only words of its summary ("zero tolerance" in a ruling on mental health care),
        # only words many titles have ("The policy was rescinded in June" is not shown to be about
        # the announcement of zero tolerance, nor its rescission), or only who did it and the kind
        # of act ("Sessions announced new asylum rules" is not about his announcement of zero
        # tolerance): what was done is not shown to be the record's. A person's resignation,
        # confirmation or swearing-in is theirs alone, so the person says which it is.
        told = False
    if mention.relative and _another_year(mention, weighed):
        told = False  # "June 26" read in the text's year: a record's June 26 of another year may be it
    if mention.relative and target is not None and years_apart(mention.date, target) > 1:
        # "On Monday, the administration agreed to settle": news of the days it was written, and a
        # record years older is not it (the data may lack what happened then), not an error of years.
        told = False
    if _AS_OF().search(subject.text, max(0, mention.start - 8), mention.start):
        told = False  # "As of Monday, 1,187 children have been reunited": the day of a count, not an event's
    if index.earliest is not None and (index.earliest - mention.date.last_day).days > FAR_BEFORE_DAYS:
        told = False  # "a lawsuit filed in 1985": the data records nothing that early, so nothing rules it out
    if target is not None and relations == {"apart"} and kinds_agree and told and _agents_agree(subject, target):
        errors = [(when_text(a[0], a[1]), a[2], a[4]) for a in accounts
                  if a[3] is Rank.DEPRECATED and dates_relation(mention, a[0], a[1]) != "apart"]
        return Finding(shown(mention), PartKind.DATE, Verdict.CONTRADICTED, target.record.id,
                       f"{when_text(start, end)}: {title_of(target)}", sources, errors_note(errors),
                       f"{mention.text} for {when_text(start, end)}")
    if relations != {"apart"}:
        note = f"the data gives only {when_text(start, end)}"
    elif not kinds_agree:
        note = "a span: the record gives a single date"
    elif not told:
        note = "the claim does not say what happened then"
    else:
        note = "the claim is not shown to be about this record alone"
    return Finding(shown(mention), PartKind.DATE, Verdict.UNVERIFIED, None,
                   f"{when_text(start, end)}: {title_of(shown_target)}", sources,
                   f"closest, not shown to be what the claim is about ({shown_target.record.id}); {note}")


FAR_BEFORE_DAYS = 3 * 365  # a date this long before the data's first record is of a time it does not cover


_AS_OF = deferred(r"\bas\s+of\s+$", re.I)
_WILL = deferred(r"\b(?:will|would|shall|plans? to|is to|are to)\s+$", re.I)


# Who a claim only cites ("..., said Maxwell", "according to Sessions") or names only to say
# whose something is ("the Trump administration's request"), beside who it is about.
_CITED_BEFORE = deferred(r"\b(?:said|says|according\s+to|told|wrote)\s+(?:[\w.'’-]+\s+){0,3}$", re.I)
_CITED_AFTER = deferred(r"^\s*(?:said|says)\b", re.I)


def _its_people(subject: Subject) -> frozenset[str]:
    """The actors a claim is about: those it names other than only as the source it cites (when
    the part's own words do not say it was said) or only as whose something is."""
    saying = any(act.action is Action.STATE for act in subject.acts)
    kept = set()
    for actor, start, end in subject.mentions:
        cited = not saying and (_CITED_BEFORE().search(subject.text[max(0, start - 40) : start])
                                or _CITED_AFTER().match(subject.text, end))
        if not cited and not qualifies(subject.text, end):
            kept.add(actor.id)
    return frozenset(kept)


def _people(index: ClaimIndex, ids: frozenset[str]) -> frozenset[str]:
    """Of these actors, the people (a body "said" what its head said)."""
    return frozenset(actor_id for actor_id in ids if isinstance(actor := index.timeline.get(actor_id), Actor)
                     and actor.kind is ActorKind.PERSON)


def _their_own(subject: Subject, weighed: list[Entry]) -> Entry | None:
    """The one record near the best that is of the very act the claim names, done by whom the
    claim says did it ("Sessions notified all U.S. attorneys of a new zero tolerance policy":
    his announcement, not his meeting with them nor the report on it)."""
    agents = subject.agents()
    named = {act.action for act in subject.acts if act.is_verb}
    own = [entry for entry in weighed if entry.action in named and agents & entry.by]
    return own[0] if agents and len(own) == 1 else None


def _published(subject: Subject, target: Entry | None) -> bool:
    """Whether the claim says the record's own publication was done ("the inspector general
    released a report on Thursday"): the date is then the record's, though a report is named."""
    return target is not None and target.action is Action.PUBLISH \
        and any(act.is_verb and act.action is Action.PUBLISH for act in subject.acts)


def _another_year(mention: DateMention, entries: list[Entry]) -> bool:
    """Whether a record dates its event to the claim's month (and day) in another year than the
    one the claim's date was read in."""
    if mention.date.precision not in (Precision.DAY, Precision.MONTH):
        return False
    key = (mention.date.month, mention.date.day)
    return any(start.precision is mention.date.precision and (start.month, start.day) == key
               and start.year != mention.date.year for entry in entries for start, *_ in entry_accounts(entry))


def _one_story(mention: DateMention, weighed: list[Entry]) -> Entry | None:
    """The best of several candidates that are one story: all dated within a month."""
    spans = [(entry, entry.date, entry.end or entry.date) for entry in weighed if entry.date is not None]
    if not spans:
        return None
    first = min(start.first_day for _, start, _ in spans)
    last = max(end.last_day for _, _, end in spans)
    dated = [entry for entry, _, _ in spans]
    return dated[0] if (last - first).days <= 31 else None


def _agents_agree(subject: Subject, entry: Entry) -> bool:
    """Whether the people the claim says did its acts are among the record's (a claim about
    what someone else did on another day is not about this record), and the claim does not give
    its acts to someone the data does not know ("groups of lawmakers toured ...")."""
    if any(unnamed_agent(subject, act, entry) for act in subject.acts):
        return False
    agents = subject.agents()
    return not agents or bool(agents & (entry.by | entry.actors))
