"""Names the data does not know: a place, a court, a committee or a group a claim names beside
what it is about, that the record it is about does not mention ("visited a shelter in El Paso"
of a visit the record places in McAllen). zt cannot say such a detail is right, so it is a part
left unverified, and the claim is not supported on its other parts alone."""

from __future__ import annotations

import re

from ..model.enums import Action
from ..model.records import Actor
from ..model.timeline import Timeline
from .actions import find_acts
from .index import Entry
from .parts import Finding, PartKind, Verdict
from .patterns import deferred
from .statuses import act_words
from .subject import Subject
from .words import content_words

# Capitalised words in a row, with "of", "the" or "and" between them ("Southern District of New York").
_PROPER = deferred(r"(?<![\w’'.-])[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w’'.-]*)*")
_ATTRIBUTED = deferred(r"\b(?:according\s+to|(?:first\s+)?(?:reported|spotted|obtained|published)\s+by)(?:\s+the)?$",
                       re.I)
_REPORTS = deferred(r"\s+(?:reported|reports|said|says|found|wrote)\b")
# The words of a title or an office: they say who, not what was done.
TITLE_WORDS = frozenset(content_words("""president vice judge justice secretary attorney general acting deputy director
commissioner chief staff assistant counselor administrator head"""))
# Words that start a sentence, name a time, or are a title or an office rather than a name, and
# names too general to be a detail (a country, its people).
NOT_DETAILS = TITLE_WORDS | frozenset(content_words("""
the a an he she it they we i you his her its their this that these those on in at then but and also when after
before while as once later earlier today yesterday monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec department office inspector administration agency federal government u.s us united
states america american americans mexico mexican mexicans central border southwest southern democrats
democratic republicans republican gop white house mr ms mrs dr sen rep gov pres senators lawmakers according
however meanwhile still under amid despite since until by from for with without congress court district based"""))


def unknown_details(subject: Subject, about: list[Entry], quoted: list[tuple[int, int]], people: frozenset[str],
                    timeline: Timeline, outlets: tuple[str, ...] = ()) -> list[Finding]:
    """The names the claim gives that the records it is about (the first, and any other a part
    was found in) do not mention, other than the actors the data knows (judged elsewhere) and
    the people it knows (`people`: the words of their names, "the Trump Administration"); each
    an unverified part."""
    found = []
    said = words_of(about, timeline)
    mentioned = [(m_start, m_end) for _, m_start, m_end in subject.mentions]
    for match in _PROPER().finditer(subject.text):
        start, end = match.span()
        before = subject.text[:start].rstrip()
        if not before or before.endswith((":", ".", "—", "--", "–")):
            # The first word of a sentence, of a timeline's entry or after a dateline
            # ("WASHINGTON (AP) — Bowing to pressure ...") is capitalised anyway.
            start += len(match.group().split()[0])
            before = subject.text[:start]
        if any(q_start <= start < q_end for q_start, q_end in quoted) \
                or subject.text.count("(", 0, start) > subject.text.count(")", 0, start):
            continue  # words inside a quotation, or in brackets ("(Gray News/AP)", "(ACLU)")
        if match.group().isupper() or _ATTRIBUTED().search(before) or _REPORTS().match(subject.text, end):
            continue  # an abbreviation ("8 U.S.C."), or whom the claim has it from ("according to Reuters")
        # Less the actors it names ("Judge Dana Sabraw of the Southern District of New York": the
        # court is the rest).
        text = subject.text[start:end]
        for m_start, m_end in mentioned:
            if m_start < end and start < m_end:
                left, right = max(m_start, start) - start, min(m_end, end) - start
                text = text[:left] + " " * (right - left) + text[right:]
        words = set(content_words(text.replace("’s", " ").replace("'s", " ").replace("-", " "))) \
            - NOT_DETAILS - people - act_words()  # not "Executive Order"
        if not words or words <= said:
            continue
        if any(outlet.casefold() in match.group().casefold() for outlet in outlets):
            continue  # to whom it was said is the outlet's part
        part = re.sub(r"^(?:of|and)\s+(?:the\s+)?", "", " ".join(text.split()).strip(".,;:"))
        found.append(Finding(part, PartKind.PARTY, Verdict.UNVERIFIED, None,
                             f"not mentioned on {about[0].record.id}: not checked"))
    return list({finding.part: finding for finding in found}.values())


def words_of(entries: list[Entry], timeline: Timeline) -> frozenset[str]:
    """Every word the records mention: their own, their cited passages', their actors'."""
    return frozenset().union(*(entry.words | cited_words(entry, timeline) for entry in entries))


# The words of each record, for the timeline last asked about: a draft's sentences are about the
# same few records, and reading their passages again for each would cost more than the check.
_CITED: list[tuple[Timeline, dict[str, frozenset[str]]]] = []


def cited_words(entry: Entry, timeline: Timeline) -> frozenset[str]:
    """The words of the passages the record cites from its sources, of its note, of its actors'
    names and notes ("the court ..., in San Diego"), and of the offices they held: a detail they
    give is one the record mentions."""
    if not _CITED or _CITED[0][0] is not timeline:
        _CITED[:] = [(timeline, {})]
    known = _CITED[0][1]
    if (found := known.get(entry.record.id)) is None:
        found = known[entry.record.id] = _cited_words(entry, timeline)
    return found


def _cited_words(entry: Entry, timeline: Timeline) -> frozenset[str]:
    excerpts = [pinpoint.excerpt for pinpoint in getattr(entry.record, "pinpoints", ()) if pinpoint.excerpt]
    actors = [actor for actor_id in entry.actors | entry.by if isinstance(actor := timeline.get(actor_id), Actor)]
    said = [*excerpts, *(actor.note for actor in actors if actor.note),
            *(name for actor in actors for name in (actor.name, *actor.aliases)),
            # the offices its people held ("a federal judge in California" of a judge of the
            # Central District of California)
            *(role.title for actor in actors for role in actor.roles),
            getattr(entry.record, "note", None) or ""]
    return frozenset(content_words(" ".join(said)))


# A name right before a verb: its doer ("Obama ultimately signed", "Nielsen urged").
_DOER_BEFORE = deferred(r"(?<![\w’'.-])([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:[a-z]+ly\s+)?$")
# What may stand between a doer's name and its verb: a time or "had" ("Pence last week signed",
# "Obama on Wednesday said", "Obama had nominated"), taken off the words before the verb.
_AUXILIARIES = frozenset(("had", "has", "have"))
_TIMES = frozenset(("yesterday", "today"))
_SPANS = frozenset(("week", "month", "year", "night", "morning"))


_PLACE_BEFORE = deferred(r"\b(?:in|at|of|from|near|for|to|on|by|with|tells|told|than)\s+(?:the\s+)?$", re.I)


_NOT_NAMES = frozenset(("he", "she", "they", "it", "we", "i", "you", "when", "while", "after", "before", "officials",
                        "authorities", "democrats", "republicans", "lawmakers", "critics", "advocates", "monday",
                        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "the", "a", "an", "this",
                        "that", "his", "her", "their", "its", "then", "later", "earlier", "today", "yesterday"))


def unknown_doers(subject: Subject, about: Entry, timeline: Timeline, outlets: tuple[str, ...], quoted: bool = False
                  ) -> list[Finding]:
    """Who the claim says did its acts, named by a name the data does not know ("Obama signed an
    executive order on Wednesday"): zt cannot say they did it, so the claim is not supported.
    Not a news outlet that reported or said it ("..., Reuters reported")."""
    found = []
    for act in find_acts(subject.text):  # (every act, not only the telling ones: "When signing the order, Obama said")
        if not act.is_verb or subject.agent(act) is not None:
            continue
        match = _DOER_BEFORE().search(subject.text, max(0, act.start - 60), act.start)
        if match is None or match.group(1).split()[0].casefold() in _NOT_NAMES:
            cut = _before_a_time(subject.text, act.start)
            if cut < act.start:
                match = _DOER_BEFORE().search(subject.text, max(0, act.start - 60), cut)
        if match is None or any(start < match.end(1) and match.start(1) < end for _, start, end in subject.mentions):
            continue
        name = match.group(1)
        if act.action in (Action.STATE, Action.REPORT) and not quoted \
                and "," in subject.text[max(0, match.start(1) - 3) : match.start(1)]:
            continue  # "..., Human Rights Watch said": whom the claim has it from, not who did it
        said = set(content_words(name))
        if said <= _named_on(about, timeline):
            continue  # "Bush wrote" of words recorded from Laura Bush: a part of a name on the record
        if name.split()[0].casefold() in _NOT_NAMES or not said or said & NOT_DETAILS \
                or any(outlet.casefold() in name.casefold() for outlet in outlets) \
                or _PLACE_BEFORE().search(subject.text, max(0, match.start(1) - 12), match.start(1)):
            continue  # "The Justice Department", "On Monday", a title; an outlet; "a judge in San Diego ordered"
        found.append(Finding(name, PartKind.PARTY, Verdict.UNVERIFIED, None,
                             f"{name} is not in the data: who did it is not checked"))
    return list({finding.part: finding for finding in found}.values())


def _before_a_time(text: str, end: int) -> int:
    """Where the words before `end` stop, less a time or "had" right before it ("Pence last week
    signed": "Pence "); `end` when there is none."""
    words = text[max(0, end - 30) : end].split()
    taken = 0
    if words and words[-1] in _AUXILIARIES:
        taken += 1
    rest = words[: len(words) - taken]
    if rest and (rest[-1] in _TIMES or (rest[-1].endswith("day") and rest[-1][:1].isupper())):
        taken += 2 if len(rest) > 1 and rest[-2] == "on" else 1
    elif len(rest) > 1 and rest[-1] in _SPANS and rest[-2] in ("last", "this"):
        taken += 3 if len(rest) > 2 and rest[-3] == "earlier" else 2
    if not taken:
        return end
    cut = end
    for _ in range(taken):
        cut = text.rfind(" ", 0, len(text[:cut].rstrip())) + 1  # the start of the word before
    return cut


def _named_on(entry: Entry, timeline: Timeline) -> frozenset[str]:
    """The words of the names of the people on a record."""
    actors = [actor for actor_id in entry.actors | entry.by if isinstance(actor := timeline.get(actor_id), Actor)]
    return frozenset(content_words(" ".join(name for actor in actors for name in (actor.name, *actor.aliases))))
