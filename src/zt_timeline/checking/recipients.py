"""Whom a letter or a resignation went to ("submitted his letter of resignation to Attorney General
William Barr"): supported when the record the claim is about says it went to that person ("... a
resignation letter to President Trump"), else a part not checked, which keeps the claim from
being supported whole; and a thing given to a body the data names no one of ("a report provided
to a congressional committee"), a part not checked. Never contradicted: a record's summary need
not name every recipient."""

from __future__ import annotations

import re

from ..model.records import ActorKind
from .index import ClaimIndex, Entry
from .parts import Finding, PartKind, Unchecked, Verdict
from .patterns import deferred
from .subject import Subject
from .words import content_words

# A letter, a resignation or a notice sent to someone, and the words up to whom.
_SENT_TO = deferred(r"\b(?:letter|resignation|notice|memo|memorandum|submitted|sent|delivered|handed|addressed)\b"
                    r"[^.;:]{0,40}?\bto\s+(?:the\s+)?$")
_CUES = ("letter", "resignation", "notice", "memo", "submitted", "sent", "delivered", "handed", "addressed", "provided",
         "presented", "gave", "given")
# A thing given to people the data names no one of ("a progress report lawyers provided to a
# congressional committee"): to whom is a part of the claim, and not checked.
_GIVEN_TO = deferred(r"\b(?:provided|presented|handed|delivered|sent|gave|given)\s+(?:\w+\s+){0,3}?to\s+"
                     r"(?P<to>(?:a|an|the)\s+(?:[\w.-]+\s+){0,3}?(?:committee|subcommittee|panel|judge|court|"
                     r"lawmakers|senators|members|congress))\b", re.I)


# Whom a speech was given to, as a group of people ("Speaking to church leaders on Thursday"): a
# part of the claim, supported only by words of it the record has.
_AUDIENCE = deferred(r"\b(?:speaking|spoke|speaks|talking|talked|addressing|addressed|speech)\s+(?:to|before)\s+"
                     r"(?P<to>(?:a\s+|an\s+|the\s+)?(?:group\s+of\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)", re.I)
_AUDIENCE_CUES = ("speaking to", "spoke to", "speaks to", "talking to", "talked to", "addressing", "addressed",
                  "speech to", "speaking before", "spoke before", "speech before")
_TOLD = deferred(r"\b(?:told|to|before|addressed|addressing)\s+((?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3})")
_ANYONE = frozenset(content_words("reporters journalists press media crowd audience people group"))


def audiences(subject: Subject, about: Entry) -> list[Unchecked]:
    """The group the claim says a speech was given to, where the record's words do not name it."""
    folded = subject.text.casefold()
    if not any(cue in folded for cue in _AUDIENCE_CUES):
        return []
    # (the words the record gives whom it was said to: "told law enforcement officers in Fort Wayne",
    # not any of its words: "Answering criticism from church leaders, Sessions told ...")
    told = " ".join(match.group(1) for match in _TOLD().finditer(_its_words(about)))
    recorded = frozenset(content_words(told.replace("-", " ")))
    found = []
    for match in _AUDIENCE().finditer(subject.text):
        group = frozenset(content_words(match["to"].replace("-", " "))) - _ANYONE
        if group and not group <= recorded:
            found.append(Unchecked(match["to"], PartKind.PARTY, f"to whom it was said: {about.record.id} does not say "
                                                                 f"{match['to']}", withholds=True))
    return found


def recipients(index: ClaimIndex, subject: Subject, about: Entry) -> list[Finding | Unchecked]:
    """Each person the claim says a letter or a resignation went to, against the record's words."""
    heard: list[Finding | Unchecked] = list(audiences(subject, about))
    folded = subject.text.casefold()
    if " to " not in folded or not any(cue in folded for cue in _CUES):
        return heard  # (and the pattern is not compiled)
    record = about.record
    recorded = _sent_to(index, _its_words(about))
    found: list[Finding | Unchecked] = [*heard, *(
        Unchecked(match.group("to"), PartKind.PARTY, "whom it went to: not checked", withholds=True)
        for match in _GIVEN_TO().finditer(subject.text))]
    for actor, start, end in subject.mentions:
        if actor.kind is not ActorKind.PERSON:
            continue  # (a body's offices or facilities are where, not to whom: "sent to HHS facilities")
        if _SENT_TO().search(_before_title(subject.text[max(0, start - 80) : start])) is None:
            continue
        part = subject.text[start:end]
        if actor.id in recorded:
            found.append(Finding(part, PartKind.PARTY, Verdict.SUPPORTED, record.id, f"sent to {actor.name}",
                                 record.sources))
        else:
            found.append(Unchecked(part, PartKind.PARTY, f"whom it went to: {record.id} does not say {actor.name}",
                                   withholds=True))
    return found


def _its_words(entry: Entry) -> str:
    """An event's title and summary, or a quote's context, which says where its words went
    ("resignation letter to President Trump")."""
    return " ".join(getattr(entry.record, field, "") or "" for field in ("title", "summary", "context"))


def _sent_to(index: ClaimIndex, text: str) -> frozenset[str]:
    """The people a record's words say something was sent to."""
    return frozenset(actor.id for actor, start, _ in index.actor_mentions(text)
                     if _SENT_TO().search(_before_title(text[max(0, start - 80) : start])) is not None)


def _before_title(text: str) -> str:
    """The words before a name, less a title right before it ("to President Trump": "to ")."""
    words = text.rstrip().split(" ")
    # ("to White House Chief of Staff John Kelly": a title of several words)
    while words and (words[-1][:1].isupper() or (words[-1] in ("of", "for") and len(words) > 1
                                                 and words[-2][:1].isupper())):
        words.pop()
    return " ".join(words) + " "
