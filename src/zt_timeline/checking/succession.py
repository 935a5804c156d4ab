"""Who held a post before or after someone, and which holder in order someone was ("then was
briefly replaced by Ronald Vitiello", "the third person to serve in the post"). zt reads the
tenures of the people a claim names, not the order of a post's holders, so this part is never
checked, and a claim that gives it is not supported whole."""

from __future__ import annotations

from .parts import PartKind, Unchecked, not_checked_where
from .patterns import deferred

_NAME = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
_SUCCESSION = deferred(
    rf"\b(?:replaced|succeeded|followed)\s+by\s+(?:[a-z-]+\s+){{0,3}}{_NAME}|"
    rf"\b(?:replacing|succeeding|(?:to\s+)?(?:replace|succeed))\s+(?:[a-z-]+\s+){{0,3}}{_NAME}|"
    rf"\bin\s+place\s+of\s+{_NAME}|"
    rf"(?<![\w’'.-]){_NAME}['’]s?\s+(?:replacement|successor|predecessor)\b|"
    rf"\b(?:the\s+)?{_ORDINAL}\s+(?:person|woman|man|official|leader|head|chief|acting|permanent|"
    rf"(?:[a-z]+\s+){{0,3}}(?:secretary|director|commissioner|general|chief))\s+(?:to\s+(?:serve|hold|lead|head|be|"
    rf"run|occupy|fill)|in\s+(?:the|that)\s+(?:post|job|role|position))\b")
_REASON = "who held the post before or after, or which holder in order: not checked"


def succession_not_checked(text: str) -> list[Unchecked]:
    """The successions and places in order the claim gives."""
    return not_checked_where(_SUCCESSION(), text, PartKind.OFFICE, _REASON)
