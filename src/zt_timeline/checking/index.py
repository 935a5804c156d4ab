"""What a claim could be about: the timeline's events, quotes and figures, indexed by their words,
their actors and their dates, and scored against the words of a claim.

A record's score is the sum, over the words it shares with the claim, of how rare each word is
among the records (inverse document frequency), plus a bonus for each actor they share; so
"El Paso" ties a claim to the El Paso initiative far more than "policy" does.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import math
import re
from collections import Counter
from typing import Any

import msgspec

from ..model.dates import PartialDate
from ..model.enums import Action, FigureStatus, Modality
from ..model.records import Actor, ActorKind, Event, Figure, Quote
from ..model.timeline import Timeline
from ..queries.matching import words
from ..queries.select import quote_date
from .actions import act_in
from .modality import modality_in
from .statuses import statuses_in
from .words import content_words, word_stem

ACTOR_BONUS = 4.0  # a shared actor counts as much as a rare word
Indexed = Event | Quote | Figure


class Entry(msgspec.Struct, frozen=True, gc=False):
    record: Indexed
    words: frozenset[str]
    title: frozenset[str]  # the words of its title, label or text, which say most what it is
    actors: frozenset[str]
    date: PartialDate | None
    end: PartialDate | None
    action: Action | None = None  # what happened: recorded, else read from the title
    by: frozenset[str] = frozenset()  # who did it, where recorded (a quote's speaker)
    statuses: frozenset[FigureStatus] = frozenset()  # a figure's: what happened to what it counts
    modality: Modality = Modality.RECORDED
    phrases: frozenset[tuple[str, str]] = frozenset()  # pairs of words that stand together in its title
    names: frozenset[str] = frozenset()  # the numbers that name what it is about ("13841" of "Executive Order 13841")


def _text(timeline: Timeline, record: Indexed) -> str:
    if isinstance(record, Event):
        return " ".join(filter(None, (record.title, record.summary)))
    if isinstance(record, Quote):
        event = timeline.get(record.event) if record.event else None
        parts = [record.text, record.context, *(variant.text for variant in record.variants)]
        return " ".join(filter(None, [*parts, _event_title(event)]))
    event = timeline.get(record.event) if record.event else None
    return " ".join(filter(None, (record.label, record.unit, _event_title(event))))


def _event_title(event: object) -> str | None:
    return event.headline if isinstance(event, Event) else None


def _actors(timeline: Timeline, record: Indexed) -> frozenset[str]:
    if isinstance(record, Event):
        return frozenset(record.actors)
    event = timeline.get(record.event) if record.event else None
    found = set(event.actors) if isinstance(event, Event) else set()
    if isinstance(record, Quote):
        found.add(record.speaker)
    return frozenset(found)


def _deeds(record: Indexed) -> tuple[Action | None, frozenset[str], frozenset[FigureStatus], Modality]:
    """What happened and who did it, as recorded; a file that does not say is read from titles."""
    if isinstance(record, Event):
        return record.action or act_in(record.title), frozenset(record.by), frozenset(), Modality.RECORDED
    if isinstance(record, Quote):
        return Action.STATE, frozenset({record.speaker}), frozenset(), Modality.RECORDED
    if record.status is not None:  # a file that records what happened records whether it did, too
        return None, frozenset(), frozenset({record.status}), record.modality
    # A file that does not say: the label may ("children reunited", "projected shortfall").
    status = statuses_in(record.label)
    modality = modality_in(record.label) or Modality.RECORDED
    return None, frozenset(), status, modality


def _date(timeline: Timeline, record: Indexed) -> tuple[PartialDate | None, PartialDate | None]:
    if isinstance(record, Event):
        return record.date, record.end
    if isinstance(record, Quote):
        return quote_date(timeline, record), None
    return record.date, None


# A number that names a document, a case or a report ("Executive Order 13841", "No. 18-428",
# "OIG-18-84", "report 21-028"); what names are compared by is its digits.
_IDENTIFIER = re.compile(r"\b(?:orders?|no\.?|number|reports?|docket|case|oig|gao|oei|eo)[\s-]*(\d[\d-]{2,}\d)\b", re.I)


def identifiers(text: str) -> frozenset[str]:
    """The numbers in a text that name a document, a case or a report."""
    return frozenset(match.group(1) for match in _IDENTIFIER.finditer(text))


def pairs(words: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """Each two content words that stand next to each other ("zero tolerance", "el paso")."""
    return tuple(itertools.pairwise(words))


Derived = tuple[dict[str, float], float, frozenset[str], frozenset[str], frozenset[str], frozenset[tuple[str, str]]]


def _parts(timeline: Timeline, records: tuple[Indexed, ...]) -> tuple[list[tuple[Any, ...]], Derived]:
    """What the index holds of each record besides the record, and what it works out from them
    all: worked out once for a file and kept in the cache beside its model (loading/cache.py),
    since a claim takes far less time to check than the words of every record take to read."""
    from ..loading import cache

    kept = cache.load_beside(INDEX_KIND, timeline.files)
    if isinstance(kept, tuple) and len(kept) == 2 and isinstance(kept[0], list) and len(kept[0]) == len(records) \
            and all(row[0] == record.id for row, record in zip(kept[0], records, strict=True)):
        return [row[1:] for row in kept[0]], kept[1]
    made = []
    for record in records:
        date, end = _date(timeline, record)
        title = content_words(record.headline)
        text = _text(timeline, record)
        made.append((record.id, frozenset(content_words(text)), frozenset(title), _actors(timeline, record), date,
                     end, *_deeds(record), frozenset(pairs(title)), identifiers(text)))
    derived = _derived(timeline, made)
    cache.store_beside(INDEX_KIND, timeline.files, (made, derived))
    return [row[1:] for row in made], derived


def _derived(timeline: Timeline, rows: list[tuple[Any, ...]]) -> Derived:
    """What is worked out from every record: each word's rarity, the rarity of a word only one
    record has, the words many titles share, the figures' units, the words of people's names and
    the pairs of words of offices."""
    total = len(rows) or 1
    document_frequency = Counter(word for row in rows for word in row[1])
    idf = {word: math.log(1 + total / count) for word, count in document_frequency.items()}
    # Words that many titles share ("policy", "children", "zero tolerance" in this data): a
    # claim that shares only these with a title has not shown which record it is about.
    in_titles = Counter(word for row in rows for word in row[2])
    common = frozenset(word for word, count in in_titles.items()
                       if count >= max(COMMON_TITLE_MIN, COMMON_TITLE_SHARE * total))
    units = {figure.unit for figure in timeline.figures} | {variant.unit for figure in timeline.figures
                                                            for variant in figure.variants}
    # The words of the names of every person the data knows ("trump" of "the Trump Administration").
    people = frozenset(word for actor in timeline.actors if actor.kind is ActorKind.PERSON
                       for name in (actor.name, *actor.aliases) for word in content_words(name))
    # The pairs of words of the offices the data's people hold ("attorney general"): they say
    # who, not what was done.
    offices = frozenset(pair for actor in timeline.actors for role in actor.roles
                        for pair in pairs(tuple(content_words(role.title))))
    return (idf, math.log(1 + total), common, frozenset(word_stem(unit) for unit in units if unit and unit != "USD"),
            people, offices)


COMMON_TITLE_SHARE = 0.05  # of the records' titles
COMMON_TITLE_MIN = 4
INDEX_KIND = "claim-index-2"  # bump when what _parts keeps changes shape


class ClaimIndex:
    """The records of one timeline, ready to be matched against claims."""

    def __init__(self, timeline: Timeline) -> None:
        self.timeline = timeline
        records: tuple[Indexed, ...] = (*timeline.events, *timeline.quotes, *timeline.figures)
        rows, derived = _parts(timeline, records)
        self.entries = [Entry(record, *parts) for record, parts in zip(records, rows, strict=True)]
        self.by_id = {entry.record.id: entry for entry in self.entries}
        self.idf, self.rarest, self.common_title_words, self.units, self.people_words, self.office_pairs = derived
        self._names = _names_by_first_word(timeline.actors)

    @functools.cached_property
    def judges(self) -> frozenset[str]:
        """The actors who judge: people who held a judge's or justice's seat, and courts."""
        return frozenset(actor.id for actor in self.timeline.actors
                         if any({"judge", "justice"} & set(words(role.title)) for role in actor.roles)
                         or "court" in words(actor.name))

    @functools.cached_property
    def presidents(self) -> tuple[Actor, ...]:
        """The people who held the presidency, whose administrations a claim may name."""
        return tuple(actor for actor in self.timeline.actors
                     if any(role.title.startswith("President of the United States") for role in actor.roles))

    @functools.cached_property
    def earliest(self) -> dt.date | None:
        """The first day of the earliest dated record: the data says nothing of what came before."""
        return min((entry.date.first_day for entry in self.entries if entry.date is not None), default=None)

    @functools.cached_property
    def latest(self) -> dt.date | None:
        """The last day of the latest dated record: the data says nothing of what came after."""
        return max((entry.date.last_day for entry in self.entries if entry.date is not None), default=None)

    def score(self, entry: Entry, claim_words: frozenset[str], claim_actors: frozenset[str]) -> float:
        """Shared words by their rarity (a word of the title counts twice), and shared actors."""
        shared = entry.words & claim_words
        words = sum(self.idf.get(word, 0.0) * (2 if word in entry.title else 1) for word in shared)
        return words + ACTOR_BONUS * len(entry.actors & claim_actors)

    def ranked(self, claim_words: frozenset[str], claim_actors: frozenset[str], kinds: tuple[type, ...] = (),
               minimum: float = 0.0) -> list[tuple[float, Entry]]:
        """Entries scoring at least `minimum`, best first (file order among equals)."""
        scored = [(self.score(entry, claim_words, claim_actors), entry) for entry in self.entries
                  if not kinds or isinstance(entry.record, kinds)]
        return sorted((pair for pair in scored if pair[0] >= minimum and pair[0] > 0), key=lambda pair: -pair[0])

    def actors_in(self, text: str) -> tuple[Actor, ...]:
        """The actors a text names, by name or alias written as a name (with its capitals)."""
        found: dict[str, Actor] = {}
        for actor, _, _ in self.actor_mentions(text):
            found.setdefault(actor.id, actor)
        return tuple(found.values())

    def actor_mentions(self, text: str) -> tuple[tuple[Actor, int, int], ...]:
        """Each place the text names an actor, in order: the actor, and where.

        Only the names whose first word the text has are looked for: one pattern of every
        name of a timeline would take longer to compile than the whole check of a claim."""
        present = {form for token in _FIRST_WORD.findall(text)
                   for form in (token, token.rstrip(".'’-"), token.removesuffix("'s").removesuffix("’s"))}
        candidates = {name: actor for first in present for name, actor in self._names.get(first, ())}
        if not candidates:
            return ()
        ordered = sorted(candidates, key=len, reverse=True)  # "Jeff Sessions" before "Sessions"
        # Every place each name stands, then from the left the longer name where two overlap: what
        # one pattern of all the names would find, but each name's pattern is compiled once and
        # kept (a draft names the same people sentence after sentence).
        places = sorted((match.start(), rank, match.end(), name) for rank, name in enumerate(ordered)
                        if all(word in text for word in name.split())  # "U.S." begins many names
                        for match in _name_pattern(name).finditer(text))
        found: list[tuple[Actor, int, int]] = []
        reached = 0
        for start, _, end, name in places:
            if start < reached:
                if found and end > reached and end - start > found[-1][2] - found[-1][1]:
                    # a longer name that began inside the last one is the one meant ("the U.S.
                    # Department of Homeland Security's Office of the Inspector General")
                    found[-1] = (candidates[name], start, end)
                    reached = end
                continue
            # A one-word name followed by a capitalized word is part of another name ("White House").
            if " " in name or not _NAME_GOES_ON.match(text, end):
                found.append((candidates[name], start, end))
                reached = end
        return tuple(found)

    def distinct(self, entry: Entry, claim_words: frozenset[str]) -> float:
        """How much the words a claim shares with a record's title say: their rarity, summed, where
        1.0 is a word no other record has (so the measure does not grow with the file)."""
        return sum(self.idf.get(word, 0.0) for word in entry.title & claim_words) / self.rarest

    def people_in(self, text: str) -> tuple[Actor, ...]:
        return tuple(actor for actor in self.actors_in(text) if actor.kind is ActorKind.PERSON)


@functools.cache
def _name_pattern(name: str) -> re.Pattern[str]:
    """A name as a text writes it; a possessive may stand inside it ("Justice Department's
    inspector general" is the "Justice Department inspector general")."""
    return re.compile(r"(?<![\w])" + r"(?:['’]s)?\s+".join(re.escape(word) for word in name.split()) + r"(?![\w])")


_NAME_GOES_ON = re.compile(r"\s+[A-Z][a-z]")
_FIRST_WORD = re.compile(r"[^\W_][\w.'’-]*")  # a name's first word, as a text writes it ("U.S.", "O'Brien")


def _names_by_first_word(actors: tuple[Actor, ...]) -> dict[str, list[tuple[str, Actor]]]:
    """Every name and alias an actor is matched by, under the name's first word."""
    names: dict[str, Actor] = {}
    for actor in actors:
        for name in (actor.name, *actor.aliases):
            # A name is matched as written; one that is a plain lower-case word would match prose.
            if len(name) >= 3 and name[0].isupper() and words(name):
                names.setdefault(name, actor)
    by_first: dict[str, list[tuple[str, Actor]]] = {}
    for name, actor in names.items():
        first = _FIRST_WORD.match(name)
        if first is not None:
            by_first.setdefault(first.group(0), []).append((name, actor))
    return by_first
