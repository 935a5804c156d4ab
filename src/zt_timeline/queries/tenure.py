"""Who held which role on a date, honest about how precisely each tenure is known.

A role's `from` and `until` keep their precision: `until = "2018-11"` says the role ended on
some day of November 2018, so on 15 Nov 2018 it may or may not still have been held. Such a
date is reported as uncertain, never as a fact. A role with no `until` is "not known to have
ended", which is not the same as known to go on: after its start it is uncertain too.

A boundary written as uncertain or approximate ("2017-12-06?", "2019-05~") may be off by
the next larger unit (see PartialDate.plausible_first_day): around it, the role is uncertain.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable

import msgspec

from ..model.dates import PartialDate, Precision
from ..model.records import Actor, Role


class TenureStatus(enum.StrEnum):
    HELD = "held"  # held on every day asked about, by the recorded dates
    PARTLY = "partly"  # held on some of the days asked about (a month or year), not all
    UNCERTAIN = "uncertain"  # may have been held: a boundary is known only to the month or year, or not recorded
    NOT_HELD = "not held"
    UNDATED = "undated"  # neither start nor end is recorded

    @property
    def possibly_held(self) -> bool:
        return self in (TenureStatus.HELD, TenureStatus.PARTLY, TenureStatus.UNCERTAIN)


class Tenure(msgspec.Struct, frozen=True, gc=False):
    actor: Actor
    role: Role
    status: TenureStatus
    reason: str  # why the status is what it is, in a few words ("" when plainly held)


def _vague(label: str, date: PartialDate) -> str | None:
    if date.qualifier is not None:
        return f"{label} is recorded as {date.qualifier.meaning} ({date.display()})"
    if date.precision is Precision.DAY:
        return None
    missing = "day" if date.precision is Precision.MONTH else "month and day"
    return f"{label} is recorded only as {date.display()} (no {missing})"


def role_status(role: Role, when: PartialDate) -> tuple[TenureStatus, str]:
    """The status of one role over the span `when` names (a day, a month or a year)."""
    start, until = role.start, role.until
    if start is None and until is None:
        return TenureStatus.UNDATED, "no dates recorded"
    asked_first, asked_last = when.first_day, when.last_day
    if until is not None and until.plausible_last_day < asked_first:
        return TenureStatus.NOT_HELD, f"ended {until.display()}"
    if start is not None and start.plausible_first_day > asked_last:
        return TenureStatus.NOT_HELD, f"began {start.display()}"
    # The days on which the role was certainly held, if both ends are recorded.
    sure_first: dt.date | None = start.plausible_last_day if start else None
    sure_last: dt.date | None = until.plausible_first_day if until else None
    if sure_first and sure_last and sure_first <= sure_last:
        if sure_first <= asked_first and asked_last <= sure_last:
            return TenureStatus.HELD, ""
        if sure_first <= asked_last and asked_first <= sure_last:
            edges = [f"from {start.display()}" if start and sure_first > asked_first else None,
                     f"until {until.display()}" if until and sure_last < asked_last else None]
            return TenureStatus.PARTLY, f"held only part of {when.display()} ({', '.join(filter(None, edges))})"
    reasons = [
        "no start recorded" if start is None else _vague("the start", start),
        "no end recorded" if until is None else _vague("the end", until),
    ]
    return TenureStatus.UNCERTAIN, "; ".join(filter(None, reasons))


def actor_tenures(actor: Actor, when: PartialDate) -> tuple[Tenure, ...]:
    """Every role of one actor with its status on `when`, held or not."""
    return tuple(Tenure(actor, role, *role_status(role, when)) for role in actor.roles)


def tenures_on(actors: Iterable[Actor], when: PartialDate) -> tuple[Tenure, ...]:
    """Every role of the actors with its status on `when`, in the actors' order."""
    return tuple(tenure for actor in actors for tenure in actor_tenures(actor, when))
