"""A figure's accounts and units, as a number in a claim is compared with them: its own account
and its variants, what each counts ("kids" are children), and how a finding names it."""

from __future__ import annotations

import datetime as dt

from msgspec.structs import replace

from ..model.enums import Rank
from ..model.quantities import amount
from ..model.records import Figure, FigureVariant
from .claims import NumberMention
from .words import word_stem


def figure_accounts(figure: Figure) -> list[Figure | FigureVariant]:
    """The figure's own account, then its variants; a variant that gives no unit counts the
    figure's (a variant only states what differs)."""
    return [figure, *(replace(v, unit=figure.unit) if v.unit is None else v for v in figure.variants)]


def as_of(figure: Figure, day: dt.date) -> Figure | None:
    """The figure as it stood on a day: its latest account made by then, with the earlier ones as
    variants; None when every account was made later. A count given again and again (the parents
    not yet found: 545 in October, 666 in November) is the count of the day a text was written."""
    if figure.date is None or figure.date.plausible_first_day <= day:
        return figure
    made = [v for v in figure.variants if v.date is not None and v.date.plausible_first_day <= day]
    if not made:
        return None
    latest = max(made, key=lambda v: v.date.plausible_first_day if v.date else day)
    return replace(figure, value=latest.value, qualifier=latest.qualifier, date=latest.date,
                   sources=latest.sources, variants=tuple(v for v in made if v is not latest))


def account_rank(account: Figure | FigureVariant) -> Rank:
    return getattr(account, "rank", Rank.PREFERRED)


MEASURES = ("USD", "percent")  # units that are never a count of people or things
# Words for the same thing counted ("kids" are children; "minors" too).
_SAME_COUNT = {"kid": "child", "minor": "child", "youngst": "child", "toddler": "child", "infant": "child",
               "mother": "parent", "father": "parent", "famili": "family", "migrant": "people", "person": "people",
               "separa": "separation", "dollar": "USD"}


def _count_word(unit: str) -> str:
    stem = word_stem(unit.split()[-1]) if unit not in MEASURES else unit
    return _SAME_COUNT.get(stem, stem)


def same_unit(number: NumberMention, account: Figure | FigureVariant) -> bool:
    """Whether a number and an account count the same kind of thing. A number must say what it
    counts to be checked (see check_number); a source that gives no unit counts anything but
    money or a share."""
    if number.unit in MEASURES or account.unit in MEASURES:
        return number.unit == account.unit
    if number.unit is None or account.unit is None:
        return number.unit is None or (account.unit is None and number.unit not in MEASURES)
    return _count_word(number.unit) == _count_word(account.unit)


def kin_unit(number: NumberMention, account: Figure | FigureVariant) -> bool:
    """Whether a number and an account count the same thing, or families and parents (one parent
    to a family, mostly): the same count may be given in either."""
    if same_unit(number, account):
        return True
    if number.unit is None or account.unit is None or number.unit in MEASURES or account.unit in MEASURES:
        return False
    return {_count_word(number.unit), _count_word(account.unit)} == {_count_word("families"), _count_word("parents")}


def describe_account(figure: Figure, account: Figure | FigureVariant) -> str:
    when = f", {account.date.display()}" if account.date else ""
    return f"{amount(account)}: {figure.label}{when}"
