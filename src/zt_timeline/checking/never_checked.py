"""The parts of a claim zt finds but never checks, each of which keeps the claim from being
supported whole: a time counted from another event ("three days after"), whose care people were
in, who came before or after in a post, which of several events of a kind. Each has its module;
this gathers them for the checker."""

from __future__ import annotations

import re

from .claims import ParsedClaim
from .parts import PartKind, Unchecked
from .patterns import deferred

_OFFSET = "a time counted from another event the claim names, whose date it does not give: not checked"
# The words without one of which a part's pattern has nothing to find: each module is loaded, and
# its pattern compiled, only for a claim that has them (most have none).
_CUSTODY = ("care", "custody", "hands of")
_SUCCEEDS = ("replac", "succe", "followed by", "in place of", "predecessor")
_IN_ORDER = ("to serve", "to hold", "to lead", "to head", "to be ", "to run", "to occupy", "to fill", "in the post",
             "in that post", "in the job", "in the role", "in the position", "in that job", "in that role")
_HOLDERS = ("person", "woman", "man ", "official", "leader", "head", "chief", "acting", "permanent", "secretary",
            "director", "commissioner", "general")
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_WHICH = ("first", "second", "third", "fourth", "final", "last ", "previous", "latest")
_EVENTS = ("debate", "hearing", "meeting", "visit", "trip", "interview", "speech")
_TENURES = ("tenure", "term", "stint", " in the post", " in the job", " in the role", " in office", " on the job",
            " in her post", " in his post", " in the position")

# "a deadline Sabraw set five weeks ago": read as no day ("nine days ago" is, in relative_dates)
_WEEKS_AGO = deferred(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+)\s+"
                      r"(?:weeks?|months?|years?)\s+ago\b", re.I)
# "demanded families be reunified immediately": a time limit in a word (an order gave 14 and 30 days)
_AT_ONCE = deferred(r"\b(?:reunit|reunif|return|releas)\w*\s+immediately\b|"
                    r"\bimmediately\s+(?:be\s+)?(?:reunit|reunif|return|releas)\w*", re.I)

# "reunite all children under five with their grandparents": with whom, other than their parents
_WITH_WHOM = deferred(r"\breun(?:it|if)\w*\b[^.;]{0,60}?\bwith\s+(?:their|his|her|the)\s+"
                      r"(?P<whom>[a-z-]+(?:\s+[a-z-]+){0,3})", re.I)
_PARENTS = frozenset(("parents", "parent", "families", "family", "mothers", "mother", "fathers", "father", "moms",
                      "mom", "dads", "dad", "kids", "children", "child", "loved", "relatives", "daughter",
                      "daughters", "son", "sons"))

# "leaving more than two-thirds without a record": a share of the count before it, which numbers.py
# reads only as "two-thirds of ..."
_SHARE_ALONE = deferred(r"\b(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|roughly\s+)?"
                        r"(?<!and )(?<!and a )(?:half|two-thirds|two thirds|a third|a quarter|three-quarters)\b"
                        r"(?!\s+of\b)(?!\s+(?:a|an)\s)(?!-)", re.I)
# "a 10-week-old “zero tolerance” policy": how old a policy or case was, which the claim dates
# by the day it was written
_AGE_OF = deferred(r"\b(?:\d+|[a-z]+)-(?:day|week|month|year)-old\s+(?:\S+\s+){0,3}?"
                   r"(?:policy|policies|practice|order|law|rule|settlement|agreement|lawsuit|case|program|crackdown)\b",
                   re.I)


def never_checked(parsed: ParsedClaim, text: str) -> list[Unchecked]:
    """The parts of the claim (`text`: its words outside quotations) zt does not check."""
    found = [Unchecked(offset, PartKind.DATE, _OFFSET) for offset in parsed.offsets]
    folded = text.casefold()
    if _has(folded, _CUSTODY):
        from .custody import custody_not_checked

        found += custody_not_checked(text)
    if _has(folded, _SUCCEEDS) or (_has(folded, _IN_ORDER) and _has(folded, _HOLDERS)
                                   and (_has(folded, _ORDINALS) or re.search(r"\d(?:st|nd|rd|th)\b", folded))):
        from .succession import succession_not_checked

        found += succession_not_checked(text)
    if _has(folded, _WHICH) and _has(folded, _EVENTS):
        from .ordinals import which_event_not_checked

        found += which_event_not_checked(text)
    if "immediately" in folded and (soon := _AT_ONCE().search(text)):
        found.append(Unchecked(soon.group(), PartKind.DATE, "how soon they were to be reunited or released: not "
                                                            "checked against the deadlines of an order"))
    if ("reunit" in folded or "reunif" in folded) and (whom := _WITH_WHOM().search(text)) \
            and not _PARENTS.intersection(whom["whom"].casefold().split()):
        found.append(Unchecked(whom.group(), PartKind.PARTY, "with whom they were to be reunited: not checked "
                                                             "(the data records reunions with parents)",
                               withholds=True))
    if _has(folded, ("half", "third", "quarter")) and (share := _SHARE_ALONE().search(text)):
        found.append(Unchecked(share.group(), PartKind.NUMBER, "a share of a count the claim does not give: not "
                                                               "checked", withholds=True))
    if " ago" in folded and (ago := _WEEKS_AGO().search(text)):
        found.append(Unchecked(ago.group(), PartKind.DATE, "a time counted back from when the text was written, in "
                                                           "weeks or more: not checked"))
    if "-old" in folded and (age := _AGE_OF().search(text)):
        found.append(Unchecked(parsed.text[age.start() : age.end()], PartKind.DATE,
                               "how old it was when the text was written: not checked", withholds=True))
    if _has(folded, _TENURES):
        from .ordinals import tenure_not_checked

        found += tenure_not_checked(text)
    return found


def _has(folded: str, words: tuple[str, ...]) -> bool:
    return any(word in folded for word in words)
