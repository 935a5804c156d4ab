"""Where each checked sentence stands in the draft as written, and marks put there.

The checker reads a draft's words (checking/drafts.py: markup, links and code left out, spaces
collapsed), so a claim is not a substring of the draft. Its letters and digits are, in order,
once the parts the checker leaves out are masked: front matter, code blocks, link addresses,
HTML tags and the markup that starts a line. A claim is looked for after the one before it, so
the same sentence written twice is found twice, each where it stands.

Marks are private-use characters (planes 15 and 16) put into the text before it is rendered:
the renderers turn them into their own markup once the draft's own text has been escaped.
"""

from __future__ import annotations

import re
from typing import NamedTuple

FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.S)
_MASKED = (
    FRONT_MATTER,
    re.compile(r"^(```|~~~).*?^\1[ \t]*$", re.S | re.M),  # fenced code
    re.compile(r"<[^>\n]+>"),  # HTML tags
    re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)", re.M),  # what starts a heading, quote or list
)
_LINK_TARGET = re.compile(r"\]\([^)]*\)")  # a link's address: its text is read, the address is not
OPEN_BASE, CLOSE_BASE = 0xF0000, 0x100000
MAX_MARKS = 0xFFFD  # the characters each plane has for marks
_PRIVATE = re.compile("[\U000f0000-\U0010ffff]")


class Span(NamedTuple):
    start: int
    end: int


def _letters(text: str) -> str:
    return "".join(char.casefold() for char in text if char.isalnum())


def _skeleton(text: str) -> tuple[str, list[int]]:
    """The draft's letters and digits, casefolded, and where each stands in the draft."""
    masked = bytearray(len(text))
    for pattern in (*_MASKED, _LINK_TARGET):
        for match in pattern.finditer(text):
            masked[match.start() : match.end()] = b"\x01" * (match.end() - match.start())
    letters, where = [], []
    for index, char in enumerate(text):
        if masked[index] or not char.isalnum():
            continue
        for folded in char.casefold():
            letters.append(folded)
            where.append(index)
    return "".join(letters), where


def _past_markup(text: str, index: int) -> int:
    """Past the emphasis markers and link addresses that follow text[index - 1]."""
    while index < len(text):
        target = _LINK_TARGET.match(text, index)
        if target:
            index = target.end()
        elif text[index] in "*_~`":
            index += 1
        else:
            break
    return index


def _widen(text: str, span: Span, claim: str) -> Span:
    """The span with the claim's own punctuation around its words (an opening quotation mark, the
    full stop), and emphasis or link markup wrapped around it, so the mark nests in the markup."""
    start, end = span
    first = next((i for i, char in enumerate(claim) if char.isalnum()), len(claim))
    last = next((i for i in range(len(claim) - 1, -1, -1) if claim[i].isalnum()), -1)
    for char in reversed(claim[:first]):
        if start > 0 and text[start - 1] == char:
            start -= 1
    for char in claim[last + 1 :]:
        after = _past_markup(text, end)
        if after < len(text) and text[after] == char:
            end = after + 1
    while start > 0 and text[start - 1] in "*_~`[":
        start -= 1
    return Span(start, _past_markup(text, end))


def locate(text: str, claims: list[str]) -> list[Span | None]:
    """Each claim's place in the draft, in order; None for one that cannot be found."""
    letters, where = _skeleton(text)
    found: list[Span | None] = []
    cursor = 0
    for claim in claims:
        wanted = _letters(claim)
        at = letters.find(wanted, cursor) if wanted else -1
        if at < 0:
            found.append(None)
            continue
        cursor = at + len(wanted)
        found.append(_widen(text, Span(where[at], where[cursor - 1] + 1), claim))
    return found


def clean(text: str) -> str:
    """The draft without characters that could pass for marks (replaced, so no offset moves)."""
    return _PRIVATE.sub("\ufffd", text)


def marked(text: str, spans: list[Span | None]) -> str:
    """The (cleaned) draft with an opening and a closing mark around each located claim."""
    inserts: list[tuple[int, int, str]] = []
    for number, span in enumerate(spans):
        if span is None or number >= MAX_MARKS:
            continue
        inserts.append((span.start, 1, chr(OPEN_BASE + number)))
        inserts.append((span.end, 0, chr(CLOSE_BASE + number)))
    out, last = [], 0
    for index, _, mark in sorted(inserts):
        out.append(text[last:index])
        out.append(mark)
        last = index
    out.append(text[last:])
    return "".join(out)


MARK = re.compile("([\U000f0000-\U000ffffd])|([\U00100000-\U0010fffd])")


def mark_number(match: re.Match) -> tuple[int, bool]:
    """The claim's index and whether this mark opens (True) or closes it."""
    opening = match.group(1)
    return (ord(opening) - OPEN_BASE, True) if opening else (ord(match.group(2)) - CLOSE_BASE, False)


def line_of(text: str, span: Span | None) -> int | None:
    return text.count("\n", 0, span.start) + 1 if span else None
