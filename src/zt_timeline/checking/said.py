"""The quotations of a claim judged: each one's words against the recorded quotes (quotes.py),
then who the claim says spoke them (speakers.py): a name beside a verb of speech, a pronoun
read from the sentence before, a transcript's label, someone the data does not know."""

from __future__ import annotations

from msgspec.structs import replace

from ..model.records import Quote
from . import quotes
from . import speakers as who
from .claims import ParsedClaim
from .index import ClaimIndex
from .parts import Finding, Verdict
from .subject import Subject
from .transcripts import introduced_speakers

FEW_WORDS = 5  # a quotation this short, and not the recorded words, says nothing of who spoke it


def judge_quotations(index: ClaimIndex, parsed: ParsedClaim, subject: Subject, before: str
                     ) -> tuple[list[Finding], list[Quote], str | None]:
    """The parts the claim's quotations give, the recorded quotes they were found in, and the name
    of whoever the last of them is recorded from. `before`: the draft's sentence before the claim
    (whom "she said" may mean)."""
    findings: list[Finding] = []
    found: list[Quote] = []
    speaker = None
    for quotation in parsed.quotations:
        speakers = who.claimed_speakers(index, parsed.text, quotation) or who.said_before(subject, quotation) \
            or introduced_speakers(subject, quotation)
        pronoun = None if speakers else who.pronoun_speaker(parsed.text, quotation)
        people = {actor.id for actor in index.people_in(before)} if pronoun and before else set()
        resolved = people.pop() if len(people) == 1 else None
        finding, quote = quotes.check_quotation(index, quotation,
                                                frozenset(speakers or ((resolved,) if resolved else ()))
                                                or subject.actors)
        if finding.verdict is Verdict.CONTRADICTED and quote is not None and quotes.said_another_day(parsed, quote,
                                                                                                     index):
            finding = replace(finding, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                              note=f"{finding.note}; the claim dates its words to another day than the "
                                   f"recorded ones ({quote.id}): they may be another occasion's")
        if finding.verdict is not Verdict.UNVERIFIED and who.saying_denied(parsed.text, quotation):
            finding = replace(finding, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                              note="the claim denies or doubts that the words were said, which zt does not "
                                   f"judge; the data: {finding.record}")
            quote = None
        findings.append(finding)
        if quote is None:
            continue
        found.append(quote)
        named = who.check_pronoun(index, quote, pronoun, resolved) if pronoun else \
            who.check_speaker(index, quote, speakers, quotation)
        if named is not None and named.verdict is Verdict.CONTRADICTED and finding.verdict is not Verdict.SUPPORTED \
                and len(quotation.text.split()) < FEW_WORDS:
            # ("... but 'that's the Democrats' law,'" Trump said: four words near a few of Sessions's
            # are not shown to be his, so they say nothing of who spoke these; nor is Homan's "Of
            # course there is," a judge's "This, of course, is ...")
            named = replace(named, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                            note="the words are not shown to be the recorded ones: who spoke them is not checked")
        if named is not None and named.verdict is Verdict.CONTRADICTED and who.names_the_recorded(index, parsed.text,
                                                                                                   quote):
            # ("said John Kelly, the acting inspector general": the inspector general's words, and
            # a namesake of the John F. Kelly the data knows)
            named = replace(named, verdict=Verdict.UNVERIFIED, record=None, differs=None,
                            note="the claim also names the recorded speaker's office: the name may be "
                                 "another person's of the same name")
        if named is None and not speakers:
            named = who.label_not_known(index, parsed.text, quotation, quote) \
                or who.body_speaker(index, parsed.text, quotation, quote) \
                or (who.stranger_speaker(index, parsed.text, quotation, quote)
                    if finding.verdict is Verdict.SUPPORTED else None) \
                or who.named_beside(index, parsed.text, quotation, quote)
        if named:
            findings.append(named)
        speaker = index.timeline.actor_name(quote.speaker)
    return findings, found, speaker
