"""What is not a contradiction, found on published text: a name after "The report said" is whose
focus the report describes, not who spoke; an editor's "[t]he" is the speaker's "The"; a few words
given to someone other than the record's speaker are not a misquote of that record; an act given
to a doer the data does not know is not the record's; "as of Monday" is a count's day; a share of a
group is no rise in crossings; a letter's recipient is checked against the words' context."""

from __future__ import annotations

import pytest

from conftest import check_bundled as check
from zt_timeline.checking.parts import PartKind, Verdict


def test_a_name_after_the_report_said_is_not_the_speaker():
    result = check("The inspector general's report said Sessions and the department's “single-minded focus on "
                   "increasing immigration prosecutions came at the expense of careful and appropriate consideration "
                   "of the impact of family unit prosecutions and child separations.”", "2021-01-15")
    assert result.verdict is not Verdict.CONTRADICTED
    assert not [f for f in result.findings if f.kind is PartKind.SPEAKER and f.verdict is Verdict.CONTRADICTED]


def test_an_editors_bracketed_letter_is_the_speakers_own():
    result = check("Kelly said in May 2018: “[t]he children will be taken care of — put into foster care or "
                   "whatever.”", "2018-06-01")
    assert [f.verdict for f in result.findings if f.kind is PartKind.QUOTATION] in ([Verdict.SUPPORTED],
                                                                                   [Verdict.DISPUTED])


def test_a_few_words_given_to_another_speaker_are_no_misquote_of_the_record():
    result = check("HHS Secretary Alex Azar said the number would be “less than 3,000.”", "2018-07-06")
    assert result.verdict is not Verdict.CONTRADICTED
    assert [f.verdict for f in result.findings if f.kind is PartKind.QUOTATION] == [Verdict.UNVERIFIED]


def test_an_act_given_to_a_doer_the_data_does_not_know_is_not_the_records():
    result = check("Pence and Homeland Security Secretary Kirstjen Nielsen will meet the presidents of Guatemala, "
                   "El Salvador and Honduras on Thursday, the White House announced Tuesday.", "2018-06-27")
    assert result.verdict is not Verdict.CONTRADICTED


def test_as_of_a_day_is_the_day_of_a_count_not_of_an_event():
    result = check("As of Monday, 1,187 children had been reunited with parents or other guardians.", "2018-07-24")
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize("share", ["32%", "62%"])
def test_a_share_of_a_group_is_not_judged_against_a_rise(share):
    result = check(f"The analysis found that only {share} of all adult immigrants caught crossing the border were "
                   "charged with illegal entry that month.", "2018-06-20")
    assert not [f for f in result.findings if f.kind is PartKind.NUMBER and f.verdict is Verdict.CONTRADICTED]


@pytest.mark.parametrize(("to", "verdict"), [("the President", Verdict.SUPPORTED),
                                             ("White House Chief of Staff John Kelly", Verdict.UNVERIFIED)])
def test_whom_a_letter_went_to_is_read_from_the_words_context(to, verdict):
    result = check(f"Sessions’ letter to {to}: “At your request, I am submitting my resignation.”", "2018-11-08")
    assert result.verdict is verdict
