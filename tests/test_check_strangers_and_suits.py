"""Who the data does not know, and which filing a claim is about. A doer the data does not know
is found with a time between the name and the verb ("Pence last week signed"); an administration or
a policy named for a president the data does not know keeps the claim from support; a claim about
filing a lawsuit is not about a motion filed in it; who did it, after "by" and a title, is the
person named, not the body of the title; a date of "taking office" is not the date of what followed."""

from __future__ import annotations

import pytest

from conftest import check_bundled as check
from zt_timeline.checking.parts import PartKind, Verdict


@pytest.mark.parametrize("claim", ["Pence last week signed an executive order ending the policy.",
                                   "Obama on Wednesday signed an executive order ending the policy.",
                                   "Obama had nominated Homan as director in November 2017."])
def test_a_doer_the_data_does_not_know_is_found_across_a_time(claim):
    result = check(claim, "2018-06-25")
    assert result.verdict is Verdict.UNVERIFIED
    assert [f.part for f in result.findings if f.kind is PartKind.PARTY] in (["Pence"], ["Obama"])


def test_a_known_doer_across_a_time_is_still_checked():
    result = check("Trump last week signed an executive order ending the policy.", "2018-06-25")
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("whose", "verdict"), [("the Obama administration", Verdict.UNVERIFIED),
                                                ("the Trump administration", Verdict.SUPPORTED)])
def test_an_administration_of_a_president_the_data_does_not_know_keeps_a_claim_from_support(whose, verdict):
    result = check(f"According to {whose}, between May 5 and June 9, 2,342 children were separated from their "
                   "parents.", "2018-06-25")
    assert result.verdict is verdict


def test_a_policy_named_for_a_president_the_data_does_not_know_keeps_a_claim_from_support():
    result = check("Obama's immigration policy separated more than 2,300 migrant children from their parents.",
                   "2018-06-25")
    assert result.verdict is Verdict.UNVERIFIED
    assert [u.part for u in result.unchecked if u.kind is PartKind.PARTY] == ["Obama's immigration policy"]


@pytest.mark.parametrize(("year", "verdict"), [("2018", Verdict.SUPPORTED), ("2019", Verdict.CONTRADICTED)])
def test_filing_a_lawsuit_is_not_a_motion_filed_in_it(year, verdict):
    result = check(f"The ACLU filed the class action lawsuit against the government in {year} to stop the "
                   "separation of parents and children.", "2021-01-01")
    assert result.verdict is verdict


def test_a_case_said_to_be_filed_is_not_a_motion_in_it():
    result = check("Originally filed in 2019 by the ACLU, the Ms. L case was filed to stop the practice of "
                   "separating parents and children.", "2021-01-01")
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(("by", "verdict"), [("then-Attorney General Jeff Sessions", Verdict.SUPPORTED),
                                             ("Homeland Security Secretary Kirstjen Nielsen", Verdict.CONTRADICTED)])
def test_who_did_it_after_by_and_a_title_is_the_person_not_the_body_of_the_title(by, verdict):
    result = check(f"The zero tolerance policy was announced by {by} on April 6, 2018.", "2021-01-15")
    assert [(f.part.split()[-2], f.verdict) for f in result.findings if f.kind is PartKind.AGENT] \
        == [(by.split()[-1], verdict)]


def test_a_date_of_taking_office_is_not_the_date_of_what_was_done_after_it():
    result = check("The families will be the first reunified through a task force created by President Biden "
                   "shortly after taking office in January.", "2021-05-03")
    assert result.verdict is not Verdict.CONTRADICTED
