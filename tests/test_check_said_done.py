"""A claim is supported only for what it says was done: an act denied, doubted, only meant or
still to come is not supported by the record of it, nor are words it says were never said; and
an act a person does once is theirs, not the act of another person the record names."""

from __future__ import annotations

import functools

import pytest

from conftest import BUNDLED
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.parts import ClaimCheck, PartKind, Verdict
from zt_timeline.loading.load import load_timeline


@functools.cache  # the bundled data is read once for every test of the module
def _checker() -> Checker:
    return Checker(load_timeline(BUNDLED))


def check(text: str) -> ClaimCheck:
    return _checker().check(text)


@pytest.mark.parametrize("text", [
    "Nielsen did not resign.",
    "Nielsen refused to resign.",
    "Nielsen threatened to resign.",
    "Nielsen will resign.",
    "Nielsen denied that she would resign.",
    "Sessions did not announce zero tolerance.",
    "Trump never signed an executive order ending family separations.",
    # nor is a date or a number of what it does not say happened
    "Did Sessions announce zero tolerance on April 6, 2018?",  # a question asserts nothing
    "If Trump signs an executive order on June 20, 2018, separations will end.",
    "Trump falsely claimed that Obama separated 2,342 children.",
    "Critics feared that Nielsen would resign in April 2019.",
    "Nielsen was expected to resign in April 2019.",
    "Nobody announced zero tolerance on April 6, 2018.",
    "Sessions almost announced zero tolerance on April 6, 2018.",
])
def test_what_the_claim_does_not_say_was_done_is_not_judged(text):
    result = check(text)
    assert result.verdict is Verdict.UNVERIFIED
    assert not [f for f in result.findings if f.verdict is not Verdict.UNVERIFIED and f.kind is not PartKind.OFFICE]


@pytest.mark.parametrize(("text", "about"), [
    ("Nielsen resigned.", "nielsen-resigns"),
    ("Nielsen was forced to resign.", "nielsen-resigns"),  # others brought it about: it was done
    ("Trump signed an executive order ending family separations.", "eo-13841"),
    ("President Donald Trump said he’s accepted the resignation of Homeland Security Secretary Kirstjen Nielsen.",
     "nielsen-resigns"),
])
def test_an_act_the_claim_says_was_done_is_supported_by_the_record_it_singles_out(text, about):
    result = check(text)
    assert result.verdict is Verdict.SUPPORTED
    assert result.about is not None and result.about.id == about


@pytest.mark.parametrize("text", [
    "Sessions never said “We need to take away children.”",
    "Sessions did not tell prosecutors “We need to take away children.”",
])
def test_words_the_claim_says_were_not_said_are_not_judged(text):
    result = check(text)
    assert result.verdict is Verdict.UNVERIFIED
    assert result.findings[0].note is not None and result.findings[0].note.startswith("the claim denies or doubts")


def test_the_very_act_a_person_does_once_is_the_one_the_claim_names():
    result = check("Congress confirms Kirstjen Nielsen as Homeland Security secretary.")
    assert result.verdict is Verdict.SUPPORTED
    assert result.about is not None and result.about.id == "nielsen-confirmed"


def test_an_act_done_once_to_a_person_the_records_title_does_not_name_is_not_that_record():
    # Kelly is on the record of Trump's nomination of Nielsen, but it is not Kelly's
    result = check("Trump taps Kelly to be his chief of staff.")
    assert result.about is None or result.about.id != "nielsen-nominated"
    assert result.verdict is not Verdict.SUPPORTED


def test_sworn_testimony_is_testimony_not_a_swearing_in():
    result = check("The revelation raises questions about Secretary Nielsen’s sworn testimony to Congress.")
    assert result.about is None or result.about.id != "nielsen-sworn-in"
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize("text", [
    "A federal judge in San Diego ordered the government to reunite families on June 26, 2018.",  # the order's day
    "The judge ordered the department to reunite all minors by July 26, 2018.",  # a deadline's day
])
def test_the_day_of_an_order_to_do_something_is_the_orders(text):
    assert check(text).verdict is Verdict.SUPPORTED
