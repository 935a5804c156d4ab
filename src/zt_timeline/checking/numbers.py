"""A number in a claim against the figures that count the same thing: what is counted, what
happened to it, whether it happened, and on what subject must agree before a figure speaks
for a number (an identifier, "Executive Order 13841", is never read as one: see claims.py)."""

from __future__ import annotations

import datetime as dt
import re

from ..model.dates import PartialDate
from ..model.enums import FigureStatus, Modality, Rank
from ..model.quantities import amount
from ..model.records import Figure
from .about import MARGIN
from .account_verdicts import far_above, implying, number_finding
from .alike_figures import counts_alike, distance, percents_alike, same_report, sets_apart, statuses_known, widened
from .bounds import Bound, Interval, bound_of, interval
from .ceilings import beyond_every_count
from .claim_dates import DateMention
from .claims import NumberMention, is_time, of_the_whole
from .count_sayers import sayers_count, sayers_of
from .count_times import RUNNING_DAYS, counted_before, dated_here, may_have_grown, stale
from .deadlines import age_scope, same_age_group
from .figures import account_rank, as_of, describe_account, figure_accounts, kin_unit, same_unit
from .index import ClaimIndex
from .parts import Finding, PartKind, Verdict, relation
from .patterns import deferred
from .periods import of_its_period
from .subject import Subject
from .words import content_words

NUMBER_ABOUT = 4.0  # the score a figure needs to be what a number is about
NUMBER_NEAR = 0.75  # figures within this share of the best are weighed together


# "46 children ..., including 22 children who face safety concerns": some of a group, not a count of all
_INCLUDING = deferred(r"\b(?:including|among them|of whom|of which)\s+(?:at\s+least\s+|about\s+|some\s+)?$", re.I)
_OPEN = frozenset({Bound.MORE_THAN, Bound.AT_LEAST, Bound.FEWER_THAN, Bound.AT_MOST, Bound.NEARLY})


def check_number(index: ClaimIndex, number: NumberMention, subject: Subject, clause_words: frozenset[str],
                 statuses: frozenset[FigureStatus], modality: Modality, dates: tuple[DateMention, ...],
                 found_with: tuple[Figure, ...] = (), scope: tuple[str, int] | None = None
                 ) -> tuple[Finding, Figure | None]:
    """A number against the figures that count the same thing, in the same way, on the same
    subject: supported or disputed by one that records it; contradicted only when every figure
    the claim is about rules it out."""
    if number.unit is None:
        return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None,
                       "the claim does not say what the number counts"), None
    if modality is Modality.LIMIT and not statuses:
        # A limit speaks only of what must happen by it: a deadline to reunite is not one to call.
        return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None,
                       "the claim does not say what must happen within this limit, or the data has no such limit"), \
            None
    claim = interval(number.value, number.bound)
    # (not the words of its qualifier: "an estimated 2,000" is about 2,000, not the DHS estimate)
    words = (clause_words | subject.words) - frozenset(content_words(_QUALIFIER().split(number.text, 1)[0]))
    scored = []
    alike: list[Figure] = []
    ever: list[Figure] = []  # every count of the same, whenever made: the ceiling of what is known
    for entry in index.entries:
        figure = entry.record
        if not isinstance(figure, Figure) or not any(same_unit(number, a) for a in figure_accounts(figure)):
            continue
        if not counts_alike(entry, statuses, modality) or not percents_alike(subject.text, number, entry):
            continue
        if scope is not None and (recorded := age_scope(figure.label)) is not None \
                and not same_age_group(scope, recorded):
            continue  # a limit for children under five is not the one for the others
        ever.append(figure)
        if not dates and stale(subject, figure):
            continue  # "are still alone in custody", written in 2020: a count of 2018 does not say so
        if subject.written is not None:
            # A count made after the text was written is not what it counts; one given again and
            # again is what it had been by then ("545 children" in October: its October count).
            view = as_of(figure, subject.written.last_day)
            if view is None or not any(same_unit(number, a) for a in figure_accounts(view)):
                continue
            figure = view
        alike.append(figure)
        score = index.score(entry, words, subject.actors)
        if any(dated_here(d, figure) for d in dates):
            score += 2.0  # the claim's own date points at this count
        if any(a.value == number.value for a in figure_accounts(figure)):
            score += 3.0  # the very number is recorded here
        if score >= NUMBER_ABOUT:
            scored.append((score, figure))
    scored.sort(key=lambda item: -item[0])
    # A count whose very period the claim gives ("between May 5 and June 9") is the one it is
    # about: no other count speaks for its number.
    given_period = [(score, f) for score, f in scored if any(of_its_period(d, f) for d in dates)]
    scored = given_period or scored
    about = scored[0][1] if scored else None
    beyond = beyond_every_count(number, claim, statuses, ever, about)
    if beyond is not None:
        return beyond, None
    if not scored:
        return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None,
                       "no recorded figure counts this"), None
    if subject.written is None and not dates and number.bound in _OPEN \
            and len({bool(implying(number, claim, f)) for f in alike}) == 2:
        # "more than 3,200 children were separated", in a text of no known date: counts of them
        # made at other times fall on both sides of it, so when it was written decides
        return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None,
                       "counts of this made at different times fall on both sides of the number",
                       note="give the date the text was written (--dated) to check it"), None
    pool = [figure for score, figure in scored if score >= NUMBER_NEAR * scored[0][0]]
    # Another number of the claim found in a figure says what report the claim draws on: its
    # other counts ("1,995 minors were separated from 1,940 adults": the same DHS release).
    siblings = [figure for _, figure in scored if any(same_report(figure, other) for other in found_with)]
    if siblings:
        pool = siblings
    if dates:  # the clause dates the count: counts of that time, where there are any
        pool = [f for f in pool if any(dated_here(d, f) for d in dates)] or pool
    # The figures the claim is most about first; then any other count of the same thing, made by
    # the time the text was written, that records the number.
    # "Azar said there are fewer than 3,000": a count is the sayer's only on a record of theirs.
    sayers = sayers_of(subject, number)
    for figure in (*pool, *(figure for _, figure in scored if figure not in pool)):
        agreeing = implying(number, claim, figure)
        if sayers and not sayers_count(index, sayers, figure):
            continue
        if agreeing and _the_youngest_alone(modality, scope, figure):
            continue
        if agreeing and account_rank(figure_accounts(figure)[agreeing[0]]) is not Rank.DEPRECATED:
            return number_finding(number, claim, figure, agreeing[0]), figure
    # None records it. The claim is about the figure nearest in subject and value; the number is
    # contradicted only when that figure, and every other the claim is as much about, rules it out,
    # and the claim's date (if it gives one) is the figure's.
    scores = {figure.id: score for score, figure in scored}
    # The claim is about one count: one stands well above the others, or all it may be about are
    # of one report (dated alike).
    # So is a claim about the limits of one order, which the best figures all are ("returned to their
    # parents within 60 days" of an order that gave 14 and 30 days).
    single = bool(siblings) or len(scored) == 1 or scored[1][0] * MARGIN <= scored[0][0] \
        or len({f.date for f in pool}) == 1 or (modality is Modality.LIMIT and _one_order(scored))
    def nearest(figures: list[Figure]) -> Figure:
        return max(figures, key=lambda f: scores[f.id] / (1 + 2 * min(distance(number.value, a.value)
                                                                      for a in figure_accounts(f)
                                                                      if same_unit(number, a))))

    figure = nearest(pool)
    own = [f for _, f in scored if statuses and widened(index.by_id[f.id].statuses) & widened(statuses)]
    if own and index.by_id[figure.id].statuses == frozenset({FigureStatus.OTHER}):
        # "unable to find the parents of 666 children": the count of those not found, not of the
        # whole group the lawyers sought, though the claim names the lawyers too
        figure = nearest(own)
    agreeing = implying(number, claim, figure)
    if agreeing and sayers and not sayers_count(index, sayers, figure):
        # "Nielsen said there are fewer than 3,000": recorded, but not as hers.
        return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None, "no figure of the one said to give it "
                       "has this number", note=f"the number is recorded as someone else's count: {figure.id}"), None
    if agreeing and _the_youngest_alone(modality, scope, figure):
        return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None, describe_account(figure, figure),
                       figure.sources, "the limit of the youngest children alone; the claim names no age group"), None
    if agreeing:  # only an account ranked as an error says so
        return number_finding(number, claim, figure, agreeing[0]), figure
    relations = {relation(claim, interval(a.value, bound_of(a.qualifier))) for f in pool
                 for a in figure_accounts(f) if same_unit(number, a) and account_rank(a) is not Rank.DEPRECATED}
    dated_elsewhere = bool(dates) and figure.date is not None and not any(dated_here(d, figure) for d in dates)
    # What the figure counts must be shown to be what the claim counts: the claim's date is the
    # figure's, or it shares a word that sets the figure apart ("El Paso", "beds", "shortfall").
    # A limit of time is few of its kind (the deadlines of an order, a settlement's days): it is in
    # scope where the claim says what must happen by it, and that is what the figure counts.
    in_scope = bool(siblings) or (bool(dates) and not dated_elsewhere) or sets_apart(index, figure, words) \
        or (modality is Modality.LIMIT and bool(statuses))
    # Who still remains is counted many ways on one day (eligible, not eligible, released to a
    # sponsor): a different number of them is a different split unless the claim names the
    # figure's own breakdown.
    split = statuses == frozenset({FigureStatus.IN_CUSTODY}) and not siblings and modality is not Modality.LIMIT
    counts = modality is not Modality.LIMIT and not is_time(number.unit)  # a limit is its age group's and act's
    # (unless the claim gives the very period the figure counts: "between April 19 and May 31")
    pinned = any(of_its_period(d, figure) for d in dates)
    recorded_elsewhere = _recorded_elsewhere(index, number, claim, subject.written, statuses, modality) \
        if relations == {"apart"} and counts and not pinned else None
    if recorded_elsewhere is not None:
        # "463 parents ... likely deported": that very count is recorded, of something the claim may
        # well be about; a neighbouring count does not rule it out.
        return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None, "no figure it is shown to be about has "
                       "this number", note=f"the number is recorded for another count: {recorded_elsewhere.id}"), None
    # ("54 of the children": some of a group the claim does not say, never another count of all)
    partitive = " of the " in number.text or " of those " in number.text or " of them" in number.text \
        or bool(_INCLUDING().search(subject.text[max(0, number.start - 24) : number.start])) \
        or of_the_whole(subject.text, number.end) is not None \
        or (number.unit == "percent" and _OF_A_GROUP().search(subject.text, 0, number.start) is not None) \
        or _in_a_breakdown(subject.text, number.start)
    # ("38 of the 102 children"; "Of the 239 children taken to the facility, ... 40 percent")
    # A claim that gives no time, in a text of no known date, is not about one count of a thing
    # counted again and again ("all 3,000 children they separated" is not the count of 2021).
    timeless = not dates and subject.written is None and any(
        other.id != figure.id and other.date != figure.date for other in ever)
    if single and in_scope and relations == {"apart"} and not dated_elsewhere and not split \
            and not partitive and not timeless and not (not dates and counted_before(subject, figure)) \
            and figure not in found_with and statuses_known(statuses, index.by_id[figure.id]) \
            and not (index.by_id[figure.id].statuses == frozenset({FigureStatus.OTHER})
                     and not sets_apart(index, figure, words)) \
            and not _worlds_apart(number.value, figure) and not number.text.casefold().startswith("up to") \
            and not _a_further_part(figure, subject.text) \
            and not _ROOM_FOR().search(subject.text, max(0, number.start - 70), number.start) \
            and not (counts and may_have_grown(number.value, dates, figure, statuses)):
        # ("house up to 20,000 children": a room for so many, not a count of them)
        # (a count of something else, whose label says what, is not the claim's count of children
        # separated unless the claim says that something: "700 cases ... of kids being separated"
        # is not the Border Patrol's 148 cases of family fraud of the same months)
        # (a figure that gave another number of the claim is not this one's: "378 other children
        # ... which means 1,820 of 2,551 have been discharged" counts two things)
        return Finding(number.text, PartKind.NUMBER, Verdict.CONTRADICTED, figure.id, describe_account(figure, figure),
                       figure.sources, None, f"{number.text} for {amount(figure)}"), figure
    return Finding(number.text, PartKind.NUMBER, Verdict.UNVERIFIED, None, "no recorded figure has this number",
                   note=f"closest, about something else or another time: {figure.id}"), None


def _one_order(scored: list[tuple[float, Figure]]) -> bool:
    """Whether the best-scored figures are all limits set by one recorded event."""
    events = {figure.event for score, figure in scored if score == scored[0][0]}
    return len(events) == 1 and None not in events


def _the_youngest_alone(modality: Modality, scope: tuple[str, int] | None, figure: Figure) -> bool:
    """Whether a limit the claim gives for no age group is recorded only for the youngest ("ordered
    DHS to return all the children ... within 14 days": the others had 30)."""
    return modality is Modality.LIMIT and scope is None and (age_scope(figure.label) or ("",))[0] == "under"


_OF_A_GROUP = deferred(r"\b[Oo]f\s+(?:the|those|these)\s+\d[\d,]*\b")
WORLDS_APART = 100  # a number this many times the count, or this share of it, is of something else


# Room for so many, not a count of them: "to house as many as 20,000 children", "beds for 2,000"
_ROOM_FOR = deferred(r"\b(?:house|housing|hold|accommodate|shelter|beds?\s+for|room\s+for|capacity\s+(?:for|of))\b"
                     r"[^;!?]{0,50}$", re.I)
# A count of those beyond another count of the day ("children discharged in other appropriate
# circumstances"): one part of a whole, which a claim that gives the whole ("1,820 children ...
# have been discharged", of the 1,442 reunited and 378 others) does not contradict.
_FURTHER_PART = deferred(r"\bin other\b")
_SAYS_FURTHER = deferred(r"\b(?:additional|other|another|further|more|newly)\b", re.I)


def _a_further_part(figure: Figure, text: str) -> bool:
    return _FURTHER_PART().search(figure.label) is not None and _SAYS_FURTHER().search(text) is None


def _in_a_breakdown(text: str, start: int) -> bool:
    """Whether a number stands in brackets after a count, as one of its parts ("26 asylum seekers
    (nine children and 17 parents)")."""
    opened = text.rfind("(", 0, start)
    return opened >= 0 and ")" not in text[opened:start] and _COUNT_BEFORE().search(text, 0, opened) is not None


_COUNT_BEFORE = deferred(r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}[\w-]+\s*$")


def _worlds_apart(value: float, figure: Figure) -> bool:
    """Whether the claim's number is of another order than every account of the count ("more than
    240,000 employees" of a department, against the 50 employees a review spoke with)."""
    return all(account.value and not 1 / WORLDS_APART <= value / account.value <= WORLDS_APART
               for account in figure_accounts(figure))


def _recorded_elsewhere(index: ClaimIndex, number: NumberMention, claim: Interval, written: PartialDate | None,
                        statuses: frozenset[FigureStatus], modality: Modality) -> Figure | None:
    """A figure of the same unit, whatever it counts (or of parents for families, where what
    happened to them is the same), that records the claim's number (by the time the text was
    written, when that is known, give or take the days a count is made public in: 2,551 children
    counted in a filing of July 26 were reported on July 22)."""
    for entry in index.entries:
        if not isinstance(entry.record, Figure):
            continue
        kin = any(not same_unit(number, account) and kin_unit(number, account)
                  for account in figure_accounts(entry.record)) and counts_alike(entry, statuses, modality)
        if not kin and not any(same_unit(number, account) for account in figure_accounts(entry.record)):
            continue
        figure = as_of(entry.record, written.last_day + dt.timedelta(days=RUNNING_DAYS)) if written is not None \
            else entry.record
        if figure is not None and (implying(number, claim, figure) or (kin and any(
                kin_unit(number, account) and not far_above(number, account.value)
                and relation(claim, interval(account.value, bound_of(account.qualifier))) == "implies"
                for account in figure_accounts(figure)))):
            return figure
    return None


_QUALIFIER = deferred(r"[\d$]")  # where a number's digits begin: the words before them qualify it
