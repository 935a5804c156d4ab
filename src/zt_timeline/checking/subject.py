"""What a claim names and says happened: its subject (the people, organizations and things it
names), its acts (actions.py), who it says did them (the name before the verb, or after "by"),
and doers it gives without naming anyone the data knows ("a federal judge in San Diego",
"advocacy groups"). about.py finds the records a subject is about."""

from __future__ import annotations

import re

import msgspec

from ..model.dates import PartialDate
from ..model.enums import Action
from ..model.records import Actor, ActorKind
from .actions import LEFT_OFFICE, ActMention, family, find_acts, reported, telling
from .index import ClaimIndex, Entry
from .patterns import deferred
from .words import content_words

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

    def narrowed(self, acts: tuple[ActMention, ...], words: frozenset[str],
                 within: tuple[int, int] | None = None) -> Subject:
        """The subject of one part of the claim (a date and the acts nearest it): its own acts
        and words, and the claim's names (`within`: only those named in that stretch of it)."""
        if within is None:
            return Subject(self.text, words, self.actors, self.mentions, telling(acts), self.written, reported(acts))
        mentions = tuple(m for m in self.mentions if within[0] <= m[1] < within[1])
        return Subject(self.text, words, frozenset(actor.id for actor, _, _ in mentions), mentions, telling(acts),
                       self.written, reported(acts))

    def agents(self) -> frozenset[str]:
        """The people the claim says did its acts."""
        return frozenset(agent.id for act in self.acts if act.is_verb and (agent := self.agent(act)) is not None)

    def agents_of(self, action: Action | None) -> frozenset[str]:
        """The people the claim says did an act that may be recorded as `action` ("Trump
        announced the resignation of Nielsen": Trump announced; nobody is said to have resigned)."""
        return frozenset(agent.id for act in self.acts if act.is_verb and action in family(act.action)
                         and not (act.action is Action.REMOVE and action in LEFT_OFFICE)
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
                # ("the Justice Department's policy on prosecuting ...": whose policy, not who prosecuted)
                whose = _POSSESSIVE.match(self.text, end) is not None and not _APPOSED.match(between) \
                    and not _WHO.match(between)
                found = None if _QUALIFIES.match(self.text, end) or whose or (passive and BE_BEFORE.search(between)) \
                    else actor
        if found is not None:
            return found
        within = act.text.find(" by ")  # a phrase of the vocabulary that says it ("confirmed by the Senate")
        after = act.text[within:] if within >= 0 else self.text[act.end : act.end + 40]
        offset = act.start + within if within >= 0 else act.end
        by = after.find(" by ")
        if by >= 0:
            at = offset + by + 4
            named = [actor for actor, start, end in self.mentions if at <= start <= at + _TITLED_GAP
                     and _BY_TITLE().fullmatch(self.text[at:start]) and not _QUALIFIES.match(self.text, end)
                     and (start <= at + 10 or actor.kind is ActorKind.PERSON)]
            # ("announced by Homeland Security Secretary Kirstjen Nielsen": the person, not the body of her title)
            return next((actor for actor in named if actor.kind is ActorKind.PERSON), named[0] if named else None)
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
# "by Mr. Trump", "by then-Attorney General Jeff Sessions": who did it, after a title
_BY_TITLE = deferred(r"(?:the |Mr\. |Mrs\. |Ms\. |Dr\. )?(?:then[- ]|former |[Tt]hen[- ])?(?:[A-Z][\w.&-]*\s+){0,5}")
_TITLED_GAP = 60  # characters of a title between "by" and a person's name
BE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?$", re.I)  # before a participle: passive
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


_PARTY_TAG = re.compile(r"\((?:[DRI]|Dem|Rep)(?:[-–][A-Z][\w.]*)?\)")


def unnamed_agent(subject: Subject, act: ActMention, entry: Entry | None = None) -> bool:
    """Whether the claim says someone did an act, in words that name no actor the data knows
    (nor words of the record: "advocacy organizations" for "advocacy groups"): then the claim
    may be about another event of the same kind."""
    if not act.is_verb or act.action in _WHAT_HAPPENED or subject.agent(act) is not None:
        return False
    # (a party's tag is no break: "North Carolina Gov. Roy Cooper (D) announced")
    head = _PARTY_TAG.sub(lambda tag: " " * len(tag.group()), subject.text[: act.start]) \
        if "(" in subject.text else subject.text[: act.start]
    start = max((m.end() for m in re.finditer(r"[,;:()]|\bthat\b|\bwho\b|\bwhich\b", head)), default=0)
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
    break ('Sessions, whose memo Rosenstein signed'), 'that' or 'who', or a pronoun that is the
    verb's own subject ('informed the Senate it was withdrawing')."""
    lowered = f" {between.casefold()} "
    return any(mark in lowered for mark in (";", " that ", " which ", " whose ", " after ", " before ", " when ",
                                            " and ", " but ", " it ", " he ", " she ", " they "))


# An act in the infinitive after another is what that one was for or asked for ("ordering the
# administration to reunite families"): it is not said to have happened.
_PURPOSE = re.compile(r"\bto\s+(?:\w+ly\s+)?$", re.I)
# and so is a thing named as what it was for ("sued ... to speed up the reunification process"),
# read word by word: "to", a verb, perhaps a particle, an article and one more word
_PARTICLES = frozenset(("up", "down", "out", "on", "off"))
_ARTICLES = frozenset(("the", "a", "an", "its", "their", "his", "her"))
_NOT_VERBS = _ARTICLES | frozenset(("this", "that", "these", "those"))
# but one that others brought about did happen ("pushed President Trump to sign an executive order")
CAUSED = deferred(r"\b(?:led|pushed|forced|prompted|spurred|compelled|caused|drove|had)\s+(?:[\w.'’-]+\s+){0,5}to\s+"
                   r"(?:\w+ly\s+)?$", re.I)


def purpose_object(text: str, act: ActMention) -> bool:
    """Whether an act is named only as what another was for ("to speed up the reunification")."""
    if act.is_verb or "to " not in text[max(0, act.start - 40) : act.start]:
        return False
    before = text[max(0, act.start - 40) : act.start].casefold().split()[-5:]
    for at in range(len(before) - 1):
        if before[at] != "to" or not before[at + 1].isalpha() or before[at + 1] in _NOT_VERBS:
            continue
        rest = before[at + 2 :]
        if rest and rest[0] in _PARTICLES:
            rest = rest[1:]
        if rest and rest[0] in _ARTICLES:
            rest = rest[1:]
        if len(rest) <= 1 and all(word.isalpha() for word in rest):
            return True
    return False


def subject_of(index: ClaimIndex, text: str, written: PartialDate | None = None) -> Subject:
    mentions = index.actor_mentions(text)
    found = find_acts(text)
    done = tuple(act for act in found if not (_PURPOSE.search(text[max(0, act.start - 20) : act.start])
                                              or purpose_object(text, act))
                 or CAUSED().search(text[max(0, act.start - 70) : act.start]))
    acts = telling(done or found)
    return Subject(text, frozenset(content_words(text)), frozenset(actor.id for actor, _, _ in mentions), mentions,
                   acts, written)
