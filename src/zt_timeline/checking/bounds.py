"""How a number is qualified ("more than", "nearly", "as many as"), as the interval of the values
it allows, against which a recorded count is weighed."""

from __future__ import annotations

import enum
import math


class Bound(enum.StrEnum):
    """How a number is qualified, as an interval of the values it allows."""

    EXACT = "exact"
    ABOUT = "about"  # about, approximately, around, roughly, some
    NEARLY = "nearly"  # nearly, almost: a little below
    MORE_THAN = "more than"  # more than, over
    AT_LEAST = "at least"
    FEWER_THAN = "fewer than"  # fewer than, less than, under
    AT_MOST = "at most"  # at most, up to
    IN_WEEKS = "in weeks"  # "three weeks" of a limit counted in days: any count of days that rounds to it


_BOUND_WORDS = {"no more than": Bound.AT_MOST, "no fewer than": Bound.AT_LEAST, "no less than": Bound.AT_LEAST,
                "more than": Bound.MORE_THAN, "over": Bound.MORE_THAN, "nearly": Bound.NEARLY,
                "almost": Bound.NEARLY, "close to": Bound.ABOUT, "just over": Bound.MORE_THAN,
                "well over": Bound.MORE_THAN, "upwards of": Bound.MORE_THAN, "in excess of": Bound.MORE_THAN,
                "just under": Bound.NEARLY, "just below": Bound.NEARLY,
                "just short of": Bound.NEARLY, "about": Bound.ABOUT, "approximately": Bound.ABOUT,
                "around": Bound.ABOUT, "roughly": Bound.ABOUT, "some": Bound.ABOUT, "an estimated": Bound.ABOUT,
                "at least": Bound.AT_LEAST, "at most": Bound.AT_MOST, "fewer than": Bound.FEWER_THAN,
                "less than": Bound.FEWER_THAN, "under": Bound.FEWER_THAN, "up to": Bound.AT_MOST,
                "as many as": Bound.AT_MOST, "exactly": Bound.EXACT, "only": Bound.EXACT}
APPROXIMATE_SHARE = 0.03  # "about 280" allows 3% either way: 271.6 to 288.4
FEWER_THAN_FLOOR = 0.5  # "fewer than" and "under" a number: a count of at least half of it
HALF_WEEK = 3.5
AT_MOST_FLOOR = 0.8  # "as many as" and "up to" name the top of what was counted: at least four fifths of it


def bound_of(qualifier: str | None) -> Bound:
    """The bound a qualifier as written means ('approximately' is ABOUT); none is EXACT."""
    return _BOUND_WORDS.get(" ".join((qualifier or "").casefold().split()), Bound.EXACT)


Interval = tuple[float, float, bool, bool]  # (low, high, low included, high included)


def interval(value: float, bound: Bound) -> Interval:
    """(low, high, low included, high included) of the values a qualified number allows."""
    if bound is Bound.ABOUT:
        return value * (1 - APPROXIMATE_SHARE), value * (1 + APPROXIMATE_SHARE), True, True
    if bound is Bound.NEARLY:
        return value * 0.9, value, True, False
    if bound is Bound.MORE_THAN:
        return value, math.inf, False, False
    if bound is Bound.AT_LEAST:
        return value, math.inf, True, False
    if bound is Bound.FEWER_THAN:
        # "Under 2,000 children were separated": a count below it, not any count below it (658 of
        # two weeks is not it)
        return value * FEWER_THAN_FLOOR, value, True, False
    if bound is Bound.AT_MOST:
        # "As many as 2,551 children": a count near that, not any count below it (103 is not it).
        return value * AT_MOST_FLOOR, value, True, True
    if bound is Bound.IN_WEEKS:
        # "released within three weeks" of the 20 days the Flores agreement allows: weeks are a
        # coarser unit, so a count of days within half a week of it is that many weeks.
        return value - HALF_WEEK, value + HALF_WEEK, True, False
    return value, value, True, True
