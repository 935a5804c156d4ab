"""What a claim says happened: the verbs (and the nouns of the same acts) of a small curated
vocabulary, each mapped to the events' actions (model.enums.Action), and what a count says
happened to what it counts (FigureStatus); whether it happened is modality.py's.

A claim is compared with an event only when what the claim says happened agrees with what the
event records happened: "Sessions resigned in November 2019" is not checked against the day
he announced zero tolerance, though both name him. Agreement is loose within a family of acts
(an announcement and the memo it made public; a nomination and an appointment), because the
same act is written many ways; it never spans unrelated acts.
"""

from __future__ import annotations

import functools
import re
from typing import Any, NamedTuple

from ..model.enums import Action
from .patterns import deferred

A = Action
# Word forms, lower case, and the act each names. Phrases are matched before single words.
ACTION_WORDS: dict[str, Action] = {}
for _action, _forms in {
    A.ANNOUNCE: "announce announced announces announcing announcement announcements unveiled unveils unveil "
                "rolled-out declared notified notifies notify established establishes establish created creates "
                "set-up sets-up",
    A.SIGN: "sign signed signs signing executive-order executive-orders",
    A.ISSUE: "issued issues issuing memo memos memorandum memoranda directive directives guidance",
    A.PUBLISH: "published publishes publish report-released released-a-report released-its-report released-the-report "
               "released-its-findings released-data issued-its-report issued-a-report projected projects projection",
    A.RESIGN: "resigned resigns resign resigning resignation stepped-down step-down steps-down stepping-down quit",
    A.REMOVE: "fired ousted dismissed forced-out pushed-out removed-from-office",
    A.NOMINATE: "nominated nominates nominate nomination tapped taps picked",  # ("Trump's nominee": a person)
    A.CONFIRM: "confirmed-by-the-senate senate-confirmed confirmation",
    A.TAKE_OFFICE: "sworn oath took-the-oath took-office takes-office taking-office assumed-office became",
    A.LEAVE_OFFICE: "left-office departed departure leaves-office leave-his-position left-his-position leave-her-post "
                    "left-her-post leave-his-post left-his-post leave-her-position left-her-position",
    A.APPOINT: "appointed appoints appointment named-acting",
    A.ORDER: "ordered orders ordering directed directs mandated mandates instructed instructs",
    A.RULE: "ruled rules ruling injunction enjoined blocked blocks blocking struck-down approved approves approval "
            "rejected rejects",
    A.FILE: "file filed files filing motion brief",
    A.SUE: "sued sues lawsuit lawsuits suit filed-a-complaint filed-a-lawsuit filed-suit filed-a-suit files-suit "
           "files-a-lawsuit",
    A.SETTLE: "settled settles settlement",
    A.TESTIFY: "testified testifies testify testimony sworn-testimony",
    A.HEARING: "hearing hearings confirmation-hearing confirmation-hearings",  # (a hearing, not the vote)
    A.VISIT: "visited visits visit toured tour",
    A.MEET: "met meeting meetings",
    A.BEGIN: "began begins begin begun started starts launched launches initiated took-effect went-into-effect "
             "pilot piloted implemented implements enacted instituted adopted put-in-place",
    A.END: "ended ends halted halts stopped stops ceased suspended suspends abandoned abandoning abandons scrapped "
           "scrapping",
    A.PROPOSE: "proposed proposes propose proposal",
    A.RESCIND: "rescinded rescinds rescind rescinding revoked revokes revoking reversed withdrew withdraws withdraw "
               "withdrawn withdrawing rescission",
    A.REQUEST: "requested requests sought asked-the-court asks-the-court asking-the-court asked-a-judge asks-a-judge "
               "asking-a-judge asked-a-federal-judge asks-a-federal-judge asking-a-federal-judge asked-the-judge "
               "asks-the-judge asked-federal-judge asks-federal-judge",
    A.REVIEW: "reviewed investigated investigation investigations audit audited inspected inspection probe review",
    A.REPORT: "reported found identified counted report reports shows showed",
    A.STATE: "said says say told tells tell wrote writes tweeted stated statement remarks interview confirms confirmed "
             "acknowledged acknowledges admitted defended defends blamed blames "
             "op-ed published-an-op-ed penned-an-op-ed",  # (a person's op-ed is what she said, not a report)
    A.SEPARATE: "separated separating separation separations",
    A.REUNITE: "reunited reunites reunite reunification reunifications",
    A.DEPORT: "deported deports deportation deportations",
    A.PROSECUTE: "prosecuted prosecutes prosecute prosecuting prosecution prosecutions charged referred referral "
                 "referrals",
    A.LEGISLATE: "bill bills legislation passed voted",
}.items():
    for _form in _forms.split():
        ACTION_WORDS[_form.replace("-", " ")] = _action

# The acts a claim's act may be recorded as: the same act written another way, or the record of it.
_FAMILY: dict[Action, frozenset[Action]] = {
    A.ANNOUNCE: frozenset({A.ANNOUNCE, A.ISSUE, A.SIGN, A.PUBLISH, A.BEGIN, A.STATE}),
    A.SIGN: frozenset({A.SIGN, A.ISSUE, A.ORDER}),
    A.ISSUE: frozenset({A.ISSUE, A.SIGN, A.PUBLISH, A.ANNOUNCE, A.ORDER}),
    A.PUBLISH: frozenset({A.PUBLISH, A.REPORT, A.ISSUE, A.REVIEW}),
    A.REPORT: frozenset({A.REPORT, A.PUBLISH, A.REVIEW, A.FILE, A.STATE}),
    A.REVIEW: frozenset({A.REVIEW, A.PUBLISH, A.REPORT, A.VISIT}),
    A.RESIGN: frozenset({A.RESIGN, A.LEAVE_OFFICE, A.REMOVE}),
    A.REMOVE: frozenset({A.REMOVE, A.RESIGN, A.LEAVE_OFFICE}),
    A.LEAVE_OFFICE: frozenset({A.LEAVE_OFFICE, A.RESIGN, A.REMOVE}),
    A.NOMINATE: frozenset({A.NOMINATE, A.APPOINT}),
    A.CONFIRM: frozenset({A.CONFIRM, A.TAKE_OFFICE}),
    A.TAKE_OFFICE: frozenset({A.TAKE_OFFICE, A.CONFIRM, A.APPOINT}),
    A.APPOINT: frozenset({A.APPOINT, A.TAKE_OFFICE, A.NOMINATE}),
    A.ORDER: frozenset({A.ORDER, A.RULE, A.SIGN, A.ISSUE}),
    A.RULE: frozenset({A.RULE, A.ORDER}),
    A.FILE: frozenset({A.FILE, A.SUE, A.REPORT, A.REQUEST}),
    A.SUE: frozenset({A.SUE, A.FILE}),
    A.SETTLE: frozenset({A.SETTLE}),
    A.TESTIFY: frozenset({A.TESTIFY, A.HEARING, A.STATE}),
    A.HEARING: frozenset({A.HEARING, A.TESTIFY}),
    A.VISIT: frozenset({A.VISIT, A.REVIEW, A.MEET}),
    A.MEET: frozenset({A.MEET, A.VISIT}),
    A.BEGIN: frozenset({A.BEGIN, A.ANNOUNCE, A.ISSUE, A.SEPARATE, A.PROSECUTE}),
    A.END: frozenset({A.END, A.RESCIND, A.ORDER, A.SIGN, A.RULE}),
    A.PROPOSE: frozenset({A.PROPOSE, A.ISSUE, A.ANNOUNCE}),
    A.RESCIND: frozenset({A.RESCIND, A.END, A.ISSUE, A.ANNOUNCE}),
    A.REQUEST: frozenset({A.REQUEST, A.FILE, A.HEARING}),  # ("asked a federal judge on Thursday": at a hearing)
    A.STATE: frozenset({A.STATE, A.TESTIFY, A.ANNOUNCE, A.PUBLISH}),
    A.SEPARATE: frozenset({A.SEPARATE, A.BEGIN, A.REPORT}),
    A.REUNITE: frozenset({A.REUNITE, A.ORDER, A.RULE, A.REPORT}),
    A.DEPORT: frozenset({A.DEPORT, A.REPORT}),
    A.PROSECUTE: frozenset({A.PROSECUTE, A.BEGIN, A.ANNOUNCE}),
    A.LEGISLATE: frozenset({A.LEGISLATE}),
}
# What a person does who is put out of an office ("Trump forced out Sessions": Sessions resigned,
# at his request), whose doer is never the one who put them out.
LEFT_OFFICE = frozenset({A.RESIGN, A.LEAVE_OFFICE})
# Acts that say little of what happened when they stand beside a more telling one ("said the
# report found", "announced ... a memo"): the claim is about the telling one.
_WEAK = frozenset({A.STATE, A.REPORT, A.ISSUE, A.PROSECUTE, A.SEPARATE, A.REVIEW})
# Acts too common in reporting to single out the event a date belongs to: a date beside them
# alone may be supported, never contradicted.
_VAGUE = frozenset({A.STATE, A.REPORT, A.PROSECUTE, A.SEPARATE, A.REVIEW})

_TOKEN = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


_LONGEST_FROM: dict[int, tuple[dict[str, Any], dict[str, int]]] = {}


def _longest_from(words: dict[str, Any]) -> dict[str, int]:
    """For each first word of a vocabulary's phrases, the most words a phrase that begins with it
    has (kept per vocabulary, which is a module's constant)."""
    kept = _LONGEST_FROM.get(id(words))
    if kept is None or kept[0] is not words:
        longest: dict[str, int] = {}
        for key in words:
            first, size = key.split(" ", 1)[0], key.count(" ") + 1
            longest[first] = max(longest.get(first, 0), size)
        kept = _LONGEST_FROM[id(words)] = (words, longest)
    return kept[1]


def phrases_in(text: str, words: dict[str, Any]) -> list[tuple[str, int, int]]:
    """The vocabulary's words and phrases in a text, longest first where they overlap, in order:
    (the key, where it starts, where it ends). A look-up of each run of words, not one pattern of
    the whole vocabulary, which would take longer to compile than a claim takes to check."""
    tokens = [(match.group(0).casefold(), match.start(), match.end()) for match in _TOKEN.finditer(text)]
    longest = _longest_from(words)
    found, position = [], 0
    while position < len(tokens):
        # (only as many words as the longest phrase that begins with this one: most begin none)
        for size in range(min(longest.get(tokens[position][0], 0), len(tokens) - position), 0, -1):
            key = " ".join(token for token, _, _ in tokens[position : position + size])
            if key in words:
                found.append((key, tokens[position][1], tokens[position + size - 1][2]))
                position += size
                break
        else:
            position += 1
    return found


# The forms that name an act as a thing rather than say someone did it: they have no agent
# ("Sessions declined to comment on the report" does not say Sessions reported).
_NOUNS = frozenset([*"""announcement announcements memo memos memorandum memoranda directive directives guidance
resignation nomination nominee confirmation oath appointment orders ruling injunction filing motion brief lawsuit
lawsuits suit settlement testimony hearing hearings visit tour meeting meetings pilot proposal rescission investigation
investigations audit inspection probe review report reports statement remarks interview separation separations
reunification reunifications deportation deportations prosecution prosecutions referral referrals bill bills
legislation departure projection""".split(),  # noqa: SIM905
                    "executive order", "executive orders", "sworn testimony", "confirmation hearing",
                    "confirmation hearings"])


class ActMention(NamedTuple):
    """An act a claim names, where it names it."""

    text: str
    action: Action
    start: int
    end: int

    @property
    def is_verb(self) -> bool:
        """Whether the claim says someone did it (a verb), not only names it (a noun)."""
        return _key(self.text) not in _NOUNS


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


# "released a damning report", "releases its long-awaited findings": publishing, where a few
# words stand between the verb and what was published ("released" alone is said of people).
_RELEASED_WORK = deferred(r"\breleas(?:ed|es)\b(?=(?:\W+\w+){1,3}?\W+(?:report|reports|audit|findings|study|"
                            r"analysis)\b)", re.I)


# "The Senate confirmed Nielsen as secretary", "Nielsen was confirmed to take over the post": a
# confirmation in office, where "confirmed" is otherwise taken to be said of a report.
_CONFIRMED_IN_OFFICE = deferred(r"\bconfirm(?:s|ed)\s+(?:[A-Z][\w.'’-]*\s+){1,4}as\b|"
                                r"\b(?:was|were|been|be|is|being)\s+confirmed\s+(?=as\b|to\s+(?:lead|head|take|serve|be)\b)|"
                                # ("Nielsen was confirmed 62 to 37", "... was confirmed by the Senate in December")
                                r"\b[A-Z][\w'’-]+\s+(?:was|were|has\s+been|had\s+been)\s+confirmed\s+"
                                r"(?=\d|by\s+the\s+(?:full\s+)?Senate\b|in\s+(?:[A-Z]|(?:19|20)\d\d)|on\s+[A-Z])|"
                                # ("Senators voted 62-37 to confirm Kirstjen Nielsen": the vote confirmed her)
                                r"\bvoted\s+\d{1,3}\s*(?:-|–|to)\s*\d{1,3}\s+to\s+confirm\b")


# A court or an official turning down or granting what was asked ("Judge Gee denied a motion to
# ...", "rejected the administration's request", "granted the ACLU's request for a preliminary
# injunction"): a ruling on the request, not the request itself.
RULED_ON = deferred(r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|refus(?:es|ed|ing)|grant(?:s|ed|ing)?)\s+"
                    r"(?:[\w.'’-]+\s+){0,6}?"
                    r"(?P<asked>motions?|requests?|applications?|bids?|petitions?|appeals?|stays?|extensions?|"
                    r"bail|relief)\b", re.I)
_RULING_ON = ("denied", "denies", "deny", "denying", "reject", "refus", "grant")


_ONE_OF_A_LINE = deferred(r"\s+(?:the\s+(?:first|latest|last|second|third|next|only|newest)|official|officially|law|"
                          r"effective|public|clear|known|apparent|available|final|permanent)\b", re.I)


@functools.lru_cache(maxsize=1024)  # a claim's acts are looked for in it, and in its clauses, many times over
def find_acts(text: str) -> tuple[ActMention, ...]:
    """Every act of the vocabulary the text names, in order; a participle joined to a word before
    it ("the court-ordered deadline", "a government-funded shelter") describes a thing, and the
    claim's date is that thing's, not the act's."""
    found = [ActMention(text[start:end], ACTION_WORDS[key], start, end)
             for key, start, end in phrases_in(text, ACTION_WORDS)
             if not (text[max(0, start - 1) : start] == "-" and text[start - 2 : start - 1].isalpha())]
    if "became" in text:  # "became the latest member of the Cabinet to leave", "became official": no taking of office
        found = [act for act in found if act.text != "became" or not _ONE_OF_A_LINE().match(text, act.end)]
    if "releas" in text.casefold():
        found += [ActMention(match.group(0), A.PUBLISH, match.start(), match.end())
                  for match in _RELEASED_WORK().finditer(text)
                  if not any(act.start < match.end() and match.start() < act.end for act in found)]
        found.sort(key=lambda act: act.start)
    # (a look-up of the words first: the pattern is compiled only for a claim that may need it)
    if any(word.startswith(_RULING_ON) for word in text.casefold().split()):
        for match in RULED_ON().finditer(text):
            verb = match.group(0).split()[0]
            found = [act for act in found if not match.start() <= act.start < match.end()]
            found.append(ActMention(verb, A.RULE, match.start(), match.start() + len(verb)))
        found.sort(key=lambda act: act.start)
    if "confirm" in text:
        for match in _CONFIRMED_IN_OFFICE().finditer(text):
            voted = match.group().startswith("voted")  # (the vote, not a law: "voted 62-37 to confirm")
            found = [act for act in found if not (act.start < match.end() and match.start() < act.end
                                                  and (act.action is A.STATE or voted))]
            if any(act.start < match.end() and match.start() < act.end for act in found):
                continue  # read already ("Senate confirmed")
            start = match.start() if voted else text.index("confirm", match.start())
            verb = text[start:].split()[0]  # "confirmed", "confirms", "voted"
            found.append(ActMention(verb, A.CONFIRM, start, start + len(verb)))
        found.sort(key=lambda act: act.start)
    return tuple(found)


def telling(acts: tuple[ActMention, ...]) -> tuple[ActMention, ...]:
    """The acts that say what happened: the weak ones only when there is nothing else."""
    strong = tuple(act for act in acts if act.action not in _WEAK)
    return strong or acts


# Acts a person does again and again (testifying, speaking, visiting): a date for one that the
# data does not hold is not shown wrong by the ones it does.
_REPEATED = frozenset({A.STATE, A.TESTIFY, A.HEARING, A.MEET, A.VISIT})


def pinpoints(acts: tuple[ActMention, ...]) -> bool:
    """Whether the acts say enough of what happened for a date beside them to be contradicted (a
    vague act, "said", does so only with the person who did it: see dates.check_date)."""
    return any(act.action not in _VAGUE for act in acts)


def repeated(acts: tuple[ActMention, ...]) -> bool:
    """Whether every act is one people do again and again (a date of one may be another's)."""
    return bool(acts) and all(act.action in _REPEATED for act in acts)


def reported(acts: tuple[ActMention, ...]) -> bool:
    """Whether the acts include saying or reporting something (a date beside them may be when
    it was said, not when what was said happened)."""
    return any(act.action in (A.STATE, A.REPORT) for act in acts)


def family(action: Action) -> frozenset[Action]:
    """The recorded acts that a claim's act may stand for."""
    return _FAMILY.get(action, frozenset({action}))


def act_in(text: str) -> Action | None:
    """The first telling act of a text (an event's title, for a file that records no action)."""
    acts = telling(find_acts(text))
    return acts[0].action if acts else None
