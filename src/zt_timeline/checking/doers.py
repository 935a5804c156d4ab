"""Who did the act of the event a claim is about (or that a count it gives is of): checked once
the claim's date, number or words have shown which record it is (people.check_agent), and not
judged when the claim may as well mean another record of that day (one of the person it names,
or one it says what was done of); nor is a date supported by a record none of the people the
claim names is on when another record of that day is what the claim says."""

from __future__ import annotations

from collections.abc import Iterator

from msgspec.structs import replace

from ..model.dates import Precision
from ..model.enums import Action
from ..model.records import ActorKind, Event, Figure
from .about import ONCE
from .actions import ActMention
from .claim_dates import DateMention
from .denials import asserted
from .index import ClaimIndex, Entry
from .parts import Finding, PartKind, Unchecked, Verdict
from .people import check_agent
from .says_what import says_what
from .subject import Subject, qualifies
from .words import content_words


def doer_and_post(index: ClaimIndex, subject: Subject, about: Entry, findings: list[Finding],
                  dates: tuple[DateMention, ...]) -> tuple[list[Finding], list[Unchecked]]:
    """Who the claim says did the event it is about, and the post of an act done once: the
    findings as they then stand, and the parts not checked."""
    findings, agent = judge_doer(index, subject, about, findings, not dates or any(
        mention.date.precision is Precision.DAY for mention in dates))
    unchecked = [agent] if isinstance(agent, Unchecked) else []
    if isinstance(agent, Finding):
        findings.append(agent)
    if about.action in ONCE or any(act.action in ONCE for act in subject.acts):
        from .posts import post_not_checked  # (loaded only for a claim about an act done once)

        people = [actor for actor, _, _ in subject.mentions if actor.kind is ActorKind.PERSON
                  and actor.id in about.actors | about.by]
        acting = any("acting" in role.title.casefold() for actor in people for role in actor.roles) if people else None
        if (post := post_not_checked(subject, about.title, about.record.id, acting)) is not None:
            findings.append(post)
    return findings, unchecked


def judge_doer(index: ClaimIndex, subject: Subject, about: Entry, findings: list[Finding], to_the_day: bool = True
               ) -> tuple[list[Finding], Finding | Unchecked | None]:
    """The doer the claim names against the record's, and the findings as they then stand.
    `to_the_day`: the claim gives a day (or no date), not only a month or a year."""
    decisive = any(f.record == about.record.id and f.verdict in (Verdict.SUPPORTED, Verdict.DISPUTED)
                   and f.kind in (PartKind.DATE, PartKind.NUMBER, PartKind.QUOTATION) for f in findings)
    agent = check_agent(index.timeline, subject, about, decisive)
    undated = not any(f.kind not in (PartKind.OFFICE, PartKind.PARTY) for f in findings)  # who held what says not
    # (what was done, not who: "Trump announced Rosenstein will become acting attorney general" is
    # no act of his the data has; a person's act done once is theirs: "Nielsen was confirmed")
    once_theirs = about.action in ONCE and bool(subject.actors & (about.actors | about.by))
    if not decisive and undated and (once_theirs or says_what(index, about, subject)):
        # Nothing dated or counted: the act and subject single out the record, and who did it
        # may support the claim, never contradict it (it may be about a like event the data lacks).
        single = check_agent(index.timeline, subject, about, True)
        if isinstance(single, Finding) and single.verdict is Verdict.SUPPORTED:
            agent = replace(single, note="the claim's act and subject single out this record")
        elif agent is None and about.action in ONCE:
            agent = _whose(index, subject, about)
    if isinstance(agent, Finding) and agent.verdict is Verdict.SUPPORTED and not decisive \
            and not any(asserted(subject.text, act) for act in _said_done(subject)):
        # "Sessions did not announce zero tolerance", "Nielsen refused to resign": the act is
        # the record's, but the claim does not say it was done.
        agent = replace(agent, verdict=Verdict.UNVERIFIED, record=None,
                        note="the claim does not say it was done (denied, doubted, or only meant or to come), "
                             "which zt does not judge")
    if isinstance(agent, Finding) and agent.verdict is Verdict.CONTRADICTED and about.action not in ONCE \
            and not to_the_day and not says_what(index, about, subject) \
            and not any(f.record == about.record.id and f.kind is not PartKind.DATE
                        and f.verdict is Verdict.SUPPORTED for f in findings):
        # "Merkley first visited the border camps back in June": others visit, meet and testify in
        # the same month as the record's doer; only its month shows the claim is about this one
        findings = [f for f in findings if f.record != about.record.id]
        return findings, replace(agent, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                                 note=f"the claim is not shown to be about {about.record.id} beyond its month and "
                                      "kind of act, which others do too")
    if isinstance(agent, Finding) and agent.verdict is Verdict.CONTRADICTED and about.action not in ONCE \
            and not says_what(index, about, subject) and _another_that_day(index, subject, about):
        # "Sessions signed a memo on April 6, 2018, directing prosecutors to adopt zero tolerance":
        # the day and the kind of act are those of Trump's memo, but Sessions did something that
        # day too (or the claim's words are another record's of that day), and nothing else shows
        # the claim is about Trump's: neither who did it nor the day is judged.
        findings = [f for f in findings if f.record != about.record.id]
        agent = replace(agent, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                        note=f"the claim is not shown to be about {about.record.id} beyond its day and kind of act")
    return findings, agent


def _said_done(subject: Subject) -> tuple[ActMention, ...]:
    """The acts the claim says someone did (its verbs), else the ones it names ("the resignation of")."""
    return tuple(act for act in subject.acts if act.is_verb) or subject.acts


def _whose(index: ClaimIndex, subject: Subject, about: Entry) -> Finding | None:
    """For an act a person does once and the claim names no doer of ("Congress confirms Kirstjen
    Nielsen as secretary"): the person it was done to, when the record's title names them."""
    doers = subject.agents()
    for actor, _, end in subject.mentions:
        if actor.kind is ActorKind.PERSON and actor.id not in doers and actor.id in about.actors | about.by \
                and frozenset(content_words(actor.name)) & about.title and not qualifies(subject.text, end):
            act = next((act for act in subject.acts if act.action in ONCE), None)
            if act is None:
                return None
            return Finding(f"{actor.name} {act.text}", PartKind.AGENT, Verdict.SUPPORTED, about.record.id,
                           f"{about.record.id}: {index.timeline.actor_name(actor.id)}", about.record.sources,
                           "the person and the act single out this record")
    return None


def _another_that_day(index: ClaimIndex, subject: Subject, about: Entry) -> bool:
    """Whether another record of the day of the record the claim was matched to may be what it
    means: one of the person it says did the act, or one it says what was done of ("Nielsen
    ordered a zero-tolerance policy on Friday": the announcement of zero tolerance that day, not
    Trump's memo)."""
    agents = subject.agents()
    return any(agents & (entry.by | entry.actors) or says_what(index, entry, subject)
               for entry in _others_that_day(index, about))


def _others_that_day(index: ClaimIndex, about: Entry) -> Iterator[Entry]:
    """The other records dated the day of the one a claim was matched to."""
    if about.date is not None:
        yield from (entry for entry in index.entries if entry is not about and entry.date == about.date)


def with_its_people(index: ClaimIndex, finding: Finding, subject: Subject) -> Finding:
    """A date supported by a record the claim does not say what of, that none of the people the
    claim names is on, while another record of that day is what it says, is not shown to be that
    record's ("Nielsen on April 6, 2018 ordered a zero-tolerance policy" is not supported by
    Trump's memo of that day: the policy announced that day is what it speaks of)."""
    entry = index.by_id.get(finding.record or "")
    people = {actor.id for actor, _, end in subject.mentions if actor.kind is ActorKind.PERSON
              and not qualifies(subject.text, end)}  # ("the Trump administration" names no one)
    if finding.verdict is not Verdict.SUPPORTED or entry is None or not people \
            or people & (entry.actors | entry.by) or says_what(index, entry, subject) \
            or not any(says_what(index, other, subject) for other in _others_that_day(index, entry)):
        return finding
    return replace(finding, verdict=Verdict.UNVERIFIED, record=None,
                   note=f"not shown to be about {entry.record.id}: none of the people the claim names is on it")


def doer_of_its_event(index: ClaimIndex, subject: Subject, about: Entry, findings: list[Finding]
                      ) -> Finding | Unchecked | None:
    """Who the claim says did the event a count it gives is of, against who did it, where the claim
    says what that event was ("will send 35 prosecutors ..., Sessions announced"); not where the
    count was only reported there (the class widened in 2019 is not the order of 2018 to reunite
    2,800 children), nor who said a count, which many do."""
    event = index.by_id.get(getattr(about.record, "event", None) or "")
    if event is None or not isinstance(event.record, Event) or not says_what(index, event, subject) \
            or not any(act.is_verb and act.action not in (Action.STATE, Action.REPORT) for act in subject.acts):
        return None
    counts = {entry.record.id for entry in index.entries
              if isinstance(entry.record, Figure) and entry.record.event == event.record.id}
    _, agent = judge_doer(index, subject, event,
                          [replace(f, record=event.record.id) if f.record in counts else f for f in findings])
    return agent
