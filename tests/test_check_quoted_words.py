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


@pytest.mark.parametrize(("claim", "speaker"), [
    ('Sessions called the policy "zero tolerance" in April 2018.', S),
    # Others may have said these two words too: one record of Sessions' does not rule Kelly out.
    ('Kelly called the policy "zero tolerance" in 2018.', U),
])
def test_who_said_a_few_words_many_say(checker, claim, speaker):
    result = checker.check(claim)
    assert next(f for f in result.findings if f.kind is PartKind.SPEAKER).verdict is speaker
    assert result.verdict is speaker


# --- what someone said, in the claim's own words ---------------------------------------------------

@pytest.mark.parametrize(("claim", "verdict"), [
    ("Trump said on June 15, 2018, that he hated the children being taken away.", S),
    ("Trump said on June 15, 2018, that he loved the children being taken away.", U),
])
def test_a_paraphrase_is_supported_only_in_the_record_s_words(checker, claim, verdict):
    result = checker.check(claim)
    assert result.verdict is verdict
    if verdict is U:
        paraphrase = next(f for f in result.findings if f.kind is PartKind.QUOTATION)
        assert paraphrase.part.startswith("he loved") and "loved" in (paraphrase.note or "")
