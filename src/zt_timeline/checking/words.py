"""The words of a claim or a record as they are compared: stems (the forms of a word meet),
stopwords, and the content words that say what a text is about."""

from __future__ import annotations

import functools
import re

_WORD = re.compile(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")
_STOPWORDS_TEXT = """
a about above after again against all also am an and any are as at be
because been before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers him his how i if in into is it its itself just me more most my no
nor not now of off on once only or other our out over own same she should so some such than that the their
them then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your said says say told tell according one two three report new last
year years month months day days week thursday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday friday
saturday sunday since ago yet though although whether across around without upon among within
"""
STOPWORDS = frozenset(_STOPWORDS_TEXT.split())


STEM_LENGTH = 6  # "announced", "announces" and "announcement" all fold to "announ"


@functools.cache  # the same words recur in every record of a timeline, and in every claim
def word_stem(word: str) -> str:
    """A word folded for matching: lower case, no possessive, plural made singular, and a long
    word cut to its first letters, so the forms of a word meet ("separated", "separations")."""
    word = word.casefold().replace("’", "'").strip(".'-")
    if word.endswith("'s"):
        word = word[:-2]
    if word.endswith("children"):
        word = word[:-3]
    elif len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    elif len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    # A verb's past and present participle meet its plain form: "ordered", "ordering", "order";
    # "filed", "file"; "stopped", "stop" (a final "e" goes, so "file" and "fil(ed)" meet).
    if len(word) > 5 and word.endswith(("ed", "ing")):
        word = word[: -2 if word.endswith("ed") else -3]
        if len(word) > 2 and word[-1] == word[-2] and word[-1] not in "lsz":
            word = word[:-1]
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    stem = word[:STEM_LENGTH] if len(word) > STEM_LENGTH else word
    return _SAME_STEM.get(stem, stem)


# Forms of one word that the cut above leaves apart: "reunified" and "reunited", "detention"
# and "detained", "testimony" and "testified".
_SAME_STEM = {"reunif": "reunit", "detent": "detain", "testim": "testif"}


def topic_words(text: str, stems: frozenset[str]) -> str:
    """The words of a text, as written, whose stems are among `stems`, in order and once each."""
    found = dict.fromkeys(word for word in _WORD.findall(text.replace("-", " ")) if word_stem(word) in stems
                          and word.casefold() not in STOPWORDS)
    return " ".join(found)


@functools.cache  # a timeline's records use a few thousand words, many times over
def _content_stem(word: str) -> str | None:
    if word.casefold() in STOPWORDS:
        return None
    stem = word_stem(word)
    return stem if stem not in STOPWORDS and len(stem) > 1 else None


_SMALL = re.compile(r"(?<![\d,.$])\b([1-9]|1[0-2])\b(?![\d,.%])")
_SMALL_WORDS = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")


def content_words(text: str) -> tuple[str, ...]:
    """The words that say what a text is about: stems of words that are not stopwords (the
    parts of a hyphenated word count as words: "zero-tolerance" is "zero" and "tolerance"; a
    small number is its word, so "children under 5" and "children under five" meet)."""
    text = _SMALL.sub(lambda match: _SMALL_WORDS[int(match.group(1))], text.replace("-", " "))
    stems = map(_content_stem, _WORD.findall(text))
    return tuple(stem for stem in stems if stem)
