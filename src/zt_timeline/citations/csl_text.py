"""Text as the CSL styles set it: italic runs, curly quotes, title case, and the punctuation
rules citeproc-js applies where two parts of a citation meet.

A citation is a tuple of runs, (text, italic). The rules here are those of citeproc-js (the
processor of Zotero and Mendeley) for the en-US locale, so that zt's APA and Chicago read
exactly as theirs do (tests/test_citation_reference.py checks every bundled source):
- straight quotes in a field become curly ones, and inside a quoted title double quotes
  become single ones; an apostrophe becomes ’;
- title case follows citeproc-js: every word that is all lowercase is capitalised unless it
  is one of CSL's stop words (and not first, last, or after a colon, ? or !); words with a
  capital letter anywhere are left as they are;
- a full stop or comma that follows a closing quotation mark moves inside it (American
  usage), and a stop is dropped after a ?, ! or stop that already ends the text.
"""

from __future__ import annotations

import re

Run = tuple[str, bool]  # (text, italic)

# citeproc-js's stop words for English (CSL.SKIP_WORDS): left lowercase by title case.
_STOP_WORDS = frozenset((
    "about", "above", "across", "afore", "after", "against", "al", "along", "alongside", "amid", "amidst", "among",
    "amongst", "anenst", "apropos", "apud", "around", "as", "aside", "astride", "at", "athwart", "atop", "barring",
    "before", "behind", "below", "beneath", "beside", "besides", "between", "beyond", "but", "by", "circa",
    "despite", "down", "during", "et", "except", "for", "forenenst", "from", "given", "in", "inside", "into",
    "lest", "like", "modulo", "near", "next", "notwithstanding", "of", "off", "on", "onto", "out", "over", "per",
    "plus", "pro", "qua", "sans", "since", "than", "through", "thru", "throughout", "thruout", "till", "to",
    "toward", "towards", "under", "underneath", "until", "unto", "up", "upon", "versus", "vs.", "v.", "vs", "v",
    "via", "vis-à-vis", "with", "within", "without", "or", "yet", "so", "and", "nor", "a", "an", "the", "de", "d'",
    "von", "van", "c", "ca"
))
# What citeproc-js's title case treats as a boundary between strings of words: quotes,
# dashes, slashes and punctuation, brackets.
_BOUNDARY = re.compile(r"(“|”|‘|’| \"| '|\"|'|[-–—/.,;?!:]|\[|\]|\(|\))")
_APOSTROPHE = "\u02bc"  # holds an apostrophe's place while title case runs: not a boundary
_SPACES = re.compile(r"([\u00a0 \u2000-\u200b\u205f\u3000]+)")


def _capitalise(word: str) -> str:
    stripped = word.lstrip()
    lead = word[: len(word) - len(stripped)]
    return lead + stripped[:1].upper() + stripped[1:] if stripped else word


def _is_stop_word(word: str) -> bool:
    return word.lower() in _STOP_WORDS


def title_case(text: str) -> str:
    """Title case as citeproc-js writes it (CSL text-case="title" in English), quotation
    marks as the field has them. An apostrophe inside a word keeps the word whole ("He'll"),
    and citeproc-js leaves the first word inside the first pair of straight single quotes
    as it is when more words follow the pair ('zero tolerance' policy: 'zero Tolerance')."""
    pairs = _quote_pairs(text)
    marks = {index for start, end, _ in pairs for index in (start, end)}
    held = "".join(_APOSTROPHE if char in "'’" and index not in marks and 0 < index < len(text) - 1
                   and text[index - 1].isalpha() and text[index + 1].isalpha() else char
                   for index, char in enumerate(text))
    cased = "".join(char if char != _APOSTROPHE else original for char, original in zip(_title_case(held), text,
                                                                                          strict=True))
    straight = [(start, end) for start, end, kind in pairs if kind == "'" and text[start] == "'"]
    if straight and text[straight[0][1] + 1: straight[0][1] + 2] == " ":
        start = straight[0][0] + 1
        word = re.match(r"\w*", text[start:]).group()  # type: ignore[union-attr]  # \w* matches, if only """
        cased = cased[:start] + word + cased[start + len(word):]
    return cased


def _title_case(text: str) -> str:
    parts = _BOUNDARY.split(text)
    strings, tags = parts[0::2], parts[1::2]
    first, after_punctuation = True, False
    last_word: tuple[int, int] | None = None
    for index, string in enumerate(strings):
        if index and re.search(r"[!?:]$", tags[index - 1]):
            after_punctuation = True
        if not string.strip():
            continue
        pieces = _SPACES.split(string)
        following = tags[index] if index < len(tags) else None
        words = pieces[0::2]
        for position, word in enumerate(words):
            if not word:
                continue
            capitalise = (len(word) > 1 and not _is_stop_word(word)) or first or after_punctuation
            if position == len(words) - 1 and following == "-":
                capitalise = True
            if capitalise and word == word.lower():
                words[position] = _capitalise(word)
            first = after_punctuation = False
            last_word = (index, position)
        pieces[0::2] = words
        strings[index] = "".join(pieces)
    if last_word is not None:
        index, position = last_word
        pieces = _SPACES.split(strings[index])
        word = pieces[position * 2]
        if len(word) > 1 and _is_stop_word(word) and word == word.lower():
            pieces[position * 2] = _capitalise(word)
            strings[index] = "".join(pieces)
    joined = [strings[0]]
    for tag, string in zip(tags, strings[1:], strict=True):
        joined += [tag, string]
    return "".join(joined)


_OPENER_BEFORE = re.compile(r"(?:^|[\s(\[—–-])$")
_CLOSER_AFTER = re.compile(r"^(?:$|[\s).,;:?!—–-])")


def _quote_pairs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each pair of quotation marks, kind '"' or "'", outermost first;
    a ' that opens or closes no pair is an apostrophe."""
    pairs: list[tuple[int, int, str]] = []
    stack: list[tuple[int, str]] = []
    for index, char in enumerate(text):
        kind = '"' if char in '"“”' else "'" if char in "'‘’" else None
        if kind is None:
            continue
        before, after = text[:index], text[index + 1:]
        can_open = char in "“‘" or (char in "\"'" and bool(_OPENER_BEFORE.search(before)) and after[:1].strip() != "")
        can_close = char in "”’" or (char in "\"'" and bool(_CLOSER_AFTER.match(after)))
        if stack and stack[-1][1] == kind and can_close and (char not in "’'" or not after[:1].isalpha()):
            start, _ = stack.pop()
            pairs.append((start, index, kind))
        elif can_open and char not in "”’":
            stack.append((index, kind))
    return sorted(pairs)


def curly_quotes(text: str, quoted: bool = False) -> str:
    """The field's quotation marks as citeproc-js sets them (its "flip-flop"): the outer pairs
    double and the pairs inside them single, or, inside a title the style itself puts in
    quotation marks (`quoted`), the outer pairs single. A pair of straight single quotes in a
    field with no straight double ones counts as double; curly single quotes stay single
    outside quotation marks. Every other ' is an apostrophe, ’."""
    pairs = _quote_pairs(text)
    chars = list(text.replace("'", "’"))
    has_straight_double = '"' in text
    for start, end, kind in pairs:
        depth = sum(1 for other_start, other_end, _ in pairs if other_start < start and end < other_end)
        if quoted:
            single = depth % 2 == 0
        elif depth == 0:
            single = text[start] == "‘" or (kind == "'" and text[start] == "'" and has_straight_double)
        else:
            single = True
        chars[start], chars[end] = ("‘", "’") if single else ("“", "”")
    # citeproc-js sets a space before a colon as a narrow no-break space.
    return "".join(chars).replace(" :", "\u202f:")


# --- joining the parts of a citation ------------------------------------------------------

_CLOSERS = "”’"


def text_of(runs: list[Run]) -> str:
    return "".join(text for text, _ in runs)


def _ends_sentence(runs: list[Run]) -> bool:
    """True if the text so far ends with . ? or ! (perhaps inside closing quotes)."""
    return bool(re.search(r"[.?!][”’]*$", text_of(runs)))


def append(runs: list[Run], text: str, italic: bool = False) -> None:
    """Add text after what is there, applying citeproc-js's punctuation rules at the seam."""
    if not text:
        return
    if text[0] in ".," and runs:
        current = text_of(runs)
        closers = len(current) - len(current.rstrip(_CLOSERS))
        if text[0] == "." and _ends_sentence(runs):
            text = text[1:]
        elif closers:
            # American usage: the stop or comma goes inside the closing quotation marks.
            last_text, last_italic = runs[-1]
            if len(last_text) >= closers:
                inner = last_text[:-closers]
                mark = "" if text[0] == "." and re.search(r"[.?!]$", inner) else text[0]
                if text[0] == "," and re.search(r"[.?!]$", inner):
                    mark = ""
                runs[-1] = (inner + mark + last_text[-closers:], last_italic)
                text = text[1:]
    if not text:
        return
    if runs and runs[-1][1] == italic:
        runs[-1] = (runs[-1][0] + text, italic)
    else:
        runs.append((text, italic))
