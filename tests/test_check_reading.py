"""How a claim is read before it is judged: numbers written as words and the things they count,
seasons and "today" against the draft's date, what a source only believed, a transcript's
label as the speaker, one quoted word, a vote's tally, a request denied; and two counts of one
report, or two acts of one family, kept apart."""

from __future__ import annotations

import functools

import pytest

from conftest import BUNDLED
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.claims import parse_claim
from zt_timeline.checking.parts import ClaimCheck, Finding, PartKind, Verdict
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import parse_iso
from zt_timeline.model.timeline import Timeline


@functools.cache  # the bundled data is read once for every test of the module
def _timeline() -> Timeline:
    return load_timeline(BUNDLED)


def checker(dated: str | None = None) -> Checker:
    """A checker of the bundled data, for a text written on that day (or of no known day)."""
    return Checker(_timeline(), parse_iso(dated) if dated else None)


def found(result: ClaimCheck, kind: PartKind) -> Finding:
    """The claim's first part of that kind."""
    return next(f for f in result.findings if f.kind is kind)


@pytest.mark.parametrize(("text", "dated", "year", "months"), [
    ("children taken last spring", "2019-02-04", 2018, (3, 6)),
    ("separated last summer", "2018-11-01", 2018, (6, 9)),
    ("separated last fall", "2018-11-15", 2017, (9, 12)),  # this fall is not over yet
    ("reunited this summer", "2018-07-01", 2018, (6, 9)),
])
def test_a_season_is_read_against_the_drafts_date_as_its_months(text, dated, year, months):
    (mention,) = parse_claim(text, dated=parse_iso(dated)).dates
    assert mention.relative and mention.date.year == year
    assert mention.within is not None and (mention.within[0].month, mention.within[1].month) == months


@pytest.mark.parametrize(("text", "numbers"), [
    ("a dozen families were reunited", [("a dozen families", 12.0, "families")]),
    ("nearly three children were reunited", [("nearly three children", 3.0, "children")]),
    ("one of the children was reunited", []),  # a part, not a count
    ("children under five were reunited", []),  # an age
    ("reunited three days after the order", []),  # a time between things, not a limit
    ("missed the deadline by two days", []),
    ("gave two weeks to reunite them", [("two weeks", 14.0, "days")]),  # as the days a limit is recorded in
    # a count of a thing no figure counts is still a count: not checked, so the claim is not supported
    ("will sign two immigration-related executive orders", [("two immigration-related executive orders", 2.0,
                                                             "orders")]),
    ("after the two butted heads", []),
    ("a 2007 settlement bars it", []),
])
def test_numbers_written_as_words_are_counts_only_with_what_they_count(text, numbers):
    assert [(n.text, n.value, n.unit) for n in parse_claim(text).numbers] == numbers


def test_a_limit_written_in_words_is_checked_like_one_in_figures():
    dated = checker("2019-04-26")
    for claim, verdict in [("Judge Sabraw gave the government six months to identify the children.", Verdict.SUPPORTED),
                           ("Judge Sabraw gave the government three months to identify the children.",
                            Verdict.CONTRADICTED)]:
        number = found(dated.check(claim), PartKind.NUMBER)
        assert (number.verdict, number.record) == (verdict, "identification-deadline-months")


@pytest.mark.parametrize(("claim", "verdict"), [
    # the filing said the government believed them deported: a claim that says so is supported ...
    ("More than 400 parents may have been deported without their children.", Verdict.SUPPORTED),
    ("463 parents are believed to have been deported without their children.", Verdict.SUPPORTED),
    # ... one that states it as fact is not the filing's claim
    ("463 parents have been deported without their children.", Verdict.UNVERIFIED),
])
def test_a_count_the_source_only_believed_is_supported_only_as_a_belief(claim, verdict):
    number = found(checker("2018-07-24").check(claim), PartKind.NUMBER)
    assert number.verdict is verdict


def test_what_a_number_counts_comes_after_the_words_that_describe_it():
    """"118 separated children" counts children, though some figures count "separations"."""
    (number,) = parse_claim("At least 118 separated children were sent to HHS",
                            units=frozenset({"separa", "child"})).numbers
    assert (number.text, number.unit) == ("At least 118 separated children", "children")


@pytest.mark.parametrize(("claim", "verdict"), [
    ("PENCE: “We’re keeping families together, and this will solve that problem.”", Verdict.UNVERIFIED),
    ("NIELSEN: “We’re keeping families together, and this will solve that problem.”", Verdict.CONTRADICTED),
    ("TRUMP: “We’re keeping families together, and this will solve that problem.”", Verdict.SUPPORTED),
])
def test_a_transcripts_label_names_the_speaker(claim, verdict):
    """"PENCE: “...”": the label is who the claim says spoke; one the data does not know is not
    checked, so the words alone do not support the claim."""
    result = checker().check(claim)
    speaker = found(result, PartKind.SPEAKER)
    assert speaker.verdict is verdict and result.verdict is verdict


def test_two_counts_of_one_report_are_not_each_others_error():
    """"378 other children ... which means 1,820 ... have been discharged": the 378 is that
    count, and the 1,820 (with the reunited) is not contradicted by it; "discharged from custody"
    is a release, not a count of those in custody."""
    result = checker("2018-07-27").check(
        "378 other migrant children, according to the document, were reunited with a family member or sponsor "
        "within the United States, which means 1,820 of 2,551 migrant children ages 5-17 separated at the border "
        "have been discharged from custody with the US health agency.")
    numbers = [f for f in result.findings if f.kind is PartKind.NUMBER]
    assert numbers[0].verdict is Verdict.SUPPORTED
    assert not any(f.verdict is Verdict.CONTRADICTED for f in numbers)


def test_today_in_a_text_dated_to_its_month_is_that_month():
    (mention,) = parse_claim("released its report today", dated=parse_iso("2021-06")).dates
    assert mention.date.iso() == "2021-06"
    assert parse_claim("released its report yesterday", dated=parse_iso("2021-06")).unread_dates == ("yesterday",)


def test_one_quoted_word_with_its_comma_is_a_part_not_checked():
    result = checker("2021-04-09").check(
        "Garland called it “unlawful,” and said he could not “imagine anything worse than tearing parents from "
        "their children.”")
    assert any(f.part == "“unlawful”" and f.verdict is Verdict.UNVERIFIED for f in result.findings)
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(("claim", "verdict"), [
    # establishing a body is an act with a doer
    ("On February 2, 2021, President Biden established the Interagency Task Force on the Reunification of "
     "Families.", Verdict.SUPPORTED),
    ("On February 2, 2021, President Trump established the Interagency Task Force on the Reunification of "
     "Families.", Verdict.CONTRADICTED),
    # a court turning a request down is a ruling, not a denial that something happened
    ("Judge Dolly Gee denied a motion to suspend the Flores settlement on July 9, 2018.", Verdict.SUPPORTED),
    ("A federal judge in California on July 9, 2018 rejected the Justice Department’s request to detain "
     "families together.", Verdict.SUPPORTED),
    ("A federal judge in California on July 6, 2018 rejected the Justice Department’s request to detain "
     "families together.", Verdict.CONTRADICTED),
])
def test_an_act_is_read_as_reporters_write_it(claim, verdict):
    assert checker().check(claim).verdict is verdict


def test_a_count_is_of_the_noun_after_the_words_that_say_what_happened_to_it():
    (number,) = parse_claim("The 463 missing parents are believed deported", frozenset({"parent"})).numbers
    assert number.unit == "parents"


@pytest.mark.parametrize(("claim", "verdict"), [
    ("Scott Lloyd, the director of the HHS refugee office, said on a conference call with reporters Thursday "
     "morning that her office found that “more children and over a longer period of time were separated by "
     "immigration authorities and referred to HHS for care than is commonly discussed in the public debate.”",
     Verdict.CONTRADICTED),
    ("Ann Maxwell, an assistant inspector general for HHS, said on a conference call with reporters Thursday "
     "morning that her office found that “more children and over a longer period of time were separated by "
     "immigration authorities and referred to HHS for care than is commonly discussed in the public debate.”",
     Verdict.SUPPORTED),
])
def test_who_said_it_may_be_named_well_before_the_words(claim, verdict):
    """The doer of the last act of saying before the words, when no one else is named nearer them."""
    result = checker("2019-01-17").check(claim)
    speaker = found(result, PartKind.SPEAKER)
    assert (speaker.verdict, speaker.record) == (verdict, "maxwell-more-children")


def test_a_list_of_titled_names_gives_each_title_to_the_name_after_it():
    result = checker("2018-07-12").check(
        "HHS Secretary Alex Azar, DHS Secretary Kirstjen Nielsen, and Attorney General Jeff Sessions issued the "
        "following joint statement regarding reunification efforts for eligible children under 5 years old:")
    offices = [(f.part, f.verdict) for f in result.findings if f.kind is PartKind.OFFICE]
    assert offices == [("HHS Secretary Alex Azar", Verdict.SUPPORTED),
                       ("DHS Secretary Kirstjen Nielsen", Verdict.SUPPORTED),
                       ("Attorney General Jeff Sessions", Verdict.SUPPORTED)]


@pytest.mark.parametrize(("claim", "verdict"), [
    ("From 2012 to 2017, Azar was president of the U.S. division of Eli Lilly and Company.", None),
    ("Trump was president in 2019.", Verdict.SUPPORTED),
    ("Nielsen was president in 2019.", Verdict.CONTRADICTED),
])
def test_a_president_of_something_else_is_not_the_president(claim, verdict):
    offices = [f.verdict for f in checker().check(claim).findings if f.kind is PartKind.OFFICE]
    assert offices == ([verdict] if verdict else [])


def test_one_called_on_to_act_must_be_on_the_record():
    """A count in the same sentence does not make the claim about who was called on."""
    result = checker("2018-06-21").check(
        "The executive order calls on Homeland Security Secretary Kirstjen Nielsen to seek a change in the "
        "so-called Flores settlement, which prohibits immigrant children from being detained for more than 20 days.")
    assert any(f.kind is PartKind.PARTY and f.part == "Kirstjen Nielsen" for f in result.findings)
    assert result.verdict is Verdict.UNVERIFIED


def test_a_share_is_a_count_zt_does_not_check():
    """"representing half of those known to have been separated": no figure gives the share, so
    the claim is not supported by its other count alone."""
    numbers = parse_claim("Nearly 1,000 children, representing half of those known to have been separated",
                          frozenset({"child"})).numbers
    assert [(n.text, n.unit) for n in numbers] == [("Nearly 1,000 children", "children"), ("half of", "share")]


def test_just_under_is_a_little_below():
    (number,) = parse_claim("Just under 3,000 migrant kids remain", frozenset({"kid"})).numbers
    assert number.bound.value == "nearly"


def test_the_word_after_a_dateline_is_not_a_name():
    result = checker("2018-06-20").check(
        "WASHINGTON (AP) — Bowing to pressure from anxious allies, President Donald Trump signed an executive order "
        "Wednesday ending the process of separating children from families.")
    assert not any(f.kind is PartKind.PARTY for f in result.findings) and result.verdict is Verdict.SUPPORTED


def test_a_quotation_sharing_only_small_words_with_a_record_is_not_its_misquote():
    """"This is a complete victory" is not a misquote of "... this is a national practice"."""
    result = checker().check("ACLU attorney Lee Gelernt said: “This is a complete victory.”")
    assert result.verdict is Verdict.UNVERIFIED


@pytest.mark.parametrize(("claim", "verdict"), [
    # Trump's memo of that day is not shown to be what is meant: Sessions issued his own that day
    ("Sessions signed a memo on April 6, 2018, directing prosecutors to adopt zero tolerance.", Verdict.UNVERIFIED),
    # nor when the claim's words are those of another record of that day (the zero tolerance policy's)
    ("Homeland Security Secretary Kirstjen Nielsen on April 6, 2018 ordered a zero-tolerance policy for "
     "immigrants illegally crossing the southwest border.", Verdict.UNVERIFIED),
    ("Cissna signed the executive order on June 20, 2018.", Verdict.CONTRADICTED),
])
def test_a_doer_is_not_contradicted_by_a_record_the_claim_may_not_mean(claim, verdict):
    assert checker().check(claim).verdict is verdict


def test_a_span_that_opens_the_sentence_dates_its_count():
    result = checker().check("From April 5 to June 9, 2018, 2,342 children were separated.")
    period = found(result, PartKind.DATE)
    assert (period.verdict, period.record) == (Verdict.CONTRADICTED, "dhs-2342-children")


@pytest.mark.parametrize(("dated", "claim"), [
    # a recipient is checked against a record near in words only when the claim names who spoke
    ("2019-08-27", "Immigration experts have told PolitiFact that immigrant family separations at the border during "
                   "the Obama years did not happen at the scale that have under Trump’s zero-tolerance policy."),
    # no recorded deadline is for children under ten: the day is not shown to be the under-fives'
    ("2018-07-27", "The U.S. government earlier failed to meet a July 10 deadline to reunify children under the age of "
                   "ten with their parents."),
])
def test_a_claim_not_shown_to_be_about_a_record_is_not_judged_by_it(dated, claim):
    assert checker(dated).check(claim).verdict is Verdict.UNVERIFIED


def test_an_estimated_number_is_an_approximate_one_not_the_estimate():
    result = checker().check(
        "The number of children separated from parents skyrocketed to an estimated 2,000 children.")
    number = found(result, PartKind.NUMBER)
    assert number.verdict is not Verdict.CONTRADICTED


def test_a_number_is_read_with_all_its_digits():
    """"the 30-day deadline" is no count of 3 days (nor of 30: a length written as an adjective)."""
    assert parse_claim("At the 30-day deadline, 1,442 children were reunited", frozenset({"day", "child"})).numbers[0] \
        .text == "1,442 children"


@pytest.mark.parametrize(("year", "verdict"), [("2011", Verdict.SUPPORTED), ("2001", Verdict.UNVERIFIED)])
def test_a_year_a_comparison_runs_from_is_part_of_the_claim(year, verdict):
    result = checker("2018-04-07").check(
        "They increased 37 percent from February 2018 to March 2018, the largest month-to-month increase since "
        f"{year}.")
    assert result.verdict is verdict


def test_an_act_others_brought_about_happened_and_one_asked_for_did_not():
    from zt_timeline.checking.subject import subject_of

    index = checker().index
    caused = subject_of(index, "The outcry pushed President Donald Trump to sign an executive order.")
    asked = subject_of(index, "The judge ordered the government to reunite the families.")
    assert "sign" in [act.text for act in caused.acts] and "reunite" not in [act.text for act in asked.acts]


def test_an_office_held_does_not_keep_the_act_from_singling_out_its_record():
    result = checker().check(
        "Former President Donald Trump signed an executive order ending the practice of separating families.")
    agent = found(result, PartKind.AGENT)
    assert (agent.verdict, agent.record) == (Verdict.SUPPORTED, "eo-13841")


def test_no_other_count_speaks_for_a_number_given_a_counts_period():
    """"between May 5 and June 9" is the period of DHS's count of 2,342: the task force's count
    of 3,924 children, of another period, does not support "more than 3,300" for those weeks."""
    result = checker("2023-03-01").check(
        "More than 3,300 children were separated from their parents between May 5 and June 9, 2018, DHS said.")
    number = found(result, PartKind.NUMBER)
    assert number.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(("number", "verdict"), [("3,913", Verdict.SUPPORTED), ("4,913", Verdict.CONTRADICTED)])
def test_children_identified_as_separated_are_a_count_of_the_separated(number, verdict):
    result = checker("2023-03-01").check(
        f"The task force reported in June 2021 that it had identified {number} children separated under the policy.")
    count = found(result, PartKind.NUMBER)
    assert (count.verdict, count.record) == (verdict, "task-force-children-identified-2021")


def test_a_place_in_the_name_of_an_office_its_people_held_is_on_the_record():
    """"A federal judge in California" of Judge Gee, of the Central District of California."""
    result = checker("2018-07-10").check(
        "A federal judge in California on Monday rejected the Justice Department’s request to allow the government "
        "to detain immigrant families together while they go through immigration proceedings.")
    assert not any(f.kind is PartKind.PARTY for f in result.findings)


def test_a_denial_inside_what_someone_said_does_not_deny_the_saying():
    result = checker("2019-02-28").check("Scott Lloyd told a House panel Tuesday that he did not pass along "
                                         "warnings about separating children.")
    date = found(result, PartKind.DATE)
    assert (date.verdict, date.record) == (Verdict.SUPPORTED, "lloyd-judiciary-testimony")


def test_an_opening_quote_mark_typed_for_an_apostrophe_is_read_as_one_and_shown_as_written():
    text = ("On July 9, 2018, Judge Dolly Gee rejected President Donald Trump‘s administration efforts to detain "
            "families.")
    result = checker().check(text)
    assert result.claim == text
    assert result.verdict is Verdict.SUPPORTED
    assert not [f for f in result.findings if f.kind is PartKind.PARTY]


def test_a_person_a_claim_only_cites_does_not_keep_a_date_from_its_record():
    # "said Maxwell": she is the source of the words, not who the record is about
    with_source = checker().check("Separations began at the border on Jan. 17, 2019, said Maxwell.")
    assert not [f for f in with_source.findings if f.kind is PartKind.DATE and f.verdict is Verdict.CONTRADICTED]


def test_parents_not_found_in_october_are_read_from_an_earlier_account_of_a_later_count():
    # the figure's own count is of December 2020; its account of October 20 has 545
    number = found(checker("2020-10-21").check("Lawyers have yet to track down the parents of 545 children."),
                   PartKind.NUMBER)
    assert (number.verdict, number.record) == (Verdict.SUPPORTED, "parents-not-found")
    other = checker("2020-10-21").check("Lawyers have been unable to find the parents of 455 children.")
    assert found(other, PartKind.NUMBER).verdict is not Verdict.SUPPORTED


def test_a_body_a_claim_names_says_what_was_done():
    # the task force's name says which record it is, beside who established it
    result = checker().check("On January 20, 2021, President Biden established the Interagency Task Force on "
                             "the Reunification of Families.")
    assert result.verdict is Verdict.CONTRADICTED
    assert found(result, PartKind.DATE).verdict is Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "verdict", "tally"), [
    ("On December 5, 2017, the Senate confirmed Nielsen by a 62-37 vote.", Verdict.SUPPORTED, Verdict.SUPPORTED),
    ("On December 5, 2017, the Senate confirmed Nielsen by a 72-27 vote.", Verdict.CONTRADICTED,
     Verdict.CONTRADICTED),
    ("Children ages 5-17 were reunited by the Senate's count.", Verdict.UNVERIFIED, None),  # an age span
])
def test_a_votes_tally_is_checked_against_the_record_the_claim_is_about(text, verdict, tally):
    result = checker().check(text)
    assert result.verdict is verdict
    assert [f.verdict for f in result.findings if f.kind is PartKind.NUMBER] == ([tally] if tally else [])


def test_a_record_only_of_the_acts_family_does_not_speak_for_a_date_the_very_act_rules_out():
    # zero tolerance was announced in April 2018; Sessions' memo of April 2017 is another act
    result = checker().check("Sessions announced the policy in April 2017, saying that every immigrant who crossed "
                             "the U.S. border illegally would be prosecuted.")
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize(("text", "dated", "shown"), [
    ("Trump signed an executive order in late June to end the separations.", "2018-07", "in late June (Jun 2018)"),
    ("Trump signed an executive order in mid-June to end the separations.", "2018-07-01", "in mid-June (Jun 2018)"),
])
def test_a_part_of_a_month_without_a_year_is_the_month_of_the_drafts_year(text, dated, shown):
    result = checker(dated).check(text)
    assert (found(result, PartKind.DATE).part, result.verdict) == (shown, Verdict.SUPPORTED)


def test_a_ruling_of_one_month_is_not_judged_against_the_record_of_the_deadline_it_set():
    result = checker("2018-07-23").check("In late June, a judge ruled that the 102 children under 5 needed to be "
                                         "returned to their families by July 10.")
    assert not [f for f in result.findings if f.verdict is Verdict.CONTRADICTED]


def test_the_day_before_the_word_deadline_for_what_is_to_happen_is_the_deadlines():
    result = checker("2018-07-10").check("Children older than 5 will still be held to the July 28 deadline for "
                                         "reunification.")
    assert (found(result, PartKind.DATE).verdict, found(result, PartKind.DATE).record) == (
        Verdict.CONTRADICTED, "july-26-deadline")


@pytest.mark.parametrize("text", [
    "All children must be returned within 30 days, while children under 5 must be reunited in half that time.",
    "Twice as many children were separated in June 2018.",
])
def test_a_quantity_given_only_against_another_keeps_the_claim_from_support(text):
    result = checker("2018-06-27").check(text)
    assert result.verdict is not Verdict.SUPPORTED
    assert any(f.kind is PartKind.NUMBER and f.verdict is Verdict.UNVERIFIED and f.note
               and f.note.startswith("a quantity given only against another") for f in result.findings)


def test_a_deadline_given_with_its_weekday_is_a_deadline_of_its_own_age_group():
    result = checker("2018-07-28").check("He ordered the government to reunite all children under five with their "
                                         "parents by Tuesday, July 10, and all remaining children by July 26.")
    assert result.verdict is Verdict.SUPPORTED
    assert [f.record for f in result.findings if f.kind is PartKind.DATE] == ["under-five-deadline",
                                                                              "july-26-deadline"]


def test_a_count_of_something_else_in_the_same_months_does_not_rule_out_a_count_of_the_separated():
    # the Border Patrol's 148 family-fraud cases of October to April are not the paper's 700 cases
    result = checker("2018-06-28").check("At that point, the paper had found about 700 cases from October to April "
                                         "of kids being separated.")
    assert result.verdict is not Verdict.CONTRADICTED


def test_a_deadline_given_with_its_weekday_keeps_the_age_group_of_its_clause():
    result = checker("2018-07-28").check("He ordered the government to reunite all children under ten with their "
                                         "parents by Tuesday, July 10, and all remaining children by July 26.")
    assert result.verdict is not Verdict.SUPPORTED


@pytest.mark.parametrize("text", [
    # some of a group the claim does not say which
    "Justice Department lawyer Sarah Fabian said 54 of the children should be back with their parents.",
    # no time given, in a text of no known date, for a thing counted again and again
    "The government failed to meet the deadline to reunite all 3,000 children it forcibly separated.",
    # a round floor two counts of different periods share
    "Between October 1, 2017 and May 31, 2018, at least 2,700 children have been split from their parents.",
])
def test_a_number_that_is_not_one_counts_own_is_not_contradicted_by_it(text):
    assert checker().check(text).verdict is not Verdict.CONTRADICTED


def test_a_word_of_order_does_not_say_which_record_a_date_is_of():
    result = checker().check("March 3, 2017: The Trump Administration reportedly first begins considering separating "
                             "children from families at the border.")
    assert result.verdict is not Verdict.CONTRADICTED


def test_a_record_tied_only_by_its_doer_does_not_speak_for_a_date_the_best_candidate_rules_out():
    result = checker().check("In April 2017, Attorney Jeff Sessions instituted the “zero-tolerance” policy where "
                             "anyone caught crossing the border illegally was criminally prosecuted.")
    assert result.verdict is Verdict.CONTRADICTED


def test_a_date_in_a_clause_opened_by_before_is_that_clauses_own():
    result = checker().check("Observers documented that separations occurred before the policy was publicly "
                             "announced in April 2018.")
    assert result.verdict is not Verdict.CONTRADICTED
