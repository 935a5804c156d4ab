"""What the checker reads from titles, documents' numbers and counts of a part: "the President
signed" names an office, not a stranger; an order's number is a fact of the claim; a transcript's
"Here is the Attorney General:" says who spoke; a count of those "in other circumstances" is a
part of a whole; a count of a period is not dated by a year that holds only part of it; how long
a count ran and a second limit, written in words; "nine days ago"; who wrote a report."""

from __future__ import annotations

import pytest

from conftest import check_bundled as check
from zt_timeline.checking.parts import ClaimCheck, PartKind, Verdict


def parts(result: ClaimCheck, kind: PartKind) -> list[tuple[str, Verdict, str | None]]:
    return [(finding.part, finding.verdict, finding.record) for finding in result.findings if finding.kind is kind]


@pytest.mark.parametrize(("doer", "verdict"), [("the President", Verdict.SUPPORTED),
                                               ("Pence", Verdict.CONTRADICTED)])
def test_a_bare_title_is_an_office_not_a_doer_the_data_does_not_know(doer, verdict):
    result = check(f"On June 20, 2018, {doer} signed an executive order.", "2018-06-21")
    assert result.verdict is verdict


@pytest.mark.parametrize(("number", "verdict"), [("No. 13,841", Verdict.SUPPORTED),
                                                 ("No. 13,814", Verdict.CONTRADICTED), ("13841", Verdict.SUPPORTED)])
def test_the_number_of_the_order_a_claim_is_about_is_checked(number, verdict):
    result = check(f"On June 20, 2018, the President signed Executive Order {number}.", "2018-06-21")
    assert result.verdict is verdict
    assert parts(result, PartKind.NUMBER) == [(f"Executive Order {number}", verdict, "eo-13841")]


def test_an_orders_number_is_not_supported_by_an_order_the_claim_is_not_shown_to_be_about():
    result = check("Executive Order 13814 was signed in 2018.", "2018-06-21")
    assert result.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(("office", "verdict", "speaker"), [
    ("the Attorney General", Verdict.CONTRADICTED, "Jeff Sessions"),
    ("the Secretary of Homeland Security", Verdict.SUPPORTED, "Kirstjen Nielsen"),
])
def test_a_transcript_says_who_it_introduces(office, verdict, speaker):
    result = check(f"Here is {office}, yesterday: “We do not have a policy of separating families at the border. "
                   "Period.”", "2018-06-18")
    assert result.verdict is verdict
    assert parts(result, PartKind.SPEAKER) == [(speaker, verdict, "nielsen-no-policy")]


def test_a_few_words_that_are_not_the_recorded_ones_say_nothing_of_who_spoke_them():
    result = check('"Of course there is," Homan answered, "families can be deported together."', "2019-01-01")
    assert result.verdict is Verdict.UNVERIFIED
    # (the words are not the record's, so who spoke them is not judged at all)
    assert all(verdict is Verdict.UNVERIFIED for _, verdict, _ in parts(result, PartKind.SPEAKER))


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The government said in a court filing Thursday that 1,820 children ages 5 and up have been discharged.",
     Verdict.UNVERIFIED),  # the 1,442 reunited and the 378 discharged otherwise
    ("The government said in a court filing Thursday that another 278 children were discharged to a sponsor.",
     Verdict.CONTRADICTED),
])
def test_a_count_of_those_in_other_circumstances_is_a_part_of_the_whole(claim, verdict):
    assert check(claim, "2018-07-27").verdict is verdict


def test_a_year_that_holds_part_of_a_counts_period_does_not_date_the_count():
    result = check("Under President Donald Trump’s policy, more than 2,800 families were separated in 2018, according "
                   "to lawyers appointed by a federal judge.", "2021-01-15")
    assert result.verdict is Verdict.UNVERIFIED
    assert [verdict for _, verdict, _ in parts(result, PartKind.NUMBER)] == [Verdict.UNVERIFIED]


@pytest.mark.parametrize(("length", "verdict"), [("six", Verdict.SUPPORTED), ("sixteen", Verdict.UNVERIFIED)])
def test_how_long_a_count_ran_in_words_past_twelve(length, verdict):
    result = check(f"Almost 2,000 children have been separated from their families at the border over {length} weeks "
                   "under the policy.", "2018-06-20")
    assert result.verdict is verdict
    assert [(part, verdict) for part, verdict, _ in parts(result, PartKind.DATE)] == [(f"over {length} weeks",
                                                                                        verdict)]


@pytest.mark.parametrize(("limit", "verdict"), [("two weeks", Verdict.SUPPORTED),
                                                ("three weeks", Verdict.CONTRADICTED)])
def test_a_second_limit_joined_to_the_first_is_read(limit, verdict):
    result = check("A US district judge in San Diego on Tuesday ordered that divided families be reunited within "
                   f"30 days — and {limit} in cases involving children under five.", "2018-06-27")
    assert result.verdict is verdict
    assert (limit, verdict, "reunification-deadline-under-5") in parts(result, PartKind.NUMBER)


def test_days_ago_are_read_against_the_texts_day_and_shown():
    result = check("HHS said 2,053 children were in its care, a figure the department released nine days ago.",
                   "2018-06-29")
    assert any(part == "nine days ago (20 Jun 2018)" for part, _, _ in parts(result, PartKind.DATE))


@pytest.mark.parametrize(("author", "verdict"), [
    ("the U.S. Department of Homeland Security’s Office of the Inspector General", Verdict.UNVERIFIED),
    ("the U.S. Department of Justice’s Office of the Inspector General", Verdict.SUPPORTED),
])
def test_who_wrote_the_report_a_claim_is_about_is_a_part_of_it(author, verdict):
    result = check("Former Attorney General Jeff Sessions and his top advisors were the “driving force” to push for "
                   f"family separations, a scathing report by {author} revealed Thursday.", "2021-01-15")
    assert result.verdict is verdict


def test_a_report_the_claim_is_not_about_names_no_party_of_it():
    result = check("The Department of Justice said the new policy is in response to a report from the Department of "
                   "Homeland Security that showed a 203 percent increase in illegal border crossings from March 2017 "
                   "to March 2018.", "2018-04-06")
    assert result.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("claim", "dated", "verdict"), [
    ("In 2023, the Trump administration entered into a court settlement.", "2023-12-09", Verdict.CONTRADICTED),
    ("In 2023, the Biden administration entered into a court settlement.", "2023-12-09", Verdict.SUPPORTED),
    ("On February 2, the Trump Administration released an executive order establishing a task force.", "2021-02-03",
     Verdict.CONTRADICTED),
    ("Dec. 16 (UPI) -- President Donald Trump's administration has abandoned negotiations.", "2021-12-17",
     Verdict.CONTRADICTED),
    # (another clause's date, and an administration that is no clause's doer)
    ("WASHINGTON — The Biden administration walked away from negotiations to compensate families the Trump "
     "administration separated, three lawyers for the families said Thursday.", "2021-12-17", None),
    ("In 2025, the Trump administration announced it would not separate families.", "2025-05-01", None),
])
def test_an_administration_that_does_the_act_is_its_presidents_then(claim, dated, verdict):
    offices = [(part, found) for part, found, _ in parts(check(claim, dated), PartKind.OFFICE)
               if "dministration" in part]
    assert [found for _, found in offices] == ([verdict] if verdict else [])


def test_an_administration_the_data_does_not_know_keeps_the_claim_from_support():
    result = check("In 2018, the Obama administration separated families.", "2019-02-03")
    assert result.verdict is Verdict.UNVERIFIED
    assert ("Obama administration", Verdict.UNVERIFIED, None) in parts(result, PartKind.PARTY)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("On January 26, 2021, Acting Attorney General Monty Wilkinson rescinded the zero tolerance policy enacted by "
     "President Trump.", None),  # the title he held when he enacted it
    ("On February 2, 2021, President Trump signed an order creating a task force.", Verdict.CONTRADICTED),
])
def test_a_title_named_for_what_its_holder_did_in_office_is_not_checked_on_a_later_day(claim, verdict):
    offices = parts(check(claim, "2021-02-03"), PartKind.OFFICE)
    assert [found for part, found, _ in offices if "Trump" in part] == ([verdict] if verdict else [])


@pytest.mark.parametrize(("count", "verdict"), [("seven", Verdict.UNVERIFIED), ("17", Verdict.CONTRADICTED)])
def test_a_count_of_families_recorded_as_one_of_parents_is_not_contradicted_by_another(count, verdict):
    # (OFO said it had separated 7 parents; the inspector general found at least 60 families)
    result = check(f"At the time, CBP’s chief of the Office of Field Operations said they separated {count} families.",
                   "2020-06-03")
    assert result.verdict is verdict


def test_a_quotation_sharing_few_words_of_substance_with_a_recorded_one_is_not_its_misquote():
    result = check("A day after defending the policy, the attorney general spoke about the Justice Department’s "
                   "commitment to “restoring the rule of law in our immigration system” in Scranton.", "2018-06-15")
    assert [verdict for _, verdict, _ in parts(result, PartKind.QUOTATION)] == [Verdict.UNVERIFIED]


def test_a_false_start_a_transcript_keeps_is_no_misquote():
    result = check("“Parents were ripped — their kids were ripped from their arms and separated, and now they cannot "
                   "find over 500 of sets of those parents and those kids are alone,” Biden said.", "2020-10-23")
    assert result.verdict is not Verdict.CONTRADICTED


def test_an_outlet_is_named_as_a_word_of_its_own():
    # ("ANI" is not in "Melania": the statement's context names no outlet)
    result = check("“Mrs. Trump hates to see children separated from their families and hopes both sides of the aisle "
                   "can finally come together to achieve successful immigration reform,” her communications director, "
                   "Stephanie Grisham, told CNN.", "2018-06-18")
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize("room", ["to house as many as 20,000 unaccompanied migrant children on US military bases",
                                  "to prepare housing on U.S. military bases for as many as 20,000 children"])
def test_room_for_so_many_is_not_a_count_of_them(room):
    assert check(f"The Pentagon is assessing how {room}.", "2018-06-22").verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(("month", "verdict"), [("June", Verdict.UNVERIFIED), ("August", Verdict.UNVERIFIED)])
def test_an_acting_post_is_no_nomination(month, verdict):
    result = check(f"Vitiello was named acting director in {month} to fill in for retired Acting Director Thomas "
                   "Homan.", "2018-11")
    assert result.verdict is verdict  # (not judged by his nomination of August to lead ICE)


def test_a_month_does_not_show_whose_visit_a_claim_is_about():
    result = check("Merkley first visited the border camps back in June to protest the separation of families.",
                   "2018-11-01")
    assert result.verdict is Verdict.UNVERIFIED  # (Melania Trump's visit of June 21 is not his)
    assert check("Merkley visited a shelter in McAllen on June 21.", "2018-06-22").verdict is Verdict.CONTRADICTED


def test_a_body_named_on_a_report_did_not_write_it():
    result = check("In January, an Inspector General report from the Department of Homeland Security found Justice "
                   "officials were aware, months beforehand, that zero tolerance could separate children.",
                   "2021-06-01")
    assert result.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(("length", "verdict"), [("weeks", Verdict.SUPPORTED), ("months", Verdict.UNVERIFIED)])
def test_in_its_first_six_weeks_is_how_long_a_count_ran(length, verdict):
    result = check("According to the Department of Homeland Security, the policy led to the separation of around "
                   f"2,000 children from their parents in its first six {length}.", "2018-06-20")
    assert result.verdict is verdict


@pytest.mark.parametrize(("whom", "verdict"), [("families", Verdict.SUPPORTED), ("grandparents", Verdict.UNVERIFIED)])
def test_with_whom_children_were_to_be_reunited_is_not_checked_unless_their_parents(whom, verdict):
    result = check("The US administration will not meet a July 10 deadline to reunite all children under the age of "
                   f"five with their {whom}.", "2018-07-09")
    assert result.verdict is verdict


def test_a_title_that_ends_a_clause_is_not_the_next_speakers():
    result = check("Replacing her on an acting basis will be Kevin McAleenan, who currently serves as the commissioner "
                   "of Customs and Border Protection, Trump said Sunday.")
    assert result.verdict is Verdict.UNVERIFIED  # (Trump was never commissioner, nor said to be)


def test_an_administration_is_its_president_then_whenever_the_text_was_written():
    result = check("In 2023, the Trump administration entered into a court settlement.", "2026-02-07")
    assert ("Trump administration", Verdict.CONTRADICTED, "biden") in parts(result, PartKind.OFFICE)


def test_a_number_in_brackets_after_a_count_is_one_of_its_parts():
    result = check("Based on evaluations of 26 asylum seekers (nine children and 17 parents), PHR found the "
                   "separations met the criteria for torture.", "2019-02-25")
    assert result.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(("sayer", "verdict"), [("Homeland Security", Verdict.SUPPORTED),
                                                ("Justice", Verdict.UNVERIFIED)])
def test_who_the_sentence_says_gave_a_count_after_it_is_checked(sayer, verdict):
    result = check("But the U.S. government has reunited 522 migrant children who were separated from adults, the "
                   f"Department of {sayer} said late Saturday.", "2018-06-25")
    assert result.verdict is verdict


def test_a_share_of_a_count_not_given_as_of_it_is_not_checked():
    result = check("The administration separated more than 3,900 children from their families, leaving more than "
                   "two-thirds without a confirmed record of reunification, the Department of Homeland Security said "
                   "Tuesday.", "2021-06-09")
    assert "more than two-thirds" in [u.part for u in result.unchecked]
    assert result.verdict is Verdict.UNVERIFIED


def test_a_claim_about_no_record_whose_outlet_one_supports_names_no_party_unchecked():
    result = check("Nielsen, who has managed to keep her job despite reports of rifts with the White House, testified "
                   "before the House Homeland Security Committee led by Republican Rep. Mike Rogers of Alabama.",
                   "2019-03-07")
    assert result.verdict is Verdict.UNVERIFIED  # (Bennie Thompson, a Democrat, chaired it)


@pytest.mark.parametrize(("post", "verdict"), [("secretary", Verdict.SUPPORTED),
                                              ("acting secretary", Verdict.UNVERIFIED)])
def test_an_acting_post_is_checked_against_the_persons_own_roles(post, verdict):
    result = check(f"He takes over for Kirstjen Nielsen, whose resignation as {post} is now finalized.", "2019-11-13")
    assert result.verdict is verdict


def test_who_undid_a_policy_is_not_judged_as_who_issued_it():
    result = check("Through a Jan. 26 memo, Acting Attorney General Monty Wilkinson rescinded the zero-tolerance "
                   "policy issued April 6, 2018, by then-Attorney General Jeff Sessions.", "2021-01-27")
    assert result.verdict is not Verdict.CONTRADICTED


def test_a_nominee_is_a_person_not_a_nomination():
    result = check("President Donald Trump's nominee to lead DHS cruised through her Senate confirmation hearing on "
                   "Wednesday (Nov 8).", "2017-11-09")
    assert result.verdict is not Verdict.CONTRADICTED  # (not the day Nielsen was nominated)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("The Department of Homeland Security said Friday that the government had separated about 2,000 children from "
     "parents at the border.", Verdict.SUPPORTED),
    ("The Department of Health and Human Services said Friday that the government had separated about 2,000 children "
     "from parents at the border.", Verdict.UNVERIFIED),
    ("Over two weeks, 658 children were separated from their parents, according to recent data from the Office of "
     "Refugee Resettlement.", Verdict.UNVERIFIED),  # (CBP's count)
])
def test_a_body_said_to_give_a_count_must_be_the_one_that_gave_it(claim, verdict):
    assert check(claim, "2018-06-16").verdict is verdict


def test_weeks_ago_is_a_time_not_checked():
    result = check("That group must be reunited by Tuesday under a deadline Sabraw set five weeks ago.", "2018-07-09")
    assert "five weeks ago" in [u.part for u in result.unchecked]
