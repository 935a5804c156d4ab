"""`zt check`: a claim, or a whole draft sentence by sentence, against the sourced records.

Each checkable part of a claim (quotations and their speakers, dates, numbers, who did it, who
held an office, the outlet a statement went to) gets a verdict, judged only against a record
the claim is shown to be about (about.py), and the claim gets one: it is contradicted if any
part is, else disputed if any part is, else supported if every checked part is, else
unverified. A claim is never supported because one part matched while another found nothing.
Parts found but not checkable (who did it, where the data does not record it) are listed as
such. The claim names the record it is about, or, when none qualifies, the closest record,
"about something else".
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from msgspec.structs import replace

from ..errors import UsageError
from ..model.dates import PartialDate
from ..model.records import Event, Figure, Quote
from ..model.timeline import Timeline
from .about import record_about
from .actions import find_acts
from .claim_dates import DateMention, aspect_of
from .claims import ParsedClaim, joins_numbers, parse_claim
from .clauses import attributive, date_subject, unread_years
from .date_accounts import title_of
from .date_rivals import another_of_its_dates
from .dates import check_date
from .deadlines import Deadline, judge_deadlines, not_done_then, recorded_deadlines
from .denials import denied, if_asked
from .doers import doer_and_post, doer_of_its_event, with_its_people
from .index import ClaimIndex, Entry
from .names import unknown_details, unknown_doers
from .never_checked import never_checked
from .offices import offices as all_offices
from .offices import offices_named
from .others_named import called_on, strangers, unknown_parties
from .outlets import find_outlets, first_reported, known_outlets, outlets_of
from .paraphrase import reported_speech
from .parts import ClaimCheck, Finding, PartKind, RecordRef, Unchecked, Verdict, claim_verdict
from .patterns import deferred
from .people import by_another, doer_of_count, unknown_agent
from .periods import Counted, lengths_of, of_another_clause, period_of
from .quotations import one_word_quotations
from .recipients import recipients
from .subject import purpose_object, subject_of
from .tenures import check_offices
from .titles import titles_not_read

if TYPE_CHECKING:
    from .votes import Tally

_BOUND_UNCHECKED = ("a bound of a span the claim does not give whole (\"by\", \"since\", \"until\"), or the day a "
                    "thing takes effect: not checked")
TOPIC_SCORE = 4.0  # what a claim must share with a record for it to be named the closest
_SHARES = ("half", "twice", "double", "triple", "third", "quarter", "times")  # of a quantity given against another
_MISTYPED_APOSTROPHE = deferred(r"(?<=\w)‘(?=s\b|t\b|re\b|ll\b|ve\b)")


def _ref(entry: Entry) -> RecordRef:
    return RecordRef(entry.record.id, title_of(entry), entry.record.sources)


class Checker:
    """Checks claims against one timeline (the index is built once, for a whole draft)."""

    def __init__(self, timeline: Timeline, dated: PartialDate | None = None) -> None:
        self.index = ClaimIndex(timeline)
        self.dated = dated

    @functools.cached_property
    def outlets(self) -> tuple[str, ...]:
        """Names a claim may give as where words went (made on first use: most claims name none)."""
        return known_outlets(self.index.timeline)

    def check(self, text: str, heading: DateMention | None = None, before: str = "") -> ClaimCheck:
        """One claim; `heading` is the date of the draft's heading it stands under, if any, and
        `before` the draft's sentence before it (whom "she said" may mean)."""
        claim = " ".join(text.split())
        if not claim:
            raise UsageError("give a claim to check (a sentence), or --file PATH")
        # An opening quote mark typed for an apostrophe ("Trump‘s administration") is read as one;
        # the claim is shown as written (the two are of one length, so every part keeps its place).
        read = _MISTYPED_APOSTROPHE().sub("’", claim) if "‘" in claim else claim
        parsed = parse_claim(read, self.index.units, self.dated)
        return replace(self._verdicts(parsed, heading, before), claim=claim)

    def check_draft(self, text: str) -> tuple[ClaimCheck, ...]:
        """Every sentence of a draft that has something checkable, in order; a sentence under a
        dated heading ("July 2017:", "## June 2018") that gives no date of its own takes the
        heading's."""
        from .drafts import dated_sentences  # a draft's reading: a single claim never needs it

        checked = []
        before = ""
        for sentence, heading in dated_sentences(text, self.dated):
            checked.append(self.check(sentence, heading, before))
            before = sentence
        return tuple(result for result in checked if result.checkable)

    def _verdicts(self, parsed: ParsedClaim, heading: DateMention | None, before: str
                  ) -> ClaimCheck:
        outside = parsed.outside_quotations()
        subject = subject_of(self.index, outside, self.dated)
        findings: list[Finding] = []
        folded = outside.casefold()
        if any(office.may_be_in(folded) for office in all_offices()):  # (loaded only for a claim that names one)
            from .holders import holders_named

            subject, holders = holders_named(self.index.timeline, subject, parsed.dates or (
                (heading,) if heading is not None else ()), self.dated)
            findings.extend(holders)
        unchecked: list[Unchecked] = []
        anchors: list[Entry] = []
        speaker = None
        if parsed.quotations:  # (what quotations need is loaded only for a claim that has one)
            from .said import judge_quotations

            said, quoted, speaker = judge_quotations(self.index, parsed, subject, before)
            findings.extend(said)
            for quote in quoted:
                self._anchor(anchors, quote)
        counted: list[Counted] = []  # the figures the claim's numbers were found in, and for which clause
        found_at: dict[str, list[tuple[int, int]]] = {}  # where the numbers found in each figure are
        votes: list[Tally] = []  # ("by a 62-37 vote": a tally, checked below, not two counts)
        if joins_numbers(outside):
            from .votes import tallies

            votes = tallies(outside)
        if parsed.numbers:  # (what counts need is loaded only for a claim that gives one)
            from .counts import judge_count
        for number in parsed.numbers:
            if any(vote.start <= number.start < vote.end for vote in votes):
                continue
            count, figure, left, right = judge_count(self.index, number, outside, subject, parsed.dates, counted)
            if isinstance(count, Unchecked):
                unchecked.append(count)
                continue
            findings.append(count)
            if figure is not None:
                self._anchor(anchors, figure)
                found_at.setdefault(figure.id, []).append((number.start, number.end))
                if count.verdict in (Verdict.SUPPORTED, Verdict.DISPUTED):
                    supports = count.verdict is Verdict.SUPPORTED
                    counted.append((left, right, figure, number.value if supports else None))
        if any(word in folded for word in _SHARES):  # (loaded only for a claim that may give one)
            from .proportions import proportions

            findings.extend(proportions(outside))
        if words_quoted := one_word_quotations(parsed.text):
            from .speakers import word_of_theirs  # (only for a claim that quotes one word)

            findings.extend(word_of_theirs(self.index, parsed.text, finding) for finding in words_quoted)
        if heading is not None and not parsed.dates:
            heading = replace(heading, aspect=aspect_of(outside))
        dates = parsed.dates or ((heading,) if heading is not None else ())
        every_act = tuple(act for act in find_acts(outside) if not purpose_object(outside, act))
        deadlines, kept = judge_deadlines(lambda: self.deadlines, (*dates, *parsed.bounds), outside)
        findings.extend(f for f in deadlines.values() if f not in kept)
        for mention in dates:
            if mention.start in deadlines and not mention.heading:
                continue
            if (period := period_of(mention, counted, outside)) is not None:
                findings.append(period)  # "between May 5 and June 9": when the count was made
                continue
            part = subject if mention.heading else date_subject(subject, outside, mention, dates, every_act)
            # A date may still be supported (never contradicted) by what the whole claim names,
            # where its own clause's words name no record ("Sabraw ruled late Friday that his
            # authority applies to parents who were separated ...").
            wider = subject.narrowed(part.acts, subject.words | part.words)
            own = [entry for entry in anchors if not of_another_clause(entry.record.id, mention, found_at, outside)]
            judged_date = with_its_people(self.index, check_date(self.index, mention, part, own, wider), subject)
            judged_date = not_done_then(another_of_its_dates(judged_date, mention, parsed.bounds, self.index),
                                        mention, outside)
            findings.append(attributive(judged_date, outside, mention, self.index.by_id[judged_date.record].action
                                        if judged_date.record in self.index.by_id else None))
        findings.extend(lengths_of(counted, outside))  # "over six weeks": how long the count ran
        unchecked.extend(unread_years(parsed, outside, [self.index.by_id[f.record] for f in findings
                                                         if f.record in self.index.by_id]))
        unchecked.extend(never_checked(parsed, outside))
        for bound in parsed.bounds:
            if bound.start in deadlines:
                continue
            if (period := period_of(bound, counted, outside)) is not None:
                findings.append(period)  # "since October 2017": when the count began
            else:
                unchecked.append(Unchecked(bound.text, PartKind.DATE, _BOUND_UNCHECKED))
        # (a deadline's day is of what must be done by then: "ordered ... to reunite ... by July 26")
        limits = list(deadlines.values())
        findings = [denied(f, outside, parsed, done=not any(f is d for d in limits)) for f in findings] + kept
        about = record_about(self.index, findings, subject, self.dated)
        if votes:
            from .votes import check_tallies

            findings.extend(check_tallies(outside, self.index, about))
        if parsed.unread_dates:  # ("Sunday", April 2019; "June 27", of no known year)
            from .undated import undated_day
        for text in parsed.unread_dates:
            if found := undated_day(self.index, text, about, self.dated, subject, outside, anchors, every_act):
                findings.append(found)
            else:
                unchecked.append(Unchecked(text, PartKind.DATE, "a date relative to when the text was written: "
                                                                "give that date (--dated) to check it"))
        if about is not None and isinstance(about.record, Event):
            findings, not_shown = doer_and_post(self.index, subject, about, findings, dates)
            unchecked.extend(not_shown)
        elif about is not None and (agent := doer_of_its_event(self.index, subject, about, findings)) is not None:
            # "... will send 35 prosecutors and 18 judges ..., Rosenstein announced": the count's event was Sessions'
            if isinstance(agent, Finding):
                findings.append(agent)
            else:
                unchecked.append(agent)
        doer = doer_of_count(subject, about) if about is not None and not isinstance(about.record, Event) else None
        if doer is not None and not any(f.kind is PartKind.AGENT for f in findings):
            findings.append(doer)
        if not any(f.kind is PartKind.AGENT for f in findings) and not any(u.kind is PartKind.AGENT for u in unchecked):
            # A doer the data does not know is not supported by the event the claim is about, nor by
            # any a part was found in ("Pence issued the order on June 20, but ... 2,000 children").
            events = [entry for entry in dict.fromkeys([*([about] if about else []), *self._found_in(findings)])
                      if isinstance(entry.record, Event)]
            shown = frozenset(f.record for f in findings if f.record and f.verdict is Verdict.SUPPORTED
                              and f.kind in (PartKind.DATE, PartKind.NUMBER, PartKind.QUOTATION))
            stranger = unknown_agent(subject, events, self.index.timeline, shown)
            if stranger is not None:
                findings = [*by_another(findings, stranger), stranger]
        offices = offices_named(subject)
        held, not_checked, office_dates = check_offices(self.index.timeline, offices, outside, dates, self.dated)
        if "dministration" in outside or (("'s " in outside or "’s " in outside) and any(
                word in outside for word in ("polic", "government", "presidency", "White House"))):
            from .administrations import administrations, unknown_presidents  # (only for a claim naming one)

            held.extend(administrations(self.index, subject, dates, self.dated))  # ("the Trump administration settled")
            unchecked.extend(unknown_presidents(self.index, subject))
        # "Nielsen was secretary in June 2018": the date is the office's, checked with it, not
        # the day of an event the claim does not name.
        findings = [f for f in findings if not (f.kind is PartKind.DATE and f.record is None
                                                and f.verdict is Verdict.UNVERIFIED and f.part in office_dates)]
        findings.extend(held)
        unchecked.extend(not_checked)
        unchecked.extend(titles_not_read(subject, offices))
        if about is not None:
            findings.extend(strangers(self.index.timeline, subject, about, offices, findings))
            sent = recipients(self.index, subject, about)
            findings.extend([*(to for to in sent if isinstance(to, Finding)), *called_on(subject, about, findings)])
            unchecked.extend(to for to in sent if isinstance(to, Unchecked))
            findings.extend(unknown_parties(subject))
            if any(cue in outside for cue in ("rder", "EO", "E.O.")):  # (loaded only for a claim naming an order)
                from .document_numbers import order_numbers

                findings.extend(order_numbers(outside, about, findings))
            findings.extend(unknown_doers(subject, about, self.index.timeline, self.outlets, bool(parsed.quotations)))
        if outlets := find_outlets(outside, lambda: self.outlets):
            # Where words went is recorded on the quote the claim quotes, or the record it is about.
            own = list(dict.fromkeys([*anchors, *([about] if about is not None else []), *self._found_in(findings)]))
            went, nowhere = outlets_of(self.index, subject, outlets, own, bool(parsed.quotations), self.outlets)
            findings.extend(went)
            unchecked.extend(nowhere)
        # (a claim about no record, whose outlet or words one supports, names no party it may not check)
        if spoken_of := list(dict.fromkeys([*([about] if about is not None else []), *self._found_in(findings)])):
            known = {f.part for f in findings if f.kind is PartKind.PARTY}
            findings.extend(reported_speech(outside, spoken_of, self.index.timeline, self.index.people_words))
            findings.extend(f for f in unknown_details(subject, spoken_of,
                                                        [(q.start, q.end) for q in parsed.quotations],
                                                        self.index.people_words, self.index.timeline,
                                                        self.outlets)
                            if f.part not in known)
        unchecked.extend(first_reported(outside))  # ("numbers first reported by The Associated Press")
        findings = if_asked(findings, outside)
        closest = None
        if about is None:
            ranked_all = self.index.ranked(subject.words, subject.actors, minimum=TOPIC_SCORE)
            closest = _ref(ranked_all[0][1]) if ranked_all else None
        date = dates[0].date if dates else None
        tenure = not subject.acts and any(titled.said for titled in offices) and bool(dates)
        return ClaimCheck(parsed.text, claim_verdict(tuple(findings), tuple(unchecked), tenure), tuple(findings),
                          speaker, date, _ref(about) if about is not None else None, closest, tuple(unchecked))

    @functools.cached_property
    def deadlines(self) -> tuple[Deadline, ...]:  # worked out when a claim first gives a deadline
        return recorded_deadlines(self.index)

    def _found_in(self, findings: list[Finding]) -> list[Entry]:
        """The records the claim's parts were judged against (supported, disputed or contradicted)."""
        return [self.index.by_id[f.record] for f in findings if f.record in self.index.by_id
                and f.verdict is not Verdict.UNVERIFIED]

    def _anchor(self, anchors: list[Entry], record: Quote | Figure) -> None:
        entry = self.index.by_id.get(record.id)
        if entry is not None and entry.record is not record:
            # a count as it stood when the text was written: dated by that account, of no event
            anchors.append(replace(entry, record=record, date=record.date, end=None))
            return
        for record_id in (record.id, getattr(record, "event", None)):
            entry = self.index.by_id.get(record_id) if record_id else None
            if entry is not None and entry not in anchors:
                anchors.append(entry)
