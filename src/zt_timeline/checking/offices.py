"""Who held an office when: a title the claim puts beside a name ("Attorney General Jeff
Sessions", "Nielsen, then the homeland security secretary"), checked against the actors' dated
roles (the tenures `zt actors --as-of` reads)."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from ..model.records import Actor, ActorKind, Role
from ..model.timeline import Timeline
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
            if title is not None and "," in before[title.end():] and not re.match(r"\s*(?:[,.;:)]|$)", after):
                title = None  # "... the commissioner of CBP, Trump said Sunday": a clause's end, then its speaker
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
