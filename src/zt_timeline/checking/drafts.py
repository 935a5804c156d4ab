"""A draft as checkable sentences: Markdown reduced to its words, split into sentences.

Sentences end at a full stop, question or exclamation mark followed by a space, except after
an abbreviation ("U.S.", "Jan.", "Sen.") and never inside a quotation, so a quoted passage of
several sentences stays one claim. A draft may say when it was written in Markdown front
matter (`date: 2021-01-14`); `zt check --dated` does the same, to resolve "last month".
"""

from __future__ import annotations

import re

from ..errors import DateError
from ..model.dates import PartialDate
from ..model.typed_dates import parse_user_date
from .claim_dates import DateMention, find_dates

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n---[ \t]*(?:\n|\Z)", re.S)
_FRONT_DATE = re.compile(r"^date:\s*['\"]?(?P<date>[^'\"\n]+?)['\"]?\s*$", re.M)
_CODE_BLOCK = re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.S | re.M)
_LINE_MARKUP = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)")
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_HTML = re.compile(r"<[^>\n]+>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS_TEXT = """
mr mrs ms dr st sen rep gov gen lt col sgt jr sr no nos vs etc inc co corp dept univ est approx jan feb mar
apr jun jul aug sep sept oct nov dec e.g i.e u.s u.n d.c p pp para sec fig
"""
ABBREVIATIONS = frozenset(_ABBREVIATIONS_TEXT.split())
_OPENERS = {"“": "”", "‘": "’"}
# A wire story's dateline: where and when it was filed, not a claim ("Jan. 14 (UPI) -- ",
# "WASHINGTON (AP) — ", "WASHINGTON, June 5 (Reuters) - ").
_DATELINE = re.compile(r"^(?:[A-Z][A-Z .'-]+,?\s+)?"
                       r"(?:(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?"
                       r"(?:\([A-Za-z. ]{2,12}\)\s*)?(?:--|—|–|-)\s+(?=[A-Z“\"])")


def draft_date(text: str) -> PartialDate | None:
    """The date a Markdown draft gives itself in front matter (`date: ...`), if any."""
    front = _FRONT_MATTER.match(text)
    found = _FRONT_DATE.search(front["body"]) if front else None
    if not found:
        return None
    try:
        return parse_user_date(found["date"])
    except DateError:
        return None


def plain_text(text: str) -> str:
    """The words of a Markdown or plain-text draft: no front matter, code, markup or links."""
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _CODE_BLOCK.sub("\n", text)
    lines = []
    for line in text.splitlines():
        line = _LINE_MARKUP.sub("", line)
        line = _LINK.sub(r"\1", line)
        line = _HTML.sub("", line)
        line = _EMPHASIS.sub(r"\2", line)
        lines.append(line.strip())
    return "\n".join(lines)


def _boundary_after(text: str, index: int) -> bool:
    """Whether a sentence may end after text[index]: the text ends, or a space follows and then
    a capital, a digit, a quotation mark or a bracket."""
    after = text[index + 1 : index + 3]
    if not after:
        return True
    following = after[1:2]
    return after[0].isspace() and (not following or following.isupper() or following.isdigit()
                                   or following in "\"“‘'(")


def _abbreviation_before(text: str, index: int) -> bool:
    """Whether the full stop at text[index] ends an abbreviation or an initial ("U.S.", "Jan.", "J.")."""
    word = re.search(r"([\w.]+)$", text[:index])
    token = word.group(1).casefold() if word else ""
    return token in ABBREVIATIONS or (bool(re.fullmatch(r"(?:\w\.)*\w", token)) and len(token) <= 3)


_HEADING = re.compile(r"^\s{0,3}(?:#{1,6}\s+.*|(?:\*\*|__)?[^.!?\n]{3,40}?(?:\*\*|__)?\s*:?\s*)$")


def dated_sentences(text: str, dated: PartialDate | None = None) -> tuple[tuple[str, DateMention | None], ...]:
    """The sentences of a draft, each with the date of the heading it stands under: a Markdown
    heading, or a line that is only a date ("July 2017:", "**June 2018**"), that names one."""
    text = _CODE_BLOCK.sub("\n", _FRONT_MATTER.sub("", text, count=1))
    found: list[tuple[str, DateMention | None]] = []
    heading: DateMention | None = None
    block: list[str] = []

    def flush() -> None:
        found.extend((sentence, heading) for sentence in sentences("\n".join(block)))
        block.clear()

    for line in text.splitlines():
        if _HEADING.match(line) and (line.lstrip().startswith("#") or _only_a_date(line, dated)):
            flush()
            words = plain_text(line).strip()
            dates, _ = find_dates(_as_date(words), dated)
            if not _only_a_date(line, dated):
                found.extend((sentence, None) for sentence in sentences(words))
            if dates:
                first = dates[0]
                heading = DateMention(first.text, first.date, 0, 0, first.relative, first.aspect, first.until,
                                      first.within, heading=True)
            elif line.lstrip().startswith("#"):
                heading = None  # a heading with no date ends the one before
            continue
        block.append(line)
    flush()
    return tuple(found)


def _as_date(words: str) -> str:
    """A heading's words, a bare year read as one ("2019" alone is the year, not a number)."""
    words = words.strip().rstrip(":").strip()
    return f"in {words}" if re.fullmatch(r"(?:19|20)\d\d", words) else words


def _only_a_date(line: str, dated: PartialDate | None) -> bool:
    """Whether a line is a date and nothing more ("July 2017:", "## 2019")."""
    words = _as_date(plain_text(line))
    dates, _ = find_dates(words, dated)
    return bool(dates) and len(words) - sum(len(d.text) for d in dates) <= 3


def sentences(text: str) -> tuple[str, ...]:
    """The sentences of a draft, in order, each on one line; headings and list items count as
    sentences of their own."""
    found: list[str] = []
    for paragraph in re.split(r"\n\s*\n", plain_text(text)):
        paragraph = _DATELINE.sub("", " ".join(paragraph.split()), count=1)
        start, straight = 0, False
        closing: list[str] = []
        for index, char in enumerate(paragraph):
            quoted_before = bool(closing) or straight
            if char in _OPENERS:
                closing.append(_OPENERS[char])
            elif closing and char == closing[-1]:
                closing.pop()
            elif char == '"':
                straight = not straight
            ends = False
            if char in ".!?" and not quoted_before:
                ends = not (char == "." and _abbreviation_before(paragraph, index))
            elif quoted_before and not (closing or straight) and paragraph[index - 1 : index] in (".", "!", "?"):
                ends = True  # a quotation that ends a sentence: '... done better." Next'
            if ends and _boundary_after(paragraph, index):
                found.append(paragraph[start : index + 1].strip())
                start = index + 1
        rest = paragraph[start:].strip()
        if rest:
            found.append(rest)
    return tuple(sentence for sentence in found if sentence)
