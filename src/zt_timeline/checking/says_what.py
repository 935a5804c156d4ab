"""Whether a claim says what a record's title says was done: a word few titles have (not a name
nor the word for an official's act), two title words together, or three words that together
only that title has. Sharing only who did it and the kind of act ("Sessions announced new asylum
rules") does not say which record it is."""

from __future__ import annotations

from ..model.records import ActorKind
from .index import ClaimIndex, Entry, pairs
from .names import TITLE_WORDS
from .statuses import act_words
from .subject import Subject
from .words import content_words

# Words of order or time that say which of a kind, not what was done ("first begins considering
# separating children" is not "the first families reunited by the task force").
# nor do the words for a kind of measure ("the policy was publicly announced in April 2018" is not
# the release of the "Policy Options" memo)
_ORDER_WORDS = frozenset(content_words("first second third last latest new again initial policy policies practice "
                                       "program plan measure public publicly"))


def says_what(index: ClaimIndex, entry: Entry, subject: Subject) -> bool:
    """Whether the claim shares with the record's title what was done: a word few titles have,
    other than a name or the word for an official's act, or two title words together."""
    # (a person's name says who, not what; a body's name may say what was done: "established the
    # Interagency Task Force on the Reunification of Families")
    names = frozenset(content_words(" ".join(subject.text[start:end] for actor, start, end in subject.mentions
                                             if actor.kind is ActorKind.PERSON)))
    return bool((entry.title - act_words() - TITLE_WORDS - index.common_title_words - _ORDER_WORDS)
                & (subject.words - names)) \
        or _what_phrases(entry, subject, names, index.office_pairs) or _singles_out(index, entry, subject, names)


def _singles_out(index: ClaimIndex, entry: Entry, subject: Subject, names: frozenset[str]) -> bool:
    """Whether the claim shares with the record's title three words that, together, no other
    title has ("an executive order ... to stop the separations": the one order on family
    separation), one of them other than the words for an official's act; names and titles aside."""
    shared = (entry.title & subject.words) - names - TITLE_WORDS
    return len(shared) >= SINGLING_WORDS and bool(shared - act_words()) \
        and not any(other is not entry and shared <= other.title for other in index.entries)


SINGLING_WORDS = 3  # "executive", "order", "separation": fewer than three single out too much by chance


def _what_phrases(target: Entry, subject: Subject, names: frozenset[str],
                  offices: frozenset[tuple[str, str]]) -> bool:
    """Whether the claim gives two words together that the record's title does, which say what
    was done ("zero tolerance", "family separation"), not who did it ("Sessions announces", "the
    Attorney General") nor only the kind of thing done ("executive order": Trump signed many)."""
    acts = act_words()
    # (in either order: "reunify families" says what "orders families reunited" does)
    given = pairs(content_words(subject.text))
    return any(not names.intersection(phrase) and not acts.issuperset(phrase) and phrase not in offices
               for phrase in target.phrases.intersection((*given, *((b, a) for a, b in given))))
