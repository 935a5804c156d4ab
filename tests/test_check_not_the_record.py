"""A claim about something the data does not hold is not judged against the record nearest in
words: a lawsuit of another decade, news of the days a text was written against a record years
older, someone named only as "him", the people of a clause "since" opens, a running count taken
weeks before. And the parts that say which record it is are read: an age group ("older
children"), a limit written as an adjective ("a 10-day deadline"), a year that only names a thing."""

from __future__ import annotations

import pytest

from conftest import check_bundled
from zt_timeline.checking.claims import parse_claim
from zt_timeline.checking.parts import ClaimCheck, PartKind, Verdict

check = check_bundled


def verdicts(result: ClaimCheck, kind: PartKind) -> list[Verdict]:
    return [finding.verdict for finding in result.findings if finding.kind is kind]


@pytest.mark.parametrize(("text", "dated"), [
    # a year long before anything the data records: another lawsuit, not Ms. L.'s class action
    ("The agreement grew out of a class action lawsuit filed in 1985.", None),
    # "him" is whoever the sentence before named: not Nielsen, whom Trump nominated in October
    ("Trump picked him for the top job at the department in October.", "2017-12-01"),
    # the date is the end of an administration, in a clause of its own, and no act of ICE's
    ("ICE has had only acting directors since the Obama administration ended in January 2017.", "2019-04-05"),
])
def test_a_claim_about_what_the_data_lacks_is_not_contradicted(text, dated):
    result = check(text, dated)
    assert verdicts(result, PartKind.DATE) == [Verdict.UNVERIFIED], result.findings
    assert result.verdict is Verdict.UNVERIFIED


def test_news_of_the_day_a_text_was_written_is_checked_against_the_record_of_that_day():
    """The 2023 settlement of Ms. L. and Homan's nomination in November 2017 are recorded: news of
    the days a text was written is judged against them, never against the lawsuit's filing or the
    2018 asylum settlement of years before."""
    result = check("A settlement filed Oct. 16 in the lawsuit over the Trump administration's separation of parents "
                   "and children bars such separations for eight years.", "2023-10-20")
    assert verdicts(result, PartKind.DATE) == [Verdict.SUPPORTED]
    assert verdicts(result, PartKind.NUMBER) == [Verdict.SUPPORTED]  # eight years: the limit the settlement set
    assert result.about is not None and result.about.id == "ms-l-settlement-2023"
    result = check("A settlement filed Oct. 16 in the lawsuit over the Trump administration's separation of parents "
                   "and children bars such separations for ten years.", "2023-10-20")
    assert result.verdict is Verdict.CONTRADICTED
    for text, dated in [
        ("The Biden administration on Monday agreed to settle the San Diego lawsuit over the separation of migrant "
         "families.", "2023-10-17"),
        # "him" is whoever the sentence before named: not Nielsen, whom Trump nominated in October
        ("Pleased with Homan's record, Trump picked him for the permanent ICE job in November.", "2017-12-01"),
    ]:
        assert Verdict.CONTRADICTED not in verdicts(check(text, dated), PartKind.DATE), text


def test_a_count_as_things_stand_is_not_ruled_out_by_one_taken_weeks_before():
    """Four families were to be reunited in the first week of May 2021; by June the task force had
    reunited more. Said "so far" in June, seven is not contradicted by the count of May."""
    result = check("So far, the task force has reunited seven families separated under Trump.", "2021-06-08")
    assert Verdict.CONTRADICTED not in verdicts(result, PartKind.NUMBER)
    # the same count, said in the week it was taken, is still checked against it
    result = check("The task force will reunite seven families this week.", "2021-05-03")
    assert result.verdict is not Verdict.SUPPORTED


def test_news_of_the_week_is_still_checked_against_a_record_of_that_week():
    """A weekday read from the text's date still speaks for a record of those days."""
    result = check("On Wednesday, Attorney General Jeff Sessions resigned at the president's request.", "2018-11-08")
    assert verdicts(result, PartKind.DATE) == [Verdict.SUPPORTED]
    result = check("On Monday, Attorney General Jeff Sessions resigned at the president's request.", "2018-11-08")
    assert verdicts(result, PartKind.DATE) == [Verdict.CONTRADICTED]


def test_became_the_latest_to_leave_is_no_taking_of_office():
    result = check("On Wednesday, Attorney General Jeff Sessions became the latest member of the Cabinet to leave "
                   "his position.", "2018-11-08")
    assert result.about is None or result.about.id != "sessions-sworn-in"
    assert Verdict.CONTRADICTED not in verdicts(result, PartKind.DATE)


@pytest.mark.parametrize(("day", "verdict"), [("July 26", Verdict.SUPPORTED), ("July 10", Verdict.CONTRADICTED)])
def test_older_children_have_the_later_deadline(day, verdict):
    result = check(f"The judge will watch the government ahead of a {day} deadline to reunite more than 2,500 older "
                   "children with their families.", "2018-07-14")
    assert verdicts(result, PartKind.DATE) == [verdict]


@pytest.mark.parametrize(("days", "verdict"), [("14", Verdict.SUPPORTED), ("10", Verdict.CONTRADICTED)])
def test_a_limit_written_as_an_adjective_is_read(days, verdict):
    result = check(f"Late last month, Judge Dana Sabraw set a {days}-day deadline to reunite children under five "
                   "with their parents.", "2018-07-05")
    [number] = [f for f in result.findings if f.kind is PartKind.NUMBER]
    assert (number.part, number.verdict) == (f"{days}-day", verdict)


def test_at_the_deadline_is_a_day_not_a_count():
    parsed = parse_claim("At the 30-day deadline, 1,442 children were reunited", frozenset({"day", "child"}))
    assert [number.text for number in parsed.numbers] == ["1,442 children"]


def test_a_year_that_names_a_thing_gives_no_year_to_a_month():
    """"In July" is read in the text's year, not in that of "the 1997 Flores agreement"."""
    result = check("In July Judge Dolly Gee rejected the administration's request to change the 1997 Flores "
                   "agreement.", "2018-09-20")
    assert verdicts(result, PartKind.DATE) == [Verdict.SUPPORTED]


def test_a_record_of_another_act_does_not_speak_for_the_date_of_what_its_doer_did():
    """Trump's memo of April 2018 on "catch and release" is not his order ending separations."""
    result = check("In April, Trump ended his policy of detaining migrant parents and keeping their children in "
                   "separate facilities.", "2018-07-01")
    assert verdicts(result, PartKind.DATE) == [Verdict.CONTRADICTED]
    assert result.about is not None and result.about.id == "eo-13841"
    result = check("In June, Trump ended his policy of detaining migrant parents and keeping their children in "
                   "separate facilities.", "2018-07-01")
    assert verdicts(result, PartKind.DATE) == [Verdict.SUPPORTED]


@pytest.mark.parametrize(("number", "dated", "verdict"), [
    ("545", "2020-10-21", Verdict.SUPPORTED),
    ("666", "2020-10-21", Verdict.CONTRADICTED),  # the count of November 9, not yet made
    ("666", "2020-11-11", Verdict.SUPPORTED),
])
def test_a_count_given_again_and_again_is_the_one_of_the_day_the_text_was_written(number, dated, verdict):
    """The parents not yet found were 545 in the filing of October 20, 2020 and 666 in that of
    November 9: each is the count of its day, not another record's (the whole group sought)."""
    result = check(f"Court-appointed lawyers said Tuesday they have been unable to find the parents of {number} "
                   "children.", dated)
    [found] = [f for f in result.findings if f.kind is PartKind.NUMBER]
    assert (found.verdict, found.record) == (verdict, "parents-not-found")


@pytest.mark.parametrize(("committee", "verdict"), [("Senate Judiciary Committee", Verdict.SUPPORTED),
                                                    ("House Judiciary Committee", Verdict.CONTRADICTED)])
def test_the_committee_words_were_said_to_is_checked(committee, verdict):
    result = check("“There’s no question that separation of children from parents entails significant potential "
                   f"for traumatic psychological injury to the child,” Cmdr. Jonathan White told the {committee}.")
    [outlet] = [f for f in result.findings if f.kind is PartKind.OUTLET]
    assert (outlet.part, outlet.verdict, outlet.record) == (committee, verdict, "white-traumatic-injury")


def test_words_said_on_a_call_with_reporters_are_not_given_to_a_committee_hearing():
    result = check("Ann Maxwell said in testimony to the Senate Judiciary Committee that her office found that “more "
                   "children were separated by immigration authorities than is commonly discussed.”")
    assert not [f for f in result.findings if f.kind is PartKind.OUTLET]
    assert [u.part for u in result.unchecked if u.kind is PartKind.OUTLET] == ["Senate Judiciary Committee"]


@pytest.mark.parametrize(("day", "verdict"), [("June 20", Verdict.SUPPORTED), ("June 26", Verdict.CONTRADICTED)])
@pytest.mark.parametrize("dated", [None, "2018"])
def test_a_day_without_its_year_is_read_in_the_year_of_the_record_the_claim_is_about(day, verdict, dated):
    """In a text of no known day, "June 26" cannot be read from the text: it is read in the year of
    the executive order the claim is about, and shown so."""
    result = check(f"On {day}, President Trump signed an executive order to end family separations.", dated)
    [found] = [f for f in result.findings if f.kind is PartKind.DATE]
    assert (found.part, found.verdict, found.record) == (f"{day} ({day.split()[1]} Jun 2018)", verdict, "eo-13841")
    assert not [f for f in result.findings if f.kind is PartKind.NUMBER]  # "26" is no count
    assert not [u for u in result.unchecked if u.kind is PartKind.NUMBER]


def test_a_day_without_its_year_is_not_judged_by_another_record_of_that_day():
    """"an executive order June 26": the day of the court's order of June 26 says nothing of it."""
    result = check("President Trump signed an executive order June 26 that would start the reunification of "
                   "families.")
    assert Verdict.SUPPORTED not in [f.verdict for f in result.findings if f.kind is PartKind.DATE]


@pytest.mark.parametrize(("month", "verdict"), [("June", Verdict.SUPPORTED), ("August", Verdict.CONTRADICTED)])
def test_two_words_of_a_title_in_either_order_say_what_was_done(month, verdict):
    """"reunify families" says what "orders families reunited" does."""
    result = check(f"In {month} 2018, the court granted a classwide injunction to reunify families.")
    [found] = [f for f in result.findings if f.kind is PartKind.DATE]
    assert (found.verdict, found.record) == (verdict, "sabraw-injunction")


def test_close_to_is_a_qualifier():
    result = check("Close to 2,000 immigrant children were separated from their parents from April 19 through May 31.")
    [number] = [f for f in result.findings if f.kind is PartKind.NUMBER]
    assert (number.part, number.verdict) == ("Close to 2,000 immigrant children", Verdict.SUPPORTED)


def test_some_of_a_group_is_not_a_count_of_all():
    result = check("Officials said 46 children were not returned, including 22 children who had been traveling with "
                   "adults who posed safety concerns.", "2018-07-13")
    assert Verdict.CONTRADICTED not in [f.verdict for f in result.findings if f.kind is PartKind.NUMBER]


def test_who_announced_is_not_checked_against_a_record_of_something_else_they_did():
    """Trump announced many things; the data has no announcement of an acting attorney general."""
    result = check("President Trump announced Rod Rosenstein will become the acting attorney general.")
    assert result.verdict is Verdict.UNVERIFIED
    assert not [f for f in result.findings if f.kind is PartKind.AGENT]


def test_the_date_of_a_verb_zt_does_not_know_is_not_the_record_s():
    """"on Thursday signaled he will approve a settlement": the day of the signal, not the settlement."""
    result = check("A federal judge on Thursday signaled he will approve a settlement for separated parents.",
                   "2018-11-16")
    assert Verdict.CONTRADICTED not in [f.verdict for f in result.findings if f.kind is PartKind.DATE]


@pytest.mark.parametrize(("length", "verdict"), [("six weeks", Verdict.SUPPORTED),
                                                 ("ten weeks", Verdict.UNVERIFIED)])
def test_how_long_a_count_ran_is_checked_against_its_period(length, verdict):
    """1,995 children were separated from April 19 to May 31, 2018: 43 days. "Almost 2,000" over ten
    weeks may be another count's round number, so it is not supported (nor contradicted)."""
    result = check(f"The government says it separated almost 2,000 children from adults over {length}.", "2018-06-16")
    [length_part] = [f for f in result.findings if f.kind is PartKind.DATE]
    assert (length_part.part, length_part.verdict) == (f"over {length}", verdict)
    assert result.verdict is verdict


def test_a_length_far_from_the_period_of_the_very_number_is_contradicted():
    result = check("The government says it separated 1,995 children from adults over ten weeks.", "2018-06-16")
    [length_part] = [f for f in result.findings if f.kind is PartKind.DATE]
    assert (length_part.verdict, length_part.differs) == (Verdict.CONTRADICTED, "70 days for 43")


def test_what_a_count_counts_is_read_past_older_and_of_the():
    parsed = parse_claim("The government expects to reunite 38 of the 102 youngest children, and more than 2,500 older "
                         "children by July 26.", frozenset({"child"}))
    assert [(n.text, n.unit) for n in parsed.numbers] == [
        ("38", "children"), ("102 youngest children", "children"), ("more than 2,500 older children", "children")]


def test_a_count_not_checked_keeps_the_claim_from_support():
    """"at least 130 under age 5": what it counts is not read, so the claim is not supported whole,
    though its other count is right."""
    result = check("Under the government’s so-called “zero-tolerance” policy, more than 2,600 children, including at "
                   "least 130 under age 5, were removed from their parents.", "2018-09-15")
    assert Verdict.SUPPORTED in [f.verdict for f in result.findings if f.kind is PartKind.NUMBER]
    assert [(u.part, u.withholds) for u in result.unchecked if u.kind is PartKind.NUMBER] == [("at least 130", True)]
    assert result.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(("reunited", "verdict"), [("57", Verdict.SUPPORTED), ("75", Verdict.UNVERIFIED)])
def test_the_whole_group_of_n_of_the_m_is_a_count_of_the_group(reunited, verdict):
    """"57 of the 103 children were returned": 103 is the count of the group (children under five
    covered by the order on July 12, 2018; 102 on the list of July 9), not of those returned."""
    result = check(f"Officials say {reunited} of the 103 children separated at the border were returned to parents "
                   "as of Thursday.", "2018-07-13")
    group = [f for f in result.findings if f.part == "103 children"]
    assert [(f.verdict, f.record) for f in group] == [(Verdict.SUPPORTED, "under-five-covered")]
    assert result.verdict is verdict


def test_a_period_that_opens_the_sentence_is_the_count_s():
    result = check("From April 19 through May 31, border officials separated 1,995 children from 1,940 adults.",
                   "2018-06-16")
    assert [f.verdict for f in result.findings if f.kind is PartKind.DATE] == [Verdict.SUPPORTED]
    assert result.verdict is Verdict.SUPPORTED


def test_who_reported_first_is_not_checked_and_keeps_the_claim_from_support():
    result = check("From April 19 through May 31, border officials separated 1,995 children from 1,940 adults, "
                   "confirming numbers first reported by The New York Times.", "2018-06-16")
    assert [(u.part, u.withholds) for u in result.unchecked if u.kind is PartKind.OUTLET] == [
        ("The New York Times", True)]
    assert result.verdict is Verdict.UNVERIFIED


def test_a_deadline_in_the_clause_of_an_order_does_not_take_the_order_s_date():
    """"On June 26, 2018, ... ordered the government to reunite ... by July 26, 2018": the order is of
    June 26; July 26 is the day by which to reunite."""
    result = check("On June 26, 2018, Judge Dana Sabraw ordered the government to reunite all separated children "
                   "with their parents by July 26, 2018.")
    assert sorted((f.part, f.verdict) for f in result.findings if f.kind is PartKind.DATE) == [
        ("July 26, 2018", Verdict.SUPPORTED), ("June 26, 2018", Verdict.SUPPORTED)]
    result = check("On June 20, 2018, Judge Dana Sabraw ordered the government to reunite all separated children "
                   "with their parents by July 26, 2018.")
    assert ("June 20, 2018", Verdict.SUPPORTED) not in [(f.part, f.verdict) for f in result.findings]
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(("office", "verdict"), [
    ("the commissioner of U.S. Customs and Border Protection", Verdict.SUPPORTED),
    ("the director of U.S. Immigration and Customs Enforcement", Verdict.CONTRADICTED)])
def test_an_office_written_after_the_name_is_read_past_u_s(office, verdict):
    result = check(f"The president said Kevin McAleenan, {office}, will become acting secretary.", "2019-04-08")
    [found] = [f for f in result.findings if f.kind is PartKind.OFFICE and f.record == "mcaleenan"]
    assert found.verdict is verdict


@pytest.mark.parametrize(("tally", "verdict"), [("62-37", Verdict.SUPPORTED), ("72-27", Verdict.CONTRADICTED)])
def test_a_tally_on_a_nomination_is_the_vote_that_confirmed_the_nominee(tally, verdict):
    result = check(f"Senators voted {tally} on Kirstjen Nielsen’s nomination to be DHS secretary.")
    [found] = [f for f in result.findings if f.part == tally]
    assert (found.verdict, found.record) == (verdict, "nielsen-confirmed")


def test_a_procedural_vote_is_not_the_confirmation():
    result = check("Nielsen, who was nominated in October, cleared a procedural hurdle in a 59-33 vote on Monday.",
                   "2017-12-05")
    [found] = [f for f in result.findings if f.part == "59-33"]
    assert found.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(("text", "verdict"), [
    ("The Justice Department will send 35 prosecutors and 18 immigration judges to the border.", Verdict.SUPPORTED),
    ("The Justice Department will send 53 prosecutors and 18 immigration judges to the border.", Verdict.CONTRADICTED),
    # a count of both is neither's
    ("More than 50 additional prosecutors and judges have been assigned to the border.", Verdict.UNVERIFIED),
])
def test_prosecutors_and_judges_sent_to_the_border(text, verdict):
    assert check(text, "2018-05-03").verdict is verdict


def test_a_passive_act_done_once_was_done_to_the_one_named_before_it():
    """"Vitiello ... was tapped to fill the shoes of Tom Homan": Vitiello was tapped, not Homan."""
    result = check("Ron Vitiello, the acting deputy commissioner of Customs and Border Protection, was tapped to fill "
                   "the shoes of Tom Homan on June 30.", "2018-07-02")
    assert Verdict.CONTRADICTED not in verdicts(result, PartKind.DATE)


def test_a_deputy_s_post_is_not_the_post():
    assert check("Rod Rosenstein has been confirmed as the nation’s new attorney general.").verdict \
        is Verdict.UNVERIFIED
    assert check("Rod Rosenstein has been confirmed as the nation’s new deputy attorney general.").verdict \
        is Verdict.SUPPORTED


@pytest.mark.parametrize(("when", "verdict"), [("In November 2017", Verdict.SUPPORTED),
                                               ("In January 2017", Verdict.CONTRADICTED)])
def test_a_nomination_is_not_an_appointment_as_acting(when, verdict):
    """Homan was appointed acting ICE director in January 2017 and nominated in November 2017."""
    result = check(f"{when}, Trump nominated Homan to lead ICE.")
    assert verdicts(result, PartKind.DATE) == [verdict]


def test_an_age_is_no_count():
    parsed = parse_claim("Children under five (5) years of age, and children 5 years old and older.",
                         frozenset({"child", "year"}))
    assert parsed.numbers == ()


def test_tapped_does_not_say_which_act_done_once():
    """"tapped" is said of a nomination and of an appointment as acting alike: the day is not judged."""
    result = check("Ron Vitiello was tapped to fill the shoes of Tom Homan on June 30.")
    assert Verdict.CONTRADICTED not in verdicts(result, PartKind.DATE)


def test_an_executive_order_is_not_a_rule():
    result = check("The president issued an executive order ending the practice in 2019.")
    assert result.verdict is Verdict.UNVERIFIED


def test_n_of_the_m_is_some_of_a_group_with_no_date_either():
    result = check("The Trump administration said it expects to reunite just 38 of the 102 youngest immigrant "
                   "children by Tuesday's deadline.")
    assert Verdict.CONTRADICTED not in verdicts(result, PartKind.NUMBER)


@pytest.mark.parametrize(("day", "verdict"), [("Wednesday", Verdict.SUPPORTED), ("Thursday", Verdict.CONTRADICTED)])
def test_a_date_is_shared_by_two_verbs_joined_by_and(day, verdict):
    result = check(f"President Trump caved to political pressure on {day} and signed an executive order meant to end "
                   "the separation of families at the border.", "2018-06-22")
    assert verdicts(result, PartKind.DATE) == [verdict]


@pytest.mark.parametrize(("who", "verdict"), [("Attorney General Jeff Sessions", Verdict.SUPPORTED),
                                              ("Deputy Attorney General Rod Rosenstein", Verdict.CONTRADICTED)])
def test_who_did_the_event_a_count_is_of(who, verdict):
    result = check(f"The Justice Department will send 35 prosecutors and 18 judges to the southern border, {who} "
                   "announced Wednesday.", "2018-05-03")
    [agent] = [f for f in result.findings if f.kind is PartKind.AGENT]
    assert (agent.verdict, agent.record) == (verdict, "border-prosecutors-judges-surge")


def test_reading_numbers_as_reporters_write_them():
    units = frozenset({"day", "family", "child"})
    assert [(n.text, n.bound.value) for n in parse_claim("to mean no more than 20 days[9] of detention.",
                                                          units).numbers] == [("no more than 20 days", "at most")]
    assert parse_claim("who helped implement the 2018 family separation policy", units).numbers == ()
    assert parse_claim("one of the first hearings after the 2018 midterms", units | {"midterm"}).numbers == ()


def test_a_post_the_record_does_not_name_is_not_checked_and_keeps_the_claim_from_support():
    result = check("President-elect Donald Trump has picked Mark Morgan to serve as his so-called border czar.")
    assert result.verdict is Verdict.UNVERIFIED
    assert [f.part for f in result.findings if f.kind is PartKind.OFFICE] == ["his so-called border czar"]


def test_an_act_done_once_by_he_is_not_the_record_of_someone_named_as_doing_another():
    result = check("He became acting director of ICE in April 2019, then was briefly replaced by Mark A. Morgan.",
                   "2019-08-01")
    assert Verdict.CONTRADICTED not in verdicts(result, PartKind.DATE)


@pytest.mark.parametrize("month", ["June", "August"])
def test_last_august_is_the_latest_august_before_the_text(month):
    result = check(f"After an international outcry, Trump signed an executive order ending family separations last "
                   f"{month}.", "2019-03-01")
    [found] = [f for f in result.findings if f.kind is PartKind.DATE]
    assert found.part == f"last {month} ({month[:3]} 2018)"
    assert (found.verdict is Verdict.SUPPORTED) is (month == "June")
