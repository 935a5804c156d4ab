"""Which accounts of a figure imply a claim's number, and the verdict they give: supported;
disputed when another account of the same count at the same time rules it out; contradicted
when only an account ranked as an error says what the claim says."""

from __future__ import annotations

from ..model.enums import Rank
from ..model.quantities import amount
from ..model.records import Figure
from .bounds import Bound, Interval, bound_of, interval
from .claims import NumberMention
from .figures import account_rank, describe_account, figure_accounts, same_unit
from .parts import Finding, PartKind, Verdict, errors_note, relation

FLOOR_REACH = 1.5  # "more than N" speaks for a count up to this many times N, no further


def far_above(number: NumberMention, value: float) -> bool:
    """Whether a count is far above a floor the claim gives ("at least 600" of 2,047 children, "over
    1,800" of 2,816): the claim is not false, but a count so far above it does not show it is
    about that count, so it does not support it (nor contradict it)."""
    return number.bound in (Bound.MORE_THAN, Bound.AT_LEAST) and value > FLOOR_REACH * number.value


def implying(number: NumberMention, claim: Interval, figure: Figure) -> list[int]:
    """The positions (0 the figure's own) of the accounts whose value implies the claim's: the
    figure's own first, then those of the same count at the same time, then the others."""
    accounts = figure_accounts(figure)
    found = [position for position, account in enumerate(accounts)
             if same_unit(number, account) and not far_above(number, account.value)
             and relation(claim, interval(account.value, bound_of(account.qualifier))) == "implies"]
    return sorted(found, key=lambda position: (account_rank(accounts[position]) is Rank.DEPRECATED, position != 0,
                                               accounts[position].date != figure.date))


def number_finding(number: NumberMention, claim: Interval, figure: Figure, position: int) -> Finding:
    """The verdict on a figure one of whose accounts implies the claim: disputed when another
    account of the same count at the same time rules it out (or the figure's own does), unless
    that account is ranked as an error; contradicted when only an error says what the claim says."""
    accounts = figure_accounts(figure)
    account = accounts[position]
    if account_rank(account) is Rank.DEPRECATED:
        return Finding(number.text, PartKind.NUMBER, Verdict.CONTRADICTED, figure.id, describe_account(figure, figure),
                       figure.sources, errors_note([(amount(account), account.sources, account.note)]),
                       f"{number.text} for {amount(figure)}")
    same_time = [a for a in accounts if a is not account and same_unit(number, a)
                 and (a.date is None or account.date is None or a.date == account.date)]
    against = [a for a in same_time if relation(claim, interval(a.value, bound_of(a.qualifier))) != "implies"
               and (a is figure or relation(claim, interval(a.value, bound_of(a.qualifier))) == "apart")]
    errors = [a for a in against if account_rank(a) is Rank.DEPRECATED]
    against = [a for a in against if a not in errors]
    note = errors_note([(amount(a), a.sources, a.note) for a in errors])
    if against:
        sides = "; ".join(f"{amount(a)} ({', '.join(a.sources)})" for a in (account, *against))
        return Finding(number.text, PartKind.NUMBER, Verdict.DISPUTED, figure.id,
                       f"{figure.label}: the sources count it differently: {sides}",
                       tuple(dict.fromkeys(s for a in (account, *against) for s in a.sources)), note)
    return Finding(number.text, PartKind.NUMBER, Verdict.SUPPORTED, figure.id, describe_account(figure, account),
                   account.sources, note)
