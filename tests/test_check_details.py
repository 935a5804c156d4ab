"""A place, a court, a committee or a group a claim names that the record it is about does not
mention is a part zt cannot check: the claim is not supported on its other parts alone. Over the
bundled data."""

from __future__ import annotations

import pytest

from conftest import BUNDLED
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.parts import PartKind, Verdict
from zt_timeline.loading.load import load_timeline

S, U = Verdict.SUPPORTED, Verdict.UNVERIFIED


@pytest.fixture(scope="module")
def checker():
    return Checker(load_timeline(BUNDLED))


def details(result) -> list[str]:
    return [f.part for f in result.findings if f.kind is PartKind.PARTY and f.verdict is U]


@pytest.mark.parametrize(("claim", "detail"), [
    ("Melania Trump visited a shelter in El Paso on June 21, 2018.", "El Paso"),
    ("Trump signed Executive Order 13841 in Texas on June 20, 2018.", "Texas"),
    ("Judge Dana Sabraw of the Southern District of New York ordered the government to reunite families on "
     "June 26, 2018.", "Southern District of New York"),
])
def test_a_detail_the_record_does_not_mention_keeps_the_claim_from_support(checker, claim, detail):
    result = checker.check(claim)
    assert detail in details(result) and result.verdict is U


@pytest.mark.parametrize("claim", [
    "Melania Trump visited a shelter in McAllen on June 21, 2018.",  # the record's own place
    "Trump signed Executive Order 13841 on June 20, 2018.",  # 'Executive Order' is the kind of act
    "Judge Dana Sabraw of the Southern District of California ordered the government to reunite families on "
    "June 26, 2018.",  # the court is an actor of the record
    "A federal judge in San Diego ordered the government to reunite families on June 26, 2018.",  # the court's note
])
def test_a_detail_the_record_or_its_sources_give_is_no_obstacle(checker, claim):
    result = checker.check(claim)
    assert details(result) == [] and result.verdict is S


def test_whom_a_claim_has_it_from_is_not_a_detail_of_the_event(checker):
    result = checker.check("The Trump administration was considering separating families, according to Reuters.")
    assert "Reuters" not in details(result)
