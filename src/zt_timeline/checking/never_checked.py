"""The parts of a claim zt finds but never checks, each of which keeps the claim from being
supported whole: a time counted from another event ("three days after"), whose care people were
in, who came before or after in a post, which of several events of a kind. Each has its module;
this gathers them for the checker."""

from __future__ import annotations

from .claims import ParsedClaim
from .custody import custody_not_checked
from .ordinals import order_not_checked
from .parts import PartKind, Unchecked
from .succession import succession_not_checked

_OFFSET = "a time counted from another event the claim names, whose date it does not give: not checked"


def never_checked(parsed: ParsedClaim, text: str) -> list[Unchecked]:
    """The parts of the claim (`text`: its words outside quotations) zt does not check."""
    return [*(Unchecked(offset, PartKind.DATE, _OFFSET) for offset in parsed.offsets),
            *custody_not_checked(text),
            *succession_not_checked(text),
            *order_not_checked(text)]
