"""`zt check`: a claim, or a whole draft sentence by sentence, against the sourced records.

Each checkable part of a claim (quotations, dates, numbers, the speaker of a quotation, the
outlet a statement went to) gets a verdict (see check_parts.py), and the claim gets one: it is
contradicted if any part is, else disputed if any part is, else supported if every checkable
part is, else unverified. A claim is never supported because one part matched while another
found nothing; a claim with nothing checkable in it is unverified. A topic finding names the
record the claim was tied to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import UsageError
from ..model.dates import PartialDate
from ..model.records import Event, Quote, Source, Timeline
from .claims import ParsedClaim, content_words, parse_claim, topic_words
from .drafts import sentences
from .index import ClaimIndex, Entry
from .parts import Finding, PartKind, Verdict, check_date, check_number
from .quotes import check_quotation, check_speaker, claimed_speakers

TOPIC_SCORE = 4.0  # what a claim must share with a record for the record to be what it is about
_OUTLET_TRIGGER = re.compile(r"\b(?:statement|interview|remarks|comments?|email|letter)\s+(?:to|with)\s+|"
                             r"\btold\s+|\bsaid\s+to\s+", re.I)
_CLAUSE = re.compile(r"[,;:()]|\s[-–—]+\s|\band\b|\bbut\b|\bwho\b|\bwhich\b|\bafter\b|\bdespite\b")


@dataclass(frozen=True, slots=True)
class ClaimCheck:
    """One claim, its verdict, and what the data says about each of its parts."""

    claim: str
    verdict: Verdict
    findings: tuple[Finding, ...]
    speaker: str | None = None  # the name of whoever the claim quotes, for ClaimReview
    date: PartialDate | None = None  # the first date the claim states

    @property
    def checkable(self) -> bool:
        return any(finding.kind is not PartKind.TOPIC for finding in self.findings)


def claim_verdict(findings: tuple[Finding, ...]) -> Verdict:
    checked = [finding.verdict for finding in findings if finding.kind is not PartKind.TOPIC]
    if Verdict.CONTRADICTED in checked:
        return Verdict.CONTRADICTED
    if Verdict.DISPUTED in checked:
        return Verdict.DISPUTED
    if checked and all(verdict is Verdict.SUPPORTED for verdict in checked):
        return Verdict.SUPPORTED
    return Verdict.UNVERIFIED


def _clause(text: str, start: int, end: int) -> str:
    """The words around a span up to the nearest clause break on either side."""
    breaks = [match.span() for match in _CLAUSE.finditer(text)]
    left = max((b for a, b in breaks if b <= start), default=0)
    right = min((a for a, b in breaks if a >= end), default=len(text))
    return text[left:right]


def _outlets(timeline: Timeline) -> tuple[str, ...]:
    """Names a claim may give as where words went: the accounts of recorded disputes and the
    sources' publishers, longest first."""
    names = {account.says for record in (*timeline.events, *timeline.quotes) for dispute in record.disputes
             for account in dispute.accounts}
    names |= {source.publisher.split(" (")[0] for source in timeline.sources}
    return tuple(sorted((name for name in names if name[:1].isupper()), key=len, reverse=True))


def _find_outlets(text: str, known: tuple[str, ...]) -> list[str]:
    found = []
    for trigger in _OUTLET_TRIGGER.finditer(text):
        rest = text[trigger.end():]
        for name in known:
            if rest.startswith(name) or rest.startswith(name.removeprefix("The ")):
                found.append(name)
                break
    return found


def _named(outlet: str, text: str) -> bool:
    return outlet.casefold().removeprefix("the ") in text.casefold()


def _check_outlet(outlet: str, anchors: list[Entry], known: tuple[str, ...]) -> Finding:
    """The outlet a claim says words went to, against the recorded recipients: a dispute over
    them, else the context of the words."""
    for entry in anchors:
        record = entry.record
        for dispute in getattr(record, "disputes", ()):
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
        if not context:
            continue
        if _named(outlet, context):
            return Finding(outlet, PartKind.OUTLET, Verdict.SUPPORTED, entry.record.id, context, entry.record.sources)
        if any(_named(other, context) for other in known):
            return Finding(outlet, PartKind.OUTLET, Verdict.CONTRADICTED, entry.record.id, context,
                           entry.record.sources)
    return Finding(outlet, PartKind.OUTLET, Verdict.UNVERIFIED, None, "no recorded recipient")


class Checker:
    """Checks claims against one timeline (the index is built once, for a whole draft)."""

    def __init__(self, timeline: Timeline, dated: PartialDate | None = None) -> None:
        self.index = ClaimIndex(timeline)
        self.dated = dated
        self.outlets = _outlets(timeline)

    def check(self, text: str) -> ClaimCheck:
        claim = " ".join(text.split())
        if not claim:
            raise UsageError("give a claim to check (a sentence), or --file PATH")
        parsed = parse_claim(claim, self.index.units, self.dated)
        return self._verdicts(parsed)

    def check_draft(self, text: str) -> tuple[ClaimCheck, ...]:
        """Every sentence of a draft that has something checkable, in order."""
        checked = (self.check(sentence) for sentence in sentences(text))
        return tuple(result for result in checked if result.checkable)

    def _verdicts(self, parsed: ParsedClaim) -> ClaimCheck:
        outside = parsed.outside_quotations()
        actors = frozenset(actor.id for actor in self.index.actors_in(outside))
        sentence_words = frozenset(content_words(outside))
        findings: list[Finding] = []
        anchors: list[Entry] = []
        speaker = None
        for quotation in parsed.quotations:
            speakers = claimed_speakers(self.index, parsed.text, quotation)
            finding, quote = check_quotation(self.index, quotation, frozenset(speakers) or actors)
            findings.append(finding)
            if quote is not None:
                self._anchor(anchors, quote)
                named = check_speaker(self.index, quote, speakers)
                if named:
                    findings.append(named)
                speaker = getattr(self.index.timeline.get(quote.speaker), "name", None)
        for number in parsed.numbers:
            clause = frozenset(content_words(_clause(outside, number.start, number.end)))
            finding, figure = check_number(self.index, number, clause | sentence_words, actors, parsed.dates)
            findings.append(finding)
            if figure is not None:
                self._anchor(anchors, figure)
        for mention in parsed.dates:
            clause = frozenset(content_words(_clause(outside, mention.start, mention.end)))
            findings.append(check_date(self.index, mention, clause, sentence_words, actors, anchors))
        findings.extend(Finding(text, PartKind.DATE, Verdict.UNVERIFIED, None, "a date relative to when the text "
                                "was written: give that date (--dated) to check it") for text in parsed.unread_dates)
        outlets = _find_outlets(outside, self.outlets)
        if outlets:
            # The records a recipient could be recorded on: those the claim's parts were found in,
            # then the ones it is most about, then any with a dispute over where words went.
            ranked = [entry for _, entry in self.index.ranked(sentence_words, actors, minimum=TOPIC_SCORE)]
            disputed = [entry for entry in ranked if getattr(entry.record, "disputes", ())]
            findings.extend(_check_outlet(outlet, anchors + disputed[:3] + ranked[:3], self.outlets)
                            for outlet in outlets)
        findings.append(self._topic(outside, sentence_words, actors, anchors, findings))
        date = parsed.dates[0].date if parsed.dates else None
        return ClaimCheck(parsed.text, claim_verdict(tuple(findings)), tuple(findings), speaker, date)

    def _anchor(self, anchors: list[Entry], record: Quote | object) -> None:
        for record_id in (record.id, getattr(record, "event", None)):
            entry = self.index.by_id.get(record_id) if record_id else None
            if entry is not None and entry not in anchors:
                anchors.append(entry)

    def _topic(self, text: str, sentence_words: frozenset[str], actors: frozenset[str], anchors: list[Entry],
               findings: list[Finding]) -> Finding:
        """The record the claim is about: the one its parts were found in, else the best match."""
        tied = next((f.record for f in findings if f.record and f.verdict is not Verdict.UNVERIFIED), None)
        entry = self.index.by_id.get(tied) if tied else None
        if entry is None:
            ranked = self.index.ranked(sentence_words, actors, minimum=TOPIC_SCORE)
            entry = ranked[0][1] if ranked else (anchors[0] if anchors else None)
        words = topic_words(text, sentence_words & entry.words) if entry else ""
        if entry is None:
            return Finding(text.strip(), PartKind.TOPIC, Verdict.UNVERIFIED, None, "no record is about this")
        record = entry.record
        title = record.title if isinstance(record, Event) else getattr(record, "label", None) or f"“{record.text}”"
        return Finding(words or text.strip(), PartKind.TOPIC, Verdict.SUPPORTED, record.id, title, record.sources)


def cited_source_names(timeline: Timeline, ids: tuple[str, ...]) -> tuple[Source, ...]:
    found = (timeline.get(source_id) for source_id in ids)
    return tuple(source for source in found if isinstance(source, Source))
