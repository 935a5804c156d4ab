"""Who a claim says gave a count ("Azar said there are fewer than 3,000", "..., the Department of
Justice said late Saturday"): a count is the sayer's only on a record of theirs, so one recorded
as another's does not speak for the claim's number."""

from __future__ import annotations

from ..model.enums import Action
from ..model.records import ActorKind, Figure
from .claims import NumberMention
from .index import ClaimIndex
from .patterns import deferred
from .subject import Subject


def sayers_of(subject: Subject, number: NumberMention) -> frozenset[str]:
    """Who says the number, by a verb of speech just before it (a person or a body), and the
    bodies the sentence gives it to after it ("..., DHS said", "according to ... ORR")."""
    return frozenset(agent.id for act in subject.acts if act.is_verb and act.action is Action.STATE
                     and act.end <= number.start and len(subject.text[act.end:number.start]) <= _SAID_GAP
                     and not any(mark in subject.text[act.end:number.start] for mark in ",;:")
                     and (agent := subject.agent(act)) is not None) \
        | _said_after(subject, number.end)


def _said_after(subject: Subject, end: int) -> frozenset[str]:
    """Who the sentence says gave its count, after it ("..., the Department of Justice said late
    Saturday"): a body the data knows."""
    if not any(verb in subject.text[end:] for verb in (" said", " says", " announced", " reported", "according to")):
        return frozenset()
    given = _GIVEN_BY().search(subject.text, end) or _ACCORDING_TO().search(subject.text, end)
    if given is None:
        return frozenset()
    # (a person who announced it is judged as the doer of its event, by doers.py)
    return frozenset(actor.id for actor, start, _ in subject.mentions if given.start() <= start < given.end()
                     and actor.kind is ActorKind.ORGANIZATION)


_GIVEN_BY = deferred(r",\s+(?:the\s+)?[A-Z][\w.'’-]*\s+(?:(?:[A-Z][\w.'’-]*|of|and|for|the)\s+){0,7}"
                     r"(?:said|says|announced|reported)\b")


# "..., according to recent data from the Office of Refugee Resettlement"; not a body it was given
# to ("according to testimony before a Senate subcommittee")
_ACCORDING_TO = deferred(r"\baccording\s+to\s+(?:(?!(?:before|to|at|in|with)\b)[a-z-]+\s+){0,3}?"
                         r"(?:from\s+)?(?:the\s+)?[A-Z][\w.'’-]*"
                         r"(?:\s+(?:[A-Z][\w.'’-]*|of|and|for|the))*")


def sayers_count(index: ClaimIndex, sayers: frozenset[str], figure: Figure) -> bool:
    """Whether a figure is the count of one the claim says gave it: on the record of its event, or
    named in what it counts ("separated children in HHS care, per Secretary Azar")."""
    entry = index.by_id[figure.id]
    return bool(sayers & (entry.actors | entry.by | {actor.id for actor in index.actors_in(figure.label)}))


_SAID_GAP = 60  # characters between "said" and the count it says ("Azar said there are fewer than 3,000")
