"""`zt check` supports a claim only when every part of it that says something was judged: a
quotation given to a pronoun, a date that only bounds a span ("by July 31"), and a limit of
time whose clause says what must happen by it. Over the invented fixture and the bundled data."""

from __future__ import annotations

import pytest

from conftest import BUNDLED, FIXTURES
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.claims import parse_claim
from zt_timeline.checking.parts import PartKind, Verdict
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import parse_iso

S, C, D, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.DISPUTED, Verdict.UNVERIFIED


@pytest.fixture(scope="module")
def fixture_checker():
    return Checker(load_timeline(FIXTURES / "check.toml"))


@pytest.fixture(scope="module")
def bundled():
    return load_timeline(BUNDLED)


def part(result, kind: PartKind):
    return next(finding for finding in result.findings if finding.kind is kind)


# --- a pronoun as the speaker ---------------------------------------------------------------------

def test_a_quotation_given_to_a_pronoun_is_not_supported_on_its_words_alone(fixture_checker):
    result = fixture_checker.check('She said "the costs were never counted"')
    assert part(result, PartKind.QUOTATION).verdict is S
    speaker = part(result, PartKind.SPEAKER)
    assert (speaker.part, speaker.verdict) == ("She", U)
    assert "Kim Ortiz" in speaker.recorded
    assert result.verdict is U
    # after the quotation too
    assert part(fixture_checker.check('"The costs were never counted," he said.'), PartKind.SPEAKER).verdict is U


def test_a_pronoun_is_read_from_the_sentence_before_in_a_draft(fixture_checker):
    right, wrong = fixture_checker.check_draft(
        'Kim Ortiz met the directors. She said "the costs were never counted".\n\n'
        'Ann Lee met the directors. She said "the costs were never counted".')
    assert part(right, PartKind.SPEAKER).verdict is S and right.verdict is S
    assert "Kim Ortiz" in part(right, PartKind.SPEAKER).part
    # read from context, a pronoun may be misread: another speaker is not a contradiction
    assert part(wrong, PartKind.SPEAKER).verdict is U and wrong.verdict is U
    assert "Ann Lee" in part(wrong, PartKind.SPEAKER).note


# --- a date that only bounds a span ---------------------------------------------------------------

def test_a_bound_of_a_span_is_listed_unchecked_and_keeps_the_claim_from_support(fixture_checker):
    assert fixture_checker.check("more than 3,000 widgets were seized").verdict is S
    result = fixture_checker.check("more than 3,000 widgets were seized by March 2018")
    assert part(result, PartKind.NUMBER).verdict is S
    assert [(u.part, u.kind) for u in result.unchecked] == [("March 2018", PartKind.DATE)]
    assert result.verdict is U


def test_a_bound_is_not_read_as_a_number():
    parsed = parse_claim("reunite the children by July 10, and the others by July 31", dated=parse_iso("2018-07-01"))
    assert parsed.numbers == ()
    assert [(b.text, b.date.display()) for b in parsed.bounds] == [("July 10", "10 Jul 2018"),
                                                                   ("July 31", "31 Jul 2018")]


def test_a_month_of_this_year_is_read_against_the_drafts_date():
    parsed = parse_claim("the count of February of this year", dated=parse_iso("2018-06-08"))
    assert [(m.text, m.date.display()) for m in parsed.dates] == [("February of this year", "Feb 2018")]
    assert parse_claim("the count of February of this year").unread_dates == ("February of this year",)
    spanned = parse_claim("separations from October 2017 through February of this year", dated=parse_iso("2018-06-08"))
    assert spanned.dates == ()
    assert [(b.text, b.date.display()) for b in spanned.bounds] == [("October 2017", "Oct 2017"),
                                                                    ("February of this year", "Feb 2018")]


# --- a limit of time, and what must happen by it --------------------------------------------------

@pytest.mark.parametrize(("claim", "verdict"), [
    # what must happen is said in the words "be reunited": a limit, though "within" is not written
    ("The judge ordered that all families be reunited in 30 days.", S),
    ("The judge ordered that all families be reunited in 60 days.", C),
    # a clause of its own that makes its own demand takes no other clause's reunification
    ("He ordered families reunited within 30 days, and all parents must be allowed to speak to their children by "
     "phone within 10 days.", U),
])
def test_a_limit_is_of_what_its_own_clause_says_must_happen(bundled, claim, verdict):
    result = Checker(bundled, parse_iso("2018-06-27")).check(claim)
    numbers = [f for f in result.findings if f.kind is PartKind.NUMBER]
    assert numbers[-1].verdict is verdict, result.findings


def test_as_many_as_names_the_top_of_a_count_not_anything_below_it(fixture_checker):
    assert part(fixture_checker.check("The pilot separated as many as 290 families"), PartKind.NUMBER).verdict is S
    # approximately 280 is "as many as 600" only in logic: no reporter means it
    assert part(fixture_checker.check("The pilot separated as many as 600 families"), PartKind.NUMBER).verdict is not S


# --- a deadline's day -----------------------------------------------------------------------------

DEADLINES = """
[[sources]]
id = "order-text"
title = "Order"
publisher = "Court"
date = "2019-03-01"
kind = "court-order"
evidence = "primary"

[[actors]]
id = "court"
name = "Widget Court"
kind = "organization"
sources = ["order-text"]

[[events]]
id = "order"
date = "2019-03-01"
title = "The court orders widgets returned to their owners"
actors = ["court"]
by = ["court"]
action = "rule"
sources = ["order-text"]

[[events]]
id = "first-deadline-passes"
date = "2019-03-11"
title = "Deadline to reunite small widgets passes"
actors = ["court"]
action = "report"
sources = ["order-text"]

[[figures]]
id = "small-limit"
label = "deadline to reunite widgets under five with their owners"
value = 10
unit = "days"
status = "reunited"
modality = "limit"
date = "2019-03-01"
event = "order"
sources = ["order-text"]

[[figures]]
id = "other-limit"
label = "deadline to reunite widgets aged five and over with their owners"
value = 30
unit = "days"
status = "reunited"
modality = "limit"
date = "2019-03-01"
event = "order"
sources = ["order-text"]
"""


@pytest.fixture(scope="module")
def deadline_checker(tmp_path_factory):
    path = tmp_path_factory.mktemp("deadlines") / "deadlines.toml"
    path.write_text(DEADLINES, encoding="utf-8")
    return Checker(load_timeline(path), parse_iso("2019-03-05"))


@pytest.mark.parametrize(("claim", "verdict", "record"), [
    # a limit's deadline is the order's day plus the limit; the event of that day is named
    ("The court ordered owners to be reunited with widgets under 5 by March 11.", S, "first-deadline-passes"),
    ("The court ordered owners to be reunited with widgets under 5 by March 21.", C, "first-deadline-passes"),
    ("The agency will miss a March 31 deadline to reunite the widgets.", S, "other-limit"),
    ("The agency will not meet a March 28 deadline to reunite the remaining widgets aged 5 and up.", C,
     "other-limit"),
    # an ordinal says which of one order's deadlines
    ("The agency will miss the second deadline of March 11, 2019, to reunify the widgets.", C, "other-limit"),
    ("The agency will miss the second deadline of March 31, 2019, to reunify the widgets.", S, "other-limit"),
    # a weekday may be read forward or back: it supports, and never contradicts
    ("Widgets under 5 must be reunited by Monday.", S, "first-deadline-passes"),
    ("Widgets under 5 must be reunited by Friday.", U, None),
    # a deadline of something else (a release) is not a deadline to reunite
    ("The court ordered the widgets released by March 21.", U, None),
])
def test_a_deadlines_day_is_judged_against_the_deadlines_of_what_must_happen(deadline_checker, claim, verdict,
                                                                              record):
    result = deadline_checker.check(claim)
    dates = [f for f in result.findings if f.kind is PartKind.DATE]
    if verdict is U:
        assert not any(f.verdict in (S, C) for f in dates), result.findings
        return
    assert (dates[0].verdict, dates[0].record) == (verdict, record), result.findings


# --- a day without a year, what an act was for, and a place before a verb -------------------------

def test_a_day_without_a_year_in_a_sentence_about_the_past_is_not_after_the_text():
    dated = parse_iso("2019-04-12")
    assert parse_claim("On June 20, Trump issues an executive order.", dated=dated).dates[0].date.display() == \
        "20 Jun 2018"
    # a sentence that may speak of what is to come keeps the nearer reading
    assert parse_claim("The agency must reunite them by June 20.", dated=dated).bounds[0].date.display() == \
        "20 Jun 2019"


def test_an_act_in_the_infinitive_is_what_another_was_for(bundled):
    checker = Checker(bundled, parse_iso("2019-04-12"))
    result = checker.check("On June 26, a federal judge in San Diego blocks family separation, ordering the "
                           "administration to reunite families.")
    assert part(result, PartKind.DATE).record == "sabraw-injunction"
    # "San Diego" before "blocks" is where, not a doer the data does not know
    assert not [f for f in result.findings if f.kind is PartKind.AGENT]
    assert result.verdict is S


def test_a_claim_about_a_limit_is_about_the_order_that_set_it(bundled):
    result = Checker(bundled, parse_iso("2018-06-27")).check(
        "A federal judge ordered the government to reunite separated families within 60 days.")
    assert (part(result, PartKind.NUMBER).verdict, part(result, PartKind.NUMBER).record) == \
        (C, "reunification-deadline-others")
    assert result.about.id == "sabraw-injunction"


def test_a_record_that_shares_only_words_of_its_summary_does_not_contradict_a_date(bundled):
    # a ruling whose summary mentions zero tolerance is not "courts blocked the policy"
    result = Checker(bundled).check("In June 2018, courts blocked the “zero-tolerance” policy and ordered the return "
                                    "of all the children.")
    assert result.verdict is not C, result.findings


@pytest.mark.parametrize(("claim", "kind", "verdict"), [
    # acts reporters write that the vocabulary lacked: notifying is announcing
    ("On April 6, 2018, Homeland Security Secretary Kirstjen Nielsen notified all U.S. attorneys along the "
     "U.S.-Mexico border of a new “zero tolerance” policy.", PartKind.AGENT, C),
    # "the head of Customs and Border Protection" is its commissioner
    ("The current head of Customs and Border Protection, Thomas Homan, will serve as acting DHS secretary.",
     PartKind.OFFICE, C),
])
def test_acts_and_offices_as_reporters_write_them(bundled, claim, kind, verdict):
    result = Checker(bundled, parse_iso("2019-04-08")).check(claim)
    assert part(result, kind).verdict is verdict, result.findings


@pytest.mark.parametrize(("claim", "verdict"), [
    # "detained" says which child; what must happen within the limit is the reunion the sentence orders
    ("The judge ordered the government to reunite the families it separated within 30 days, or 14 days if the "
     "detained child is under 5.", S),
    ("The judge ordered the government to reunite the families it separated within 30 days, or 7 days if the "
     "detained child is under 5.", C),
    # the comma of a figure does not end the clause of the limit after it
    ("A judge ordered the government to return the roughly 2,000 separated children to their families within the "
     "next 60 days.", C),
])
def test_a_limit_takes_what_must_happen_from_its_sentence_past_who_is_counted(bundled, claim, verdict):
    result = Checker(bundled, parse_iso("2018-06-27")).check(claim)
    limit = next(f for f in result.findings if f.kind is PartKind.NUMBER and "days" in f.part and
                 not f.part.startswith("30"))
    assert limit.verdict is verdict, result.findings


@pytest.mark.parametrize(("claim", "verdict"), [
    # nothing dated or counted: the act and the words of one record's title single it out, and
    # who did it agrees
    ("Attorney General Jeff Sessions announces “zero tolerance.”", S),
    ("Trump signed an executive order on family detention.", S),
    # another doer is not a contradiction (the claim may be about a like event the data lacks)
    ("Nielsen announces “zero tolerance.”", U),
    # an order the data does not single out by its title's words: not supported
    ("Trump signed an executive order on asylum.", U),
])
def test_who_did_it_may_support_a_claim_whose_act_and_subject_single_out_a_record(bundled, claim, verdict):
    assert Checker(bundled).check(claim).verdict is verdict


@pytest.mark.parametrize(("claim", "verdict"), [
    # a length of time a clause bars going beyond is a limit of that length, whatever the qualifier
    ("The ruling bars the government from keeping children in detention for more than 20 days.", S),
    ("The ruling bars the government from keeping children in detention for more than 30 days.", C),
    # a year read neither as a date nor as a count is not checked, so the claim is not supported
    ("A 2007 settlement bars the government from keeping children in detention for more than 20 days.", U),
])
def test_a_barred_length_is_a_limit_and_a_loose_year_is_listed(bundled, claim, verdict):
    result = Checker(bundled, parse_iso("2018-06-21")).check(claim)
    assert result.verdict is verdict, result.findings
    if "2007" in claim:
        assert ("2007", PartKind.DATE) in [(u.part, u.kind) for u in result.unchecked]
    else:  # the limit's order came after the text: the claim is about the limit itself
        assert result.about.id == "flores-20-day-limit"


@pytest.mark.parametrize(("claim", "verdict", "record"), [
    # a limit is judged against the limit of the age group the clause names, not another's
    ("The judge ordered the government to reunite children under five with their parents within 14 days.", S,
     "reunification-deadline-under-5"),
    ("The judge ordered the government to reunite children under five with their parents within 30 days.", C,
     "reunification-deadline-under-5"),
])
def test_a_limit_is_the_one_of_the_age_group_named(bundled, claim, verdict, record):
    number = part(Checker(bundled, parse_iso("2018-06-27")).check(claim), PartKind.NUMBER)
    assert (number.verdict, number.record) == (verdict, record)


def test_a_year_read_from_the_texts_date_does_not_contradict_the_same_day_of_another_year(bundled):
    checker = Checker(bundled, parse_iso("2021-03-01"))
    # a deadline of "July 26" in a text of 2021 is the 2018 order's, taken in its year
    result = checker.check("Judge Sabraw set a deadline of July 26 to reunite children aged 5 and older.")
    assert (part(result, PartKind.DATE).verdict, part(result, PartKind.DATE).record) == (S, "july-26-deadline")
    # a day of an event read in the text's year is not contradicted by the same day of another year
    result = Checker(bundled, parse_iso("2019-09-01")).check(
        "On June 26, a federal judge in San Diego ordered the government to reunite separated families.")
    assert part(result, PartKind.DATE).verdict is not C


# --- what a held-out half of published sentences showed (fresh3) ------------------------------------

@pytest.fixture(scope="module")
def bundled_checker(bundled):
    return Checker(bundled)


def test_a_date_is_not_contradicted_through_words_many_titles_share(bundled_checker):
    """"The policy" names no one record: its date is not compared with the announcement of zero
    tolerance, nor with its rescission."""
    result = bundled_checker.check("The policy was rescinded in June 2018.")
    assert result.verdict is U and part(result, PartKind.DATE).verdict is U


def test_a_title_phrase_still_shows_what_a_claim_is_about(bundled):
    """"zero tolerance" is in many titles, but as a phrase it still names the announcement."""
    checker = Checker(bundled, parse_iso("2018-06-27"))
    result = checker.check('The Trump administration launched a "zero tolerance" policy on the southwest border '
                           "in March.")
    assert (part(result, PartKind.DATE).verdict, part(result, PartKind.DATE).record) == \
        (C, "zero-tolerance-announced")


def test_a_few_partial_counts_are_no_ceiling_for_a_larger_number(bundled_checker):
    result = bundled_checker.check("The Trump administration separated more than 5,500 families.")
    assert part(result, PartKind.NUMBER).verdict is U


def test_a_floor_far_below_a_count_does_not_support_it():
    from zt_timeline.checking.account_verdicts import far_above
    from zt_timeline.checking.bounds import Bound

    floor = parse_claim("at least 600 children were counted", frozenset({"children"}), None).numbers[0]
    assert floor.bound is Bound.AT_LEAST
    assert not far_above(floor, 711) and far_above(floor, 2047)


def test_a_doer_of_what_a_count_counts_is_a_part_the_count_does_not_check(bundled):
    # (dated: in a text of no known date, "more than 2,800" of a thing counted again and again is not checked)
    result = Checker(bundled, parse_iso("2019-03-10")).check(
        "Judge Dolly Gee ordered the government to reunite more than 2,800 children.")
    assert part(result, PartKind.NUMBER).verdict is S
    assert part(result, PartKind.AGENT).verdict is U and result.verdict is U


def test_how_things_stand_when_written_is_not_supported_by_a_count_long_before(bundled):
    claim = "At least 600 children are still in government custody after the deadline."
    assert Checker(bundled, parse_iso("2018-07-27")).check(claim).verdict is S
    later = Checker(bundled, parse_iso("2020-10-21")).check(claim)
    assert later.verdict is U and part(later, PartKind.NUMBER).verdict is U


def test_a_doer_led_to_act_is_the_doer(bundled_checker):
    result = bundled_checker.check("The outcry led Pence to sign an executive order on June 20, 2018.")
    assert part(result, PartKind.DATE).verdict is S
    assert part(result, PartKind.AGENT).verdict is C and result.verdict is C  # Trump signed it


def test_a_report_released_by_an_inspector_general_is_dated_by_its_release(bundled):
    """"released a damning report": publishing, though words stand between; the long name of the
    office is one of its aliases; the named report does not make the claim a mere saying."""
    checker = Checker(bundled, parse_iso("2019-01-17"))
    claim = ("On {day}, the Office of the Inspector General for the Department of Health and Human Services "
             "released a damning report on the separated children.")
    right = checker.check(claim.format(day="Thursday"))
    assert (right.verdict, part(right, PartKind.DATE).record) == (S, "hhs-oig-report")
    assert part(right, PartKind.AGENT).verdict is S
    other = Checker(bundled).check(claim.format(day="January 24, 2019"))
    # No report of that office came out that day in the data (it has two, January and September
    # 2019), but the office publishes many: a report "on the separated children" names only the
    # office and words many titles have, not which report, so the day is not contradicted.
    assert part(other, PartKind.DATE).verdict is U


def test_a_statement_released_today_is_not_dated_as_what_it_speaks_of(bundled):
    checker = Checker(bundled, parse_iso("2018-07-26"))
    result = checker.check("The senator today released a statement on the failure to reunite 2,551 children "
                           "by the deadline.")
    assert result.verdict is not C


def test_a_date_may_be_supported_by_the_whole_claims_words_when_its_clause_names_no_record(bundled):
    checker = Checker(bundled, parse_iso("2019-03-08"))
    result = checker.check("Dana Sabraw ruled late Friday that his authority applies to any parents who were "
                           "separated at the border.")
    assert (part(result, PartKind.DATE).verdict, part(result, PartKind.DATE).record) == (S, "ms-l-class-expanded")


def test_a_party_the_data_does_not_know_keeps_a_claim_from_support(bundled):
    checker = Checker(bundled, parse_iso("2019-03-08"))
    claim = ("Judge Dana Sabraw on Friday expanded the class in a lawsuit brought by the {party} to parents "
             "separated since July 2017.")
    known = checker.check(claim.format(party="American Civil Liberties Union"))
    assert not any(f.kind is PartKind.PARTY and f.verdict is U for f in known.findings)
    stranger = checker.check(claim.format(party="Southern Poverty Law Center"))
    assert any(f.kind is PartKind.PARTY and f.part == "Southern Poverty Law Center" for f in stranger.findings)
    assert stranger.verdict is not S


def test_a_doer_the_data_does_not_know_before_a_verb_it_does_not_know_keeps_a_claim_from_support(bundled):
    claim = "{who} designated McAleenan as acting Secretary of Homeland Security in April 2019."
    result = Checker(bundled).check(claim.format(who="Vice President Mike Pence"))
    # Unverified: the doer is a part zt cannot check, or (a month beside a verb zt does not know)
    # the claim is not shown to be about the record at all.
    assert result.verdict is U
    assert all(f.verdict is U for f in result.findings if f.kind is PartKind.AGENT)
    known = Checker(bundled).check(claim.format(who="Kirstjen Nielsen"))
    assert not any(f.kind is PartKind.AGENT and f.verdict is U for f in known.findings)
