"""An administration named as who did a claim's act ("In 2023, the Trump administration entered
into a settlement"): the president it is named for must have held the office then, as an office
given a person is checked (offices.py). Only an administration that does the act is checked, on
the date of its clause, and only within the time the data covers: "the Trump administration's
policy", "families separated by the Trump administration" name whose, not when."""

from __future__ import annotations

from ..model.dates import PartialDate
from .claim_dates import DateAspect, DateMention
from .clauses import clause_span
from .index import ClaimIndex
from .offices import Office, OfficeMention, holders_of, offices
from .parts import Finding, PartKind, Unchecked, Verdict
from .patterns import deferred
from .subject import Subject
from .tenures import check_office

_THE = deferred(r"\b[Tt]he\s+$")
_ADMINISTRATION = deferred(r"\b(?P<name>[A-Z][a-z]+)(?:['’]s)?\s+[Aa]dministration\b(?!['’])")
# Where a clause's doer stands: the sentence's start, after a dateline, a comma or a conjunction
# ("WASHINGTON — The Biden administration walked away"; not "families the Trump administration
# separated", whose clause is another's)
_CLAUSE_HEAD = deferred(r"(?:^|[,;:—–-]\s*|\b(?:and|but|when|after|before|as|while|since)\s+)"
                        r"(?:[Tt]he\s+)?(?:(?:U\.S\.\s+)?(?:President|former\s+President)\s+)?(?:[A-Z][a-z]+\s+)?$")
# The administration's verb, and what may stand before it ("the Trump administration on Wednesday
# unveiled", "has reunited", "quickly moved to", "took")
_ITS_VERB = deferred(r"\s*(?:(?:has|had|have|was|were|is|also|then|now|later|\w+ly|on\s+\w+|last\s+\w+|"
                     r"this\s+\w+|in\s+\w+(?:\s+\d{4})?)\s+)*(?:[a-z]{2,}ed|took|made|began|sent|said|kept|"
                     r"brought|told|put|set|gave|won|lost|paid|sought|chose|drew|wrote|ran)\b")

# A date that opens the clause ("In 2023, the Trump administration", "Dec. 16 (UPI) -- President
# Donald Trump's administration")
_LEADS_TO = deferred(r"[\s,—–-]*(?:\([A-Za-z]+\)\s*)?[\s,—–-]*"
                     r"(?:(?:the|The|U\.S\.|President|former|[A-Z][a-z]+)\s+){0,3}")


def administrations(index: ClaimIndex, subject: Subject, dates: tuple[DateMention, ...],
                    written: PartialDate | None) -> list[Finding]:
    """The president each administration the claim says did its act is named for, on the date of
    that clause: supported when he held the office then, contradicted when another did."""
    if "dministration" not in subject.text or not dates:
        return []
    president = _presidency()
    found = []
    for match in _ADMINISTRATION().finditer(subject.text):
        if not _ITS_VERB().match(subject.text, match.end()) \
                or not _CLAUSE_HEAD().search(subject.text, max(0, match.start() - 40), match.start()):
            continue
        # (by the president's name alone: "the Trump Administration" is no mention of Trump in the index)
        actor = next((actor for actor, _ in holders_of(index.timeline, president)
                      if match["name"] in (actor.name.split()[-1], *actor.aliases)), None)
        if actor is None:
            if match.group().endswith(" administration") and _THE().search(subject.text, 0, match.start()):
                # ("In 2018, the Obama administration separated families": a president the data does
                # not know, so whose administration did it is not checked, and the claim not supported)
                found.append(Finding(match.group(), PartKind.PARTY, Verdict.UNVERIFIED, None,
                                     f"{match['name']} is not in the data: whose administration did it is not checked"))
            continue
        when = next((mention.date for mention in dates if mention.aspect is not DateAspect.SPAN and not mention.heading
                     and (_in_span(match.start(), clause_span(subject.text, mention.start, mention.end))
                          or _LEADS_TO().fullmatch(subject.text, mention.end, match.start()))), None)
        if when is None or index.latest is None or when.first_day > index.latest \
                or (index.earliest is not None and when.last_day < index.earliest):
            continue  # (outside the time the data covers: who held the office then is not recorded)
        # (the president then: an administration is not named by the office held when the text was written)
        checked = check_office(index.timeline, OfficeMention(president, actor, match.group(), False, match.start(),
                                                             then=True), when, written)
        if isinstance(checked, Finding):
            found.append(checked)
    return found

def _in_span(position: int, span: tuple[int, int]) -> bool:
    return span[0] <= position <= span[1]


_WHOSE = deferred(r"\b(?:[Tt]he\s+)?(?P<name>[A-Z][a-z]+)(?:['’]s)?\s+(?:[a-z]+\s+)?"
                  r"(?P<what>[Aa]dministration|policy|policies|government|presidency|White House)\b")


def _presidency() -> Office:
    return next(office for office in offices() if office.name == "President of the United States")


def unknown_presidents(index: ClaimIndex, subject: Subject) -> list[Unchecked]:
    """An administration or a policy named for a president the data does not know ("according to
    the Obama administration", "Obama's immigration policy separated ..."): whose it was is not
    checked, and the claim is not supported whole."""
    known = {name for actor in index.presidents for name in (actor.name.split()[-1], *actor.aliases)}
    known |= {actor.name.split()[-1] for actor, _, _ in subject.mentions}
    words = subject.text.split()
    # (the pattern is compiled only where a name stands before "administration" or as a possessive
    # that is no president the data knows: most claims name only Trump's or Biden's)
    named = {word.removesuffix("'s").removesuffix("’s") for at, word in enumerate(words)
             if word[:1].isupper() and any(after.casefold().startswith(_WHATS) for after in words[at + 1 : at + 3])}
    if not named - known - _NOT_PRESIDENTS:
        return []
    found = []
    for match in _WHOSE().finditer(subject.text):
        if match["name"] in known or match["name"] in _NOT_PRESIDENTS:
            continue
        if match["what"].casefold() != "administration" and "’" not in match.group() and "'" not in match.group():
            continue  # ("Obama's policy", not "Immigration policy")
        found.append(Unchecked(match.group().strip(), PartKind.PARTY,
                               f"{match['name']} is not in the data: whose it was is not checked", withholds=True))
    return found


_WHATS = ("administration", "polic", "government", "presidency", "white")
_NOT_PRESIDENTS = frozenset(("The", "This", "That", "Its", "Their", "His", "Her", "Our", "Federal", "Current",
                             "Previous", "Prior", "New", "Former", "Next", "Last", "Immigration", "Border", "Justice",
                             "Biden-Harris", "American", "Mexican", "Republican", "Democratic", "State", "Obama-era"))
