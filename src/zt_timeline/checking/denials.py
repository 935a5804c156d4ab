"""Whether a claim says what it says was done: a part in a clause that denies or doubts it ("Obama
did not separate 90,000 children"), or of an act only meant, feared, expected, to come or on a
condition ("would be reunited by July 26"), is not judged; nor is anything a question asks."""

from __future__ import annotations

import re
from collections.abc import Iterator

from msgspec.structs import replace

from .actions import RULED_ON, ActMention, find_acts
from .claims import ParsedClaim
from .clauses import clause_span
from .parts import Finding, PartKind, Verdict
from .patterns import deferred
from .subject import CAUSED

# Words that deny or doubt what a clause says: a part inside such a clause is not judged, since
# "Obama did not separate 90,000 children" says the opposite of its parts.
_DENIAL = deferred(r"\b(?:not|never|neither|nor|den(?:y|ies|ied|ying)|false|untrue|contrary to|myths?|hoax|"
                     r"debunked|baseless|falsely|wrongly|incorrectly|erroneously|mistakenly|misleadingly|nobody|"
                     r"no\s+one|none)\b|n['’]t\b|\bno\b(?!\s+(?:later|more|fewer|less|longer))", re.I)
_DENIAL_WORDS = frozenset(["not", "never", "neither", "nor", "no", "nobody", "none", "false", "untrue", "contrary",
                           "myth", "myths", "hoax", "debunked", "baseless", "falsely", "wrongly", "incorrectly",
                           "erroneously", "mistakenly", "misleadingly"])


def _denials(text: str) -> Iterator[re.Match[str]]:
    """The words that deny or doubt in a text (a look-up first: the pattern is compiled only for
    a text that may have one)."""
    tokens = {token.strip(".,;:!?()\"“”'’") for token in text.casefold().replace("’", "'").split()}
    cued = bool(tokens & _DENIAL_WORDS) or any(token.endswith("n't") or token.startswith("den") for token in tokens)
    return _DENIAL().finditer(text) if cued else iter(())


def denied(finding: Finding, text: str, parsed: ParsedClaim, done: bool = True) -> Finding:
    """A date or number in a clause that denies or doubts it is not judged: unverified, saying why;
    nor, with `done` (a date of what was done, not a deadline), a date of an act the claim does
    not say was done."""
    if finding.kind not in (PartKind.DATE, PartKind.NUMBER) or finding.verdict is Verdict.UNVERIFIED:
        return finding
    spans = [(m.start, m.end) for m in (*parsed.dates, *parsed.bounds) if m.text in finding.part]
    spans += [(m.start, m.end) for m in parsed.numbers if m.text in finding.part]
    for start, end in spans:
        left, right = clause_span(text, start, end)
        if any(not _refused(text, match.start() + left) and not _reported(text, left, end, match.start() + left)
               and not _of_a_relative(text, end, match.start() + left) for match in _denials(text[left:right])):
            return replace(finding, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                           note=f"the claim denies or doubts it, which zt does not judge; the data: {finding.record}")
        if done and finding.kind is PartKind.DATE and (act := _nearest_act(text, left, right, start)) is not None \
                and not asserted(text, act):
            return replace(finding, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                           note="the claim does not say it was done then (only meant, feared, expected, to come or "
                                f"on a condition), which zt does not judge; the data: {finding.record}")
    return finding


def _nearest_act(text: str, left: int, right: int, at: int) -> ActMention | None:
    """The act of a clause that a part at `at` belongs to: the last before it, else the first after;
    not one an infinitive says was asked for or meant, where another is there ("ordered the
    government to reunite families on June 26": the day is the order's)."""
    acts = list(find_acts(text[left:right]))
    main = [act for act in acts if not _INFINITIVE().search(text, 0, act.start + left)]
    acts = main or acts
    before = [act for act in acts if act.end + left <= at]
    chosen = before[-1] if before else (acts[0] if acts else None)
    return chosen._replace(start=chosen.start + left, end=chosen.end + left) if chosen else None


# What someone said, after the saying ("told a House panel Tuesday that he did not pass along
# warnings"): a denial in it is the speaker's, and does not deny the saying, nor date what it denies.
_SAID_THAT = deferred(r"\b(?:said|says|told|tells|testified|testifies|wrote|writes|claimed|claims|argued|argues|"
                      r"insisted|insists|acknowledged|admitted|stated|states)\b[^.;:]*?\bthat\b", re.I)


# Words before an act that say it was not done, or only meant, feared or to come ("refused to
# resign", "will resign", "would be prosecuted", "plans to sign").
_NOT_DONE = deferred(r"\b(?:to|will|would|could|might|may|shall|should|must|can|cannot|going\s+to|almost|nearly)\s+"
                     r"(?:(?:not|never|also|soon|\w+ly|be|have|been)\s+){0,3}$", re.I)
_INFINITIVE = deferred(r"\bto\s+(?:\w+ly\s+)?$", re.I)
# The words that open a clause of its own, with its own act and date ("before", "after", "when").
_NOT_DONE_WORDS = frozenset(["to", "will", "would", "could", "might", "may", "shall", "should", "must", "can", "cannot",
                             "going", "almost", "nearly"])
_CONDITION_WORDS = frozenset(["if", "unless", "whether", "should"])
_CONDITION = deferred(r"^\W*(?:if|unless|whether|should)\b", re.I)


def asserted(text: str, act: ActMention) -> bool:
    """Whether the claim says the act was done: not denied or doubted in its clause ("Sessions
    did not announce ...", "Nielsen denied that she would resign"), and not only meant, to come,
    or asked for ("threatened to resign", "will sign"), unless others brought it about ("forced
    to resign")."""
    left, _ = clause_span(text, act.start, act.end)
    before = text[left : act.start]
    if any(not _refused(text, match.start() + left) for match in _denials(before)):
        return False
    said = set(before.casefold().split())  # (a look-up first: most clauses need neither pattern)
    if said & _CONDITION_WORDS and _CONDITION().search(before):
        return False  # "If Trump signs an order, ...": on a condition, not done
    return not (said & _NOT_DONE_WORDS and _NOT_DONE().search(before)) \
        or bool(CAUSED().search(text[max(0, act.start - 70) : act.start]))


def _refused(text: str, at: int) -> bool:
    return bool(RULED_ON().match(text, at))


_RELATIVE = deferred(r"\b(?:that|which|who|whose|whom)\s+(?:are|is|was|were|had|have|has|do|does|did)\b", re.I)


def _of_a_relative(text: str, part_end: int, at: int) -> bool:
    """Whether the denial at `at` is in a relative clause after the part ("the 20-day limit for
    detaining minors in facilities that are not licensed"): it denies what that clause says."""
    return at >= part_end and _RELATIVE().search(text, part_end, at) is not None


def _reported(text: str, left: int, part_end: int, at: int) -> bool:
    """Whether the denial at `at` is inside what someone is said to have said, after the part
    (the part is of the saying: its "that" comes after the part)."""
    return any(part_end <= said.end() <= at for said in _SAID_THAT().finditer(text, left, at))


def if_asked(findings: list[Finding], text: str) -> list[Finding]:
    """The findings of a claim that asks a question, each unverified: a question says nothing to
    be judged (but "..., the question is: Now what?" does)."""
    if not text.rstrip().endswith("?") or re.search(r"[:;—]", text):
        return findings
    return [replace(f, verdict=Verdict.UNVERIFIED, record=None, differs=None, note="a question, which asserts nothing")
            if f.verdict is not Verdict.UNVERIFIED else f for f in findings]
