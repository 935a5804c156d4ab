"""Whether a claim says a count happened or was only expected, projected, estimated, aimed at or
set as a limit, and whether a figure of one such kind may speak for a claim of another."""

from __future__ import annotations

from ..model.enums import Modality
from .actions import phrases_in

_WORDS = {
    "expected": Modality.EXPECTED, "expects": Modality.EXPECTED, "anticipated": Modality.EXPECTED,
    "planned": Modality.EXPECTED, "would": Modality.EXPECTED, "could": Modality.EXPECTED,
    "projected": Modality.PROJECTED, "projects": Modality.PROJECTED, "forecast": Modality.PROJECTED,
    "estimated": Modality.ESTIMATED, "estimates": Modality.ESTIMATED,
    "estimate": Modality.ESTIMATED, "believed": Modality.ESTIMATED, "believes": Modality.ESTIMATED,
    "likely": Modality.ESTIMATED, "may have": Modality.ESTIMATED, "might have": Modality.ESTIMATED,
    "possibly": Modality.ESTIMATED, "potentially": Modality.ESTIMATED,
    "target": Modality.TARGET, "goal": Modality.TARGET,
    "deadline": Modality.LIMIT, "limit": Modality.LIMIT, "must": Modality.LIMIT, "no more than": Modality.LIMIT,
    "within": Modality.LIMIT, "requiring": Modality.LIMIT, "required": Modality.LIMIT,
}


def modality_in(text: str) -> Modality | None:
    """Whether the text says a thing happened or was only expected, projected, ...; None when it
    says neither (and so, in a claim, that it happened)."""
    found = [_WORDS[key] for key, _, _ in phrases_in(text, _WORDS)]
    return next((m for m in found if not m.happened), found[0] if found else None)


def modalities_agree(claimed: Modality, recorded: Modality) -> bool:
    """Whether a figure of one modality can speak for a claim of the other: what happened for
    what happened, what was only expected for what was expected, and a limit only for a limit.
    A claim that states as fact what a source only estimated ("463 parents who have been
    deported" for parents believed deported) is not the source's claim."""
    if (claimed is Modality.LIMIT) != (recorded is Modality.LIMIT):
        return False
    if recorded is Modality.ESTIMATED and claimed is Modality.RECORDED:
        return False
    return claimed.happened == recorded.happened


def modality_before(text: str, position: int) -> Modality | None:
    """The modality the nearest word before a position gives ("would result in a shortfall of
    $327 million and a shortage of 3,000 beds": both were projected)."""
    found = phrases_in(text[:position], _WORDS)
    return _WORDS[found[-1][0]] if found else None
