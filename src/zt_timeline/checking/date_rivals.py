"""When a record that has a claim's date is not the one it belongs to: a better candidate of the
very act the claim names rules the date out, or the claim gives that record's own day as the
bound of what it says ("ruled ... that children be returned by July 10")."""

from __future__ import annotations

from msgspec.structs import replace

from .claim_dates import DateMention
from .date_accounts import dates_relation, entry_accounts
from .index import ClaimIndex, Entry
from .parts import Finding, Verdict
from .says_what import says_what
from .subject import Subject


def another_of_its_dates(finding: Finding, mention: DateMention, bounds: tuple[DateMention, ...],
                         index: ClaimIndex) -> Finding:
    """A date contradicted by a record whose own date the claim gives as the bound of what it
    says ("In late June, a judge ruled that ... be returned by July 10": the record of July 10 is
    the deadline's, and the claim says the ruling was in June)."""
    entry = index.by_id.get(finding.record or "")
    if finding.verdict is not Verdict.CONTRADICTED or entry is None or entry.date is None:
        return finding
    for other in bounds:
        if other is not mention and any(dates_relation(other, start, end) == "implies"
                                        for start, end, *_ in entry_accounts(entry)):
            return replace(finding, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                           note=f"the claim gives {entry.record.id}'s own date as another of its dates "
                                f"({other.text}): this one may be of another act")
    return finding


OUTWEIGHED = 0.8  # a record scoring under this share of the best, which dates it otherwise, does not speak for it


def outweighed(index: ClaimIndex, mention: DateMention, subject: Subject, pool: list[tuple[float, Entry]],
                entry: Entry) -> bool:
    """Whether a record that has the claim's date is clearly less what the claim is about than the
    best candidate, which is of the very act the claim names (the other only of its family) and
    rules the date out, and the claim does not say what of it was done:
    "Sessions announced the policy in April 2017, saying every immigrant ... would be prosecuted"
    is about zero tolerance (April 2018), not shown to be about his memo of April 2017."""
    if not pool or pool[0][1] is entry:
        return False
    best_score, best = pool[0]
    score = next((score for score, other in pool if other is entry), None)
    named = {act.action for act in subject.acts if act.is_verb}
    if score is None or score >= OUTWEIGHED * best_score or best.date is None or says_what(index, entry, subject) \
            or best.action not in named or entry.action in named:
        return False  # (only the very act the claim names outweighs another of its family)
    return all(dates_relation(mention, start, end) == "apart" for start, end, *_ in entry_accounts(best))
