"""The quotations a claim writes: words in quotation marks that someone is said to have said
or written, not a short term in scare quotes; and the single quoted words, which zt does not
check."""

from __future__ import annotations

import re
from typing import NamedTuple

from .parts import Finding, PartKind, Verdict
from .patterns import deferred

_QUOTATION = deferred(r"“(?P<curly>[^”]{3,})”|\"(?P<straight>[^\"]{3,})\"|‘(?P<single>[^’]{12,})’")
_WORD = deferred(r"[A-Za-z][A-Za-z'’.-]*[A-Za-z]|[A-Za-z]")


class Quotation(NamedTuple):
    text: str
    start: int
    end: int


_SAYING = deferred(r"\b(?:said|says|say|told|tells|wrote|writes|added|stated|declared|called|calling|calls|"
                     r"referred|referring|tweeted|described|describing|according)\b", re.I)
TERM_WORDS = 3  # a quoted phrase this short, with no verb of saying beside it, is a term ("zero tolerance")


def find_quotations(text: str) -> tuple[Quotation, ...]:
    """Words in quotation marks that someone is said to have said or written; a short quoted
    term with no verb of saying beside it is left as words of the sentence (scare quotes)."""
    found: list[Quotation] = []
    if "“" not in text and '"' not in text and "‘" not in text:
        return ()  # (and the pattern is not compiled)
    for match in _QUOTATION().finditer(text):
        group = next(name for name in ("curly", "straight", "single") if match.group(name))
        words = match.group(group)
        count = len(_WORD().findall(words))
        if count < 2:
            continue
        if count <= TERM_WORDS and not _SAYING().search(text[max(0, match.start() - 60) : match.end() + 60]):
            continue
        found.append(Quotation(words.strip(), match.start(), match.end()))
    return tuple(found)


# One word in quotation marks, said by someone ("Garland called the policy “shameful”").
_ONE_WORD = deferred(r"“([^\W\d_][\w’'-]*)[,.;:!?]?”|\"([^\W\d_][\w'-]*)[,.;:!?]?\"")  # “shameful,”
_CALLED = deferred(r"\b(?:said|says|told|wrote|writes|stated|declared|called|calls|calling|described|describing|"
                   r"termed|dubbed|tweeted)\b", re.I)


def one_word_quotations(text: str) -> tuple[Finding, ...]:
    """Single words the claim says someone used: zt does not match one word against what was
    said (it is in too many quotations), so each is a part it has not checked, and the claim is
    not supported without it."""
    if "“" not in text and '"' not in text:
        return ()
    return tuple(Finding(f"“{match.group(1) or match.group(2)}”", PartKind.QUOTATION, Verdict.UNVERIFIED, None,
                         "one quoted word: who used it, and when, is not checked")
                 for match in _ONE_WORD().finditer(text)
                 if _CALLED().search(text[max(0, match.start() - 60) : match.start()]))
