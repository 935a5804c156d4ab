"""What happened to what a count counts (separated, reunited, deported, not found, in custody,
...), as a claim or a figure's label says it, and whether the text says it happened or was only
to happen ("to be reunited"); and the words of acts and of what happened to people, which say what
kind of thing was done rather than which record it was."""

from __future__ import annotations

import functools
import re

from ..model.enums import Action, FigureStatus
from .actions import ACTION_WORDS, phrases_in
from .patterns import deferred
from .words import content_words

A = Action

STATUS_WORDS: dict[str, FigureStatus] = {}
for _status, _forms in {
    FigureStatus.SEPARATED: "separated separation separations taken taking removed-from split-from",
    FigureStatus.REUNITED: "reunited reunite reunites reunification reunifications reunify reunified reunifying "
                           "returned-to return back-with",
    FigureStatus.DEPORTED: "deported deportation removed-from-the-country",
    FigureStatus.NOT_REACHED: "missing not-found not-been-found not-located not-reached not-been-reached "
                              "could-not-find could-not-locate could-not-reach unreachable unable-to-find "
                              "unable-to-locate unable-to-reach unable-to-contact cannot-find cannot-locate "
                              "cannot-reach can-not-locate can-not-find yet-to-track-down yet-to-find yet-to-locate "
                              "not-yet-found not-yet-located lost-track-of",
    FigureStatus.IN_CUSTODY: "custody held detained detain detention remain-in remained-in still-in cared-for "
                             "in-the-care-of housed sheltered remaining remain remained still-separated",
    FigureStatus.RELEASED: "released discharged from-custody out-of-custody",
    FigureStatus.REFERRED: "referred referrals referral",
    FigureStatus.PROSECUTED: "prosecuted prosecutions charged",
    FigureStatus.IDENTIFIED: "identified identify identifying flagged counted found located reached contacted",
}.items():
    for _form in _forms.split():
        STATUS_WORDS[_form.replace("-", " ")] = _status




# What says who is counted rather than what happened to them, when the text says more: "parents
# of children separated at the border remain missing" counts the missing.
_DESCRIBING = (FigureStatus.SEPARATED, FigureStatus.IDENTIFIED)


# "to reunite", "must reunite", "will be deported": what is to happen, not what happened.
_INTENDED = deferred(r"\b(?:(?:to|must|will|would|should|could|shall)\s+(?:be\s+)?|be\s+|"
                       r"(?:requir|order|mandat)(?:e|es|ed|ing|s)?\s+(?:the\s+)?|deadlines?\s+for\s+(?:the\s+)?)$",
                       re.I)  # ("the July 26 deadline for reunification")


def statuses_in(text: str, intended: bool = False) -> frozenset[FigureStatus]:
    """What the text says happened to what it counts; with `intended`, also what it says must or
    will happen ("to reunite", which is what a deadline counts)."""
    found = {STATUS_WORDS[key] for key, start, _ in phrases_in(text, STATUS_WORDS)
             if intended or not _INTENDED().search(text[max(0, start - 24) : start])}
    for describing in _DESCRIBING:
        if len(found) > 1:
            found.discard(describing)
    return frozenset(found)


def intended_in(text: str) -> frozenset[FigureStatus]:
    """What the text says must or will happen ("to reunify the remaining children": reunified),
    leaving out what it says did happen (remaining)."""
    return frozenset(STATUS_WORDS[key] for key, start, _ in phrases_in(text, STATUS_WORDS)
                     if _INTENDED().search(text[max(0, start - 24) : start]))


@functools.cache
def deed_words() -> frozenset[str]:
    """The stems of every word of the vocabularies of acts and of what happened to people."""
    return frozenset(content_words(" ".join((*ACTION_WORDS, *STATUS_WORDS))))


# What happened to people (separated, reunited, deported, prosecuted): words that say what a
# record is about, where the words of an official's act (announced, ordered, signed) say only
# what kind of thing was done.
_HAPPENED_TO_PEOPLE = frozenset({A.SEPARATE, A.REUNITE, A.DEPORT, A.PROSECUTE})


@functools.cache
def act_words() -> frozenset[str]:
    """The stems of the words of the vocabulary of acts, but for what happened to people."""
    return frozenset(content_words(" ".join(form for form, action in ACTION_WORDS.items()
                                            if action not in _HAPPENED_TO_PEOPLE)))
