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

import math
import re

import msgspec

from ..model.dates import PartialDate
from ..model.enums import Action
from ..model.records import Actor, ActorKind, Event, Quote
from .actions import ActMention, family, find_acts, reported, telling
from .index import ClaimIndex, Entry, identifiers, pairs
from .patterns import deferred
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
_AGENT_GAP = 60  # characters between an agent's name and its verb ("Sessions, on Monday, announced")


class Subject(msgspec.Struct, frozen=True, gc=False):
    """What a claim (or one clause of it) names and says happened, outside its quotations."""

    text: str  # the whole claim
    words: frozenset[str]  # content words, stems
    actors: frozenset[str]  # ids of the actors it names
    mentions: tuple[tuple[Actor, int, int], ...]  # where it names them
    acts: tuple[ActMention, ...]  # the telling acts it names (of one part, for a part)
    written: PartialDate | None = None  # when the text was written: it is about nothing later
    reporting: bool = False  # its acts include saying or reporting (beside what was said happened)

    def narrowed(self, acts: tuple[ActMention, ...], words: frozenset[str]) -> Subject:
        """The subject of one part of the claim (a date and the acts nearest it): its own acts
        and words, and the claim's names."""
        return Subject(self.text, words, self.actors, self.mentions, telling(acts), self.written, reported(acts))

    def agents(self) -> frozenset[str]:
        """The people the claim says did its acts."""
        return frozenset(agent.id for act in self.acts if act.is_verb and (agent := self.agent(act)) is not None)

    def agents_of(self, action: Action | None) -> frozenset[str]:
        """The people the claim says did an act that may be recorded as `action` ("Trump
        announced the resignation of Nielsen": Trump announced; nobody is said to have resigned)."""
        return frozenset(agent.id for act in self.acts if act.is_verb and action in family(act.action)
                         and (agent := self.agent(act)) is not None)

    @property
    def families(self) -> frozenset[Action] | None:
        """The recorded acts the claim's acts may stand for; None when it names no act."""
        if not self.acts:
            return None
        return frozenset(action for act in self.acts for action in family(act.action))

    def agent(self, act: ActMention) -> Actor | None:
        """Who the claim says did an act: the name just before its verb in the same clause, or
        the one a relative clause or an apposition follows ("Sessions, who took the oath ...,
        announced"), or after 'by' after it; not a name that only qualifies another noun ("the
        Trump administration" is not Trump)."""
        found = None
        passive = _PARTICIPLE.match(act.text) is not None
        previous: tuple[Actor, int] | None = None
        for actor, start, end in self.mentions:
            if end > act.start:
                break
            of_whom = previous is not None and previous[0].kind is ActorKind.PERSON \
                and _OF_BODY.fullmatch(self.text[previous[1] : start]) is not None
            previous = (actor, end)
            if of_whom:
                continue  # "Judge Dana Sabraw of the Southern District of California granted": the judge did
            between = self.text[end:act.start]
            if (len(between) <= _AGENT_GAP and "," not in between and not _broken(between)) \
                    or _APPOSED.match(between) or _WHO.match(between):
                # "Nielsen was confirmed by the Senate": the name before a passive verb is who it
                # was done to; who did it follows "by", if anyone.
                found = None if _QUALIFIES.match(self.text, end) or (passive and _BE.search(between)) else actor
        if found is not None:
            return found
        within = act.text.find(" by ")  # a phrase of the vocabulary that says it ("confirmed by the Senate")
        after = act.text[within:] if within >= 0 else self.text[act.end : act.end + 40]
        offset = act.start + within if within >= 0 else act.end
        by = after.find(" by ")
        if by >= 0:
            at = offset + by + 4
            return next((actor for actor, start, end in self.mentions if at <= start <= at + 10
                         and _BY_TITLE.fullmatch(self.text[at:start]) and not _QUALIFIES.match(self.text, end)), None)
        return None


# Acts whose grammatical subject is the thing that happened, not who did it ("the pilot began").
_WHAT_HAPPENED = frozenset({Action.BEGIN, Action.END})
# A relative clause, an apposition or a time between a name and its verb ("Sessions, who ...,
# announced"; "Nielsen, the secretary, said"; "Trump, on Wednesday, signed").
_APPOSED = re.compile(r"^(?:['’]s)?\s*,\s*(?:who|whose|the|a|an|then|now|then-|former|on|in|at|last|this|earlier|later)"
                      r"\b[^;]*?,\s*(?:\w+ly\s+)?$", re.I)
def qualifies(text: str, end: int) -> bool:
    """Whether the name that ends at `end` only says whose something is ("the Trump administration",
    "Trump's policy")."""
    return bool(_QUALIFIES.match(text, end) or _POSSESSIVE.match(text, end))


_POSSESSIVE = re.compile(r"['’]s?\b")
_OF_BODY = re.compile(r",?\s+of\s+(?:the\s+)?")  # a body after a person's name says whose they are
_BY_TITLE = re.compile(r"(?:the |Mr\. |Mrs\. |Ms\. |Dr\. )?")  # "by Mr. Trump": who did it
_BE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.I)  # before a participle: passive
_PARTICIPLE = re.compile(r"\w+ed\b|sworn\b|chosen\b|taken\b|given\b|brought\b|held\b|led\b|named\b", re.I)
_WHO = re.compile(r"^(?:['’]s)?\s*,?\s*who\s+(?:\w+ly\s+)?$", re.I)  # "Sessions, who took the oath"
_QUALIFIES = re.compile(r"(?:['’]s)?\s+(?:administration|campaign|team|officials?|aides?|allies|government|"
                        r"appointees?|nominees?|supporters)\b", re.I)
# Words before a verb that say who did it without naming anyone the data knows ("groups of
# Democratic lawmakers toured ...", "a judge ruled ..."); "was" or "were" make it passive.
_PASSIVE = deferred(r"\b(?:was|were|is|are|been|being|be|had|has|have)\s+(?:\w+ly\s+)?$", re.I)
# Words that stand in for a doer named elsewhere ("the agency", "the department", "a judge"):
# they leave who did it open rather than name someone else.
_STANDS_IN = frozenset(content_words("""agency department administration government court judge officials official
authorities office officers agents he she they it federal president secretary attorney general trump"""))
_LEADING = deferred(r"^\W*(?:(?:on|in|at|by|last|this|earlier|later|then|also|and|but|so|the|a|an|its|his|her|"
                      r"their)\b\W*)*", re.I)


def unnamed_agent(subject: Subject, act: ActMention, entry: Entry | None = None) -> bool:
    """Whether the claim says someone did an act, in words that name no actor the data knows
    (nor words of the record: "advocacy organizations" for "advocacy groups"): then the claim
    may be about another event of the same kind."""
    if not act.is_verb or act.action in _WHAT_HAPPENED or subject.agent(act) is not None:
        return False
    start = max((m.end() for m in re.finditer(r"[,;:()]|\bthat\b|\bwho\b|\bwhich\b", subject.text[: act.start])),
                default=0)
    before = subject.text[start : act.start]
    if _PASSIVE().search(before):
        return False
    named = any(start <= at < act.start for _, at, _ in subject.mentions)
    words = set(content_words(_LEADING().sub("", before)))
    if entry is not None and words & entry.words:
        return False
    return not named and bool(words - _STANDS_IN)


_JUDGE_WORDS = deferred(r"\b(?:judges?|court|justices?)\b", re.I)


def by_a_judge(subject: Subject) -> bool:
    """Whether the claim says a judge or a court did its act, without naming them ("a federal
    judge in San Diego blocked ...", "the court ordered ...")."""
    for act in subject.acts:
        if not act.is_verb or subject.agent(act) is not None:
            continue
        start = max((m.end() for m in re.finditer(r"[,;:()]|\bthat\b|\bwho\b|\bwhich\b",
                                                   subject.text[: act.start])), default=0)
        before = subject.text[start : act.start]
        if _JUDGE_WORDS().search(before) and not _PASSIVE().search(before) \
                and not any(start <= at < act.start for _, at, _ in subject.mentions):
            return True
    return False


def _broken(between: str) -> bool:
    """Whether the words between a name and a verb leave another subject for it: a clause
    break ('Sessions, whose memo Rosenstein signed'), 'that' or 'who'."""
    lowered = f" {between.casefold()} "
    return any(mark in lowered for mark in (";", " that ", " which ", " whose ", " after ", " before ", " when ",
                                            " and ", " but "))


# An act in the infinitive after another is what that one was for or asked for ("ordering the
# administration to reunite families"): it is not said to have happened.
_PURPOSE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.I)
# but one that others brought about did happen ("pushed President Trump to sign an executive order")
CAUSED = deferred(r"\b(?:led|pushed|forced|prompted|spurred|compelled|caused|drove|had)\s+(?:[\w.'’-]+\s+){0,5}to\s+"
                   r"(?:\w+ly\s+)?$", re.I)


def subject_of(index: ClaimIndex, text: str, written: PartialDate | None = None) -> Subject:
    mentions = index.actor_mentions(text)
    found = find_acts(text)
    done = tuple(act for act in found if not _PURPOSE.search(text[max(0, act.start - 20) : act.start])
                 or CAUSED().search(text[max(0, act.start - 70) : act.start]))
    acts = telling(done or found)
    return Subject(text, frozenset(content_words(text)), frozenset(actor.id for actor, _, _ in mentions), mentions,
                   acts, written)


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
        if entry.action in _DONE_TO and not _done_to_theirs(subject, entry):
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
    return not done_to or any(frozenset(content_words(actor.name)) & entry.title for actor in done_to)


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
        alike = [entry for entry in alike if not (titled := documents_in(_title_text(entry))) or titled & kinds_named]
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
              "memorandum": ("memo", deferred(r"\bmemo(?:randum|randa|s)?\b", re.I)),
              "proclamation": ("proclamation", deferred(r"\bproclamations?\b", re.I))}


def documents_in(text: str) -> frozenset[str]:
    """The kinds of document a text names ("executive order", "memorandum", "proclamation")."""
    folded = text.casefold()
    return frozenset(kind for kind, (cue, pattern) in _DOCUMENTS.items() if cue in folded and pattern().search(text))


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
