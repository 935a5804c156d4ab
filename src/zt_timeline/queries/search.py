"""One search over every kind of record: ids, titles, texts, labels, names, aliases and numbers.

A record matches when every word of the query is found in one of its fields. Numbers match
as whole numbers whatever their thousands separators: "3000" finds "3,000" and "3,000"
finds a figure of 3000, while "300" finds neither. Each hit is scored by where its words
were found (an id or a name counts more than a note), so the best matches come first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..errors import UsageError
from ..model.enums import RecordType
from ..model.records import Actor, Event, Figure, Quote, Record, Source
from ..model.text import fold
from ..model.timeline import Timeline

# Kinds in the order a fact-checker usually wants them when two groups score alike.
KIND_ORDER = (RecordType.FIGURE, RecordType.EVENT, RecordType.QUOTE, RecordType.ACTOR, RecordType.SOURCE)

_THOUSANDS = re.compile(r"(?<=\d)[,\u202f\u00a0](?=\d{3}(?!\d))")
_TYPOGRAPHIC = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_EXACT_BONUS = 10  # a field equal to the whole query: an id, a name, a figure's value
_WORDS = re.compile(r"[^\W_]{3,}")


def normalize(text: str) -> str:
    """Lower case, straight quotes, stops beside letters folded away ('U.S.' is 'us', as in
    model/text.py: fold), and numbers without thousands separators."""
    return _THOUSANDS.sub("", fold(text.translate(_TYPOGRAPHIC)))


@dataclass(frozen=True, slots=True)
class Term:
    text: str
    pattern: re.Pattern

    @classmethod
    def of(cls, word: str) -> Term:
        if _NUMBER.fullmatch(word):
            # A number is found only whole: "628" in "filing-628" but not in "6280".
            return cls(word, re.compile(rf"(?<![\d.]){re.escape(word)}(?![\d]|\.\d)"))
        return cls(word, re.compile(re.escape(word)))


@dataclass(frozen=True, slots=True)
class Hit:
    record: Record
    score: int
    fields: tuple[str, ...]  # the fields the query was found in, best first

    @property
    def kind(self) -> RecordType:
        return self.record.record_type


def _number_text(value: int | float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _fields(timeline: Timeline, record: Record) -> Iterator[tuple[str, int, str]]:
    """(field name, weight, text) for every searchable field of a record."""
    yield "id", 6, record.id
    if isinstance(record, Event):
        yield "title", 5, record.title
        yield "summary", 3, record.summary or ""
        yield "tags", 2, " ".join(record.tags)
        yield "date", 2, " ".join(filter(None, (str(record.date), str(record.end or ""))))
        yield "actors", 1, " ".join(record.actors)
        yield "variants", 1, " ".join(str(variant.date) for variant in record.variants)
    elif isinstance(record, Quote):
        yield "text", 5, record.text
        yield "variants", 4, " ".join(variant.text for variant in record.variants)
        yield "speaker", 3, timeline.actor_name(record.speaker)
        yield "context", 2, " ".join(filter(None, (account.context for account in record.accounts)))
        yield "date", 2, str(record.date or "")
        yield "via", 1, " ".join(record.via)
    elif isinstance(record, Figure):
        yield "value", 6, _number_text(record.value)
        yield "label", 5, record.label
        yield "variants", 4, " ".join(_number_text(variant.value) for variant in record.variants)
        yield "unit", 2, record.unit or ""
        yield "date", 2, str(record.date or "")
    elif isinstance(record, Actor):
        yield "name", 6, record.name
        yield "aliases", 5, " | ".join(record.aliases)
        yield "roles", 3, " | ".join(role.title for role in record.roles)
    elif isinstance(record, Source):
        yield "title", 5, record.title
        yield "publisher", 3, record.publisher
        yield "author", 3, record.author or ""
        yield "date", 2, str(record.date)
        yield "url", 1, record.url or ""
    yield "note", 1, record.note or ""


def _score(timeline: Timeline, record: Record, terms: tuple[Term, ...], phrase: str) -> Hit | None:
    fields = [(name, weight, normalize(text)) for name, weight, text in _fields(timeline, record) if text]
    total = 0
    found: dict[str, int] = {}
    for term in terms:
        best = 0
        for name, weight, text in fields:
            if term.pattern.search(text):
                best = max(best, weight)
                found[name] = max(found.get(name, 0), weight)
        if not best:
            return None
        total += best
    for _name, weight, text in fields:
        if text == phrase:
            total += weight + _EXACT_BONUS
        elif len(terms) > 1 and phrase in text:
            total += weight
    ranked = sorted(found, key=lambda name: -found[name])
    return Hit(record, total, tuple(ranked))


def search(timeline: Timeline, query: str, kinds: tuple[RecordType, ...] = ()) -> tuple[Hit, ...]:
    """Every record matching the query, grouped by kind (best group first), best hit first in each."""
    phrase = normalize(query).strip()
    terms = tuple(Term.of(word) for word in phrase.split())
    if not terms:
        raise UsageError("give some text to search for (an id, a word, a name or a number)")
    groups: dict[RecordType, list[Hit]] = {}
    for kind in KIND_ORDER:
        if kinds and kind not in kinds:
            continue
        for record in timeline.records(kind):
            hit = _score(timeline, record, terms, phrase)
            if hit is not None:
                groups.setdefault(kind, []).append(hit)
    for hits in groups.values():
        hits.sort(key=lambda hit: -hit.score)  # stable: equal scores keep file order
    ordered = sorted(groups, key=lambda kind: (-groups[kind][0].score, KIND_ORDER.index(kind)))
    return tuple(hit for kind in ordered for hit in groups[kind])


def suggest_words(timeline: Timeline, query: str, limit: int = 3) -> tuple[str, ...]:
    """For a query that found nothing, the words of the file closest to its words ('sesions'
    -> 'sessions'), for a 'did you mean'."""
    from ..model.text import suggest

    vocabulary: dict[str, None] = {}
    for kind in KIND_ORDER:
        for record in timeline.records(kind):
            for _name, _weight, text in _fields(timeline, record):
                vocabulary.update(dict.fromkeys(_WORDS.findall(normalize(text))))
    found: list[str] = []
    for word in normalize(query).split():
        if word not in vocabulary:
            found.extend(suggest(word, vocabulary, limit=limit, cutoff=0.75))
    return tuple(dict.fromkeys(found))[:limit]
