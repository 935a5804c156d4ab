"""Whether a person held the office a claim gives them: on the date of the clause the title is
in, or ever when it gives none; a tenure the claim spans ("secretary from December 2017 to
April 2019") against the recorded one."""

from __future__ import annotations

from ..model.dates import PartialDate
from ..model.records import Role
from ..model.timeline import Timeline
from ..queries.tenure import TenureStatus, role_status
from .claim_dates import DateAspect, DateMention
from .clauses import date_beside
from .date_accounts import shown
from .offices import OfficeMention, holders_of
from .parts import Finding, PartKind, Unchecked, Verdict
from .patterns import deferred


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
        if isinstance(office, Finding) and office.verdict is Verdict.CONTRADICTED and when is not None \
                and _named_for_what_they_did(text, titled) and _held_before(timeline, titled, when):
            # ("On January 26, 2021, Wilkinson rescinded the policy enacted by President Trump": the
            # title he held when he enacted it, not on the day of the clause)
            office = Unchecked(office.part, PartKind.OFFICE, f"{titled.person.name} held the office before "
                                                             f"{when.display()}: named by it for what was done then")
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


# A title named for what its holder did in office, in a phrase of someone else's act: "the policy
# enacted by President Trump", "under Attorney General Sessions", "President Trump's policy".
_BY_TITLE = deferred(r"\b(?:(?:enacted|implemented|introduced|instituted|launched|created|started|begun|established|"
                     r"imposed|adopted|put\s+in\s+place)\s+by|under)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,5}$")
_WHOSE = deferred(r"['’]s?\s+(?:(?:former|first|own|controversial|[\"“]?zero[- ]tolerance[\"”]?|family[- ]separation|"
                  r"immigration|border)\s+)*(?:policy|policies|era|administration|crackdown)\b")


def _named_for_what_they_did(text: str, titled: OfficeMention) -> bool:
    if titled.then or titled.said or titled.former:
        return False
    last = titled.person.name.split()[-1]
    named_at = text.find(last, titled.start)
    return _BY_TITLE().search(text, max(0, titled.start - 60), titled.start) is not None \
        or (named_at >= 0 and _WHOSE().match(text, named_at + len(last)) is not None)


def _held_before(timeline: Timeline, titled: OfficeMention, when: PartialDate) -> bool:
    """Whether the person had held the office, and left it, before the date."""
    return any(actor.id == titled.person.id and role.until is not None and role.until.last_day < when.first_day
               for actor, role in holders_of(timeline, titled.office))
