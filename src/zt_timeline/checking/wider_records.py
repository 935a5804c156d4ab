"""Records a date may be checked against that other words of the claim than its own clause
found: those the whole claim is about, and the records its numbers or quotations were found in.
A date's own clause may rule them out: its verbs, said of someone, may name another act."""

from __future__ import annotations

from collections.abc import Iterator

from ..model.enums import Action
from ..model.records import Figure
from .about import MARGIN, candidates, done_once, own_acts
from .actions import family
from .index import ClaimIndex, Entry
from .subject import Subject


def widened(index: ClaimIndex, subject: Subject, wider: Subject | None, anchors: list[Entry]) -> Iterator[Entry]:
    """The records the whole claim's words are about, looked for only when the clause's own found
    none with the date. They may support a date only when the claim quotes nothing (words said
    another day are not these), and a claim that names people only by a record of theirs."""
    if wider is None or anchors:
        return
    # (of the acts a person does once, the very one the claim names: "nominated Homan" is not his
    # appointment as acting director, where the data has both)
    # (nor a record of another act than the clause's own verb: "After the ACLU sued ... in late June,
    # a judge ordered ...": June is the suit's, not the order's)
    pool = own_acts(candidates(index, wider), done_once(wider))
    # (and only those that stand with the best: a record tenth in line that happens to share the
    # date is not shown to be what the claim is about)
    for entry in (entry for score, entry in pool if score * MARGIN >= pool[0][0]):
        if (not subject.actors or subject.actors & (entry.actors | entry.by)) \
                and its_verbs_allow(index, subject, entry):
            yield entry


def its_verbs_allow(index: ClaimIndex, subject: Subject, entry: Entry) -> bool:
    """Whether a record found by other words of the claim may be what a date's clause says was
    done: not when the clause's own verbs, each said of someone, name other acts ("After the ACLU
    sued ... in late June, a judge ordered ... within 30 days": June is the suit's, not the order's)."""
    verbs = [act for act in subject.acts if act.is_verb]
    if not verbs:
        return True
    action = entry.action
    counted: frozenset[Action] = frozenset()
    if isinstance(entry.record, Figure):  # a count is of its event's act, and of what was done to what it counts
        counted = DONE_TO_THE_COUNTED
        if action is None and entry.record.event in index.by_id:
            action = index.by_id[entry.record.event].action
    return any(subject.agent(act) is None or act.action in (Action.STATE, Action.REPORT) or act.action in counted
               or (action is not None and action in family(act.action)) for act in verbs)


DONE_TO_THE_COUNTED = frozenset({Action.SEPARATE, Action.REUNITE, Action.DEPORT, Action.PROSECUTE})
