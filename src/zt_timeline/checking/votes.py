"""A vote's tally in a claim ("confirmed her nomination by a 62-37 vote"): against the tally the
record the claim is about gives in its title or summary; where it gives none, the tally is a
part not checked, and the claim is not supported without it."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..model.enums import Action
from ..model.records import Event
from .claims import joins_numbers
from .index import ClaimIndex, Entry
from .parts import Finding, PartKind, Verdict
from .patterns import deferred

# "62-37", "62 to 37", "by a vote of 62 to 37": two counts of votes, beside a word of voting.
_TALLY = deferred(r"\b(\d{1,3})\s*(?:-|–|—|\bto\b)\s*(\d{1,3})\b", re.I)
_VOTING = deferred(r"\b(?:votes?|voted|voting|confirm(?:ed|s|ation)|approv(?:ed|es|al)|passed|rejected|"
                   r"senate|house|ballots?)\b", re.I)


_PROCEDURAL = deferred(r"\b(?:procedural|cloture|committee|test\s+vote|advanced?|advances)\b", re.I)


class Tally(NamedTuple):
    written: str
    counts: tuple[int, int]
    start: int
    end: int


def tallies(text: str) -> list[Tally]:
    """The tallies of votes a text gives: as written, the two counts, and where."""
    if not joins_numbers(text) or not _VOTING().search(text):
        return []  # (no two numbers joined: the patterns are not compiled)
    return [Tally(match.group(0), (int(match.group(1)), int(match.group(2))), match.start(), match.end())
            for match in _TALLY().finditer(text) if not _looks_like_a_range(text, match)]


def _looks_like_a_range(text: str, match: re.Match[str]) -> bool:
    """Whether two numbers are a span of ages, years or days rather than a tally ("ages 5-17")."""
    before = text[max(0, match.start() - 12) : match.start()].casefold()
    after = text[match.end() : match.end() + 8].casefold()
    return any(word in before for word in ("age", "ages", "aged", "between", "from")) \
        or any(after.lstrip().startswith(word) for word in ("year", "day", "month", "week", "percent", "%"))


def _voted_on(index: ClaimIndex, about: Entry | None) -> Entry | None:
    """The record of the vote a claim's tally is of: the one it is about, or, for a nomination, the
    vote that confirmed the nominee ("Senators voted 62-37 on Nielsen's nomination")."""
    if about is None or about.action is not Action.NOMINATE:
        return about
    nominees = about.actors - about.by
    return next((entry for entry in index.entries if entry.action is Action.CONFIRM and nominees & entry.actors
                 and isinstance(entry.record, Event)), about)


def check_tallies(text: str, index: ClaimIndex, about: Entry | None) -> list[Finding]:
    """Each tally the claim gives, against the record it is about."""
    found = []
    about = _voted_on(index, about)
    # (a procedural or committee vote is another vote than the one the data records)
    other_vote = _PROCEDURAL().search(text) is not None
    for written, counts, _, _ in tallies(text):
        record = about.record if about is not None and isinstance(about.record, Event) and not other_vote else None
        recorded = tallies(f"{record.title}. {record.summary or ''}") if record is not None else []
        if record is None or not recorded:
            found.append(Finding(written, PartKind.NUMBER, Verdict.UNVERIFIED, None, "no tally recorded",
                                 note="a vote's tally the data does not give: not checked"))
            continue
        same = next((tally.written for tally in recorded if tally.counts == counts), None)
        shown = recorded[0].written
        if same is not None:
            found.append(Finding(written, PartKind.NUMBER, Verdict.SUPPORTED, record.id,
                                 f"{same}: {record.title}", record.sources))
        else:
            found.append(Finding(written, PartKind.NUMBER, Verdict.CONTRADICTED, record.id,
                                 f"{shown}: {record.title}", record.sources, None, f"{written} for {shown}"))
    return found
