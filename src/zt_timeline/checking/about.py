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

from dataclasses import dataclass

from ..model.kinds import Action
from ..model.records import Actor, Event, Quote
from .actions import ActMention, family, find_acts, telling
from .claims import content_words
from .index import ClaimIndex, Entry

DISTINCT = 0.6  # the rarity shared title words must have, with a shared actor, to tie a claim to a record
DISTINCT_ALONE = 1.0  # without one (1.0: as rare as a word only that record has)
ABOUT = 4.0  # the score (index.score) a candidate needs
NEAR = 0.6  # candidates within this share of the best are weighed together
MARGIN = 1.5  # how far the best must stand above the next for the claim to be about it alone
# Acts a person does once in an office: the person and the act say which event it is.
_ONCE = frozenset({Action.RESIGN, Action.REMOVE, Action.NOMINATE, Action.CONFIRM, Action.TAKE_OFFICE,
                   Action.LEAVE_OFFICE, Action.APPOINT})
_AGENT_GAP = 60  # characters between an agent's name and its verb ("Sessions, on Monday, announced")


@dataclass(frozen=True, slots=True)
class Subject:
    """What a claim (or one clause of it) names and says happened, outside its quotations."""

    text: str  # the whole claim
    words: frozenset[str]  # content words, stems
    actors: frozenset[str]  # ids of the actors it names
    mentions: tuple[tuple[Actor, int, int], ...]  # where it names them
    acts: tuple[ActMention, ...]  # the telling acts it names (of one part, for a part)

    def narrowed(self, acts: tuple[ActMention, ...], words: frozenset[str]) -> Subject:
        """The subject of one part of the claim (a date and the acts nearest it): its own acts
        and words, and the claim's names."""
        return Subject(self.text, words, self.actors, self.mentions, telling(acts))

    def agents(self) -> frozenset[str]:
        """The people the claim says did its acts."""
        return frozenset(agent.id for act in self.acts if act.is_verb and (agent := self.agent(act)) is not None)

    @property
    def families(self) -> frozenset[Action] | None:
        """The recorded acts the claim's acts may stand for; None when it names no act."""
        if not self.acts:
            return None
        return frozenset(action for act in self.acts for action in family(act.action))

    def agent(self, act: ActMention) -> Actor | None:
        """Who the claim says did an act: the name just before its verb, or after 'by' after it."""
        before = [(actor, end) for actor, _, end in self.mentions if end <= act.start
                  and act.start - end <= _AGENT_GAP and not _broken(self.text[end:act.start])]
        if before:
            return before[-1][0]
        after = self.text[act.end : act.end + 40]
        by = after.find(" by ")
        if by >= 0:
            at = act.end + by + 4
            return next((actor for actor, start, _ in self.mentions if start == at), None)
        return None


def _broken(between: str) -> bool:
    """Whether the words between a name and a verb leave another subject for it: a clause
    break ('Sessions, whose memo Rosenstein signed'), 'that' or 'who'."""
    lowered = f" {between.casefold()} "
    return any(mark in lowered for mark in (";", " that ", " which ", " whose ", " after ", " before ", " when ",
                                            " and ", " but "))


def subject_of(index: ClaimIndex, text: str) -> Subject:
    mentions = index.actor_mentions(text)
    acts = telling(find_acts(text))
    return Subject(text, frozenset(content_words(text)), frozenset(actor.id for actor, _, _ in mentions), mentions,
                   acts)


def _ties(index: ClaimIndex, entry: Entry, subject: Subject, families: frozenset[Action] | None) -> bool:
    """Whether a record shares enough with the claim to be what it is about. An act a person
    does once is tied to that person: "Rosenstein resigned" is not about Sessions' resignation."""
    people = (entry.actors | entry.by) & subject.actors
    if entry.action in _ONCE and families is not None:
        agents = subject.agents()
        if agents and not agents & (entry.by or entry.actors):
            return False
    distinct = index.distinct(entry, subject.words)
    if distinct >= (DISTINCT if people else DISTINCT_ALONE):
        return True
    return bool(people) and families is not None and entry.action in _ONCE & families


def candidates(index: ClaimIndex, subject: Subject, words: frozenset[str] | None = None,
               kinds: tuple[type, ...] = (Event, Quote)) -> list[tuple[float, Entry]]:
    """The dated records the claim may be about, best first: what they record happened agrees
    with what the claim says happened, and they share its subject."""
    families = subject.families
    claim_words = subject.words if words is None else words
    found = []
    for entry in index.entries:
        if entry.date is None or not isinstance(entry.record, kinds):
            continue
        if families is not None and entry.action not in families:
            continue  # a record that does not say what happened cannot be shown to agree
        if families is None and isinstance(entry.record, Quote):
            continue  # a date with no act is not the date words were said
        if not _ties(index, entry, subject, families):
            continue
        score = index.score(entry, claim_words, subject.actors)
        if score >= ABOUT:
            found.append((score, entry))
    return sorted(found, key=lambda pair: -pair[0])


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
