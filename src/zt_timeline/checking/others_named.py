"""Others a claim names beside who did its act: people and bodies the record it is about does
not name ("a complaint to the Justice Department" about one made to DHS), parties named but on
no record, and whom an act called on; each a part zt cannot check, so the claim is not
supported whole."""

from __future__ import annotations

import re

from ..model.enums import Action
from ..model.records import Actor, ActorKind, Event, Figure, Quote
from ..model.timeline import Timeline
from .index import Entry
from .parts import Finding, PartKind, Verdict
from .patterns import deferred
from .people import NAME, stranger
from .subject import Subject, qualifies


def strangers(timeline: Timeline, subject: Subject, about: Entry, offices: tuple, findings: list[Finding]
               ) -> list[Finding]:
    """The people and organizations the claim names that the record it is about does not: the
    claim may give the event a party it did not have ("a complaint to the Justice Department"
    about one made to DHS), which zt cannot check, so the claim is not supported."""
    on_record = about.actors | about.by  # a record that names no one has no one the claim may name
    checked = {f.record for f in findings if f.kind is PartKind.AGENT}
    named = {f.part for f in findings if f.kind in (PartKind.AGENT, PartKind.SPEAKER, PartKind.OUTLET)}
    quoted = isinstance(about.record, Quote)  # (of words said, only who gave what the claim names is checked)
    event = timeline.get(about.record.event) if isinstance(about.record, Figure) and about.record.event else None
    doers = event.by if isinstance(event, Event) else about.by  # (a count's: its event's)
    strangers = []
    for actor, start, end in subject.mentions:
        # ("Nielsen's directive", "a report by the DHS inspector general": only its doer may be named so)
        gave = _gave(subject, start, end, about.action in _WORKS)
        if actor.id in (doers if gave and doers else on_record) or actor.id in checked \
                or any(actor.name in part for part in named):
            continue
        if (quoted or isinstance(about.record, Figure)) and not gave:
            continue  # (of words said or a count, only who gave what the claim names is checked here)
        if qualifies(subject.text, end) and not gave:
            continue  # "the Trump administration", "Trump's policy": a name that says whose, not who
        if not gave and not _go_between(subject.text, start) and (any(role.org in on_record for role in actor.roles)
                                                                  or _belongs(timeline, on_record, actor.id)):
            continue  # a member of a party on the record, or the body a party belongs to
        strangers.append(Finding(subject.text[start:end], PartKind.PARTY, Verdict.UNVERIFIED, None,
                                 f"not named on {about.record.id}: zt cannot say what part it had"))
    return list({f.part: f for f in strangers}.values())


# Acts whose record is a document, which "a report by", "a memo from" name the giver of.
_WORKS = frozenset({Action.PUBLISH, Action.ISSUE, Action.SIGN, Action.REPORT, Action.REVIEW, Action.RULE, Action.ORDER})


def _gave(subject: Subject, start: int, end: int, a_work: bool) -> bool:
    """Whether the name between `start` and `end` says who gave the document or act after it
    ("Nielsen's directive", "Gee's order", "a report by the DHS inspector general"), not when
    something happened ("after Trump's order")."""
    near = subject.text[max(0, start - 40) : start].casefold()
    if a_work and any(word in near for word in _WORKS_WORDS) and _WORK_BY().search(subject.text, max(0, start - 40),
                                                                                   start):
        return True
    if _POSSESSIVE_S.match(subject.text, end) is None:
        return False
    return any(not act.is_verb and end < act.start <= end + 4 for act in subject.acts) \
        or (_DOCUMENT().match(subject.text, end) is not None
            and not _TIME_OF().search(subject.text, max(0, start - 30), start))


def _go_between(text: str, start: int) -> bool:
    """Whether the name at `start` is named as a go-between ("a letter delivered to the president
    via Deputy Attorney General Rod Rosenstein"): a party of the act itself, so being of a body on
    the record is not enough."""
    near = text[max(0, start - 50) : start]
    return ("via " in near or "through " in near or "way of " in near) and _VIA().search(near) is not None


_VIA = deferred(r"\b(?:via|through|by\s+way\s+of)\s+(?:[A-Z][\w.-]*\s+){0,4}$")
# ("Gee's order", "Sessions' memo": a document a person gave, which the vocabulary of acts may not name)
_DOCUMENT = deferred(r"['’]s?\s+(?:(?:executive|court|preliminary|final)\s+)?(?:order|ruling|decision|injunction|memo|"
                     r"memorandum|directive|letter|proclamation)\b", re.I)
_TIME_OF = deferred(r"\b(?:after|before|since|until|following)\s+(?:[A-Z][\w.-]*\s+){0,3}$")
_WORK_BY = deferred(r"\b(?:report|memo|memorandum|letter|order|ruling|study|review|audit|investigation|analysis)"
                    r"\s+(?:\w+\s+)?(?:by|from)\s+(?:the\s+)?(?:U\.S\.\s+)?$", re.I)
_WORKS_WORDS = ("report", "memo", "letter", "order", "ruling", "study", "review", "audit", "investigation",
                "analysis")  # (a look before the pattern is compiled)
_POSSESSIVE_S = re.compile(r"['’]s?\s")

# "a lawsuit brought by the Southern Poverty Law Center": who brought, filed or led the thing the
# claim is about, by a name the data does not know.
_BROUGHT_BY = deferred(r"\b(?:brought|filed|led|backed|organized|organised|sponsored|funded|commissioned)"
                         r"\s+by\s+(?:the\s+)?" + NAME)


def unknown_parties(subject: Subject) -> list[Finding]:
    """Who the claim says brought or led what it is about ("a lawsuit brought by ..."), named by a
    name the data does not know: zt cannot say what part they had, so the claim is not supported."""
    found: list[Finding] = []
    if " by " not in subject.text:
        return found  # (and the pattern is not compiled)
    for match in _BROUGHT_BY().finditer(subject.text):
        name = stranger(subject, *match.span(1))
        if name is None:
            continue
        found.append(Finding(name, PartKind.PARTY, Verdict.UNVERIFIED, None,
                             f"{name} is not in the data: what part it had is not checked"))
    return found


def _belongs(timeline: Timeline, on_record: frozenset[str], organization: str) -> bool:
    return any(isinstance(actor := timeline.get(actor_id), Actor) and any(role.org == organization
                                                                         for role in actor.roles)
               for actor_id in on_record)


_CALLED_ON = deferred(r"\b(?:calls?|called|calling)\s+(?:on|upon)\s+(?:\w+\s+){0,4}$|\b(?:directs?|directed|directing|"
                      r"asks?|asked|asking|instructs?|instructed|urges?|urged)\s+(?:\w+\s+){0,4}$", re.I)


def called_on(subject: Subject, about: Entry, findings: list[Finding]) -> list[Finding]:
    """A person the claim says was called on, directed or asked to act ("The executive order calls
    on Homeland Security Secretary Kirstjen Nielsen to seek a change"), whom the record it is
    about does not name: zt cannot say it was them (a member of a body on the record is not
    enough), so the claim is not supported."""
    named = {f.part for f in findings if f.kind is PartKind.PARTY}
    return [Finding(subject.text[start:end], PartKind.PARTY, Verdict.UNVERIFIED, None,
                    f"not named on {about.record.id}: zt cannot say it was them who was called on")
            for actor, start, end in subject.mentions
            if actor.kind is ActorKind.PERSON and actor.id not in about.actors | about.by
            and subject.text[start:end] not in named and _CALLED_ON().search(subject.text[max(0, start - 60) : start])]
