"""Few quoted words: one word someone is said to have used is a part zt does not check, and a
short phrase many people say is not shown to be someone else's by one record. Over the bundled
data."""

from __future__ import annotations

import pytest

from conftest import BUNDLED
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.parts import PartKind, Verdict
from zt_timeline.checking.quotations import one_word_quotations
from zt_timeline.loading.load import load_timeline

S, U = Verdict.SUPPORTED, Verdict.UNVERIFIED


@pytest.fixture(scope="module")
def checker():
    return Checker(load_timeline(BUNDLED))


def test_one_word_someone_is_said_to_have_used_is_an_unchecked_part():
    found = one_word_quotations('Garland called the policy "shameful" in February 2021.')
    assert [(f.part, f.kind, f.verdict) for f in found] == [("“shameful”", PartKind.QUOTATION, U)]


def test_scare_quotes_are_not_a_quotation():
    assert one_word_quotations('The "policy" was announced in April 2018.') == ()


def test_a_claim_with_an_unchecked_quoted_word_is_not_supported(checker):
    result = checker.check('Trump called the policy "unlawful" on June 20, 2018.')
    assert result.verdict is U


@pytest.mark.parametrize(("claim", "verdict", "part"), [
    ('Sessions called the policy "zero tolerance" in April 2018.', S, PartKind.SPEAKER),
    # Others may have said these two words too: one record of Sessions' does not rule Kelly out.
    ('Kelly called the policy "zero tolerance" in 2018.', U, PartKind.SPEAKER),
    # What someone said, in the claim's own words: supported only in the record's words.
    ("Trump said on June 15, 2018, that he hated the children being taken away.", S, None),
    ("Trump said on June 15, 2018, that he loved the children being taken away.", U, PartKind.QUOTATION),
])
def test_a_few_words_many_say_and_words_the_record_lacks(checker, claim, verdict, part):
    result = checker.check(claim)
    assert result.verdict is verdict
    if part is PartKind.SPEAKER:
        assert next(f for f in result.findings if f.kind is part).verdict is verdict
    elif part is PartKind.QUOTATION:
        paraphrase = next(f for f in result.findings if f.kind is part)
        assert paraphrase.part.startswith("he loved") and "loved" in (paraphrase.note or "")


def test_one_quoted_word_is_supported_by_words_recorded_from_the_person_named_before_it():
    result = Checker(load_timeline(BUNDLED)).check("Former first lady Laura Bush called it “cruel” and “immoral,” "
                                                   "and others called it child abuse.")
    assert [(f.part, f.verdict, f.record) for f in result.findings if f.kind is PartKind.QUOTATION] == [
        ("“cruel”", Verdict.SUPPORTED, "laura-bush-cruel-immoral"),
        ("“immoral”", Verdict.SUPPORTED, "laura-bush-cruel-immoral")]


def test_one_quoted_word_missing_from_what_someone_is_recorded_saying_is_never_contradicted():
    result = Checker(load_timeline(BUNDLED)).check("Laura Bush called the policy “lawful” in June 2018.")
    assert [(f.part, f.verdict) for f in result.findings if f.kind is PartKind.QUOTATION] == [
        ("“lawful”", Verdict.UNVERIFIED)]
