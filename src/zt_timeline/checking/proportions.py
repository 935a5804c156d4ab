"""A quantity a claim gives only against another one it names ("children under 5 must be
reunited in half that time", "twice as many children"): zt does not work it out, so it is a
part not checked, and the claim is not supported without it."""

from __future__ import annotations

import re

from .parts import Finding, PartKind, Verdict
from .patterns import deferred

_PROPORTION = deferred(r"\b(?:(?:in\s+)?(?:half|a\s+third\s+of|a\s+quarter\s+of|twice|double|triple)\s+"
                       r"(?:that|the|this|those)\s+(?:time|number|amount|period|many)|"
                       r"(?:twice|three\s+times|four\s+times|half)\s+as\s+(?:many|much|long|fast))\b", re.I)


def proportions(text: str) -> tuple[Finding, ...]:
    """Each quantity the claim gives only against another, as a part not checked (asked only of a
    claim that has a word of one: checker.py looks first)."""
    return tuple(Finding(match.group(0), PartKind.NUMBER, Verdict.UNVERIFIED, None,
                         "a quantity given against another",
                         note="a quantity given only against another the claim names: not worked out or checked")
                 for match in _PROPORTION().finditer(text))
