"""The forms a date is written in, each with its pattern (compiled on first use), what it is, and
the words one of which a text must have for it to be looked for, so that a claim compiles only the
forms it may hold."""

from __future__ import annotations

import itertools
import re

from .patterns import deferred
from .relative_dates import MONTH_NAMES

MONTH = (r"(?P<month>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|"
         r"Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
YEAR = r"(?P<year>(?:19|20)\d\d)"
DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_FULL_NAMES = ("january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
               "december")  # (a cue of "the mar" would be "the margin" too)


def _a_day(word: str) -> bool:
    """Whether a word may begin with the day of a month ("26", "26th,", "1st", "26-28")."""
    digits = "".join(itertools.takewhile(str.isdigit, word.lstrip("(")))
    return 0 < len(digits) <= 2


def _a_month(word: str) -> bool:
    return word.lstrip("(")[:3] in MONTH_NAMES


def month_then_day(folded: str) -> bool:
    """Whether a text (folded) may give a month and then its day ("june 26"): a look before the
    patterns of the forms that need one are compiled."""
    return any(_a_month(word) and _a_day(after) for word, after in itertools.pairwise(folded.split()))


def day_then_month(folded: str) -> bool:
    """Whether a text (folded) may give a day and then its month ("26 june")."""
    return any(_a_day(word) and _a_month(after) for word, after in itertools.pairwise(folded.split()))


# Each form of date: its pattern (compiled on first use), what it is, and the words one of which a
# text must have for the form to be looked for (or a look at the text that says whether it may
# hold it), so that a claim compiles only the forms it may hold.
DATE_FORMS = (
    (deferred(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b"), "day", month_then_day),
    (deferred(rf"\b{DAY}\s+{MONTH}\s+{YEAR}\b"), "day", day_then_month),
    (deferred(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"), "iso", ("-",)),
    # ("through the end of September": a bound of a span, read so that it is not lost)
    (deferred(rf"(?:(?<=[Tt]hrough )|(?<=[Bb]y )|(?<=[Uu]ntil )|(?<=[Ss]ince ))(?:the\s+)?"
              rf"(?:end|beginning|start|middle)\s+of\s+{MONTH}(?:\s+(?:of\s+)?{YEAR})?\b(?!\.?\s*[0-3]?\d\b)"),
     "month-bound",
     ("end of", "beginning of", "start of", "middle of")),
    (deferred(rf"\b{MONTH},?\s+(?:of\s+)?{YEAR}\b"), "month", MONTH_NAMES),  # ("in April, 2018")
    (deferred(rf"\b(?P<part>early|late|mid-?|the\s+(?:spring|summer|fall|autumn|winter)\s+of)\s*{YEAR}\b(?![-/]\d)",
              re.I), "part-of-year", ("early", "late", "mid", "spring", "summer", "fall", "autumn", "winter")),
    (deferred(rf"\b(?:[Ii]n|[Dd]uring)\s+{YEAR}\b(?![-/]\d)"), "year", ("in ", "during ")),
    # ("in June", "in late June", "mid-June": the month, read in the draft's year)
    (deferred(rf"\b(?:(?:[Ii]n|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?|(?:[Ee]arly|[Ll]ate|[Mm]id-)\s*?)"
              rf"{MONTH}\b(?!\.?\s*[0-3]?\d\b)(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"), "month-no-year", MONTH_NAMES),
    (deferred(rf"\b{MONTH}\s+{DAY}\b(?!,?\s+(?:19|20)\d\d)(?!,?\s+(?:of\s+)?(?:last|this)\s+year)"), "day-no-year",
     month_then_day),
    (deferred(rf"\b{MONTH}(?:\s+{DAY})?,?\s+(?:of\s+)?(?P<rel>last|this)\s+year\b"), "month-relative-year", (" year",)),
    (deferred(rf"\b[Ll]ast\s+{MONTH}\b(?!\.?\s*[0-3]?\d\b)(?!,?\s+(?:of\s+)?(?:19|20)\d\d)"), "month-last",
     tuple(f"last {name}" for name in MONTH_NAMES)),  # ("Trump ended it last August": the latest August before)
    (deferred(r"\b(?P<rel>last|this)\s+(?P<part>spring|summer|fall|autumn)\b", re.I), "season-relative",
     ("spring", "summer", "fall", "autumn")),
    # ("last week", "earlier this week": the days of that week, read against the draft's day)
    (deferred(r"\b(?P<rel>(?:earlier\s+|later\s+)?this|last|past)\s+week\b", re.I), "week-relative", ("week",)),
    # (not the newspaper: "obtained by USA TODAY")
    # ("signed an executive order last night", "this morning": that day, or the one before)
    (deferred(r"\b(?<!USA )(?P<rel>last month|last year|this month|this year|yesterday|today|last night|tonight|"
              r"this morning|this afternoon|this evening)\b", re.I), "relative",
     ("month", "year", "today", "yesterday", "night", "morning", "afternoon", "evening")),
    # ("released just nine days ago": that day, read against the draft's day)
    (deferred(r"\b(?P<days>two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-4])\s+days\s+ago\b", re.I),
     "days-ago", ("days ago",)),
    # ("Thursday, July 26", "Tuesday (June 5)": the weekday of the date after it, not a day of its own;
    # "on a Friday afternoon" is no day at all, though "a Sunday evening tweet" is that Sunday's)
    (deferred(r"(?<!\b[Oo]n a )(?<!\bone )\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
              r"(?!,?\s+\(?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)"), "weekday", ("day",)),
    # ("a July executive order", "the June ruling": the month of a thing it names, in the draft's year)
    (deferred(r"(?:(?<=\b[Aa] )|(?<=\b[Aa]n )|(?<=\b[Tt]he ))" + MONTH.replace("|May|", "|")
              + r"(?=\s+(?:(?:executive|court|federal|preliminary|final)\s+)?"
              r"(?:orders?|memo|memorandum|ruling|decision|injunction|report|announcement|hearing|letter|directive|"
              r"statement|speech|tweet|lawsuit|suit|filing|settlement|meeting|visit|testimony|resignation)\b)"),
     "month-no-year", tuple(f"{'an' if name[0] in 'ao' else 'a'} {name}" for name in _FULL_NAMES)
     + tuple(f"the {name}" for name in _FULL_NAMES)),
    # ("until June, when ...": a month that bounds a span, read so that it is not lost)
    (deferred(rf"(?:(?<=[Uu]ntil )|(?<=[Tt]ill )|(?<=[Ss]ince )|(?<=[Tt]hrough )|(?<=[Bb]efore )|(?<=[Aa]fter ))"
              rf"{MONTH}\b(?!\.?\s*[0-3]?\d\b)(?!,?\s+(?:of\s+)?(?:19|20)\d\d)(?<!May)"), "month-no-year",
     tuple(f"{word} {month}" for word in ("until", "till", "since", "through", "before", "after")
           for month in MONTH_NAMES if month != "may")),
)
READ_AGAINST_THE_DRAFT = ("relative", "weekday", "day-no-year", "month-no-year", "month-relative-year",
                          "season-relative", "month-last", "week-relative", "days-ago")
