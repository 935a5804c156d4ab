"""Who a claim says spoke its quotation: a name beside a verb of speech, a pronoun, a
transcript's label; and whether that is who the words are recorded from."""

from __future__ import annotations

import re

from ..model.enums import Action
from ..model.records import Actor, ActorKind, Event, Quote
from ..queries.matching import words
from .actions import find_acts
from .denials import asserted
from .index import ClaimIndex
from .parts import Finding, PartKind, Verdict
from .patterns import deferred
from .quotations import TERM_WORDS, Quotation
from .subject import Subject, qualifies
from .transcripts import labelled_speaker
from .words import content_words

_SPEAKER_REACH = 80  # characters before or after a quotation in which its speaker is named


def claimed_speakers(index: ClaimIndex, text: str, quotation: Quotation) -> tuple[str, ...]:
    """The people a claim names as saying a quotation: named beside a verb of speech next to it
    ('Sessions said, “...”', '“...,” Sessions told reporters')."""
    before = text[max(0, quotation.start - _SPEAKER_REACH) : quotation.start]
    after = text[quotation.end : quotation.end + _SPEAKER_REACH]
    found: list[str] = []
    if before.rstrip().endswith(("’s", "'s", "’s “", "'s “", "’s \"", "'s \"")):
        before = _before_the_saying(before)
    for side in (before, after):
        if _speech_in(side):
            found.extend(actor.id for actor, start, end in index.actor_mentions(side)
                         if actor.kind is ActorKind.PERSON and not _ambiguous_honorific(index, side, start, end))
    label = labelled_speaker(text, quotation)
    if label is not None:
        found.extend(actor.id for actor in index.people_in(label))
    if not found and ("'" in before or "’" in before) and (whose := _WHOSE_WORDS().search(before)):
        found.extend(actor.id for actor in index.people_in(whose.group(1)))  # "Sessions's recent comment: “...”"
    return tuple(dict.fromkeys(found))


def _ambiguous_honorific(index: ClaimIndex, text: str, start: int, end: int) -> bool:
    """Whether a surname alone after "Mrs." or "Ms." is one several people of the data have ("Mrs.
    Trump": the data records no one's sex, so it cannot say she is not Donald Trump)."""
    name = text[start:end]
    return " " not in name and text[max(0, start - 5) : start].rstrip().endswith(("Mrs.", "Ms.", " Mrs", " Ms")) \
        and sum(actor.kind is ActorKind.PERSON and actor.name.split()[-1] == name
                for actor in index.timeline.actors) > 1


def _before_the_saying(before: str) -> str:
    """Of the words before a quotation that is something of someone's ("The report said Mr
    Sessions and the department's “single-minded focus ...”"), those before the last verb of
    speech: whose the thing is, named after it, is what was said, not who said it."""
    said = [match for match in re.finditer(r"[A-Za-z]+", before) if match.group().casefold() in _SPEECH_WORDS]
    return before[: said[-1].start()] if said else before


# Words given as someone's, right before them: "Attorney General Jeff Sessions's recent comment:".
_WHOSE_WORDS = deferred(r"((?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*)['’]s?\s+(?:[a-z]+\s+)?(?:comments?|statements?|"
                        r"tweets?|words|remarks?|response|answer|message|post|reply)\s*[:,]?\s*$")


# A pronoun as the speaker, just before or after its verb ("she tweeted:", "“...,” he said"), read
# from the words around the quotation (a look-up, not one more pattern to compile on every run).
_PRONOUNS = frozenset({"he", "she", "they"})
_SAID = frozenset({"said", "says", "told", "tells", "wrote", "writes", "added", "adds", "stated", "declared", "asked",
                   "recalled", "testified", "tweeted", "replied", "replies", "responded", "responds", "answered",
                   "answers", "explained", "explains", "insisted", "insists", "argued", "argues", "warned", "warns",
                   "noted", "notes", "remarked", "remarks", "acknowledged", "acknowledges", "admitted", "admits",
                   "posted", "posts"})
_SPEECH_WORDS = _SAID | {"called", "calls"}  # a verb of speech beside a quotation (a look-up, not a pattern)
_BETWEEN = frozenset({"also", "then", "later"})  # "she also said"


def _speech_in(text: str) -> bool:
    """Whether a text has a verb of speech ("said", "told", "replied", "according to")."""
    return bool(_SPEECH_WORDS.intersection(words(text))) or "according to" in text.casefold()


def pronoun_speaker(text: str, quotation: Quotation) -> str | None:
    """The pronoun a claim gives as a quotation's speaker ("she tweeted: “...”"), if it names
    no one: who said the words is then not said by the claim itself."""
    near = text[max(0, quotation.start - 40) : quotation.start], text[quotation.end : quotation.end + 40]
    before, after = words(near[0])[-3:], words(near[1])[:3]
    found = None
    if len(before) >= 2 and before[-1] in _SAID:
        if before[-2] in _PRONOUNS:
            found = before[-2]
        elif len(before) == 3 and before[-3] in _PRONOUNS and (before[-2] in _BETWEEN or before[-2].endswith("ly")):
            found = before[-3]
    elif len(after) >= 2 and after[0] in _SAID and after[1] in _PRONOUNS:
        found = after[1]
    elif len(after) >= 2 and after[0] in _PRONOUNS and (after[1] in _SAID or (
            len(after) == 3 and after[1].endswith("ly") and after[2] in _SAID)):
        found = after[0]
    if found is None:
        return None
    written = [word for word in " ".join(near).split() if word.strip(",.:;“”\"'").casefold() == found]
    return written[-1].strip(",.:;“”\"'") if written else found  # as the claim writes it ("She")


def check_pronoun(index: ClaimIndex, quote: Quote, pronoun: str, resolved: str | None) -> Finding:
    """A speaker given as a pronoun: supported when the draft's sentence before names the one
    person who said the words; else not checked (a pronoun read from context may be misread, so
    it never contradicts), and the claim is not supported on the words alone."""
    name = index.timeline.actor_name(quote.speaker)
    if resolved == quote.speaker:
        return Finding(f"{pronoun} ({name})", PartKind.SPEAKER, Verdict.SUPPORTED, quote.id, f"said by {name}",
                       quote.sources, "the pronoun read as the person the sentence before names")
    why = (f"the pronoun was read as {index.timeline.actor_name(resolved)} from the sentence before, "
           "which may be a misreading") if resolved else "the claim names no one, only a pronoun"
    return Finding(pronoun, PartKind.SPEAKER, Verdict.UNVERIFIED, None, f"said by {name} ({quote.id})", quote.sources,
                   f"who said it is not checked: {why}")


def check_speaker(index: ClaimIndex, quote: Quote, speakers: tuple[str, ...], quotation: Quotation | None = None
                  ) -> Finding | None:
    """Whether the person a claim says spoke a quotation is the one it is recorded from. A few
    words many people say ("zero tolerance") are not shown to be someone else's by one record."""
    if not speakers:
        return None
    name = index.timeline.actor_name(quote.speaker)
    if quote.speaker in speakers:
        return Finding(name, PartKind.SPEAKER, Verdict.SUPPORTED, quote.id, f"said by {name}", quote.sources)
    claimed = ", ".join(index.timeline.actor_name(actor_id) for actor_id in speakers)
    event = index.timeline.get(quote.event) if quote.event else None
    behalf = [actor_id for actor_id in speakers if isinstance(event, Event) and actor_id in event.by
              and "behalf" in (quote.context or "")]
    if behalf:  # a statement made on someone's behalf ("Mrs. Trump hates to see ...", her spokeswoman said)
        return Finding(index.timeline.actor_name(behalf[0]), PartKind.SPEAKER, Verdict.SUPPORTED, quote.id,
                       f"said by {name}, for {index.timeline.actor_name(behalf[0])}", quote.sources,
                       f"{name} spoke on {index.timeline.actor_name(behalf[0])}'s behalf")
    if quotation is not None and len(words(quotation.text)) <= TERM_WORDS:
        return Finding(claimed, PartKind.SPEAKER, Verdict.UNVERIFIED, None, f"said by {name}", quote.sources,
                       "a few words others may have said too: who else said them is not recorded")
    return Finding(claimed, PartKind.SPEAKER, Verdict.CONTRADICTED, quote.id, f"said by {name}", quote.sources)


_GENERIC = frozenset(content_words("office department dhs hhs doj u.s us united states the of for"))


def names_the_recorded(index: ClaimIndex, text: str, quote: Quote) -> bool:
    """Whether the claim names the recorded speaker by an office or body's name beside another
    person's name ("John Kelly, the acting inspector general" of the inspector general's words)."""
    speaker = index.timeline.get(quote.speaker)
    if not isinstance(speaker, Actor) or speaker.kind is ActorKind.PERSON:
        return False  # (a body's words, given to a person its office names)
    said = set(content_words(text))
    return any((wanted := set(content_words(name)) - _GENERIC) and wanted <= said
               for name in (speaker.name, *speaker.aliases))


def label_not_known(index: ClaimIndex, text: str, quotation: Quotation, quote: Quote) -> Finding | None:
    """A transcript's label the data does not know ("PENCE: “...”" of words recorded from Trump):
    who said the words is not checked, so the words alone do not support the claim."""
    label = labelled_speaker(text, quotation)
    if label is None or index.people_in(label):
        return None
    return Finding(label, PartKind.SPEAKER, Verdict.UNVERIFIED, None,
                   f"said by {index.timeline.actor_name(quote.speaker)}", quote.sources,
                   f"{label} is not in the data: who said it is not checked")


def named_beside(index: ClaimIndex, text: str, quotation: Quotation, quote: Quote) -> Finding | None:
    """A person the claim names beside words recorded from someone else, with no verb of speech
    zt reads ("Sessions retorted: “...”"): the claim may give the words to them, so the words
    alone do not support it."""
    if any(_speech_in(side) for side in (text[max(0, quotation.start - _SPEAKER_REACH) : quotation.start],
                                             text[quotation.end : quotation.end + _SPEAKER_REACH])):
        return None  # it says who spoke ("the report said"), someone or something not a person the data knows
    # (not a name that only says whose something is: "the Trump administration's handling")
    beside = {actor.id: actor for actor, start, end in index.actor_mentions(text)
              if actor.kind is ActorKind.PERSON and not qualifies(text, end)
              and (quotation.start - _SPEAKER_REACH <= start < quotation.start
                   or quotation.end <= start < quotation.end + _SPEAKER_REACH)}
    if not beside or quote.speaker in beside or quote.speaker in {a.id for a in index.people_in(text)}:
        return None
    names = ", ".join(actor.name for actor in beside.values())
    return Finding(names, PartKind.SPEAKER, Verdict.UNVERIFIED, None,
                   f"said by {index.timeline.actor_name(quote.speaker)}", quote.sources,
                   "the claim names someone else beside the words: who it says said them is not read")


def saying_denied(text: str, quotation: Quotation) -> bool:
    """Whether the claim denies or doubts that the words were said ("Sessions never said “...”"):
    the act of saying nearest the quotation is not asserted."""
    said = [act for act in find_acts(text) if act.action is Action.STATE and act.is_verb
            and (act.end <= quotation.start or act.start >= quotation.end)]
    if not said:
        return False
    nearest = min(said, key=lambda act: quotation.start - act.end if act.end <= quotation.start
                  else act.start - quotation.end)
    return not asserted(text, nearest)


# A name the data may not know, right beside the words and a verb of speech: '..., ” Anthony
# Romero, executive director of the ACLU, told NBC', 'Anthony Romero said: “...”'.
_NAME = r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z’'-]+){1,2})"
# The verbs of speech a speaker is named beside, for the patterns below.
_SPEAKS = r"(?:said|says|told|tells|wrote|writes|added|adds|argued|argues|stated|states)"
_NAMED_AFTER = deferred(r"[\s,”\"]*(?:" + _SPEAKS + r"\s+)?" + _NAME + r"(?=\s*,|\s+" + _SPEAKS + r"\b)")
_NAMED_BEFORE = deferred(_NAME + r"\s+" + _SPEAKS + r"(?:\s+\w+)?\s*[:,]?\s*[“\"]?$")
STRANGER_WORDS = 8  # words of a quotation, found as written, that one person is not also recorded saying


def stranger_speaker(index: ClaimIndex, text: str, quotation: Quotation, quote: Quote) -> Finding | None:
    """A person the data does not know, named as the speaker of words found as written and
    recorded from someone else (a person): contradicted, as long words are one person's."""
    speaker = index.timeline.get(quote.speaker)
    if len(words(quotation.text)) < STRANGER_WORDS or not isinstance(speaker, Actor) \
            or speaker.kind is not ActorKind.PERSON:
        return None
    # (a look first: a capital right after the words, or a verb of speech right before them)
    after = text[quotation.end : quotation.end + 40].lstrip(" ,”\"")
    before = text[max(0, quotation.start - 30) : quotation.start]
    named_after = after[:1].isupper() or after.split(" ", 1)[0] in _SAID
    found = (_NAMED_AFTER().match(text, quotation.end) if named_after else None) \
        or (_NAMED_BEFORE().search(text, 0, quotation.start) if _speech_in(before) else None)
    if found is None or index.actor_mentions(found["name"]) or found["name"].split()[0] in _NOT_SPEAKERS:
        return None
    return Finding(found["name"], PartKind.SPEAKER, Verdict.CONTRADICTED, quote.id, f"said by {speaker.name}",
                   quote.sources, f"{found['name']} is not in the data; the words are recorded from {speaker.name}",
                   f"{found['name']} for {speaker.name}")


_ORG_VERB = deferred(r"\s+" + _SPEAKS + r"\b")
_ORG_BEFORE = deferred(r"\s+" + _SPEAKS + r"\s*[:,]?\s*[“\"]?\s*$")


def body_speaker(index: ClaimIndex, text: str, quotation: Quotation, quote: Quote) -> Finding | None:
    """A body the claim says spoke the words, right beside them and a verb of speech ('..., the
    ACLU said', 'the department wrote: “...”'): supported when the words are recorded from it or
    from someone who served it, contradicted when they are recorded from another body."""
    body = None
    for actor, start, end in index.actor_mentions(text):
        if actor.kind is ActorKind.PERSON:
            continue
        gap = text[quotation.end : start]
        after = quotation.end <= start <= quotation.end + 8 and gap.strip(" ,”\"").casefold() in ("", "the") \
            and _ORG_VERB().match(text, end) is not None
        before = end <= quotation.start and quotation.start - end < 16 and _ORG_BEFORE().match(text, end) is not None
        if after or before:
            body = actor
    if body is None:
        return None
    speaker = index.timeline.get(quote.speaker)
    recorded = f"said by {index.timeline.actor_name(quote.speaker)}"
    if quote.speaker == body.id or (isinstance(speaker, Actor) and any(role.org == body.id for role in speaker.roles)):
        return Finding(body.name, PartKind.SPEAKER, Verdict.SUPPORTED, quote.id, recorded, quote.sources)
    if isinstance(speaker, Actor) and speaker.kind is not ActorKind.PERSON:
        return Finding(body.name, PartKind.SPEAKER, Verdict.CONTRADICTED, quote.id, recorded, quote.sources, None,
                       f"{body.name} for {speaker.name}")
    return Finding(body.name, PartKind.SPEAKER, Verdict.UNVERIFIED, None, recorded, quote.sources,
                   f"the words are recorded from {index.timeline.actor_name(quote.speaker)}, not shown to be "
                   f"{body.name}'s")


def word_of_theirs(index: ClaimIndex, text: str, finding: Finding) -> Finding:
    """One quoted word the claim gives someone ("Laura Bush called it “cruel”"): supported when
    words recorded from the person it names before it have that word; else left unchecked (one
    word missing from what the data records of someone is no sign they did not use it)."""
    word = finding.part.strip("“”\"")
    where = re.search(r"[“\"]" + re.escape(word) + r"[,.;:!?]?[”\"]", text)
    at, word = (where.start() if where else -1), word.casefold()
    people = {actor.id for actor in index.people_in(text[max(0, at - _SPEAKER_REACH) : at])} if at >= 0 else set()
    for entry in index.entries:
        quote = entry.record
        if isinstance(quote, Quote) and quote.speaker in people and word in words(quote.text):
            name = index.timeline.actor_name(quote.speaker)
            return Finding(finding.part, PartKind.QUOTATION, Verdict.SUPPORTED, quote.id, f"“{quote.text}”",
                           quote.sources, f"the word is in words recorded from {name}")
    return finding


_CAPITALISED = deferred(r"\b[A-Z][a-z]+")
_NOT_SPEAKERS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Mexico Mexican Texas California Arizona New Washington America
American Central Southwest Southern Northern Border White House Senate Congress Capitol Oval Office""".split())  # noqa: SIM905


def said_before(subject: Subject, quotation: Quotation) -> tuple[str, ...]:
    """The person the claim says said something before its quotation, further back than a name
    beside the words ("Ann Maxwell, an assistant inspector general, said on a call with reporters
    that her office found that “...”"): the doer of the last act of saying before it, if a person."""
    said = [act for act in subject.acts if act.is_verb and act.action is Action.STATE and act.end <= quotation.start]
    if not said:
        return ()
    between = subject.text[said[-1].end : quotation.start]
    if any(word not in _NOT_SPEAKERS for word in _CAPITALISED().findall(between)):
        return ()  # someone else may be named nearer the words ("..., and Lee Gelernt called it “...”")
    agent = subject.agent(said[-1])
    return (agent.id,) if agent is not None and agent.kind is ActorKind.PERSON else ()
