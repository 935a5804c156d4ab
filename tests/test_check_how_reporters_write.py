"""Ways reporters write that the checker must not take for errors, and those it must not let
pass: "[sic]" in a quotation, a count rounded to the hundred, a person named by the office held
when the text was written, a namesake of someone the data knows, an outlet an event's title
names, a count of another period; numbers in words ("Seventy-five"), words given as someone's
("Sessions's recent comment:"), a go-between ("via Rosenstein")."""

from __future__ import annotations

import pytest

from conftest import check_bundled as check
from zt_timeline.checking.parts import ClaimCheck, PartKind, Verdict


def part(result: ClaimCheck, kind: PartKind):
    return next(finding for finding in result.findings if finding.kind is kind)


def test_an_editors_sic_is_not_a_word_the_speaker_said():
    result = check('Trump urged Democrats in a Saturday tweet to "end the horrible law that separates children '
                   'from there [sic] parents."', "2018-05-27")
    assert part(result, PartKind.QUOTATION).verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("count", "verdict"), [("2,000", Verdict.SUPPORTED), ("3,000", Verdict.CONTRADICTED),
                                                ("1,995", Verdict.SUPPORTED)])
def test_a_round_count_is_about_that_many(count, verdict):
    result = check(f"DHS said {count} children were separated from their parents between April 19 and May 31.",
                   "2018-06-20")
    assert (part(result, PartKind.NUMBER).verdict, part(result, PartKind.NUMBER).record) == (verdict,
                                                                                           "dhs-1995-children")


@pytest.mark.parametrize(("title", "dated", "office"), [
    ("The White House chief of staff, John Kelly,", "2018-10-01", None),  # chief of staff when it was written
    ("The White House chief of staff, John Kelly,", "2017-03-08", Verdict.CONTRADICTED),  # not yet, even then
    ("Then-White House chief of staff John Kelly", "2018-10-01", Verdict.CONTRADICTED),  # "then": in March 2017
])
def test_an_office_taken_later_may_be_the_one_held_when_the_text_was_written(title, dated, office):
    result = check(f"{title} told CNN in March 2017 that he was considering separating families.", dated)
    offices = [f.verdict for f in result.findings if f.kind is PartKind.OFFICE]
    if office is None:
        assert offices == [] and result.verdict is Verdict.UNVERIFIED
        assert [u.part for u in result.unchecked if u.kind is PartKind.OFFICE and u.withholds]
    else:
        assert offices == [office]


def test_an_outlet_an_events_title_names_is_supported_by_it():
    result = check("Homeland Security Secretary John Kelly told CNN in March 2017 that he was considering separating "
                   "families.", "2017-03-08")
    outlet = part(result, PartKind.OUTLET)
    assert (outlet.verdict, outlet.record) == (Verdict.SUPPORTED, "kelly-cnn-interview")


def test_taking_office_is_not_naming_someone_else_to_one():
    result = check("McAleenan had led CBP since President Donald Trump took office on January 20, 2017.", "2019-05-01")
    assert result.verdict is not Verdict.CONTRADICTED  # not Trump's naming of Homan or Morgan


def test_a_namesake_given_the_office_of_the_body_whose_words_they_were():
    words = "\"DHS was not fully prepared to implement the administration's zero-tolerance policy,\""
    namesake = check(f"{words} said John Kelly, the acting inspector general.", "2018-10-01")
    assert part(namesake, PartKind.SPEAKER).verdict is Verdict.UNVERIFIED  # John V. Kelly, not John F. Kelly
    another = check(f"{words} said Jeff Sessions.", "2018-10-01")
    assert part(another, PartKind.SPEAKER).verdict is Verdict.CONTRADICTED


def test_a_count_of_another_period_does_not_speak_for_a_number():
    result = check("The policy led to more than 2,500 family separations along the border this summer.",
                   "2018-10-02")
    assert part(result, PartKind.NUMBER).verdict is Verdict.UNVERIFIED  # not the count of Oct. 2016 to Feb. 2018
    given = check("The task force reported in June 2021 that it had identified 4,913 children separated under the "
                  "policy.", "2023-03-01")
    assert part(given, PartKind.NUMBER).verdict is Verdict.CONTRADICTED  # June 2021 is when the count was given


@pytest.mark.parametrize(("words", "verdict"), [("Fifty-seven", Verdict.SUPPORTED),
                                                ("Seventy-five", Verdict.CONTRADICTED)])
def test_tens_and_ones_in_words_are_a_count(words, verdict):
    result = check(f"{words} children under five have been reunited with their families as of Thursday morning.",
                   "2018-07-13")
    assert result.verdict is verdict
    assert part(result, PartKind.NUMBER).record == "under-five-reunited"


def test_words_given_as_someones_comment_are_said_to_be_theirs():
    result = check("Take Attorney General Jeff Sessions's recent comment: \"We do not have a policy of separating "
                   "families at the border. Period.\"", "2018-06-20")
    assert part(result, PartKind.SPEAKER).verdict is Verdict.CONTRADICTED  # Nielsen's words


def test_a_go_between_the_record_does_not_name_keeps_the_claim_from_support():
    result = check("Sessions resigned in a letter delivered to the president via Deputy Attorney General Rod "
                   "Rosenstein.", "2018-11-08")
    assert result.verdict is Verdict.UNVERIFIED
    assert any(f.kind is PartKind.PARTY and f.part == "Rod Rosenstein" for f in result.findings)


def test_an_open_count_in_a_text_of_no_known_date_is_not_judged_by_a_count_of_another_time():
    result = check("More than 3,200 children have been separated from their parents since May.")
    number = part(result, PartKind.NUMBER)
    assert number.verdict is Verdict.UNVERIFIED  # 2,342 by June 2018; 3,913 by the task force's count of 2021
    assert "--dated" in (number.note or "")


@pytest.mark.parametrize(("count", "verdict"), [("about 50", Verdict.SUPPORTED), ("about 500", Verdict.CONTRADICTED)])
def test_a_count_of_something_else_speaks_only_for_a_claim_that_says_what(count, verdict):
    result = check(f"DHS OIG investigators spoke with {count} immigration employees for the special review.")
    assert part(result, PartKind.NUMBER).verdict is verdict
    department = check("Nielsen will run a department with more than 240,000 employees.")
    assert part(department, PartKind.NUMBER).verdict is Verdict.UNVERIFIED  # no count of the review's


def test_those_reached_are_not_counted_against_the_group_the_lawyers_sought():
    result = check("The lawyers said they've reached the parents of 485 children so far.", "2020-12-02")
    assert result.verdict is not Verdict.CONTRADICTED  # not the 1,030 children whose parents they sought


def test_the_end_of_a_month_after_through_is_a_bound_not_checked():
    result = check("Through the end of September, almost 2,000 minors were separated from adults, the department "
                   "said last week.", "2018-10-01")
    assert "the end of September" in unchecked_parts(result)
    assert result.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize("month", ["June", "August"])
def test_a_date_of_another_clause_is_not_the_date_of_the_count(month):
    result = check("The Trump administration separated more than 2500 children from their parents before abandoning "
                   f"the policy in {month}.", "2018-10-01")
    date = part(result, PartKind.DATE)
    assert date.verdict is Verdict.UNVERIFIED  # the month the policy ended, not the count's


def unchecked_parts(result: ClaimCheck) -> list[str]:
    return [found.part for found in result.unchecked]


@pytest.mark.parametrize(("week", "dated", "verdict"), [("last week", "2018-06-25", Verdict.SUPPORTED),
                                                         ("this week", "2018-06-22", Verdict.SUPPORTED),
                                                         ("last week", "2018-06-22", Verdict.UNVERIFIED)])
def test_a_week_counted_from_the_texts_day_is_read_as_its_days(week, dated, verdict):
    result = check(f"President Donald Trump signed an executive order {week} promising to end the practice of "
                   "child separation.", dated)
    date = part(result, PartKind.DATE)
    assert date.verdict is verdict  # the order was signed on Wednesday, June 20, 2018
    assert "Jun 2018 –" in date.part


def test_under_a_number_is_not_any_count_below_it():
    result = check('Health and Human Services Secretary Alex Azar said Thursday there were "under 5,000" children '
                   "separated from their parents.", "2018-07-06")
    assert result.verdict is not Verdict.SUPPORTED  # he said under 3,000


def test_an_outlet_is_not_judged_by_another_interview_of_the_speaker():
    result = check('"What happened was Jeff Sessions, he was the one that instituted the zero-tolerance process," '
                   "Kelly told the Los Angeles Times in an interview released Sunday.", "2018-12-31")
    assert result.verdict is not Verdict.CONTRADICTED  # not his interview with NPR of May 2018


@pytest.mark.parametrize(("whom", "verdict"), [("President Donald Trump", Verdict.SUPPORTED),
                                               ("Attorney General William Barr", Verdict.UNVERIFIED)])
def test_whom_a_letter_went_to_is_checked_against_the_records_words(whom, verdict):
    result = check(f"Deputy Attorney General Rod Rosenstein submitted his letter of resignation to {whom} on Monday.",
                   "2019-04-30")
    assert result.verdict is verdict  # "a resignation letter to President Trump", the record says


@pytest.mark.parametrize(("year", "verdict"), [("2019", Verdict.SUPPORTED), ("2018", Verdict.CONTRADICTED)])
def test_a_month_and_its_year_may_be_written_with_a_comma(year, verdict):
    result = check(f"DHS has had no Senate-confirmed secretary since Kirstjen Nielsen, who resigned in April, {year}.",
                   "2019-05-15")
    assert part(result, PartKind.DATE).verdict is verdict


def test_a_states_attorney_general_is_not_the_attorney_general():
    result = check("Former Virginia attorney general Ken Cuccinelli was appointed acting director of U.S. "
                   "Citizenship and Immigration Services on Monday.", "2019-06-11")
    assert result.verdict is not Verdict.CONTRADICTED
    assert not [f for f in result.findings if f.kind is PartKind.OFFICE and "attorney general" in f.part.casefold()]


def test_an_abbreviated_title_is_no_one_else():
    result = check("Attorney General Jeff Sessions submitted his resignation on Wednesday at Pres. Trump's request.",
                   "2018-11-08")
    assert result.verdict is Verdict.SUPPORTED
    assert not [f for f in result.findings if f.kind is PartKind.PARTY]


@pytest.mark.parametrize(("to", "verdict"), [("President Donald Trump", Verdict.SUPPORTED),
                                             ("Chief of Staff John Kelly", Verdict.UNVERIFIED)])
def test_whom_a_resignation_letter_went_to(to, verdict):
    result = check(f"Sessions announced his resignation in a letter to {to}.", "2018-11-08")
    assert [f.verdict for f in result.findings if f.kind is PartKind.PARTY] == [verdict]


def test_a_thing_given_to_a_body_the_data_names_no_one_of_keeps_the_claim_from_support():
    result = check("The Trump administration may have deported 463 migrant parents, according to a progress report "
                   "lawyers provided to a congressional committee on Monday.", "2018-07-24")
    assert result.verdict is Verdict.UNVERIFIED
    assert [u.part for u in result.unchecked if u.kind is PartKind.PARTY] == ["a congressional committee"]


def test_one_named_beside_the_records_doer_is_not_contradicted():
    result = check("On April 6, 2018, Attorney General Jeff Sessions and ICE Director Thomas Homan announced a zero "
                   "tolerance policy.", "2018-05-08")
    assert result.verdict is not Verdict.CONTRADICTED
    assert [u.part for u in result.unchecked if u.kind is PartKind.AGENT]


@pytest.mark.parametrize(("words", "verdict"), [("cannot be held for more than 20 days", Verdict.SUPPORTED),
                                                ("cannot be held for more than 30 days", Verdict.CONTRADICTED)])
def test_what_cannot_go_beyond_a_number_of_days_is_a_limit_of_that_many(words, verdict):
    result = check(f"The Flores settlement says children {words} in detention facilities that are not licensed.",
                   "2019-08-22")
    assert [f.verdict for f in result.findings if f.kind is PartKind.NUMBER] == [verdict]


def test_a_share_of_a_group_the_claim_names_is_not_a_share_of_all():
    result = check("Of the 239 children taken to the facility, about 60 percent arrived at the border alone and 40 "
                   "percent were separated from their families.", "2018-06-21")
    assert Verdict.CONTRADICTED not in [f.verdict for f in result.findings]


@pytest.mark.parametrize("claim", [
    "On Friday, after six months in the post, McAleenan resigned as acting homeland security secretary.",
    "Homan retired in 2018, only to return shortly afterward as the administration's acting ICE director.",
])
def test_how_long_a_post_was_held_and_what_came_afterward_are_not_checked(claim):
    result = check(claim, "2019-10-12")
    assert result.verdict is Verdict.UNVERIFIED
    assert {u.part for u in result.unchecked} & {"six months in the post", "shortly afterward"}


def test_a_policy_that_became_official_is_no_one_taking_office():
    result = check("Secretary Azar and other officials were invited to a White House meeting in early May 2018 "
                   "before the family separation policy became official.", "2019-02-08")
    assert result.verdict is not Verdict.CONTRADICTED


def test_the_newspaper_usa_today_is_no_day_and_a_time_of_day_no_count():
    result = check("In a message to DHS staffers obtained by USA TODAY, Wolf said his resignation would take effect "
                   "at 11:59 p.m. Monday.", "2021-01-12")
    assert result.verdict is Verdict.SUPPORTED
    assert [f.part for f in result.findings if f.kind is PartKind.DATE] == ["Monday (11 Jan 2021)"]


@pytest.mark.parametrize(("claim", "dated"), [
    # a room for so many is no count of them
    ("The Department of Health and Human Services has requested the Pentagon house up to 20,000 unaccompanied "
     "immigrant children.", "2018-06-22"),
    # a doer the data does not know, after a party's tag, did the act of the date
    ("North Carolina Gov. Roy Cooper (D) announced Tuesday that he would recall three members of the National Guard "
     "over the Trump administration's zero tolerance policy.", "2018-06-20"),
    # four words near some of Sessions's are not his
    ("President Donald Trump said Friday that he hates seeing children separated from their parents, but “that’s "
     "the Democrats’ law.”", "2018-06-16"),
])
def test_what_is_not_shown_to_be_a_records_is_not_contradicted_by_it(claim, dated):
    assert check(claim, dated).verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize("claim", [
    # the outlet of someone the data does not know, near in words to an op-ed in the same paper
    "Nielsen and a companion had been dining at the restaurant for about an hour before protesters walked in, the "
    "restaurant's general manager told The Washington Post.",
    # an interview the data does not record, on the day of a speech it does
    "Sessions spoke with Fox News’ Sean Hannity on Monday and defended his agency amid a growing outcry over family "
    "separations.",
])
def test_where_words_went_that_no_record_gives_keeps_the_claim_from_support(claim):
    result = check(claim, "2018-06-23")
    assert result.verdict is Verdict.UNVERIFIED
    assert [u.part for u in result.unchecked if u.kind is PartKind.OUTLET]


@pytest.mark.parametrize(("given", "verdict"), [("62 to 37", Verdict.SUPPORTED), ("72 to 27", Verdict.CONTRADICTED),
                                                ("in December 2017", Verdict.SUPPORTED),
                                                ("in November 2017", Verdict.CONTRADICTED)])
def test_a_person_who_was_confirmed_was_confirmed_in_office(given, verdict):
    result = check(f"Nielsen was confirmed {given}.", "2017-12-06")
    assert [(f.verdict, f.record) for f in result.findings if f.kind in (PartKind.NUMBER, PartKind.DATE)] == [
        (verdict, "nielsen-confirmed")]


def test_a_thing_that_was_confirmed_was_said():
    assert check("The figure was confirmed by DHS on Tuesday.", "2018-06-20").verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(("tally", "verdict"), [("62-37", Verdict.SUPPORTED), ("72-27", Verdict.CONTRADICTED)])
def test_senators_who_voted_to_confirm_confirmed(tally, verdict):
    result = check(f"Senators voted {tally} to confirm Kirstjen Nielsen, formerly Kelly's deputy in the White House.",
                   "2017-12-06")
    assert result.verdict is verdict
    assert [(f.verdict, f.record) for f in result.findings if f.kind is PartKind.NUMBER] == [
        (verdict, "nielsen-confirmed")]


def test_an_outlet_that_printed_the_words_is_not_where_they_went():
    # the OIG's words are recorded "as quoted by UPI": UPI printed them, no one told UPI anything
    result = check("Sessions spoke with Fox News’ Laura Ingraham on Monday and defended his agency amid a growing "
                   "outcry over family separations under the new DOJ policy.")
    assert result.verdict is not Verdict.CONTRADICTED
