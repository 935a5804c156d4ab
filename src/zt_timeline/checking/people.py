"""Who did it: the people a claim names, checked against who the records say did each act (an
event's `by`); who held an office when is offices.py's.

An agent is checked only against the record the claim was shown to be about (its date or its
act and subject agreed, see about.py).
"""

from __future__ import annotations

import re

from msgspec.structs import replace

from ..model.enums import Action
from ..model.records import Actor, ActorKind
from ..model.timeline import Timeline
from ..queries.tenure import role_status
from .actions import LEFT_OFFICE, ActMention, family, find_acts
from .index import Entry
from .parts import Finding, PartKind, Unchecked, Verdict
from .patterns import deferred
from .subject import Subject


def check_agent(timeline: Timeline, subject: Subject, entry: Entry, decisive: bool) -> Finding | Unchecked | None:
    """The agent the claim names for its act, against who the record says did it."""
    if not decisive:
        return None  # the claim is not shown to be about this record: whoever it names, nothing follows
    for act in subject.acts:
        if act.action in _UNDOING and entry.action not in _UNDOING:
            continue  # ("Wilkinson rescinded the policy issued April 6, 2018, by Sessions": not who issued it)
        agent = subject.agent(act) if act.is_verb and entry.action in family(act.action) else None
        if agent is None:
            continue
        part = f"{agent.name} {act.text}"
        if not entry.by:
            return Unchecked(part, PartKind.AGENT, f"who did it is not recorded on {entry.record.id}")
        names = ", ".join(timeline.actor_name(actor_id) for actor_id in sorted(entry.by))
        recorded = f"done by {names}"
        if act.action is Action.REMOVE and entry.action in LEFT_OFFICE:
            # "Trump forced out Sessions": the record is of Sessions' resignation; who pushed him out
            # is not its doer. One the record names (at whose request) may stand; another is not checked.
            named = agent.id in entry.actors
            return Unchecked(part, PartKind.AGENT, f"the record is of {names} leaving; who forced it is not checked",
                             withholds=not named)
        if agent.id in entry.by:
            return Finding(part, PartKind.AGENT, Verdict.SUPPORTED, entry.record.id, recorded, entry.record.sources)
        if agent.kind is ActorKind.ORGANIZATION:
            # An agency "did" what its head did: supported when the doer served it, else unchecked.
            # (or is named on it, unless it is a work's author the claim names: DHS is named on the
            # Justice Department inspector general's report, which it did not write)
            if any(_serves(timeline, actor_id, agent.id) for actor_id in entry.by) \
                    or (agent.id in entry.actors and entry.action not in _AUTHORED):
                return Finding(part, PartKind.AGENT, Verdict.SUPPORTED, entry.record.id, recorded,
                               entry.record.sources)
            # (not named at all: the claim gives the act to a body the record does not, and is not supported)
            return Finding(part, PartKind.AGENT, Verdict.UNVERIFIED, None, recorded, entry.record.sources,
                           f"{agent.name} is not named on {entry.record.id}")
        people = [actor_id for actor_id in entry.by if _is_person(timeline, actor_id)]
        if _beside_its_doer(subject, act, entry):
            # "Sessions and Homan announced ...": the record's doer is named with them; whether
            # the other took part is not checked, nor ruled out
            return Unchecked(part, PartKind.AGENT, f"{recorded}: named beside the record's doer, whether "
                                                   f"{agent.name} took part is not checked")
        if people and _president_then(agent, entry):
            # "Biden rescinded the policy": his acting attorney general did. What an administration
            # did is often said of its president; that he did it himself is not shown, nor ruled out.
            return Unchecked(part, PartKind.AGENT, f"{recorded}, in the administration of {agent.name}: "
                                                   "whether the president did it himself is not checked")
        if people:
            return Finding(part, PartKind.AGENT, Verdict.CONTRADICTED, entry.record.id, recorded,
                           entry.record.sources, None, f"{agent.name} for {names}")
        return Unchecked(part, PartKind.AGENT, f"the record the claim may be about was done by {names}")
    return None


_AUTHORED = frozenset({Action.PUBLISH, Action.REVIEW})
_UNDOING = frozenset({Action.RESCIND, Action.END})  # acts that undo another, whose doer is not the other's


def _beside_its_doer(subject: Subject, act: ActMention, entry: Entry) -> bool:
    """Whether the claim names one of the record's doers before the act, joined to the rest of
    its doers by "and" ("Sessions and ICE Director Thomas Homan announced")."""
    return any(actor.id in entry.by and end <= act.start
               and re.match(r"\s*,?\s*and\s+[^.;:]*$", subject.text[end : act.start]) is not None
               for actor, _, end in subject.mentions)


def _president_then(agent: Actor, entry: Entry) -> bool:
    """Whether the agent was (or may have been) President of the United States when the record's event happened."""
    if entry.date is None:
        return False
    return any(role.title.startswith("President of the United States")
               and role_status(role, entry.date)[0].possibly_held for role in agent.roles)


def doer_of_count(subject: Subject, entry: Entry) -> Finding | None:
    """Who the claim says did what it counts ("Judge Gee had ordered ... to reunite 2,800
    children"), where the record it is about is a figure or a quote: an unverified part, so the
    count alone does not support the claim. Saying or reporting a count is not doing it."""
    for act in subject.acts:
        agent = subject.agent(act) if act.is_verb and act.action not in (Action.STATE, Action.REPORT) else None
        if agent is not None and agent.id not in entry.actors | entry.by and _COUNT.search(subject.text, act.end):
            return Finding(f"{agent.name} {act.text}", PartKind.AGENT, Verdict.UNVERIFIED, None,
                           f"who did it is not checked: {entry.record.id} is a count, not an event")
    return None


_COUNT = re.compile(r"\d")  # a number after the act: the act is what produced the count


# A name of one to four capitalised words ("Pence", "Vice President Mike Pence").
NAME = r"((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)"
_NAME_BEFORE = deferred(NAME + r"\s+(?:to\s+)?$")  # "Pence signed", "led Pence to sign"
_BY_NAME = deferred(r"\s+by\s+" + NAME)
_PASSIVE = deferred(r"\b(?:was|were|been|being|be|is|are)\s+$")
# Capitalised words that begin a sentence or name no one: what is left after them is the name.
_NOT_NAMES = frozenset("""the a an he she it they we i you his her its their this that these those on in at then but
and also when after before while as once later earlier today yesterday monday tuesday wednesday thursday friday
saturday sunday january february march april may june july august september october november december""".split())  # noqa: SIM905

_TITLE_WORDS = frozenset("""president vice secretary attorney general judge governor senator director commissioner
chief justice chairman chairwoman chair administrator""".split())  # noqa: SIM905


# A person's name as a claim gives it: a title and a name, or a first and a last name ("Vice
# President Mike Pence", "Mike Pence"), not one word that may name a body ("Congress").
_PERSON = deferred(r"(?:(?:Vice\s+)?President\s+|Sen\.\s+|Senator\s+|Rep\.\s+|Secretary\s+|Gov\.\s+)?"
                   r"[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z’'-]+|(?:Vice\s+)?President\s+[A-Z][a-z’'-]+")
_BODIES = frozenset("""congress senate house court department administration government washington democrats
republicans officials lawmakers agency judge""".split())  # noqa: SIM905


def _a_person(name: str) -> bool:
    """Whether a name the data does not know is a person's: a title and a name, a first and a
    last name, or one capitalised word that is not a body ("Pence", not "Congress" or "ICE")."""
    if _PERSON().fullmatch(name):
        return True
    return bool(re.fullmatch(r"[A-Z][a-z’'-]{2,}", name)) and name.casefold() not in _BODIES


_PLACE_BEFORE = deferred(r"\b(?:in|at|from|near|of|for|to|with|on)\s+$", re.I)


def unknown_agent(subject: Subject, entries: list[Entry], timeline: Timeline,
                  decisive: frozenset[str] = frozenset()) -> Finding | None:
    """A doer the claim names for the act of one of these events that the data does not know
    ("Pence issued the order", "nominated by President George W. Bush"): zt cannot say it is
    wrong, so the claim is not supported; but a document has the signers it has, so one the
    claim is shown to be about (`decisive`: its date or number agreed) signed by someone else is
    contradicted. Every act the claim names counts here, the weak ones too ("issued" beside "an
    executive order")."""
    acts = find_acts(subject.text)
    found = next(filter(None, (_unknown_doer(subject, acts, entry, timeline, entry.record.id in decisive)
                               for entry in entries)), None)
    if found is None and entries and not any(act.is_verb for act in acts):
        found = _leading_doer(subject)
    return found


# "Vice President Mike Pence designated ...": a name, then a verb the vocabulary lacks.
_LEADING_DOER = deferred(r"\s*" + NAME + r"\s+([a-z]+ed)\b")


def _leading_doer(subject: Subject) -> Finding | None:
    """The doer at the head of a claim whose verb names no act zt knows, when the data does not
    know them either: what they did is not checked, so the claim is not supported."""
    lead = _LEADING_DOER().match(subject.text)
    if lead is None:
        return None
    name = stranger(subject, *lead.span(1))
    if name is None:
        return None
    return Finding(f"{name} {lead.group(2)}", PartKind.AGENT, Verdict.UNVERIFIED, None,
                   f"{name} is not in the data: who did it is not checked")


def stranger(subject: Subject, start: int, end: int) -> str | None:
    """The name the text gives between start and end, if it names someone the data does not know;
    None for a pronoun or a date, a plural noun opening the sentence ("Officials said"), a place
    ("a judge in San Diego blocks") or an actor the data has (judged elsewhere)."""
    words = subject.text[start:end].split()
    stripped = [word for word in words if word.casefold().strip(".,") not in _NOT_NAMES]
    if not stripped or stripped != words[len(words) - len(stripped):]:
        return None
    if all(word.casefold().strip(".,") in _TITLE_WORDS for word in stripped):
        return None  # "the President signed": an office, read as its holder where it can be (holders.py)
    if len(words) == 1 and not subject.text[:start].strip() and words[0].endswith("s"):
        return None
    if _PLACE_BEFORE().search(subject.text[:start]):
        return None
    if any(m_start < end and start < m_end for _, m_start, m_end in subject.mentions):
        return None
    return " ".join(stripped)


def _unknown_doer(subject: Subject, acts: tuple[ActMention, ...], entry: Entry, timeline: Timeline,
                  decisive: bool = False) -> Finding | None:
    for act in acts:
        if not act.is_verb or entry.action not in family(act.action):
            continue
        offset = max(0, act.start - 60)
        before = subject.text[offset : act.start]
        if _PASSIVE().search(before):
            found, offset = _BY_NAME().match(subject.text, act.end), 0
        else:
            found = _NAME_BEFORE().search(before)
        if found is None:
            continue
        name = stranger(subject, offset + found.start(1), offset + found.end(1))
        if name is None:
            continue
        names = ", ".join(timeline.actor_name(actor_id) for actor_id in sorted(entry.by)) or "no one recorded"
        if decisive and entry.action is Action.SIGN and act.action in (Action.SIGN, Action.ISSUE) and entry.by \
                and all(_is_person(timeline, actor_id) for actor_id in entry.by) and _a_person(name):
            return Finding(f"{name} {act.text}", PartKind.AGENT, Verdict.CONTRADICTED, entry.record.id,
                           f"signed by {names}", entry.record.sources, None, f"{name} for {names}")
        return Finding(f"{name} {act.text}", PartKind.AGENT, Verdict.UNVERIFIED, None,
                       f"{name} is not in the data: who did it is not checked (the record was done by {names})",
                       note=f"about {entry.record.id}")
    return None


def by_another(findings: list[Finding], stranger: Finding) -> list[Finding]:
    """The findings, with any date the claim is contradicted on by the record whose act it gives
    to a doer the data does not know made unverified ("..., the White House announced Tuesday" is no day of
    Nielsen's briefing at the White House): another's act is not shown to be the record's."""
    if stranger.verdict is not Verdict.UNVERIFIED or not (stranger.note or "").startswith("about ") \
            or "dministration" in stranger.part:
        return findings  # ("the Trump Administration proposed": an administration, whose president is checked)
    record = (stranger.note or "").removeprefix("about ")
    return [replace(f, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                    note=f"closest, not shown to be what the claim is about ({record}); the claim gives its act to "
                         f"someone the data does not know ({stranger.part})")
            if f.kind is PartKind.DATE and f.record == record and f.verdict is Verdict.CONTRADICTED else f
            for f in findings]


def _is_person(timeline: Timeline, actor_id: str) -> bool:
    actor = timeline.get(actor_id)
    return isinstance(actor, Actor) and actor.kind is ActorKind.PERSON


def _serves(timeline: Timeline, person: str, organization: str) -> bool:
    actor = timeline.get(person)
    return isinstance(actor, Actor) and any(role.org == organization for role in actor.roles)
