"""A claim taken apart: the quotations, dates, numbers, outlets and named people in a sentence.

Deterministic rules, no language model: the same sentence always gives the same parts.
Quotations are text in straight or curly quotation marks; numbers and dates are looked for
outside them (a quotation is checked as a whole). Dates are read at the precision written
("in May 2018" is the month); "last month", "Thursday" and a day without a year are read
only when the draft's own date is known. People are found by the names and aliases of the
timeline's actors, written as names are (with capitals).
"""

from __future__ import annotations

import re
from typing import NamedTuple

import msgspec

from ..model.dates import PartialDate
from .bounds import Bound, bound_of
from .claim_dates import DateMention, find_dates, is_free, names_a_year
from .offsets import offsets_in
from .patterns import deferred
from .quotations import Quotation, find_quotations
from .words import word_stem

_QUALIFIERS = ("no more than", "no fewer than", "no less than", "as many as", "an estimated",
               "more than", "just under", "just below", "just short of", "close to",
               "just over", "well over", "upwards of", "in excess of", "over",
               "nearly", "almost", "about", "approximately", "around", "roughly", "some", "at least", "at most",
               "fewer than", "less than", "under", "up to", "exactly", "only")
_NUMBER = re.compile(
    r"(?:(?P<qualifier>" + "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS) + r")\s+)?"
    r"(?P<dollar>\$)?(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?!\d)(?P<decimal>\.\d+)?"  # all its digits ("30-day": no "3")
    r"(?![\d,]*(?:st|nd|rd|th)\b)(?!-(?:year|page)s?\b)"
    r"(?!-(?:month|day|week)s?\b(?!\s+(?:deadlines?|limits?|cap)\b))"
    r"(?:\s*(?P<scale>million|billion|thousand)\b)?(?:\s*(?P<percent>percent|per cent|%))?", re.I)
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
# Numbers written as words ("two weeks", "six months", "a dozen families"): a count only with
# what it counts right after it, since "one" and "two" say many other things.
_ONES = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMBER_WORDS = {word: value for value, word in enumerate(_ONES)} | _TENS | {"hundred": 100, "dozen": 12}
_SHARES = {"half": 50.0, "a quarter": 25.0, "a third": 100 / 3, "two-thirds": 200 / 3, "two thirds": 200 / 3,
           "three-quarters": 75.0, "three quarters": 75.0, "a fifth": 20.0, "a tenth": 10.0}
_WORDS_OF_NUMBERS = frozenset(NUMBER_WORDS)
_WORDS_OF_SHARES = frozenset(word for share in _SHARES for word in share.split() if word != "a") | {"two-thirds",
                                                                                                   "three-quarters"}
_SHARE = deferred(r"\b(?P<share>" + "|".join(_SHARES) + r")\s+of\b", re.I)
_LIMIT_AFTER = deferred(r"\s+(?:to|in which to)\s+[a-z]+", re.I)  # "six months to identify", "two weeks to reunite"
_LIMIT_BEFORE = deferred(r"\bwithin\s+$", re.I)
# "within 30 days — and three weeks for children under five": a second limit joined to the first
_LIMIT_JOINED = deferred(r"\bwithin\s+\S+\s+(?:days?|weeks?|months?)\b[\s,—–-]*(?:and|or)\s+$", re.I)
# "bars ... for ten years": a limit written in words
_BARS_FOR = deferred(r"\b(?:bar(?:s|red|ring)?|prohibit(?:s|ed|ing)?)\b[^.;]*\bfor\s+$", re.I)
_NUMBER_WORD = deferred(
    r"\b(?:(?P<qualifier>" + "|".join(q.replace(" ", r"\s+") for q in _QUALIFIERS) + r")\s+)?"
    r"(?:an?\s+)?(?:(?P<tens>" + "|".join(_TENS) + r")-(?P<ones>" + "|".join(_ONES[1:10]) + r")|"
    r"(?P<word>" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"))\b(?!-)", re.I)
# A number that names something rather than counts it: an order's, report's, case's, docket's,
# section's or bill's number ("Executive Order 13841", "report 21-028", "No. 18-cv-428").
_NAMING = deferred(r"(?:\b(?:order|orders|report|reports|no|nos|number|case|docket|section|sections|sec|title|"
                     r"rule|form|proclamation|memo|memorandum|h\.\s?r|s|bill|act|law|room|page|pages|p|pp|"
                     r"chapter|paragraph|para|article|amendment|exhibit|ecf|dkt|cv|u\.s\.c|c\.f\.r|oig|gao|"
                     r"version|flight|highway|district|item|footnote|volume|vol|§)\.?\s*|[-–/#§]|\b[A-Z]{2,}-)$", re.I)
# "18-84", "21-028", "18-cv", "1/2", "8.1.2"; not "a 14-day deadline", which is a limit
_YEARS_OLD = deferred(r"\)?[\s-]*(?:years?|months?)(?:[\s-]+old|\s+of\s+age)\b", re.I)
_OF_THE = deferred(r"\s+of\s+(?:the|those|these)\s+[\d,]+", re.I)
_CODE_AFTER = deferred(r"^(?:-(?!(?:days?|weeks?|months?|hours?)\b(?!-))\w|/\d|\.\d+\.\d|:\d\d\b)")  # ("11:59 p.m.")
_AGE = re.compile(r"(?:\b(?:age|aged|ages|ages of|younger than|older than)\s+|\b(?:children|kids|minors|those|"
                  r"toddlers)\s+(?:under|over|younger than|older than)\s+)$", re.I)



class NumberMention(NamedTuple):
    text: str
    value: float
    bound: Bound
    unit: str | None  # a unit word as written after the number ("children"), USD, percent
    start: int
    end: int


class ParsedClaim(msgspec.Struct, frozen=True, gc=False):
    """A sentence and the parts of it that can be checked."""

    text: str
    quotations: tuple[Quotation, ...]
    dates: tuple[DateMention, ...]
    numbers: tuple[NumberMention, ...]
    unread_dates: tuple[str, ...]  # relative dates that need the draft's date ("last month")
    bounds: tuple[DateMention, ...] = ()  # dates that only bound a span the claim does not give whole ("by July 31")
    loose_years: tuple[tuple[str, int], ...] = ()  # years read neither as a date nor as a count ("a 2007
    # settlement"), and where each is
    offsets: tuple[str, ...] = ()  # times counted from another event ("three days after", "the following month")

    def outside_quotations(self) -> str:
        """The text with every quotation blanked out, same length, so spans still line up."""
        chars = list(self.text)
        for quotation in self.quotations:
            chars[quotation.start : quotation.end] = " " * (quotation.end - quotation.start)
        return "".join(chars)


ROUND = 100  # a count written bare in hundreds or more ("2,000 children") is a count rounded


def _as_written(value: float, qualifier: str | None, unit: str | None) -> Bound:
    """How a number is qualified; a round count written without a qualifier is read as "about"
    that many (reporters write "2,000 children" of the 1,995 a department counted)."""
    if qualifier is None and value >= ROUND and value % ROUND == 0 and unit not in ("percent", "USD"):
        return Bound.ABOUT
    return bound_of(qualifier)


def find_numbers(text: str, units: frozenset[str], skip: list[tuple[int, int]]) -> tuple[NumberMention, ...]:
    """Numbers with their qualifier, scale and unit; years and numbers inside dates are not counted."""
    found = []
    for match in _NUMBER.finditer(text):
        start, end = match.span()
        if not is_free(skip, match.start("number"), match.end("number")):
            continue
        if text[match.start("number") - 1 : match.start("number")] == "[" and text.startswith("]", match.end("number")):
            continue  # a note's mark ("... 20 days[9]")
        at = match.start("number")
        if text[at - 1 : at] == "(" and text.startswith(")", match.end("number")) \
                and text[: at - 1].rstrip().rpartition(" ")[2].casefold() in NUMBER_WORDS:
            continue  # a number word restated in digits ("fourteen (14) days"): the word is the count
        if text[at - 1 : at] == ":" and text[at - 2 : at - 1].isdigit():
            continue  # the minutes of a time of day ("at 11:59 p.m.")
        before, after = text[max(0, start - 24) : start], text[match.end("number") : match.end("number") + 6]
        if not match["qualifier"] and (_NAMING().search(before) or _CODE_AFTER().match(after)):
            continue  # a number that names a document, a case or a section, not a quantity
        if _AGE.search(text[max(0, start - 30) : match.start("number")] if match["qualifier"] else before) \
                or ((" old" in text or " of age" in text) and _YEARS_OLD().match(text, match.end())):
            continue  # an age that bounds who is counted ("children under 5", "5 years old"), not a count
        if text.startswith("-", match.end("number")) and not re.search(r"\ban?\s+$", before) \
                and re.match(r"-\w+\s+deadline", text[match.end("number"):]):
            continue  # "set a 14-day deadline" is a limit; "at the 30-day deadline", a day; "the 20-day limit", a limit
        digits = match["number"].replace(",", "")
        value = float(digits + (match["decimal"] or ""))
        scale = (match["scale"] or "").casefold()
        if scale:
            value *= _SCALES[scale]
        unit = "USD" if match["dollar"] else ("percent" if match["percent"] else None)
        if unit is None:
            unit, end = _unit_after(text, match.end(), units, end)
        if unit is None and (whole := of_the_whole(text, match.end())):
            unit = _unit_after(text, whole.end(), units, whole.end())[0]  # "38 of the 102 youngest children"
        if unit is not None and text.startswith((" and ", " or "), end) and (other := _and_others(text, end)):
            # "more than 50 prosecutors and judges": a count of both, which no figure of one gives
            unit, end = f"{unit} and {other[0]}", other[1]
        year_like = len(digits) == 4 and "," not in match["number"] and 1900 <= value <= 2100 and not scale
        # A year-like number is a count only when its unit follows at once ("2016 children").
        # ("the 2018 family separation policy", "after the 2018 midterms": a year, before a noun that
        # is no plural or after a word that names a thing)
        bare_year = year_like and (unit is None or not unit.endswith("s") or names_a_year(text, start)
                                   or not re.match(r"\s+\w+\b", text[match.end():end])
                                   or bool(re.match(r"\W*,", text[match.end():])))
        if bare_year or (value < 10 and unit is None and not match["qualifier"]):
            continue  # a year, or a small number with nothing to say what it counts
        found.append(NumberMention(text[start:end], value, _as_written(value, match["qualifier"], unit), unit, start,
                                   end))
    taken = [*skip, *((number.start, number.end) for number in found)]
    folded = set(re.findall(r"[a-z]+(?:-[a-z]+)?", text.casefold()))
    # ("Seventy-five children": tens and ones joined by a hyphen are one word of the text)
    for match in _NUMBER_WORD().finditer(text) if folded & _WORDS_OF_NUMBERS \
            or any(word.partition("-")[0] in _TENS for word in folded) else ():
        start, end = match.span()
        said_at = match.start("word") if match["word"] else match.start("tens")
        if not is_free(taken, start, end) or _AGE.search(text[max(0, start - 30) : said_at]) \
                or re.match(r"\s+of\b", text[end:]):
            continue  # an age ("children under five"), or a part ("one of the children")
        unit, end = _unit_after(text, end, units, end)
        limit = _LIMIT_AFTER().match(text, end) or _LIMIT_BEFORE().search(text[max(0, start - 8) : start]) \
            or _LIMIT_JOINED().search(text[max(0, start - 40) : start]) \
            or (("bar" in text or "prohibit" in text) and _BARS_FOR().search(text[max(0, start - 120) : start]))
        if is_time(unit) and not limit:
            continue  # "three days after", "missed by two days": a time between things, not a limit
        if unit is not None:  # "two weeks", "six months", "three children": not "one of them"
            value = NUMBER_WORDS[match["tens"].casefold()] + NUMBER_WORDS[match["ones"].casefold()] \
                if match["tens"] else NUMBER_WORDS[match["word"].casefold()]
            found.append(NumberMention(text[start:end], float(value),
                                       bound_of(match["qualifier"]), unit, start, end))
    for match in _SHARE().finditer(text) if folded & _WORDS_OF_SHARES else ():  # "half of those": no count zt has
        if is_free(taken, *match.span()):
            found.append(NumberMention(match.group(0), _SHARES[match["share"].casefold()], Bound.EXACT, "share",
                                       match.start(), match.end()))
    return tuple(sorted(map(_in_days, found), key=lambda number: number.start))


# Words for what is counted that a timeline's figures may name otherwise ("kids" are children).
COUNT_NOUNS = frozenset("""children child kids minors toddlers infants babies parents mothers fathers adults families
people migrants immigrants persons cases""".split())  # noqa: SIM905
_BETWEEN = frozenset(("migrant", "immigrant", "undocumented", "separated", "unaccompanied", "more", "other",
                      "additional", "young", "small", "asylum-seeking", "of", "the", "missing", "deported",
                      "reunited", "remaining", "eligible", "ineligible", "detained", "released", "identified",
                      "older", "younger", "youngest", "oldest", "federal", "immigration", "assistant"))


# a plural noun after at most two words that describe it ("immigration-related executive orders")
_PLURAL = deferred(r"\s+(?:(?:[a-z]+-[a-z-]+|[a-z]+(?:ive|al|ic|ary|ous|ful)|new|more|major|separate)\s+){0,3}?"
                   r"(?!(?:things|ways|times|steps|reasons|others|ones|percent)\b)([a-z]{3,}(?<!ss)(?<!us)(?<!is)s)\b"
                   r"(?!\s+(?:of|old)\b)")
_TIME = frozenset(("day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours"))
_COUNTED = COUNT_NOUNS | {"week", "weeks"}  # weeks are read as days, which limits are counted in


def _in_days(number: NumberMention) -> NumberMention:
    """"two weeks" as the 14 days a limit of it is recorded in (as near as weeks say); any other
    number as it is."""
    if number.unit not in ("week", "weeks"):
        return number
    bound = Bound.IN_WEEKS if number.bound is Bound.EXACT else number.bound
    return number._replace(value=number.value * 7, unit="days", bound=bound)


def of_the_whole(text: str, position: int) -> re.Match[str] | None:
    """ "of the 102" right after a number: the whole group it is some of ("38 of the 102 children")."""
    return _OF_THE().match(text, position) if " of " in text[position : position + 4] else None


def _and_others(text: str, end: int) -> tuple[str, int] | None:
    """A second plural noun joined to what a number counts ("50 prosecutors and judges"), and
    where it ends; not one that something follows ("and parents of", "or children to")."""
    words = text[end : end + 40].split()
    if len(words) < 2 or words[0] not in ("and", "or"):
        return None
    other = words[1]
    if not (other.isalpha() and other.islower() and len(other) > 3 and other.endswith("s")) \
            or (len(words) > 2 and words[2] in ("of", "to", "in", "at", "from")):
        return None
    return other, text.index(other, end) + len(other)


def joins_numbers(text: str) -> bool:
    """Whether a text has a digit and a mark that may join two numbers ("62-37", "5 to 4"): a look
    before any pattern of a tally is compiled, or its module loaded."""
    return any(c.isdigit() for c in text) and any(mark in text for mark in ("-", "–", "—", " to "))


def is_time(unit: str | None) -> bool:
    """Whether a number's unit is a span of time (what a limit or a deadline counts)."""
    return unit is not None and unit.casefold() in _TIME


_ASIDE = deferred(r"\s*\([^()]{1,24}\)")


def _unit_after(text: str, position: int, units: frozenset[str], end: int) -> tuple[str | None, int]:
    """What a number counts: the noun right after it, or after a word or two that describe it
    ('628 migrant children'); a word that says what happened ("separated") is not one."""
    if aside := _ASIDE().match(text, position):
        position = aside.end()  # "7,635 (19 percent) children": what is counted comes after the aside
    for count, word in enumerate(re.finditer(r"[A-Za-z][A-Za-z-]*", text[position : position + 60])):
        if count >= 3:
            break
        folded = word.group(0).casefold()
        if folded in _BETWEEN:
            continue  # "118 separated children": what is counted comes after
        if word_stem(folded) in units or folded in _COUNTED:
            return folded, position + word.end()
        break
    # Else a thing no figure counts, named by a plural noun a word or two on ("three
    # immigration-related executive orders"): a count all the same, which the data does not check.
    noun = _PLURAL().match(text, position)
    return (noun.group(1).casefold(), noun.end()) if noun else (None, end)


def parse_claim(text: str, units: frozenset[str] = frozenset(), dated: PartialDate | None = None) -> ParsedClaim:
    """Take one sentence apart; `units` are the unit words the timeline's figures use, as stems."""
    quotations = find_quotations(text)
    blank = list(text)
    for quotation in quotations:
        blank[quotation.start : quotation.end] = " " * (quotation.end - quotation.start)
    outside = "".join(blank)
    bounds: list[DateMention] = []
    dates, unread = find_dates(outside, dated, bounds)
    # (nor is the day of a date that could not be read a count: "June 26" in a text of no known date)
    unread_at = [(at, at + len(text)) for text in unread if (at := outside.find(text)) >= 0]
    offsets = offsets_in(outside, [(d.start, d.end) for d in (*dates, *bounds)] + unread_at)
    numbers = find_numbers(outside, units, [(d.start, d.end) for d in (*dates, *bounds)] + unread_at
                           + [(start, end) for _, start, end in offsets])
    taken = [(d.start, d.end) for d in (*dates, *bounds)] + [(n.start, n.end) for n in numbers]
    loose = tuple((match.group(), match.start()) for match in _LOOSE_YEAR.finditer(outside)
                  if is_free(taken, *match.span()) and match.group() not in unread)
    return ParsedClaim(text, quotations, dates, numbers, unread, tuple(bounds), loose,
                       tuple(text for text, _, _ in offsets))


_LOOSE_YEAR = re.compile(r"(?<![\d,.$/-])\b(?:19|20)\d\d\b(?![\d,/-]\d)")
