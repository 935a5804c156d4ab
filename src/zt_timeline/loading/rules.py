"""What a record must satisfy across its fields, beyond each field's own shape (schema.py).

A rule looks at the values read for one record or nested table (by the model's field names) and
gives the problem it finds, or None. Both ways of reading a record apply the same rules: the long
way reports the problem; the short way gives the record up to the long way when any rule finds one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

from ..model.accounts import Dispute, DisputeAccount
from ..model.enums import Rank
from ..model.records import (
    NO_ORIGINAL,
    Actor,
    Event,
    EventVariant,
    Figure,
    FigureVariant,
    QuoteVariant,
    Role,
    Source,
)
from .problems import ProblemCode


class Broken(NamedTuple):
    """What a rule found: the field to name, the problem's code, the message."""

    field: str
    code: ProblemCode
    message: str


Rule = Callable[[dict[str, Any]], Broken | None]


def _span_in_order(values: dict[str, Any]) -> Broken | None:
    """No end before the date."""
    start, end = values.get("date"), values.get("end")
    if start and end and end.last_day < start.first_day:
        return Broken("end", ProblemCode.BAD_VALUE, f"{end} is before 'date' {start}: expected 'date' or later")
    return None


def _tenure_in_order(values: dict[str, Any]) -> Broken | None:
    """No end of a tenure, or of a period a figure counts, before its start."""
    start, until = values.get("start"), values.get("until")
    if start and until and until.last_day < start.first_day:
        return Broken("until", ProblemCode.BAD_VALUE, f"{until} is before 'from' {start}: expected 'from' or later")
    return None


def _cites_a_source(values: dict[str, Any]) -> Broken | None:
    """An actor cites a source, itself or in one of its roles."""
    if values.get("sources") or any(role.sources for role in values.get("roles", ())):
        return None
    return Broken("sources", ProblemCode.MISSING, "is missing: cite a source for the actor or for one of its roles")


def _copy_named(values: dict[str, Any]) -> Broken | None:
    """`original = "none found"` goes with a copy and no address of an original."""
    if values.get("original") == NO_ORIGINAL and (values.get("url") or values.get("copy") is None):
        return Broken("original", ProblemCode.BAD_VALUE, f"is {NO_ORIGINAL!r}: expected a `copy` and no `url`")
    return None


def _two_accounts(values: dict[str, Any]) -> Broken | None:
    count = len(values.get("accounts", ()))
    if count >= 2:
        return None
    return Broken("accounts", ProblemCode.BAD_VALUE,
                  f"has {count} account(s): a dispute needs at least two accounts, each with its sources")


def _rank_explained(values: dict[str, Any]) -> Broken | None:
    """A deprecated account says in its note why it is an error."""
    if values.get("rank") is not Rank.DEPRECATED or values.get("note"):
        return None
    return Broken("note", ProblemCode.MISSING, "is missing: a deprecated account says in its note why it is an error")


RULES: dict[type, tuple[Rule, ...]] = {
    Source: (_copy_named,),
    Role: (_tenure_in_order,),
    Actor: (_cites_a_source,),
    Event: (_span_in_order,),
    Figure: (_tenure_in_order,),
    EventVariant: (_span_in_order, _rank_explained),
    QuoteVariant: (_rank_explained,),
    FigureVariant: (_rank_explained,),
    DisputeAccount: (_rank_explained,),
    Dispute: (_two_accounts,),
}
