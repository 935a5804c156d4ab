"""Where a claim says words went ("told CNN", "a statement to The Washington Post"), against the
recipients the records give: a dispute over them, or the quote's own context."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..model.records import Disputed, Event, Quote
from ..model.timeline import Timeline
from .about import candidates, near
from .index import ClaimIndex, Entry
from .parts import Finding, PartKind, Unchecked, Verdict
from .patterns import deferred
from .subject import Subject

_OUTLET_TRIGGER = deferred(r"\b(?:statement|interview|remarks|comments?|email|letter|testimony)\s+"
                       r"(?:to|with|before)\s+|"
                       r"\b(?:testified|testifies|testifying|appeared|appearing)\s+(?:before|to)\s+|"
                       r"\btold\s+(?:members\s+of\s+)?|\bsaid\s+to\s+|\b(?:spoke|speaking|talked)\s+(?:with|to)\s+|"
                       r"\bop-eds?\b[^.;]{0,90}?\bin\s+(?=(?:the\s+)?[A-Z])|\bop-eds?\s+for\s+",
                       re.I)  # ("an op-ed condemning ... in the Washington Post": where she wrote)
_OUTLET_CUES = ("tatement", "nterview", "emarks", "omment", "mail", "etter", "estif", "estimony", "ppear", "told",
                "said to", "spoke", "speaking", "talked", "op-ed")
# A committee of Congress named where words were said ("told the House Judiciary Committee"): the
# committees the records name (a quote's context, an event's title) are recipients a claim may get wrong.
_COMMITTEE = deferred(r"\b(?:Senate|House)\s+(?:[A-Z][\w&]*\s+){1,4}?Committee\b")


def known_outlets(timeline: Timeline) -> tuple[str, ...]:
    """Names a claim may give as where words went: the accounts of recorded disputes and the
    sources' publishers, longest first."""
    disputes = [*(d for e in timeline.events for d in e.disputes), *(d for q in timeline.quotes for d in q.disputes)]
    names = {account.says for dispute in disputes for account in dispute.accounts}
    names |= {source.publisher.split(" (")[0] for source in timeline.sources}
    said_where = (*(quote.context or "" for quote in timeline.quotes), *(event.title for event in timeline.events))
    names |= {match.group(0) for text in said_where if "Committee" in text for match in _COMMITTEE().finditer(text)}
    return tuple(sorted((name for name in names if name[:1].isupper()), key=len, reverse=True))


def find_outlets(text: str, known: Callable[[], tuple[str, ...]]) -> list[str]:
    """The outlets a claim says words went to ("told CNN"); `known` gives the names, when needed."""
    found: list[str] = []
    if not any(cue in text for cue in _OUTLET_CUES):
        return found  # (the pattern is compiled only for a claim that may name where words went)
    for trigger in _OUTLET_TRIGGER().finditer(text):
        rest = text[trigger.end():]
        rest = rest[4:] if rest.startswith("the ") else rest  # "told the House Judiciary Committee"
        for name in known():
            if rest.startswith(name) or rest.startswith(name.removeprefix("The ")):
                found.append(name)
                break
    return found


def _named(outlet: str, text: str) -> bool:
    """Whether the text names the outlet as a word of its own ("ANI" is not in "Melania")."""
    name, folded = outlet.casefold().removeprefix("the "), text.casefold()
    at = folded.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not folded[at - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
            return True
        at = folded.find(name, at + 1)
    return False


def _reported_by(outlet: str, context: str) -> bool:
    """Whether a quote's context names the outlet only as who printed the words ("as quoted by
    UPI"), not as where they went."""
    at = context.casefold().find(outlet.casefold().removeprefix("the "))
    return at >= 0 and re.search(r"\b(?:quoted|reported|printed|cited)\s+(?:by|in)\s+(?:the\s+)?$",
                                 context[:at], re.I) is not None


def check_outlet(outlet: str, anchors: list[Entry], known: tuple[str, ...]) -> Finding | None:
    """The outlet a claim says words went to, against the recorded recipients: a dispute over
    them, else the context of the words."""
    for entry in anchors:
        record = entry.record
        for dispute in record.disputes if isinstance(record, Disputed) else ():
            says = [account.says for account in dispute.accounts]
            if not any(said in known for said in says):
                continue  # a dispute about something other than where the words went
            sides = "; ".join(f"{a.says} ({', '.join(a.sources)})" for a in dispute.accounts)
            sources = tuple(dict.fromkeys(s for a in dispute.accounts for s in a.sources))
            if any(_named(outlet, said) for said in says):
                verdict = Verdict.DISPUTED if len(set(says)) > 1 else Verdict.SUPPORTED
            else:
                verdict = Verdict.CONTRADICTED
            return Finding(outlet, PartKind.OUTLET, verdict, record.id, f"{dispute.point}: {sides}", sources)
    for entry in anchors:
        context = getattr(entry.record, "context", None)
        if not context and isinstance(entry.record, Event):
            # an event's title may say where words went ("Kelly tells CNN he is considering ..."):
            # it may support the outlet, but a title is no record of every place they went
            told = f"{entry.record.title} {entry.record.summary or ''}"
            if _named(outlet, told):
                return Finding(outlet, PartKind.OUTLET, Verdict.SUPPORTED, entry.record.id, entry.record.title,
                               entry.record.sources)
            continue
        if not context:
            continue
        if _named(outlet, context):
            return Finding(outlet, PartKind.OUTLET, Verdict.SUPPORTED, entry.record.id, context, entry.record.sources)
        if any(_named(other, context) and not _reported_by(other, context) for other in known):
            return Finding(outlet, PartKind.OUTLET, Verdict.CONTRADICTED, entry.record.id, context,
                           entry.record.sources)
        if isinstance(entry.record, Quote) and _COMMITTEE().fullmatch(outlet):
            return None  # said somewhere else, unnamed ("a call with reporters"), not to a committee
    return None  # no recorded recipient: the outlet is not checked


def outlets_of(index: ClaimIndex, subject: Subject, outlets: list[str], own: list[Entry], quotes: bool,
               known: tuple[str, ...]) -> tuple[list[Finding], list[Unchecked]]:
    """Each outlet the claim says words went to, against the records it is about (`own`) and those
    of the person who spoke near it in words; but not those, where the claim `quotes` words none of
    `own` holds ("'...,' Kelly told the Los Angeles Times" is not his interview with NPR)."""
    nearby = near(candidates(index, subject))
    theirs = [] if quotes and not any(isinstance(entry.record, Quote) for entry in own) else \
        [entry for entry in nearby if subject.actors & (entry.actors | entry.by)]
    return judge_outlets(outlets, list(dict.fromkeys([*own, *theirs])), nearby, known)


def judge_outlets(outlets: list[str], judged: list[Entry], nearby: list[Entry], known: tuple[str, ...]
                  ) -> tuple[list[Finding], list[Unchecked]]:
    """Each outlet the claim says words went to, against the records it is shown to be about
    (`judged`) and those only near it in words, which may support an outlet but never contradict it."""
    on = list(dict.fromkeys([*judged, *nearby]))
    ids = {entry.record.id for entry in judged}
    events = {entry.record.id for entry in nearby if isinstance(entry.record, Event)}
    found: list[Finding] = []
    not_checked: list[Unchecked] = []
    for outlet in outlets:
        finding = check_outlet(outlet, on, known) if on else None
        if finding is not None and finding.record not in ids \
                and (finding.verdict is Verdict.CONTRADICTED or _COMMITTEE().fullmatch(outlet) or not ids
                     or finding.record in events):
            # a record near in words, not shown to be what the claim is about (and a committee's
            # hearing near in words is another hearing: it does not support the committee either;
            # nor does a record near in words, where the claim is shown to be about none: "the
            # restaurant's manager told The Washington Post" is no op-ed in the Post)
            # (an event near in words is no record of where the claim's words went: "an op-ed ... in
            # the New York Times" is not the Times's own report of another thing)
            finding = None
        if finding is None:
            not_checked.append(Unchecked(outlet, PartKind.OUTLET, "no recorded recipient", withholds=True))
        else:
            found.append(finding)
    return found, not_checked


_FIRST_REPORTED = deferred(r"\b(?:first|initially|originally)\s+reported\s+by\s+", re.I)


def first_reported(text: str) -> list[Unchecked]:
    """Who the claim says reported something first ("numbers first reported by The Associated
    Press"): the data does not record it, so it is not checked, and the claim is not supported whole."""
    if "reported" not in text:
        return []
    found = []
    for match in _FIRST_REPORTED().finditer(text):
        name = _NAME().match(text, match.end())
        if name is not None:
            found.append(Unchecked(name.group(0).rstrip("."), PartKind.OUTLET, "who reported it first is not recorded",
                                   withholds=True))
    return found


_NAME = deferred(r"(?:[Tt]he\s+)?[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*")
