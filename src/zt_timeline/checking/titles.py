"""A title written before a person's name that zt does not read as an office it knows
("Associate Attorney General Rod Rosenstein", "Homeland Security Director Kirstjen Nielsen"):
what post it names is not checked, so a claim that gives one is not supported whole. (A title
zt reads is checked against the person's tenures: offices.py.)"""

from __future__ import annotations

from ..model.records import ActorKind
from .offices import OfficeMention
from .parts import PartKind, Unchecked
from .patterns import deferred
from .subject import Subject
from .words import content_words

_CAPITALS_BEFORE = deferred(r"((?:[A-Z][\w.'’-]*\s+){1,5})$")
# The words of an agency's offices (a judge's, a senator's or a president's title is read elsewhere,
# or says too little to be wrong).
_OFFICE_WORDS = frozenset(("secretary", "attorney", "general", "director", "commissioner", "chief", "deputy",
                           "associate", "assistant", "administrator", "counselor", "czar", "undersecretary"))


def titles_not_read(subject: Subject, offices: tuple[OfficeMention, ...]) -> list[Unchecked]:
    """The titles before people's names that no office zt knows was read from."""
    read = {mention.start for mention in offices}
    found = []
    for actor, start, end in subject.mentions:
        if actor.kind is not ActorKind.PERSON or start in read:
            continue
        before = subject.text[max(0, start - 60) : start].casefold()
        if not any(word in before for word in _OFFICE_WORDS):
            continue  # (and the pattern is not compiled)
        match = _CAPITALS_BEFORE().search(subject.text, max(0, start - 60), start)
        if match is None:
            continue
        title = match.group(1).strip()
        if len(title.split()) < 2 or not {word.strip(".,").casefold() for word in title.split()} & _OFFICE_WORDS:
            continue  # ("Secretary Mayorkas": a bare rank says too little to be wrong)
        if any(set(content_words(title)) <= set(content_words(role.title)) for role in actor.roles):
            continue  # a title of the person's own the data records, in a timeline of other offices
        found.append(Unchecked(f"{title} {subject.text[start:end]}", PartKind.OFFICE,
                               "a title zt does not read as an office it knows: not checked", withholds=True))
    return found
