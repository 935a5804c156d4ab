"""The ceiling of what is known: a count of people separated far above every count any source
gives of them is contradicted, since this timeline's figures count the separated and the
largest of them is the most any source says."""

from __future__ import annotations

from ..model.enums import FigureStatus, Rank
from ..model.quantities import amount
from ..model.records import Figure
from .bounds import Interval
from .claims import NumberMention
from .figures import MEASURES, account_rank, describe_account, figure_accounts, same_unit
from .parts import Finding, PartKind, Verdict
from .statuses import statuses_in

BEYOND = 1.5  # a count of the separated this far above the largest any source gives is contradicted
CEILING_COUNTS = 5  # counts in the claim's unit needed before the largest is taken for a ceiling


def beyond_every_count(number: NumberMention, claim: Interval, statuses: frozenset[FigureStatus],
                        alike: list[Figure], about: Figure | None) -> Finding | None:
    """A number of people separated far above every count any source gives of them (the figures
    of this timeline count the separated: the largest is the ceiling of what is known). The
    finding names the count the claim is most about, and the ceiling."""
    if statuses != frozenset({FigureStatus.SEPARATED}) or number.unit in MEASURES:
        return None
    alike = [figure for figure in alike if figure.status is FigureStatus.SEPARATED
             or (figure.status is None and FigureStatus.SEPARATED in statuses_in(figure.label))]
    accounts = [(figure, account) for figure in alike for account in figure_accounts(figure)
                if same_unit(number, account) and account_rank(account) is not Rank.DEPRECATED]
    if len({figure.id for figure, _ in accounts}) < CEILING_COUNTS:
        # too few counts of this, in this unit, to know the ceiling: three counts of families over
        # parts of the period say nothing of all the families separated
        return None
    figure, largest = max(accounts, key=lambda pair: pair[1].value)
    if claim[0] <= BEYOND * largest.value:
        return None
    ceiling = f"the largest count of these any source gives ({len(alike)} figures): {describe_account(figure, largest)}"
    shown = about or figure
    differs = f"{number.text} for {amount(shown)}"
    if amount(largest) != amount(shown):  # the ceiling is another count: name it too
        differs += f", and at most {amount(largest)}"
    return Finding(number.text, PartKind.NUMBER, Verdict.CONTRADICTED, shown.id, describe_account(shown, shown),
                   tuple(dict.fromkeys((*shown.sources, *largest.sources))), ceiling, differs)
