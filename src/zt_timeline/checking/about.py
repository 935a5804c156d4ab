"""What a claim is about: the records whose subject and act agree with the claim's, not merely
the records that share a word with it.

A claim's subject is the people, organizations and things it names; its act is what it says
happened (actions.py). An event is a candidate when what it records happened is of the same
family as the claim's act, and it shares with the claim either a person or organization and
a rare word of its title, or, for an act a person does once (resigning, being sworn in,
nominated, confirmed), the person alone. A candidate is not yet a verdict: a part of a claim is
contradicted only when every strong candidate rules it out (see parts.py), so that a claim
about something the data does not hold is unverified, not judged against its nearest neighbour.
"""

from __future__ import annotations

import functools
import math
import re

from ..model.dates import PartialDate
from ..model.enums import Action, Modality
from ..model.records import ActorKind, Event, Figure, Quote
from .actions import ActMention, pinpoints
from .index import ClaimIndex, Entry, identifiers, pairs
from .parts import Finding, PartKind, Verdict
from .patterns import deferred
from .subject import BE_BEFORE, Subject, by_a_judge, qualifies
from .words import content_words

DISTINCT = 0.5  # the rarity shared title words must have, with a shared actor, to tie a claim to a record
DISTINCT_ALONE = 1.0  # without one (1.0: as rare as a word only that record has)
ABOUT = 4.0  # the score (index.score) a candidate needs
NEAR = 0.6  # candidates within this share of the best are weighed together
SUMMARY_WEIGHT = 0.5  # a shared word of a record's summary, against one of its title
RARE_WEIGHT = 10.0  # a shared word no other record of the act has
ACTOR_WEIGHT = 4.0  # a person or organization the claim and the record both name
PHRASE_BONUS = 3.0  # for each two words the claim and a record's title give together ("executive order")
AGENT_BONUS = 4.0  # a record done by the person the claim says did it stands above others sharing as much
MARGIN = 1.5  # how far the best must stand above the next for the claim to be about it alone
# Acts a person does once in an office: the person and the act say which event it is.
ONCE = frozenset({Action.RESIGN, Action.REMOVE, Action.NOMINATE, Action.CONFIRM, Action.TAKE_OFFICE,
                   Action.LEAVE_OFFICE, Action.APPOINT})
def _ties(entry: Entry, subject: Subject, families: frozenset[Action] | None, distinct: float) -> bool:
    """Whether a record shares enough with the claim to be what it is about: a person or
    organization and a rare word of its title, or rarer words alone; and for an act a person
    does once, that person ("Rosenstein resigned" is not about Sessions' resignation)."""
    people = (entry.actors | entry.by) & subject.actors
    if entry.action in ONCE and families is not None:
        persons = {actor.id for actor, _, _ in subject.mentions if actor.kind is ActorKind.PERSON}
        if persons and not persons & (entry.actors | entry.by):
            return False  # "Nielsen was confirmed by the Senate" is not about McAleenan's confirmation
        agents = subject.agents_of(entry.action)
        if agents and not agents & (entry.by or entry.actors):
            return False
        done_to = entry.action in _DONE_TO or any(act.action in _DONE_TO for act in subject.acts if act.is_verb)
        if done_to and not _done_to_theirs(subject, entry):
            return False  # "Trump taps Kelly": whom it was done to says which (not Trump's pick of Nielsen)
        if people and entry.action in families:
            return True
    return distinct >= (DISTINCT if people else DISTINCT_ALONE)


# Acts done once to a person by another (named, confirmed, fired): the person it was done to says
# which record it is.
_DONE_TO = frozenset({Action.NOMINATE, Action.APPOINT, Action.CONFIRM, Action.REMOVE})


def _done_to_theirs(subject: Subject, entry: Entry) -> bool:
    """Whether the people the claim names other than its doers or the record's (and other than as
    whose something is) include one the record's title names, or there are none ("Homan was
    nominated by Mr. Trump" is not Trump's nomination of Nielsen)."""
    doers = subject.agents() | entry.by
    done_to = [actor for actor, _, end in subject.mentions if actor.kind is ActorKind.PERSON
               and actor.id not in doers and not qualifies(subject.text, end)]
    acts = [act for act in subject.acts if act.is_verb and act.action in _DONE_TO]
    if any(_to_a_pronoun(subject.text, act) for act in acts):
        # "Trump picked him for the ICE post": someone the sentence before named, not the record's nominee
        return False
    for act in acts:
        if BE_BEFORE.search(subject.text, max(0, act.start - 24), act.start):
            # "Vitiello, the acting deputy commissioner, was tapped to fill the shoes of Homan": the
            # one named before "was tapped" is who it was done to
            before = [actor for actor, _, end in subject.mentions
                      if end <= act.start and actor.kind is ActorKind.PERSON]
            if before:
                return bool(frozenset(content_words(before[-1].name)) & entry.title)
    return not done_to or any(frozenset(content_words(actor.name)) & entry.title for actor in done_to)



# (not "her nomination", whose "her" says whose)
_PRONOUN = deferred(r"\s+(?:him|them|her(?!\s+(?!(?:to|as|for|in|on|at|after|before|last|this)\b)[a-z]))\b", re.I)


def _to_a_pronoun(text: str, act: ActMention) -> bool:
    """Whether the one the act was done to is only a pronoun ("nominated him")."""
    return _PRONOUN().match(text, act.end) is not None


_ACTING_POST = deferred(r"\b(?:named|became|becomes|become|appointed|installed|made|as)\s+(?:the\s+)?acting\b", re.I)


def candidates(index: ClaimIndex, subject: Subject,
               kinds: tuple[type, ...] = (Event, Quote)) -> list[tuple[float, Entry]]:
    """The dated records the claim may be about, best first: what they record happened agrees
    with what the claim says happened, and they share its subject. How rare a shared word is
    counts among the records of the same kind of act ("zero tolerance" says little among all
    records, much among announcements)."""
    families = subject.families
    said = any(act.action is Action.STATE for act in subject.acts)
    # A text is not about what happened after it was written.
    before = subject.written.last_day if subject.written is not None else None
    alike = [entry for entry in index.entries if entry.date is not None and isinstance(entry.record, kinds)
             and (before is None or entry.date.plausible_first_day <= before)
             and (families is None or entry.action in families)
             and (said if isinstance(entry.record, Quote) else True)]  # words said are dated by "said"
    # A person's name counts once, as the person (below), not again as words.
    words = subject.words - frozenset(content_words(" ".join(subject.text[start:end]
                                                             for _, start, end in subject.mentions)))
    named = identifiers(subject.text)
    if named:  # "Executive Order 13767" is not about an event that names Executive Order 13841
        alike = [entry for entry in alike if not entry.names or entry.names & named]
    kinds_named = documents_in(subject.text)
    if kinds_named:  # "an executive order" is not about a memorandum, whatever words they share
        # (a title is asked of a suit or a motion only where the claim names one: the others are
        # papers, which a title names more often)
        asked = tuple(_DOCUMENTS) if kinds_named & _FILINGS else _PAPERS
        alike = [entry for entry in alike
                 if not (titled := documents_in(_title_text(entry), asked)) or titled & kinds_named]
    if "acting" in subject.text and _ACTING_POST().search(subject.text):
        # ("was named acting director in June": no nomination or confirmation is to an acting post)
        alike = [entry for entry in alike if entry.action not in (Action.NOMINATE, Action.CONFIRM)]
    if by_a_judge(subject):  # "a federal judge in San Diego blocks ...": not what a president signed
        alike = [entry for entry in alike if not entry.by or entry.by & index.judges]
    rare = rarity(alike, words)
    agents = subject.agents()
    phrases = frozenset(pairs(content_words(subject.text)))
    found = []
    for entry in alike:
        # A word of the title counts whole; one only of the summary or context, half.
        distinct = sum(rare.get(word, 0.0) * (1.0 if word in entry.title else SUMMARY_WEIGHT)
                       for word in entry.words & words)
        if not _ties(entry, subject, families, distinct):
            continue
        # What the claim shares with the record, by how rare it is among records of the same act.
        score = RARE_WEIGHT * distinct + ACTOR_WEIGHT * len((entry.actors | entry.by) & subject.actors) \
            + PHRASE_BONUS * len(phrases & entry.phrases)
        if agents & entry.by:
            score += AGENT_BONUS  # done by whom the claim says did it
        if score >= ABOUT:
            found.append((score, entry))
    return sorted(found, key=lambda pair: -pair[0])


# Kinds of document a claim or a title may name: a claim about one is not about another.
_DOCUMENTS = {"executive order": ("executive", deferred(r"\bexecutive\s+orders?\b", re.I)),
              "rule": (("final rule", "proposed rule", "interim rule"),
                       deferred(r"\b(?:final|proposed|interim)\s+rules?\b", re.I)),
              "memorandum": ("memo", deferred(r"\bmemo(?:randum|randa|s)?\b", re.I)),
              "proclamation": ("proclamation", deferred(r"\bproclamations?\b", re.I)),
              # a suit and a motion in it ("filed the class action lawsuit in 2019" is not the
              # ACLU's motion of 2019 in Ms. L.)
              "lawsuit": (("lawsuit", "sue", "class action", "class-action", "filed suit", "case was", "case filed",
                           "case originally", "case first", "filed the case", "filed a case", "filed its case",
                           "filed their case"),
                          deferred(r"\b(?:lawsuits?|sues?|sued|class[- ]action)\b|\bfiled\s+suit\b|"
                                   r"\bcase\s+(?:was\s+)?(?:originally\s+|first\s+)?filed\b|"
                                   r"\bfiled\s+(?:the|a|its|their)\s+case\b", re.I)),
              "motion": (("motion", "asks the", "asked the", "asking the", "asks a", "asked a", "asking a"),
                         deferred(r"\bmotions?\b|\bask(?:s|ed|ing)?\s+(?:the\s+|a\s+)?(?:federal\s+)?(?:court|judge)\b",
                                  re.I))}


_FILINGS = frozenset(("lawsuit", "motion"))
_PAPERS = ("executive order", "rule", "memorandum", "proclamation")


@functools.lru_cache(maxsize=4096)  # (every record's title is asked about for each claim that names a kind)
def documents_in(text: str, kinds: tuple[str, ...] | None = None) -> frozenset[str]:
    """The kinds of document a text names ("executive order", "memorandum", "proclamation"), of
    these `kinds` (all when None)."""
    folded = text.casefold()
    return frozenset(kind for kind, (cue, pattern) in _DOCUMENTS.items() if kinds is None or kind in kinds
                     if (cue in folded if isinstance(cue, str) else any(c in folded for c in cue))
                     and pattern().search(text))


def _title_text(entry: Entry) -> str:
    record = entry.record
    return record.title if isinstance(record, Event) else ""


def rarity(entries: list[Entry], words: frozenset[str]) -> dict[str, float]:
    """How rare each of the claim's words is among these records, from 1.0 (one record has it)
    down toward 0 (all have it)."""
    if not entries:
        return {}
    total = len(entries)
    top = math.log(1 + total)
    counts = {word: sum(word in entry.words for entry in entries) for word in words}
    return {word: math.log(1 + total / count) / top for word, count in counts.items() if count}


def own_acts(pool: list[tuple[float, Entry]], named: set[Action]) -> list[tuple[float, Entry]]:
    """Of the candidates for an act a person does once, those of the very act the claim names,
    where the data has one and others: "sworn in on December 5" is about the swearing-in, and
    "Congress confirms Nielsen" about her confirmation, though the two are of one family."""
    own = [pair for pair in pool if pair[1].action in named]
    return own if own and len(own) < len(pool) else pool


# Acts done to oneself, and the acts by which another puts someone in or out of an office.
_OWN_TURN = frozenset({Action.TAKE_OFFICE, Action.RESIGN, Action.LEAVE_OFFICE})
_GIVEN_BY_ANOTHER = frozenset({Action.APPOINT, Action.NOMINATE, Action.REMOVE})


def not_given_by_them(pool: list[tuple[float, Entry]], subject: Subject) -> list[tuple[float, Entry]]:
    """Less the records of someone putting another in or out of office, where the claim says that
    someone took or left an office themselves ("since President Trump took office" is not his
    naming of Morgan to lead ICE)."""
    takers = {agent.id for act in subject.acts if act.is_verb and act.action in _OWN_TURN
              and (agent := subject.agent(act)) is not None}
    if not takers:
        return pool
    return [(score, entry) for score, entry in pool
            if not (entry.action in _GIVEN_BY_ANOTHER and takers & entry.by and not takers & (entry.actors - entry.by))]


def near(pool: list[tuple[float, Entry]]) -> list[Entry]:
    """The candidates close enough to the best to be weighed with it."""
    if not pool:
        return []
    best = pool[0][0]
    return [entry for score, entry in pool if score >= NEAR * best]


def alone(pool: list[tuple[float, Entry]]) -> Entry | None:
    """The candidate the claim is about alone, if one stands well above the others."""
    if not pool:
        return None
    if len(pool) > 1 and pool[1][0] * MARGIN > pool[0][0]:
        return None
    return pool[0][1]


_PERSON_NOUNS = frozenset({"nominee", "nominees"})  # words of the vocabulary of acts that name a person


def done_once(subject: Subject) -> set[Action]:
    """The acts a person does once that the claim names, as a verb or as the event ("the
    resignation of Nielsen"), not as the person ("nominee Vitiello")."""
    # ("withdraws Vitiello's nomination": the day is the withdrawal's, an act that undoes the one named)
    undone = any(act.is_verb and act.action in (Action.RESCIND, Action.END) for act in subject.acts)
    return {act.action for act in subject.acts if act.action in ONCE and act.text.casefold() not in _PERSON_NOUNS
            and not (undone and not act.is_verb)}


PICKED = frozenset({"tapped", "taps", "picked", "picks"})  # said of a nomination and of an appointment alike


def record_about(index: ClaimIndex, findings: list[Finding], subject: Subject, dated: PartialDate | None
                 ) -> Entry | None:
    """The record a claim is about: the one a part was checked against, else the one candidate
    its act and subject single out (`dated`: when the text was written)."""
    tied = next((f.record for f in findings if f.record and f.verdict is not Verdict.UNVERIFIED
                 and f.kind in (PartKind.DATE, PartKind.NUMBER, PartKind.QUOTATION)), None)
    entry = index.by_id.get(tied) if tied else None
    limit = entry is not None and isinstance(entry.record, Figure) and entry.modality is Modality.LIMIT
    order = index.by_id.get(getattr(entry.record, "event", None) or "") if limit and entry else None
    if order is not None and not (dated and order.date and order.date.first_day > dated.last_day):
        return order  # a limit is a term of the order that set it (one the text could know of)
    if entry is not None:
        return entry
    if pinpoints(subject.acts):  # "said" alone does not single out what was said
        return alone(own_acts(candidates(index, subject), done_once(subject)))
    return None
