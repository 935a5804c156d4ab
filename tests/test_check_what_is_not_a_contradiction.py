"""What is not a contradiction, found on published text: a name after "The report said" is whose
focus the report describes, not who spoke; an editor's "[t]he" is the speaker's "The"; a few words
given to someone other than the record's speaker are not a misquote of that record; an act given
to a doer the data does not know is not the record's; "as of Monday" is a count's day; a share of a
group is no rise in crossings; a letter's recipient is checked against the words' context; an
editor's "(Trump)"; a deadline's age group; "Mrs. Trump"; the day of recorded words supports only
their speaker; whom a speech was given to is a part of the claim."""

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


def test_a_few_words_an_editor_put_in_parentheses_are_not_the_speakers():
    result = check('Last week, Sabraw said reuniting them was "100 percent the responsibility of the (Trump) '
                   'administration."', "2018-08-10")
    assert result.verdict is not Verdict.CONTRADICTED


def test_an_age_group_beside_another_deadline_is_not_this_deadlines():
    result = check("A filing says the administration needs more time to reunite all children with their parents by "
                   "July 26 - and July 10 for children under 5.", "2018-07-06")
    assert result.verdict is not Verdict.CONTRADICTED
    assert next((f.part, f.verdict) for f in result.findings if f.kind is PartKind.DATE) \
        == ("July 26 (26 Jul 2018)", Verdict.SUPPORTED)


def test_a_rise_in_something_else_is_not_judged_against_a_rise_in_crossings():
    result = check("The number of family units increased by 435 percent compared to May 2017, according to CBP.",
                   "2018-06-10")
    assert not [f for f in result.findings if f.kind is PartKind.NUMBER and f.verdict is Verdict.CONTRADICTED]


def test_mrs_and_a_surname_several_people_share_names_no_speaker():
    result = check('She says that Mrs. Trump "hates to see children separated from their families".', "2018-06-18")
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(("sayer", "verdict"), [("Kevin McAleenan", Verdict.SUPPORTED),
                                                ("Ronald Vitiello", Verdict.UNVERIFIED)])
def test_the_day_of_recorded_words_supports_only_their_speaker(sayer, verdict):
    result = check("Customs and Border Protection will temporarily stop referring parents for prosecution, "
                   f"Commissioner {sayer} said on Monday.", "2018-06-26")
    assert result.verdict is verdict


@pytest.mark.parametrize(("audience", "verdict"), [("law enforcement officers", Verdict.SUPPORTED),
                                                   ("church leaders", Verdict.UNVERIFIED)])
def test_whom_a_speech_was_given_to_is_a_part_of_the_claim(audience, verdict):
    result = check(f"Speaking to {audience} in Fort Wayne on Thursday, Sessions said illegal entry is a crime.",
                   "2018-06-15")
    assert result.verdict is verdict
