"""The dates in a claim, and what each says: when a thing happened, when it began or ended,
or the span it ran ("from July to November 2017").

Dates are read at the precision written ("in May 2018" is the month); "last month",
"Thursday" and a day without a year only when the draft's own date is known. A date after
"since", "until", "before" and the like bounds a span the sentence does not give whole, so it
is not checked; a span written whole is.
"""

from __future__ import annotations

import datetime as dt
import enum
import re

import msgspec

from ..errors import DateError
from ..model.dates import PartialDate, Precision, make_date
from .date_forms import DATE_FORMS, MONTH, READ_AGAINST_THE_DRAFT
from .patterns import deferred
from .relative_dates import month_number, part_of_year, resolve, week_of


class DateAspect(enum.StrEnum):
    """What a date of a claim says about the event."""

    WHEN = "when"  # it happened within the date ("in June 2018")
    START = "start"  # it began then ("began in July 2017")
    END = "end"  # it ended then ("ended in November 2017")
    SPAN = "span"  # it ran from the date to `until` ("from July to November 2017")


class DateMention(msgspec.Struct, frozen=True, gc=False):
    text: str
    date: PartialDate
    start: int
    end: int
    relative: bool = False  # read against the draft's date ("last month")
    aspect: DateAspect = DateAspect.WHEN
    until: PartialDate | None = None  # the end of a span (DateAspect.SPAN)
    within: tuple[dt.date, dt.date] | None = None  # the part of the year "early 2018" or "mid-2019" names
    heading: bool = False  # carried from a dated heading of the draft to the sentences under it


# A date after one of these words bounds a span ("since July 2017", "until 2019"): it is not
# when something happened, so it is not checked against the events' dates.
_BOUNDING = re.compile(r"\b(?:since|from|until|till|through|before|after|by|between|to|no later than|as early as|"
                       r"at least since|prior to|effective(?:\s+on|\s+as\s+of)?)\s+(?:early\s+|late\s+|mid-)?"
                       r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.I)  # ("by Tuesday, July 10")
# A span written whole: "from July to November 2017", "between June 2018 and 2019", "from 2017
# to 2019". The first date may leave out the year the second gives.
_MONTH_AS = MONTH.replace("(?P<month>", "(?P<{m}>")  # the month, in a group of the name given
_SPAN_DATE = (r"(?:" + _MONTH_AS + r"(?:\s+(?P<{d}>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?)?,?\s*)?(?P<{y}>(?:19|20)\d\d)?")
_SPAN = deferred(r"\b(?:[Ff]rom|[Bb]etween)\s+" + _SPAN_DATE.format(m="m1", d="d1", y="y1")
                   + r"\s*(?:to|until|till|through|and|-|–)\s+" + _SPAN_DATE.format(m="m2", d="d2", y="y2"))
# The same, the day before its month: "from 5 May to 9 June".
_DAY_FIRST = r"(?P<{d}>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH_AS + r"(?:,?\s+(?P<{y}>(?:19|20)\d\d))?"
_SPAN_DAY_FIRST = deferred(r"\b(?:[Ff]rom|[Bb]etween)\s+" + _DAY_FIRST.format(m="m1", d="d1", y="y1")
                           + r"\s*(?:to|until|till|through|and|-|–)\s+" + _DAY_FIRST.format(m="m2", d="d2", y="y2")
                           + r"\b")
# Two dates, each with its month and year, joined by a dash: "July 1, 2017 - June 25, 2018".
_FULL_DATE = _MONTH_AS + r"(?:\s+(?P<{d}>[0-3]?\d)(?!\d))?,?\s+(?P<{y}>(?:19|20)\d\d)"
_DASH_SPAN = deferred(r"\b" + _FULL_DATE.format(m="m1", d="d1", y="y1") + r"\s*[-–]\s*"
                      + _FULL_DATE.format(m="m2", d="d2", y="y2") + r"\b")
# Verbs that make a date the start or the end of what they describe, a few words before it.
_VERB_THEN_DATE = r"\b(?:\W+\w+){0,4}\W*$"  # the verb, then at most four words ("began operating in")
_STARTING = deferred(r"\b(?:began|begun|begins?|started|starts?|launched|initiated|took effect|went into effect)"
                       + _VERB_THEN_DATE, re.I)
_ENDING = deferred(r"\b(?:ended|ends?|stopped|stops|halted|ceased|concluded|expired|wound down)" + _VERB_THEN_DATE,
                     re.I)


_BOUND = deferred(_BOUNDING.pattern.removesuffix("$") + r"(?:" + MONTH + r"|(?:19|20)\d\d)\b", re.I)


def a_bound_at(text: str, at: int) -> bool:
    """Whether the date at `at` bounds what the text says ("by July 26", "effective May 11")."""
    return at >= 0 and _BOUNDING.search(text[max(0, at - 20) : at]) is not None


def bounded(text: str) -> bool:
    """Whether a text dates what it says by a bound ("no later than October", "since 2017"):
    its act is dated there, not by another date of the sentence."""
    found = _BOUND().search(text)
    # (not a deadline of what is to be done: "ordered the government to reunite ... by July 26")
    return found is not None and not (found.group(0).casefold().startswith(("by ", "until ", "no later than "))
                                      and _TO_BE_DONE().search(text, 0, found.start()) is not None)


_TO_BE_DONE = deferred(r"\b(?:to\s+[a-z]+|must|be\s+[a-z]+ed)\b", re.I)


def is_free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the span [start, end) overlaps none of the spans taken."""
    return all(end <= a or start >= b for a, b in taken)


def _span_part(match: re.Match, side: str, year: int | None) -> PartialDate | None:
    month, day = match.group(f"m{side}"), match.group(f"d{side}")
    written = match.group(f"y{side}")
    if written is not None:
        year = int(written)
    if year is None or (written is None and month is None):
        return None
    return make_date(year, month_number(month) if month else None, int(day) if day else None)


def _spans(text: str, dated: PartialDate | None) -> list[DateMention]:
    """The spans written whole, each a mention from its first date until its second; a span
    with no year ("between May 5 and June 9") in a draft dated to the day takes the latest year
    in which it had ended by then."""
    found: list[DateMention] = []
    spoken = "rom" in text or "etween" in text
    patterns = ([_SPAN()] if spoken else []) \
        + ([_SPAN_DAY_FIRST()] if spoken and re.search(r"\b\d{1,2}\s+[A-Z][a-z]", text) else []) \
        + ([_DASH_SPAN()] if re.search(r"\d\s*[-–]\s*[A-Z]", text) else [])  # compiled only when they may match
    for match in (match for pattern in patterns for match in pattern.finditer(text)):
        if any(match.start() < m.end and m.start < match.end() for m in found):
            continue
        if not (match.group("m1") or match.group("y1")):
            continue
        year, relative = None, False
        if not match.group("y2"):
            if match.group("y1") or not (match.group("m1") and match.group("m2")) or dated is None \
                    or dated.precision is not Precision.DAY:
                continue
            anchor, month = dated.first_day, month_number(match.group("m2"))
            ended = (month, int(match.group("d2") or 1)) <= (anchor.month, anchor.day)
            year, relative = (anchor.year if ended else anchor.year - 1), True
        try:
            last = _span_part(match, "2", year)
            if last is None:
                continue
            first = _span_part(match, "1", last.year)
            if first is not None and not match.group("y1") and first.first_day > last.last_day:
                first = make_date(last.year - 1, first.month, first.day)  # "from November to March 2018"
        except DateError:
            continue
        if first is None or first.first_day > last.last_day:
            continue
        found.append(DateMention(match.group(0), first, match.start(), match.end(), relative, aspect=DateAspect.SPAN,
                                 until=last))
    return found


def aspect_of(sentence: str) -> DateAspect:
    """What a date given apart from a sentence (a heading's) says of it, by the sentence's verb:
    "July 2017: the pilot began" dates its start."""
    if re.search(r"\b(?:began|begun|begins?|started|starts?|launched|took effect|went into effect)\b", sentence, re.I):
        return DateAspect.START
    if re.search(r"\b(?:ended|ends?|stopped|stops|halted|ceased|concluded|expired)\b", sentence, re.I):
        return DateAspect.END
    return DateAspect.WHEN


def _aspect(before: str) -> DateAspect:
    """Whether the words just before a date make it a start or an end."""
    if _STARTING().search(before):
        return DateAspect.START
    if _ENDING().search(before):
        return DateAspect.END
    return DateAspect.WHEN


def _in_year(kind: str, match: re.Match, year: int | None) -> tuple[PartialDate, bool] | None:
    """A month or a day written without its year, in the year the sentence gives."""
    if year is None or kind not in ("month-no-year", "day-no-year"):
        return None
    day = int(match.group("day")) if kind == "day-no-year" else None
    return make_date(year, month_number(match.group("month")), day), False


def in_its_year(text: str, claim: str, year: int) -> DateMention | None:
    """A day the claim gives without its year ("June 27"), in a text of no known date, read in
    the year of the record the claim is about (where the claim is about one): a day of that
    record's month and day is its day, in whatever year; another day is not."""
    pattern = next(pattern for pattern, kind, _ in DATE_FORMS if kind == "day-no-year")
    match = pattern().fullmatch(text)
    start = claim.find(text)
    if match is None or start < 0:
        return None
    try:
        day = make_date(year, month_number(match.group("month")), int(match.group("day")))
    except DateError:
        return None
    return DateMention(text, day, start, start + len(text), relative=True)


_NAMING = frozenset({"the", "a", "an", "its", "their", "his", "her"})


def names_a_year(text: str, position: int) -> bool:
    """Whether the word before a year makes it part of a thing's name ("the 1997 Flores agreement",
    "after the 2018 midterms"): a year, neither a date of the sentence nor a count."""
    words = text[max(0, position - 6) : position].split()
    return bool(words) and words[-1].casefold() in _NAMING


def _word_follows(text: str, position: int) -> bool:
    return text[position : position + 1].isspace() and text[position + 1 : position + 2].isalpha()


# Words that let a sentence speak of what is still to come: a day it gives may be after the text.
_FUTURE = (r"\b(?:will|would|shall|going to|deadlines?|by|until|till|scheduled|set for|due|must|plans?|"
           r"planned|expects?|expected|next|upcoming|is to|are to|within|effective|requir(?:e|es|ed|ing))\b|"
           r"['’]ll\b")  # compiled on first use, by re: most sentences give no day without a year


# Words just before a weekday that make it the coming one: "due Friday", "will testify on Tuesday".
# (Not "deadline": a deadline's weekday is read both ways where deadlines are judged.)
_AHEAD = deferred(r"\b(?:due|scheduled|set for|expected|next|coming|will(?:\s+\w+){1,2})"
                  r"\s+(?:on\s+)?(?:this\s+)?$", re.I)
_AHEAD_CUES = ("due", "schedul", "set for", "expect", "next", "coming", "will")
_OWN_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|when|where)\b|\(")
_WHEN_AFTER = re.compile(r",?\s+when\b")


def find_dates(text: str, dated: PartialDate | None, bounds: list[DateMention] | None = None
               ) -> tuple[tuple[DateMention, ...], tuple[str, ...]]:
    """Dates in the text, spans written whole first, then the most precise form first where
    forms overlap; and the relative ones that could not be read without the draft's date.
    `bounds`, when given, gets each date that only bounds a span ("by July 31", "since May"):
    its text and where it is."""
    found = _spans(text, dated)
    unread: list[str] = []
    taken = [(mention.start, mention.end) for mention in found]
    # "In March, ... 2018": a month or day without a year takes the one year the sentence gives.
    # (not a year that only names a thing, "the 1997 Flores agreement": that is no year of the sentence's)
    written = [match for match in re.finditer(r"(?<![\d,])((?:19|20)\d\d)(?![\d,]\d)", text)
               if not names_a_year(text, match.start()) or not _word_follows(text, match.end())]
    years = {match.group(1) for match in written}
    sentence_year = int(years.pop()) if len(years) == 1 else None
    # (not a year written after it in a clause of its own: "filed the lawsuit in February, alleging
    # that a woman, who had asked for asylum in November 2017, ..." is not February 2017)
    lent_from = written[0].start() if sentence_year is not None else 0
    future: bool | None = None  # whether the sentence may speak of what is to come: read when needed
    folded = text.casefold()
    for pattern, form, cues in DATE_FORMS:
        if not (cues(folded) if callable(cues) else any(cue in folded for cue in cues)):
            continue
        for match in pattern().finditer(text):
            # ("through the end of September": read as the month, with or without its year)
            kind = form if form != "month-bound" else "month" if match.groupdict().get("year") else "month-no-year"
            start, end = match.span("year") if kind == "year" else match.span()
            if kind == "year":
                start = match.start()
            if not is_free(taken, start, end):
                continue
            # ("until June, when Sessions announced ...": the day the when-clause's act was done)
            bound = a_bound_at(text, start) \
                and not _WHEN_AFTER.match(text, match.end())
            if bound:
                taken.append((start, end))  # read, so that no shorter form of it is read either
                if bounds is None:
                    continue
            try:
                if kind == "day-no-year" and future is None:
                    future = bool(re.search(_FUTURE, text, re.I))
                year = sentence_year if start > lent_from or not _OWN_CLAUSE.search(text[end:lent_from]) else None
                near = text[max(0, start - 30) : start]
                ahead = kind == "weekday" and any(cue in near.casefold() for cue in _AHEAD_CUES) \
                    and bool(_AHEAD().search(near))
                resolved = _in_year(kind, match, year) or resolve(kind, match, dated, future is not False, ahead)
            except DateError:
                continue
            if bound and bounds is not None and resolved is not None:
                bounds.append(DateMention(match.group(0), resolved[0], start, end, resolved[1]))
                continue
            if resolved is None:
                if kind in READ_AGAINST_THE_DRAFT:
                    unread.append(match.group(0))
                    taken.append((start, end))  # "February of this year" is not also "this year"
                continue
            date, relative = resolved
            aspect = _aspect(text[max(0, start - 60) : start])
            within = part_of_year(match.group("part"), date.year) if kind in ("part-of-year", "season-relative") \
                else week_of(match.group("rel"), dated) if kind == "week-relative" and dated is not None else None
            found.append(DateMention(match.group(0), date, start, end, relative, aspect, within=within))
            taken.append((start, end))
    return tuple(sorted(found, key=lambda mention: mention.start)), tuple(unread)
