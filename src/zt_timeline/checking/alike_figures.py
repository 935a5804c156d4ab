"""Which figures count what a number of a claim counts: the same thing happened to what they
count, in the same way (done, or only expected), or one report gave both; and how far apart two
numbers are."""

from __future__ import annotations

import functools
import math

from ..model.enums import FigureStatus, Modality
from ..model.records import Figure
from .about import rarity
from .claims import NumberMention
from .index import ClaimIndex, Entry
from .modality import modalities_agree
from .statuses import deed_words
from .words import content_words


def same_report(figure: Figure, other: Figure) -> bool:
    """Whether two figures come from one report: the same event, or the same date and sources."""
    if figure.id == other.id:
        return False
    if figure.event and figure.event == other.event:
        return True
    return figure.date is not None and figure.date == other.date and bool(set(figure.sources) & set(other.sources))


def distance(a: float, b: float) -> float:
    """How far apart two numbers are, as a ratio (728 is nearer 628 than 5,500)."""
    return abs(math.log((a or 0.5) / (b or 0.5)))


# Counts of the separated are counts of those identified as separated, and the other way round.
ALIKE = {FigureStatus.SEPARATED: FigureStatus.IDENTIFIED, FigureStatus.IDENTIFIED: FigureStatus.SEPARATED}


def widened(statuses: frozenset[FigureStatus]) -> frozenset[FigureStatus]:
    return statuses | {ALIKE[status] for status in statuses if status in ALIKE}


def counts_alike(entry: Entry, statuses: frozenset[FigureStatus], modality: Modality) -> bool:
    """Whether a figure counts what happened as the claim says: the same thing happened to what
    it counts (when both say), and it happened, or was only expected, alike."""
    if statuses and entry.statuses and FigureStatus.OTHER not in entry.statuses \
            and not widened(entry.statuses) & widened(statuses):
        return False
    return modalities_agree(modality, entry.modality)


SETS_APART = 0.6  # how rare among the figures a shared label word must be to set one apart


def sets_apart(index: ClaimIndex, figure: Figure, words: frozenset[str]) -> bool:
    """Whether the claim shares with the figure's label a word that few figures have, other than
    the words for what happened ("found", "separated"): its place, its group, its kind."""
    figures = [entry for entry in index.entries if isinstance(entry.record, Figure)]
    entry = index.by_id[figure.id]
    return any(rare >= SETS_APART for word, rare in rarity(figures, words - deed_words()).items()
               if word in entry.title)


def statuses_known(statuses: frozenset[FigureStatus], entry: Entry) -> bool:
    """Whether the claim and the figure both say what happened to what is counted, and the same,
    so that a number that differs is a wrong number and not a count of something else (a figure
    of money or a share counts no people: what it is, its label says)."""
    if entry.statuses == frozenset({FigureStatus.OTHER}) or not (entry.statuses or statuses):
        return True  # neither says (or the figure's label does): what it counts, its words say
    return bool(widened(entry.statuses) & widened(statuses))  # (the separated are those identified as such)


_CHANGE = ("increase", "decrease", "rise", "rose", "jump", "drop", "fell", "fall", "growth", "grew", "surge", "decline")
_CHANGE_STEMS = frozenset(content_words(" ".join(_CHANGE) + " increased percent number"))


def percents_alike(text: str, number: NumberMention, entry: Entry) -> bool:
    """Whether a percentage is of the same kind as a figure's: a change ("a 37 percent increase")
    or a share ("32% of all adult immigrants"); a share is not judged against a change."""
    if number.unit != "percent":
        return True
    around = text[max(0, number.start - 30) : number.end + 30].casefold()
    a_change = any(word in around for word in _CHANGE)
    a_share = text[number.end : number.end + 4].lstrip().startswith("of ")
    if not (a_change or a_share) or (a_change and a_share):
        return True
    assert isinstance(entry.record, Figure)
    label = entry.record.label.casefold()
    if a_change != any(word in label for word in _CHANGE):
        return False
    # A change of what? "family units increased by 435 percent" is no rise in all border crossings:
    # the words around the number must share one with the label (its title words), other than the
    # words of change.
    shared = {word for word in _near(text, number.start, number.end) & entry.title if not word.isdigit()}
    return not a_change or bool(shared - _CHANGE_STEMS)


@functools.lru_cache(maxsize=256)  # (asked once for each figure a percentage is weighed against)
def _near(text: str, start: int, end: int) -> frozenset[str]:
    return frozenset(content_words(text[max(0, start - 60) : end + 60]))
