"""Who held an office when: a title the claim puts beside a name ("Attorney General Jeff
Sessions", "Nielsen, then the homeland security secretary"), checked against the actors' dated
roles (the tenures `zt actors --as-of` reads)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ..model.dates import PartialDate
from ..model.records import Actor, ActorKind, Role
from ..model.timeline import Timeline
from ..queries.tenure import TenureStatus, role_status
from .claim_dates import DateAspect, DateMention
from .clauses import date_beside
from .date_accounts import shown
from .parts import Finding, PartKind, Unchecked, Verdict
from .patterns import deferred
from .subject import Subject


class Office(NamedTuple):
    """An office as reporters write it, and how to tell its holders' roles."""

    name: str
    cues: tuple[str, ...]  # a word one of which a text that names the office has (lower case)
    how_written: str  # a pattern of the office as a text writes it
    held: str  # a pattern matching the title of a role of this office
    not_held: str | None = None  # a pattern of a role title that matches `held` but is another office

    @property
    def written(self) -> re.Pattern[str]:
        return _pattern(self.how_written)

    def holds(self, title: str) -> bool:
        """Whether a role of that title is a tenure of this office."""
        return bool(_pattern(self.held).search(title)) and not (self.not_held and _pattern(self.not_held).search(title))

    def may_be_in(self, folded: str) -> bool:
        """Whether a text (case folded) may name the office: its patterns are compiled only then."""
        return any(cue in folded for cue in self.cues)


@functools.cache  # only for an office a claim names: compiling every office's takes milliseconds
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text, re.I)


_LOWER = r"(?<!deputy )(?<!assistant )(?<!associate )(?<!principal deputy )"


@functools.cache  # compiled on the first claim that names a person: most commands never need them
def offices() -> tuple[Office, ...]:
    return (
        Office("Attorney General", ("attorney",), _LOWER + r"\battorney[- ]general\b", r"^(acting )?attorney general",
               r"russia|deputy"),
        Office("Deputy Attorney General", ("attorney",), r"\bdeputy attorney[- ]general\b",
               r"^(acting )?deputy attorney general"),
        Office("Secretary of Homeland Security", ("homeland", "dhs"),
               r"(?<!deputy )\b(?:homeland security secretary|dhs secretary|secretary of homeland security|"
               r"homeland security chief|secretary of the department of homeland security)\b",
               r"^(acting )?secretary of homeland security", r"deputy|chief of staff|counselor"),
        Office("Secretary of Health and Human Services", ("health", "hhs"),
               r"(?<!deputy )\b(?:health and human services secretary|hhs secretary|secretary of health and human "
               r"services)\b", r"^(acting )?secretary of health and human services", r"deputy"),
        Office("Director of U.S. Immigration and Customs Enforcement", ("ice ", "ice,", "ice.", "customs enforcement"),
               r"(?<!deputy )\b(?:ice director|director of (?:u\.s\. )?immigration and customs enforcement|"
               r"immigration and customs enforcement director|head of ice)\b",
               r"director of u\.s\. immigration and customs enforcement", r"^deputy director of|legal"),
        Office("Commissioner of U.S. Customs and Border Protection", ("cbp", "border protection"),
               r"(?<!deputy )\b(?:cbp commissioner|commissioner of (?:u\.s\. )?customs and border protection|"
               r"customs and border protection commissioner|head of (?:u\.s\. )?customs and border protection)\b",
               r"commissioner of u\.s\. customs and border protection", r"deputy commissioner"),
        Office("Director of U.S. Citizenship and Immigration Services", ("uscis", "citizenship"),
               r"\b(?:uscis director|director of (?:u\.s\. )?citizenship and immigration services)\b",
               r"director .*citizenship and immigration services"),
        Office("Director of the Office of Refugee Resettlement", ("orr", "refugee"),
               r"\b(?:orr director|director of the office of refugee resettlement|refugee resettlement director)\b",
               r"director, office of refugee resettlement"),
        # "President Trump", "president of the United States", "was president in 2019"; not "president
        # of the U.S. division of Eli Lilly" (the text is matched case-blind: the name's capital is kept)
        Office("President of the United States", ("president",),
               r"(?<!vice )\bpresident(?:(?=(?-i: [A-Z]))| of the united states\b|(?=\s+(?:in|from|until|when|during|"
               r"since)\b|\s*[,.;]|\s*$))",
               r"^president of the united states"),
        Office("White House Chief of Staff", ("chief of staff",), r"\bwhite house chief of staff\b",
               r"^(acting )?white house chief of staff"),
    )


_ORDINAL = deferred(r"(?:\d+(?:st|nd|rd|th)\s+)?(?:United\s+States\s+|U\.S\.\s+)?")  # "the 6th United States ..."
_ACRONYM = deferred(r"\s*\([A-Z]{2,6}\)(?=\s)")
FORMER = deferred(r"\b(?:former|ex-|then-former|onetime|one-time)\s*$", re.I)  # before an office: held once


class OfficeMention(NamedTuple):
    office: Office
    person: Actor
    text: str
    former: bool  # "former Attorney General ...": held once, not then
    start: int  # where the person is named
    said: bool = False  # said of the person ("Nielsen was secretary in June 2018"): the claim's date is the office's
    then: bool = False  # "then-Attorney General ...": the office held on the claim's date, not when it was written


# "Nielsen was homeland security secretary in June 2018", "Kelly became White House chief of staff".
_PREDICATE = deferred(r"\s+(?:was|became|is|served\s+as|remained)\s+"
                      r"(?P<pre>(?:the\s+|then[- ]?|former\s+|acting\s+|a\s+)*)(?P<rest>(?:U\.S\.|[^,.;])*)", re.I)
# (an office written after the name, up to the clause's end: "U.S." does not end it)
_APPOSED = deferred(r",\s*(?P<pre>(?:the\s+|then[- ]?|former\s+|acting\s+|current\s+)*)(?P<rest>(?:U\.S\.|[^,.;])*)",
                    re.I)
_THEN = deferred(r"\bthen[- ]?(?:acting\s+)?$", re.I)
_DENIED = deferred(r"(?:not|nor|never|rather than|instead of)\b", re.I)


def offices_named(subject: Subject) -> tuple[OfficeMention, ...]:
    """A person the claim gives an office: the title right before the name, right after it
    between commas ('Nielsen, the homeland security secretary,'), or said of the person ('Nielsen
    was homeland security secretary')."""
    found = []
    folded = subject.text.casefold()
    named = [office for office in offices() if office.may_be_in(folded)]
    for actor, start, end in subject.mentions:
        if actor.kind is not ActorKind.PERSON:
            continue
        # ("U.S. Immigration and Customs Enforcement (ICE) Director Kevin McAleenan": the acronym aside)
        before = subject.text[max(0, start - 76) : start]
        before = _ACRONYM().sub("", before) if "(" in before else before
        after = subject.text[end : end + 70]
        for office in named:
            # The title right before the name, with one capitalised word between ("Attorney
            # General Jeff Sessions") or a comma ("the head of CBP, Thomas Homan,"); not a title
            # ending a clause before another's ("... secretary of Homeland Security, President
            # Donald Trump announced").
            title = next((m for m in office.written.finditer(before)
                          if re.fullmatch(r"\s*(?:[A-Z][\w.'-]*\s+)?|\s*,\s*", before[m.end():])), None)
            if title is not None and before[: title.start()].split()[-1:] != [] \
                    and before[: title.start()].split()[-1][:1].isupper():
                from .states import of_a_state  # (loaded only for a name before a title)

                if of_a_state(before[: title.start()]):
                    title = None  # "Former Virginia attorney general Ken Cuccinelli": a state's office
            if title is not None:
                head = before[: title.start()]
                found.append(OfficeMention(office, actor, f"{before[title.start():].strip()} {actor.name}".strip(),
                                           bool(FORMER().search(head)), start,
                                           then="then" in head[-12:].casefold() and bool(_THEN().search(head[-12:]))))
                break
            apposed = _APPOSED().match(after)
            predicate = None if apposed else _PREDICATE().match(after)
            given = apposed or predicate
            if given and given["rest"][:1] in "nNrRiI" and _DENIED().match(given["rest"]):
                given = None  # "from Kelly, not the President": the office is denied of him, not given
            said = office.written.search(given["rest"]) if given else None
            if given and said is not None and re.match(r"\s+[A-Z][a-z]", given["rest"][said.end():]):
                said = None  # "Alex Azar, DHS Secretary Kirstjen Nielsen, and ...": the title is the next name's
            ordinal = _ORDINAL().match(given["rest"]) if given else None  # (it matches every text, if only "")
            if given and said is not None and said.start() <= 12 + (ordinal.end() if ordinal else 0):
                text = f"{actor.name}, {given.group(0)[1:].strip()}" if apposed else \
                    f"{actor.name} {given.group(0).strip()}"
                found.append(OfficeMention(office, actor, text, "former" in given["pre"].casefold(), start,
                                           predicate is not None, "then" in given["pre"].casefold()))
                break
    return tuple(found)


def holders_of(timeline: Timeline, office: Office) -> list[tuple[Actor, Role]]:
    """Every tenure of the office the data records, with its holder."""
    return [(actor, role) for actor in timeline.actors for role in actor.roles
            if office.holds(role.title)]


def check_office(timeline: Timeline, mention: OfficeMention, when: PartialDate | None,
                 written: PartialDate | None = None) -> Finding | Unchecked:
    """Whether the person held the office: on the claim's date, or ever when it gives none (or
    says "former"); or, for a title the person took later, when the text was `written` (None:
    not known)."""
    holders = holders_of(timeline, mention.office)
    if not holders:
        return Unchecked(mention.text, PartKind.OFFICE, f"no holder of {mention.office.name} is recorded")
    own = [role for actor, role in holders if actor.id == mention.person.id]
    sources = tuple(dict.fromkeys(s for role in own for s in role.sources))
    if when is None or mention.former:
        if own:
            return Finding(mention.text, PartKind.OFFICE, Verdict.SUPPORTED, mention.person.id,
                           f"{mention.person.name}: {own[0].title}{_tenure(own[0])}", sources)
        named = ", ".join(dict.fromkeys(actor.name for actor, _ in holders))
        return Finding(mention.text, PartKind.OFFICE, Verdict.CONTRADICTED, mention.person.id,
                       f"{mention.person.name} is not recorded holding it; its holders: {named}",
                       tuple(dict.fromkeys(s for _, role in holders for s in role.sources)), None,
                       f"{mention.person.name} never held {mention.office.name}")
    statuses = [(role, *role_status(role, when)) for role in own]
    held = [(role, status) for role, status, _ in statuses if status in (TenureStatus.HELD, TenureStatus.PARTLY)]
    if held:
        role = held[0][0]
        return Finding(mention.text, PartKind.OFFICE, Verdict.SUPPORTED, mention.person.id,
                       f"{role.title}{_tenure(role)}", tuple(role.sources))
    if any(status is TenureStatus.UNCERTAIN or status is TenureStatus.UNDATED for _, status, _ in statuses):
        return Unchecked(mention.text, PartKind.OFFICE, f"{mention.person.name}'s tenure is not known precisely "
                                                        f"enough for {when.display()}")
    later = [role for role in own if role.start is not None and role.start.plausible_first_day > when.last_day]
    if not mention.then and not mention.said and later and (written is None or any(
            role_status(role, written)[0] in (TenureStatus.HELD, TenureStatus.PARTLY, TenureStatus.UNCERTAIN)
            for role in later)):
        # ("The White House chief of staff, John Kelly, told CNN in March 2017 ...": a reporter
        # names people by the office they hold when they write, which Kelly took later)
        return Unchecked(mention.text, PartKind.OFFICE, f"{mention.person.name} took this office after "
                                                        f"{when.display()}: the title may be the one held when the "
                                                        "text was written", withholds=True)
    # Not held on any day asked about: whoever held it on all of them, or on some ("in 2019").
    others = sorted(((actor, role) for actor, role in holders if actor.id != mention.person.id
                     and role_status(role, when)[0] in (TenureStatus.HELD, TenureStatus.PARTLY)),
                    key=lambda pair: role_status(pair[1], when)[0] is not TenureStatus.HELD)
    if not others:
        return Unchecked(mention.text, PartKind.OFFICE, f"no holder of {mention.office.name} is recorded for "
                                                        f"{when.display()}")
    actor, role = others[0]
    mine = f" ({mention.person.name}: {own[0].title}{_tenure(own[0])})" if own else ""
    return Finding(mention.text, PartKind.OFFICE, Verdict.CONTRADICTED, actor.id,
                   f"{when.display()}: {actor.name}, {role.title}{_tenure(role)}{mine}",
                   tuple(dict.fromkeys((*role.sources, *(s for r in own for s in r.sources)))), None,
                   f"{mention.person.name} for {actor.name}")


def check_offices(timeline: Timeline, offices: tuple[OfficeMention, ...], text: str,
                  dates: tuple[DateMention, ...], written: PartialDate | None = None
                  ) -> tuple[list[Finding], list[Unchecked], set[str]]:
    """Each office the claim gives a person, on the date of its clause: the parts checked, those
    not, and the dates (as shown) that are an office's said of a person, not an event's."""
    found: list[Finding] = []
    not_checked: list[Unchecked] = []
    office_dates: set[str] = set()
    for titled in offices:
        when = date_beside(text, titled.start, dates)
        span = _span_beside(text, titled, dates) if when is None else None
        office = check_tenure(timeline, titled, span) if span is not None else \
            check_office(timeline, titled, when, written)
        if span is not None:
            office_dates.add(shown(span))
        if isinstance(office, Finding):
            found.append(office)
        else:
            not_checked.append(office)
        if titled.said and when is not None:
            office_dates |= {shown(mention) for mention in dates if mention.date == when}
    return found, not_checked, office_dates


def _span_beside(text: str, titled: OfficeMention, dates: tuple[DateMention, ...]) -> DateMention | None:
    """The span the claim says the person held the office ("Nielsen was secretary from December
    2017 to April 2019"): one written whole, in the clause the office is said in."""
    if not (titled.said or titled.text.startswith(titled.person.name)):
        return None
    spans = [m for m in dates if m.aspect is DateAspect.SPAN and m.until is not None and m.start > titled.start]
    return spans[0] if len(spans) == 1 else None


def check_tenure(timeline: Timeline, mention: OfficeMention, span: DateMention) -> Finding | Unchecked:
    """The span a claim gives a person's tenure against the dates of their roles in the office:
    each end supported when a recorded tenure's falls within it, contradicted when none can."""
    own = [role for actor, role in holders_of(timeline, mention.office) if actor.id == mention.person.id]
    part = f"{mention.person.name}, {mention.office.name}, {span.text}"
    if not own:
        return check_office(timeline, mention, None)  # never held it: that is what is wrong
    assert span.until is not None  # (a span written whole)
    ends = [_agrees(span.date, [role.start for role in own]), _agrees(span.until, [role.until for role in own])]
    recorded = "; ".join(f"{role.title}{_tenure(role)}" for role in own)
    sources = tuple(dict.fromkeys(s for role in own for s in role.sources))
    if "apart" in ends:
        return Finding(part, PartKind.OFFICE, Verdict.CONTRADICTED, mention.person.id, recorded, sources, None,
                       f"{span.text} for{_tenure(own[0]).lstrip(',')}")
    if ends == ["within", "within"]:
        return Finding(part, PartKind.OFFICE, Verdict.SUPPORTED, mention.person.id, recorded, sources)
    return Unchecked(part, PartKind.OFFICE, f"the tenure is not recorded precisely enough for {span.text}")


def _agrees(claimed: PartialDate, recorded: list[PartialDate | None]) -> str:
    """'within' when a recorded date falls within what the claim's allows, 'apart' when none can,
    else 'unknown'."""
    known = [date for date in recorded if date is not None]
    if any(claimed.first_day <= date.plausible_first_day and date.plausible_last_day <= claimed.last_day
           for date in known):
        return "within"
    if known and len(known) == len(recorded) and all(date.plausible_last_day < claimed.first_day
                                                      or date.plausible_first_day > claimed.last_day for date in known):
        return "apart"
    return "unknown"


def _tenure(role: Role) -> str:
    if role.start is None and role.until is None:
        return ""
    start = role.start.display() if role.start else "?"
    until = role.until.display() if role.until else ""
    return f", {start} – {until}".rstrip()


# The post an appointment, a nomination or a confirmation is to, as a claim gives it after the
# person: "to be his chief of staff", "as acting secretary", "to lead the agency".
