"""An office named without a name ("the Homeland Security secretary resigned", "the former head
of the Office of Refugee Resettlement told a House panel"): read as the one person who held it
then, so that who did what can be checked as if the claim had named them.

"Then" is the date of the office's clause, else the claim's one date, else the date the text was
written; a "former" holder held it before that. Where more than one person may have held it then
(a month in which it changed hands), or no date says when, nobody is read into the claim.
"""

from __future__ import annotations

import functools
import re

from ..model.dates import PartialDate
from ..model.records import Actor, ActorKind
from ..model.timeline import Timeline
from ..queries.tenure import TenureStatus, role_status
from .claim_dates import DateMention
from .clauses import date_beside
from .offices import FORMER, Office, holders_of, offices
from .parts import Finding, PartKind, Verdict
from .patterns import deferred
from .subject import Subject
from .transcripts import introduced

# Offices as a text names them by their head alone, beside the titles offices.py reads.
_HEADS = {"Director of the Office of Refugee Resettlement":
          r"\b(?:head|director|chief|leader) of (?:the )?(?:hhs(?:['’]s?)? |federal )?office of refugee resettlement\b",
          "Director of U.S. Immigration and Customs Enforcement":
          r"\b(?:head|director|chief|leader) of (?:u\.s\. )?immigration and customs enforcement\b"}
_NAME_AFTER = deferred(r"[\s,]*(?:(?:the|then|acting|former)\s+)*[A-Z][a-z]")  # "Secretary Kirstjen Nielsen"
# An office as a post someone is given or held, not as a person ("confirmed as Homeland Security
# secretary", "will become the acting DHS secretary", "his first day as attorney general").
_POST = deferred(r"\b(?:as|to\s+be|become|becomes|became|named|new|next|acting|serve|served|is|was)\s+"
                 r"(?:(?:the|a|an|new|next|acting|U\.S\.|United\s+States)\s+)*$", re.I)


def holders_named(timeline: Timeline, subject: Subject, dates: tuple[DateMention, ...],
                  written: PartialDate | None) -> tuple[Subject, tuple[Finding, ...]]:
    """The claim with each office it names without a name read as its one holder then (as if
    the claim named them there), and a part for each that says who it was read as."""
    folded = subject.text.casefold()
    named = [office for office in offices() if office.may_be_in(folded)]
    mentions = list(subject.mentions)
    read: list[Finding] = []
    for office in named:
        for match in _written(office, folded).finditer(subject.text):
            start, end = match.span()
            inside = [m for m in mentions if m[1] < end and start < m[2]]
            intro = introduced(subject.text, start, end)  # ("Here is the Attorney General:" is no post)
            if (_POST().search(subject.text[max(0, start - 40) : start]) and not intro) \
                    or _beside_a_name(subject, start, end) \
                    or any(actor.kind is ActorKind.PERSON for actor, _, _ in inside):
                continue
            former = bool(FORMER().search(subject.text[max(0, start - 14) : start]))
            when = date_beside(subject.text, start, dates) or (written if not dates else None)
            holder = _one_holder(timeline, office, when, former)
            if holder is None:
                continue
            actor, title = holder
            # ("the Homeland Security secretary" is a person, not the department it names)
            trial = [m for m in mentions if m not in inside] + [(actor, start, end)]
            if actor.id in subject.actors or not (_does_an_act(subject, sorted(trial, key=lambda m: m[1]), actor)
                                                  or intro):
                continue  # read only as who did or said what the claim says, never as a post or a body
            mentions = trial
            then = f" before {when.display()}" if former and when else (f" on {when.display()}" if when else "")
            read.append(Finding(f"{match.group(0)} ({actor.name})", PartKind.OFFICE, Verdict.SUPPORTED, actor.id,
                                title, tuple(dict.fromkeys(s for role in actor.roles if office.holds(role.title)
                                                           for s in role.sources)),
                                f"read as the one holder of the office{then}"))
    if not read:
        return subject, ()
    mentions.sort(key=lambda mention: mention[1])
    return Subject(subject.text, subject.words, frozenset(actor.id for actor, _, _ in mentions),
                   tuple(mentions), subject.acts, subject.written, subject.reporting), tuple(read)


def _does_an_act(subject: Subject, mentions: list[tuple[Actor, int, int]], actor: Actor) -> bool:
    """Whether, read as that person, the office is who did one of the claim's acts."""
    trial = Subject(subject.text, subject.words, subject.actors, tuple(mentions), subject.acts)
    return any(act.is_verb and trial.agent(act) is actor for act in subject.acts)


def _written(office: Office, folded: str) -> re.Pattern[str]:
    """The office as a text writes it; also by its head alone, where the text may say so."""
    head = _HEADS.get(office.name)
    return _with_head(office) if head and " of " in folded and any(
        word in folded for word in ("head", "director", "chief", "leader")) else office.written


@functools.cache  # compiled for an office a claim names by its head, once
def _with_head(office: Office) -> re.Pattern[str]:
    return re.compile(f"(?:{office.how_written})|{_HEADS[office.name]}", re.I)


def _beside_a_name(subject: Subject, start: int, end: int) -> bool:
    """Whether the office is a title of a name the claim gives beside it ("Attorney General Jeff
    Sessions", "Nielsen, the homeland security secretary"): offices.py checks those."""
    if _NAME_AFTER().match(subject.text, end):  # (a name the data may not know: "President Barack Obama")
        return True
    before = subject.text[max(0, start - 30) : start]
    return any(start - 30 <= e <= start and actor.kind is ActorKind.PERSON and "," in before[e - start + 30:]
               for actor, _, e in subject.mentions)


def _one_holder(timeline: Timeline, office: Office, when: PartialDate | None,
                former: bool) -> tuple[Actor, str] | None:
    """The one person who held the office then (or, "former", before then; or ever, when no date
    says when and the data knows one holder only)."""
    found: dict[str, tuple[Actor, str]] = {}
    for actor, role in holders_of(timeline, office):
        if when is None:
            found[actor.id] = (actor, role.title)
            continue
        status, _ = role_status(role, when)
        if former:
            if role.until is not None and role.until.plausible_last_day < when.first_day:
                found[actor.id] = (actor, role.title)
        elif status is TenureStatus.HELD:
            found[actor.id] = (actor, role.title)
        elif status.possibly_held:
            return None  # it may have changed hands then: who held it is not known
    if when is None and not former:
        return None
    return next(iter(found.values())) if len(found) == 1 else None
