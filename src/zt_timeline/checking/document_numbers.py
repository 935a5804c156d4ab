"""The number a claim gives the order it is about ("Executive Order No. 13,841"), against the
number the record's title gives it: a number that names a document is no count (claims.py
leaves it out of the counts), but it is a fact of the claim all the same, and a wrong one is a
wrong claim."""

from __future__ import annotations

import re

from ..model.records import Event
from .index import Entry
from .parts import Finding, PartKind, Verdict
from .patterns import deferred

# "Executive Order 13841", "Executive Order No. 13,841", "E.O. 13841", "EO #13841"
_ORDER = deferred(r"\b(?:[Ee]xecutive\s+[Oo]rder|E\.\s?O\.|EO)\s*(?:[Nn]o\.?\s*|[Nn]umber\s+|#\s*)?"
                  r"(?P<number>\d{2},?\d{3})\b")
_RECORDED = re.compile(r"\bExecutive Order (\d{5})\b")


def order_numbers(text: str, about: Entry | None, findings: list[Finding]) -> list[Finding]:
    """Each executive order's number the claim gives, against the order the claim is about: agreed
    or contradicted once its date has shown which order it is, else a part not checked."""
    if about is None or not isinstance(about.record, Event):
        return []
    recorded = _RECORDED.search(about.record.title)
    if recorded is None:
        return []
    shown = any(f.record == about.record.id and f.kind is PartKind.DATE and f.verdict is Verdict.SUPPORTED
                for f in findings)
    found = []
    for match in _ORDER().finditer(text):
        given = match["number"].replace(",", "")
        title = f"{about.record.id}: {about.record.title}"
        if given == recorded.group(1):
            if shown:
                found.append(Finding(match.group(), PartKind.NUMBER, Verdict.SUPPORTED, about.record.id, title,
                                     about.record.sources))
        elif shown:
            found.append(Finding(match.group(), PartKind.NUMBER, Verdict.CONTRADICTED, about.record.id, title,
                                 about.record.sources, None, f"Executive Order {given} for {recorded.group(1)}"))
        else:
            found.append(Finding(match.group(), PartKind.NUMBER, Verdict.UNVERIFIED, None,
                                 f"no record the claim is shown to be about is Executive Order {given}",
                                 note=f"closest: {about.record.id}, Executive Order {recorded.group(1)}"))
    return found
