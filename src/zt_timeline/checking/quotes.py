"""A quotation in a claim against the recorded quotes, word by word: found as written (in the
record's own wording, or only in another source's), close but different (the words that
differ are named), or not found; and whether the person the claim says spoke it did.

Words known only from someone's notes, or paraphrased, are flagged as such.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from ..model.records import Quote, QuoteForm
from ..queries import matching
from .claim_dates import DateAspect
from .claims import ParsedClaim
from .index import ClaimIndex
from .parts import Finding, PartKind, Verdict
from .patterns import deferred
from .quotations import Quotation

CLOSE_WORDING = 0.75  # share of a quotation's words found in order: close, but different
MISQUOTE_WORDS = 6  # a quotation shorter than this that differs from a record's is not shown to be a misquote
MISQUOTE_CHANGES = 3  # a quotation that differs in more places than this is another rendering, not a misquote
CLOSE_FOR_SPEAKER = 0.55  # the same, for words the claim gives to the person recorded saying the quote
_FORM_NOTES = {QuoteForm.NOTES: "words known only from someone's notes, not a recording",
               QuoteForm.PARAPHRASE: "a paraphrase, not the speaker's words"}


# A contraction and its words written out are the same words said ("It’s more important" is
# "It is more important"): a transcript and a reporter may write either.
_WRITTEN_OUT = {"ca": "can", "wo": "will", "re": "are", "ll": "will", "ve": "have", "m": "am"}
_CONTRACTIONS = ((deferred(r"\b(ca|wo)n['’]t\b", re.I), lambda m: f"{_WRITTEN_OUT[m[1].casefold()]} not"),
                 (deferred(r"n['’]t\b", re.I), lambda m: " not"),
                 (deferred(r"\b(it|that|there|he|she|what|who|here|where)['’]s\b", re.I), lambda m: f"{m[1]} is"),
                 (deferred(r"['’](re|ll|ve|m)\b", re.I), lambda m: f" {_WRITTEN_OUT[m[1].casefold()]}"))


@functools.lru_cache(maxsize=8192)  # a claim's quotation is compared with every recorded wording
def words(text: str) -> tuple[str, ...]:
    """The words of a quotation, its contractions written out, and an editor's "[sic]" left out
    (it marks the speaker's own error as theirs: "separates children from there [sic] parents")."""
    if "[" in text:
        text = re.sub(r"\s*\[sic!?\]", "", text, flags=re.I)
    if "'" in text or "’" in text:
        for pattern, written_out in _CONTRACTIONS:
            text = pattern().sub(written_out, text)
    return matching.words(text)


def _fragments(text: str) -> list[tuple[str, ...]]:
    """A quotation's words, in the runs an ellipsis leaves ('a ... b' is two runs in order), less
    what an editor marked as theirs: the brackets of a letter changed ("[t]he children") and a few
    words put in parentheses ("the (Trump) administration")."""
    if "[" in text:
        text = re.sub(r"\[(\w)\](?=\w)", r"\1", text)
    if "(" in text:
        text = re.sub(r"\s*\((?:[\w.’'-]+\s?){1,3}\)", "", text)
    pieces = text.replace("…", "...").split("...")
    return [found for piece in pieces if (found := words(piece))]


def _contains_in_order(text: tuple[str, ...], fragments: list[tuple[str, ...]]) -> bool:
    position = 0
    for fragment in fragments:
        span = len(fragment)
        for index in range(position, len(text) - span + 1):
            if text[index : index + span] == fragment:
                position = index + span
                break
        else:
            return False
    return True


def _accounts(quote: Quote) -> list[tuple[str, tuple[str, ...]]]:
    """(text, sources) of a quote's own wording first, then each variant."""
    return [(account.text, account.sources) for account in quote.accounts]


def _word_changes(claim: tuple[str, ...], recorded: tuple[str, ...]) -> str:
    """The claim's words where they differ from the record's: '“attempted” for “tried”'. The
    recorded words before and after the stretch the claim quotes are not differences."""
    import difflib  # only for a quotation that was not found as written

    codes = difflib.SequenceMatcher(None, recorded, claim, autojunk=False).get_opcodes()
    while codes and codes[0][0] == "delete":
        codes.pop(0)
    while codes and codes[-1][0] == "delete":
        codes.pop()
    changes = []
    for position, (tag, a1, a2, b1, b2) in enumerate(codes):
        if tag == "replace" and position == 0:
            a1 = max(a1, a2 - (b2 - b1))  # the recorded words the claim's first words stand for
        if tag == "replace" and position == len(codes) - 1:
            a2 = min(a2, a1 + (b2 - b1))  # likewise its last words
        theirs, ours = " ".join(recorded[a1:a2]), " ".join(claim[b1:b2])
        if tag == "replace":
            changes.append(f"“{ours}” for “{theirs}”")
        elif tag == "insert":
            changes.append(f"“{ours}” added")
        elif tag == "delete":
            changes.append(f"“{theirs}” left out")
    return "; ".join(changes)


def _restructured(claim: tuple[str, ...], recorded: tuple[str, ...]) -> bool:
    """Whether the claim's words differ from the record's as another rendering does (a phrase
    put another way, several places changed), not as a misquote does (a word swapped or moved)."""
    import difflib

    codes = difflib.SequenceMatcher(None, recorded, claim, autojunk=False).get_opcodes()
    inner = [code for code in codes if code[0] != "equal"]
    while inner and inner[0][0] == "delete" and inner[0][1] == 0:
        inner.pop(0)  # the recorded words before the stretch the claim quotes
    while inner and inner[-1][0] == "delete" and inner[-1][2] == len(recorded):
        inner.pop()
    # A word moved (left out in one place, added in another) is one change, not two gaps.
    added = [claim[b1:b2] for tag, _, _, b1, b2 in inner if tag == "insert"]
    dropped = [recorded[a1:a2] for tag, a1, a2, _, _ in inner if tag == "delete"]
    inner = [code for code in inner if not (code[0] == "insert" and claim[code[3]:code[4]] in dropped)
             and not (code[0] == "delete" and recorded[code[1]:code[2]] in added)]
    # The recorded words beyond either end of the stretch the claim quotes are not a difference.
    gaps = [abs(min(a2 - a1, b2 - b1) - (b2 - b1)) if (b1 == 0 or b2 == len(claim)) and tag == "replace"
            else abs((a2 - a1) - (b2 - b1)) for tag, a1, a2, b1, b2 in inner]
    uneven = sum(gaps) >= 4 or any(gap >= 3 for gap in gaps)
    return uneven or len(inner) > MISQUOTE_CHANGES


def _says_otherwise(claim: tuple[str, ...], recorded: tuple[str, ...]) -> bool:
    """Whether the claim puts words of substance where the record has others: a word swapped in
    or added that is not a small word ("child" for "a", "considered" for "proposed")."""
    import difflib

    from .words import STOPWORDS

    codes = difflib.SequenceMatcher(None, recorded, claim, autojunk=False).get_opcodes()
    dropped = {word for tag, a1, a2, _, _ in codes if tag in ("delete", "replace") for word in recorded[a1:a2]}
    for tag, _, _, b1, b2 in codes:
        # (words added that the record says a little further on are a false start said again, as a
        # transcript keeps it: "Parents were ripped — their kids were ripped from their arms")
        if tag in ("replace", "insert") and any(word not in STOPWORDS and word not in dropped
                                                and not (tag == "insert" and word in recorded)
                                                for word in claim[b1:b2]):
            return True
    return False


def _closeness(claim: tuple[str, ...], text: tuple[str, ...]) -> float:
    """The share of the claim's words found, in order, in the text."""
    import difflib

    matcher = difflib.SequenceMatcher(None, text, claim, autojunk=False)
    return sum(block.size for block in matcher.get_matching_blocks()) / len(claim)


def _word_of_substance_replaced(claim: tuple[str, ...], recorded: tuple[str, ...]) -> bool:
    """Whether the claim puts another word in place of a word of substance of the record's
    ("flexible" for "firm"), not only in place of a small one ("child" for "a")."""
    import difflib

    from .words import STOPWORDS

    codes = difflib.SequenceMatcher(None, recorded, claim, autojunk=False).get_opcodes()
    return any(tag == "replace" and set(recorded[i1:i2]) - STOPWORDS for tag, i1, i2, _, _ in codes)


def _its_misquote(claim: tuple[str, ...], text: tuple[str, ...]) -> bool:
    """Whether a quotation close to a record's words may be a misquote of them: it has words of
    substance of theirs ("should never have been attempted" of "... should have never been
    tried"); "this is a complete victory" is not "this is a national practice", which it shares
    only small words with."""
    from .words import STOPWORDS

    # (and as many of its words of substance as not: "restoring the rule of law in our immigration
    # system" is not "to end the illegality in our immigration system", whose two words it shares)
    substance = set(claim) - STOPWORDS
    return bool(substance & set(text)) and 2 * len(substance & set(text)) >= len(substance)


def check_quotation(index: ClaimIndex, quotation: Quotation, named: frozenset[str]) -> tuple[Finding, Quote | None]:
    fragments = _fragments(quotation.text)
    claim_words = tuple(word for fragment in fragments for word in fragment)
    quotes = [entry.record for entry in index.entries if isinstance(entry.record, Quote)]
    exact: list[tuple[Quote, int]] = []
    for quote in quotes:
        for number, (text, _) in enumerate(_accounts(quote)):
            if _contains_in_order(words(text), fragments):
                exact.append((quote, number))
    if exact:
        # The speaker the claim names, then the record's own wording, decide between equals.
        quote, number = min(exact, key=lambda pair: (pair[0].speaker not in named, pair[1]))
        accounts = _accounts(quote)
        agreeing = [i for i, (text, _) in enumerate(accounts) if _contains_in_order(words(text), fragments)]
        differing = [i for i in range(len(accounts))
                     if i not in agreeing and words(accounts[i][0]) != words(quote.text)]
        note = _FORM_NOTES.get(quote.form)
        if not differing or (0 in agreeing and all(_is_part(accounts[i][0], quote.text) for i in differing)):
            return Finding(quotation.text, PartKind.QUOTATION, Verdict.SUPPORTED, quote.id, f"“{quote.text}”",
                           _sources(accounts, agreeing), note), quote
        sides = "; ".join(f"“{accounts[i][0]}” ({', '.join(accounts[i][1])})" for i in (*agreeing, *differing))
        return Finding(quotation.text, PartKind.QUOTATION, Verdict.DISPUTED, quote.id,
                       f"the sources word it differently: {sides}", _sources(accounts, (*agreeing, *differing)),
                       note), quote
    if len(claim_words) < 4:
        return Finding(quotation.text, PartKind.QUOTATION, Verdict.UNVERIFIED, None,
                       "no recorded quotation has these words"), None
    best: tuple[float, Quote, int] | None = None
    for quote in quotes:
        for number, (text, _) in enumerate(_accounts(quote)):
            share = _closeness(claim_words, words(text))
            # Ties go to the speaker the claim names, then to the record's own wording.
            better = best is None or share > best[0] or (
                share == best[0] and quote is not best[1] and quote.speaker in named and best[1].speaker not in named)
            if better:
                best = (share, quote, number)
    # (a few words the claim gives to someone else than the record's speaker are not shown to be
    # the record's: Azar's "less than 3,000" is no misquote of the inspector general's "more than 3,000")
    if best and (best[0] >= CLOSE_WORDING or (best[0] >= CLOSE_FOR_SPEAKER and best[1].speaker in named)) \
            and (not named or best[1].speaker in named or len(claim_words) >= MISQUOTE_WORDS) \
            and _its_misquote(claim_words, words(_accounts(best[1])[best[2]][0])):
        share, quote, number = best
        text, sources = _accounts(quote)[number]
        changes = _word_changes(claim_words, words(text))
        if _restructured(claim_words, words(text)):
            # Worded differently throughout: another rendering of the words (a transcript, a
            # translation), or a paraphrase in quotation marks; not shown to be a misquote.
            return Finding(quotation.text, PartKind.QUOTATION, Verdict.UNVERIFIED, None,
                           f"the recorded words differ in several places: “{text}” ({quote.id})", sources,
                           f"other words: {changes}"), quote
        if not _says_otherwise(claim_words, words(text)):
            # Only small words differ ("or" for "and"), or words are left out: a trim, not a misquote.
            return Finding(quotation.text, PartKind.QUOTATION, Verdict.UNVERIFIED, None,
                           f"the recorded words differ only in small or left-out words: “{text}” ({quote.id})",
                           sources, f"other words: {changes}"), quote
        if len(claim_words) < MISQUOTE_WORDS and not _word_of_substance_replaced(claim_words, words(text)):
            # A few words that differ from a record's: perhaps another time the person said much the
            # same ("President Obama had child separation", in April 2019, beside "President Obama
            # had a separation policy" in June), not shown to be a misquote.
            return Finding(quotation.text, PartKind.QUOTATION, Verdict.UNVERIFIED, None,
                           f"near words recorded from someone on another occasion?: “{text}” ({quote.id})", sources,
                           f"other words: {changes}"), quote
        return Finding(quotation.text, PartKind.QUOTATION, Verdict.CONTRADICTED, quote.id, f"“{text}”", sources,
                       f"other words: {changes}", changes), quote
    return Finding(quotation.text, PartKind.QUOTATION, Verdict.UNVERIFIED, None,
                   "no recorded quotation has these words"), None


def _is_part(variant: str, own: str) -> bool:
    """A variant that quotes only part of the words is not another wording of them."""
    return _contains_in_order(words(own), [words(variant)])


def _sources(accounts: list[tuple[str, tuple[str, ...]]], chosen: Iterable[int]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(source for i in chosen for source in accounts[i][1]))


def said_another_day(parsed: ParsedClaim, quote: Quote, index: ClaimIndex) -> bool:
    """Whether the claim dates its quotation to a day the recorded words were not said on."""
    entry = index.by_id.get(quote.id)
    said = entry.date if entry is not None else None
    points = [mention.date for mention in parsed.dates if mention.aspect is DateAspect.WHEN]
    return said is not None and bool(points) and not any(
        date.first_day <= said.plausible_last_day and said.plausible_first_day <= date.last_day for date in points)
