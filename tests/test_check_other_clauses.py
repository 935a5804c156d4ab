"""What a claim gives that zt does not check keeps it from support, and a date belongs to the
act of its own clause: a time counted from another event ("two days after"), a month that
bounds a span, whose custody people were in, the maker of a document named by a possessive
("Nielsen's memo"), the suit a clause opened by "after" dates. And what was misread is read: a
pronoun that is its verb's own subject, an office denied ("Kelly, not the President"), a year
written in a clause of its own, a statement made on someone's behalf, "the youngest"."""

from __future__ import annotations

import pytest

from conftest import check_bundled
from zt_timeline.checking.parts import ClaimCheck, PartKind, Verdict

check = check_bundled


def unchecked(result: ClaimCheck, kind: PartKind) -> list[str]:
    return [part.part for part in result.unchecked if part.kind is kind]


@pytest.mark.parametrize(("text", "offset"), [
    ("Two days after Trump signed the executive order, the first lady visited a shelter in Texas.", "Two days after"),
    ("The Justice Department asked Judge Gee to change the Flores settlement the following month.",
     "the following month"),
    ("Sessions resigned on Wednesday, two days after the election.", "two days after"),
])
def test_a_time_counted_from_another_event_is_not_checked_and_keeps_the_claim_from_support(text, offset):
    result = check(text, "2018-11-08")
    assert offset in unchecked(result, PartKind.DATE)
    assert result.verdict is not Verdict.SUPPORTED


def test_a_month_that_bounds_a_span_is_not_lost():
    result = check("Officials denied the practice until June, when Sessions announced the zero tolerance policy.",
                   "2019-01-10")
    assert result.verdict is not Verdict.SUPPORTED  # Sessions announced it in April
    assert any(finding.part.startswith("June") for finding in result.findings) or "June" in unchecked(
        result, PartKind.DATE)


def test_a_date_in_a_clause_after_opens_is_the_suit_not_the_order_that_followed():
    after = check("After the ACLU sued the administration to speed up reunification in late June, a federal judge "
                  "ordered families reunited within 30 days.", "2018-07-01")
    assert after.verdict is not Verdict.SUPPORTED  # the ACLU sued in February; June was the order's
    alone = check("In late June, a federal judge ordered the government to reunite families within 30 days.",
                  "2018-07-01")
    assert alone.verdict is Verdict.SUPPORTED


def test_the_maker_of_a_document_named_by_a_possessive_is_checked():
    result = check("Nielsen's directive of Friday, April 6, 2018, told prosecutors to adopt a zero-tolerance policy.")
    assert result.verdict is not Verdict.SUPPORTED  # the directive was Sessions'
    assert any(f.kind is PartKind.PARTY and f.part == "Nielsen" for f in result.findings)


def test_whose_custody_people_were_in_is_not_checked_and_keeps_the_claim_from_support():
    plain = check("DHS said it separated 1,995 children from 1,940 adults.")
    assert plain.verdict is Verdict.SUPPORTED
    for custody in ("in the custody of the Department of Homeland Security", "in HHS custody"):
        result = check(f"DHS said it separated 1,995 children from 1,940 adults and placed the children {custody}.")
        assert result.verdict is Verdict.UNVERIFIED
        assert unchecked(result, PartKind.PARTY) == [custody]


def test_an_office_denied_of_someone_is_not_given_to_them():
    result = check("Sessions was asked to resign by Kelly, not the President, on Wednesday.", "2018-11-08")
    assert result.verdict is not Verdict.CONTRADICTED
    assert not [f for f in result.findings if f.kind is PartKind.OFFICE]


def test_a_year_written_in_a_clause_of_its_own_is_not_lent_to_a_month_before_it():
    result = check("The ACLU filed the lawsuit in February, saying a mother, who had sought asylum in November "
                   "2017, was separated from her daughter.", "2018-12-17")
    february = next(f for f in result.findings if f.part.startswith("in February"))
    assert (february.verdict, february.record, february.part) == (Verdict.SUPPORTED, "ms-l-filed",
                                                                  "in February (Feb 2018)")


def test_withdrawing_a_nomination_is_the_withdrawal_and_it_is_not_the_senate():
    result = check("The White House told the Senate on Thursday it was withdrawing the nomination of Vitiello to "
                   "lead ICE.", "2019-04-05")
    assert result.verdict is not Verdict.CONTRADICTED
    date = next(f for f in result.findings if f.kind is PartKind.DATE)
    assert (date.verdict, date.record) == (Verdict.SUPPORTED, "vitiello-nomination-withdrawn")
    assert not [f for f in result.findings if f.kind is PartKind.AGENT]


@pytest.mark.parametrize(("day", "verdict"), [("July 10", Verdict.SUPPORTED), ("July 26", Verdict.CONTRADICTED)])
def test_the_youngest_children_are_those_under_five(day, verdict):
    result = check(f"The administration missed a {day} deadline to reunite the youngest children with their parents.",
                   "2018-07-27")
    assert result.verdict is verdict
    assert result.findings[0].record == "under-five-deadline"


def test_a_weekday_before_its_date_in_brackets_is_that_date():
    result = check("Sessions on Tuesday (June 5) defended the zero tolerance policy on Hugh Hewitt's radio show.",
                   "2018-06-06")
    assert result.verdict is Verdict.SUPPORTED
    assert [f.part for f in result.findings if f.kind is PartKind.DATE] == ["June 5 (5 Jun 2018)"]


def test_a_statement_made_on_someones_behalf_is_theirs_and_no_one_elses():
    theirs = check('Melania Trump said she "hates to see children separated from their families."')
    speaker = next(f for f in theirs.findings if f.kind is PartKind.SPEAKER)
    assert speaker.verdict is Verdict.SUPPORTED
    assert "behalf" in (speaker.note or "")
    another = check('"I have confidence that Kevin will do a great job!" Nielsen wrote.')
    assert another.verdict is Verdict.CONTRADICTED  # Trump's tweet, not on her behalf


@pytest.mark.parametrize(("succession", "part"), [
    ("then was briefly replaced by Ronald Vitiello", "replaced by Ronald Vitiello"),
    ("the third person to serve in the post", "the third person to serve"),
])
def test_who_came_before_or_after_in_a_post_is_not_checked_and_keeps_the_claim_from_support(succession, part):
    assert check("Albence became acting director of ICE in April 2019.").verdict is Verdict.SUPPORTED
    result = check(f"Albence became acting director of ICE in April 2019, {succession}.")
    assert result.verdict is Verdict.UNVERIFIED
    assert [found.part for found in result.unchecked if found.kind is PartKind.OFFICE] == [part]


@pytest.mark.parametrize(("text", "year"), [
    ("A judge on Friday blocked a rule that sought to detain families indefinitely, saying it broke a 2007 court "
     "settlement.", "2007"),
])
def test_a_year_that_names_an_act_the_claim_does_not_date_keeps_it_from_support(text, year):
    result = check(text, "2019-09-28")
    assert year in unchecked(result, PartKind.DATE)
    assert result.verdict is not Verdict.SUPPORTED


def test_a_year_that_names_something_else_in_a_clause_of_its_own_is_left_alone():
    result = check("Sessions resigned at Trump's request in November 2018, after the two clashed over his recusal "
                   "from the inquiry into Russian meddling in the 2016 presidential election.")
    assert "2016" not in unchecked(result, PartKind.DATE)


def test_a_thing_given_to_something_is_no_purpose():
    result = check("Judge Sabraw gave preliminary approval to the settlement agreement last month.", "2018-10-15")
    assert result.verdict is Verdict.SUPPORTED  # the asylum settlement lodged on Sept. 12, 2018


@pytest.mark.parametrize(("doer", "verdict"), [("Obama", Verdict.UNVERIFIED), ("Trump", Verdict.SUPPORTED)])
def test_a_doer_the_data_does_not_know_keeps_the_claim_from_support(doer, verdict):
    result = check(f"{doer} ultimately signed an executive order on Wednesday to halt the practice of separating "
                   "families.", "2018-06-21")
    assert result.verdict is verdict
    said = check(f"{doer} said during Thursday's debate that children are brought across the border \"by coyotes "
                 "and lots of bad people.\"", "2020-10-23")
    assert said.verdict is verdict
    # (who told someone something, at the head of the claim, is its doer too)
    told = check(f"{doer} reportedly told Border Patrol agents in Calexico, California, on Friday that they should "
                 "force back the migrants.", "2019-04-06")
    assert told.verdict is verdict


def test_a_source_that_said_it_is_not_taken_for_who_did_it():
    result = check("President Trump signed an executive order on Wednesday, Reuters reported.", "2018-06-21")
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("judge", "verdict"), [("Gee", Verdict.UNVERIFIED), ("Sabraw", Verdict.SUPPORTED)])
def test_whose_order_a_count_comes_from_is_checked(judge, verdict):
    result = check(f"Under {judge}'s order, the federal government must reunite children younger than 5 years old "
                   "with their parents within 14 days.", "2018-07-11")
    assert result.verdict is verdict


def test_a_year_that_names_an_act_keeps_a_claim_from_support_even_alone():
    result = check("Judge Gee ruled that the administration had no grounds to alter the 1998 settlement agreement.",
                   "2018-07-10")
    assert "1998" in unchecked(result, PartKind.DATE)
    assert result.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize("title", ["Associate Attorney General Rod Rosenstein",
                                   "Homeland Security Director Kirstjen Nielsen"])
def test_a_title_zt_does_not_read_as_an_office_keeps_the_claim_from_support(title):
    result = check(f"{title} announced a departure on Monday.", "2019-04-30")
    assert result.verdict is not Verdict.SUPPORTED
    assert title in [part.part for part in result.unchecked if part.kind is PartKind.OFFICE]
    read = check("Deputy Attorney General Rod Rosenstein announced his departure Monday.", "2019-04-30")
    assert read.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("order", "kind"), [("first presidential debate", PartKind.DATE),
                                             ("26-month tenure", PartKind.OFFICE)])
def test_which_of_several_events_and_how_long_a_post_was_held_are_not_checked(order, kind):
    result = check(f"During the {order} of his, Biden called the separation policy \"criminal.\"", "2021-01-20")
    assert order in [part.part for part in result.unchecked if part.kind is kind]
    assert result.verdict is Verdict.UNVERIFIED


def test_one_thing_a_person_told_reporters_is_not_judged_by_another_they_said():
    result = check("\"We're going in a tougher direction,\" Trump told reporters Friday morning.", "2019-04-06")
    assert result.verdict is Verdict.UNVERIFIED  # not contradicted by a tweet of his of another day


@pytest.mark.parametrize(("when", "verdict"), [("in May", Verdict.UNVERIFIED), ("on May 3", Verdict.CONTRADICTED)])
def test_a_larger_count_of_what_only_grows_may_be_of_a_later_day(when, verdict):
    result = check(f"Seven families were reunited {when}, the task force said.", "2021-06-03")
    assert result.verdict is verdict  # four were reunited on May 3, 2021; more by the end of May


def test_a_successor_named_with_a_title_in_lower_case_is_a_succession():
    result = check("Nielsen stepped down last month and was replaced by acting secretary Kevin McAleenan.",
                   "2019-05-15")
    assert "replaced by acting secretary Kevin McAleenan" in [part.part for part in result.unchecked]


def test_someones_replacement_is_a_succession_not_checked():
    result = check("Nielsen's replacement, Kevin McAleenan, stepped down as acting DHS chief earlier this month.",
                   "2019-10-20")
    assert "Nielsen's replacement" in [part.part for part in result.unchecked if part.kind is PartKind.OFFICE]




def test_a_naming_to_another_post_is_not_judged_by_the_naming_to_this_one():
    result = check("Acting Immigration and Customs Enforcement Director Mark Morgan was named acting chief of U.S. "
                   "Customs and Border Protection on Thursday.", "2019-06-28")
    assert result.verdict is not Verdict.CONTRADICTED  # not his naming to ICE in May
