"""What a day a claim gives is the day of: the day a resignation takes effect is not the day it
was sent; a deadline's weekday is not a day anything was done; a day "after a meeting" is the
meeting's, not that of another record of the same people; the day a count was given is not the
day of a ruling; "a July executive order" gives the order's month. And the limits of an order: the
limit of the youngest children alone is not the order's for all, and "fourteen (14) days" is one
number."""

from __future__ import annotations

import pytest

from conftest import check_bundled as check
from zt_timeline.checking.parts import ClaimCheck, PartKind, Verdict


def dates(result: ClaimCheck) -> list[tuple[Verdict, str | None]]:
    return [(f.verdict, f.record) for f in result.findings if f.kind is PartKind.DATE]


def numbers(result: ClaimCheck) -> list[tuple[str, Verdict]]:
    return [(f.part, f.verdict) for f in result.findings if f.kind is PartKind.NUMBER]


@pytest.mark.parametrize("day", ["May 11", "May 12"])
def test_the_day_a_resignation_takes_effect_is_not_the_day_it_was_sent(day):
    result = check(f"Rod Rosenstein's resignation as deputy attorney general is effective on {day}.", "2019-04-29")
    assert result.verdict is Verdict.UNVERIFIED
    assert dates(result) == []
    assert [u.part for u in result.unchecked if u.kind is PartKind.DATE] == [day]


def test_a_day_without_its_year_that_takes_effect_is_read_ahead():
    result = check("Rosenstein submitted his resignation on April 28, effective May 11.", "2019-04-29")
    assert dates(result) == [(Verdict.CONTRADICTED, "rosenstein-resigns")]  # sent on April 29


@pytest.mark.parametrize("claim", [
    # a deadline's weekday is not a day anything was done
    "Officials told the judge that hundreds of children have been reunited, and they expect to have the rest "
    "reunited by the court's deadline on Thursday.",
    # a filing's day is not the day of the order it reports on
    "In a status update on the court-ordered family reunifications filed Monday, the government said hundreds of "
    "parents are no longer in the US.",
])
def test_a_day_of_another_act_than_the_records_is_not_contradicted_by_it(claim):
    result = check(claim, "2018-07-24")
    assert Verdict.CONTRADICTED not in [verdict for verdict, _ in dates(result)]


@pytest.mark.parametrize(("weekday", "verdict"), [("Sunday", Verdict.UNVERIFIED), ("Friday", Verdict.UNVERIFIED)])
def test_a_day_after_a_meeting_is_the_meetings(weekday, verdict):
    # Trump and Nielsen were at Calexico on Friday April 5, 2019: not the meeting she resigned after
    result = check(f"Kirstjen Nielsen has resigned as homeland security secretary after a meeting with President "
                   f"Trump {weekday} evening.", "2019-04-08")
    assert result.verdict is verdict
    assert "trump-calexico-roundtable" not in [record for _, record in dates(result)]


@pytest.mark.parametrize(("day", "verdict"), [("June 26", Verdict.SUPPORTED), ("June 19", Verdict.UNVERIFIED)])
def test_the_day_a_count_was_given_is_not_the_day_of_a_ruling(day, verdict):
    result = check(f"A federal judge on Tuesday ({day}) ruled that the administration must stop separating families "
                   "and ordered the more than 2,300 children already separated to be reunited with their parents.",
                   "2018-06-27")
    assert [v for v, _ in dates(result)] == [verdict]  # not the count of 2,342 given on June 19


@pytest.mark.parametrize(("month", "verdict"), [("June", Verdict.SUPPORTED), ("July", Verdict.CONTRADICTED)])
def test_a_month_before_the_name_of_a_thing_is_its_month(month, verdict):
    result = check(f"Public outcry led to a {month} executive order in which President Trump ended the family "
                   "separation policy.", "2018-08-13")
    assert dates(result) == [(verdict, "eo-13841")]


def test_a_month_before_a_thing_in_a_later_year_is_not_judged_against_an_earlier_one():
    result = check("Trump signed a June executive order ending family separations.", "2021-03-01")
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(("who", "verdict"), [("all the children", Verdict.UNVERIFIED),
                                              ("young children", Verdict.SUPPORTED),
                                              ("children under five", Verdict.SUPPORTED)])
def test_the_limit_of_the_youngest_alone_is_not_the_orders_for_all(who, verdict):
    result = check(f"Judge Sabraw ordered the government to reunite {who} with their parents within 14 days.",
                   "2018-06-27")
    assert numbers(result) == [("14 days", verdict)]


def test_a_number_word_restated_in_digits_is_one_number_of_its_own_clause():
    result = check("The order requires that children under five (5) years of age be reunited with their parents "
                   "within fourteen (14) days; children older than five (5) years of age within thirty (30) days.",
                   "2018-06-27")
    assert numbers(result) == [("fourteen (14) days", Verdict.SUPPORTED), ("thirty (30) days", Verdict.SUPPORTED)]


@pytest.mark.parametrize(("year", "read", "verdict"), [("last year", "26 Jun 2018", Verdict.SUPPORTED),
                                                        ("this year", "26 Jun 2019", Verdict.UNVERIFIED)])
def test_a_day_of_last_year_is_read_in_that_year(year, read, verdict):
    result = check(f"U.S. District Judge Dana Sabraw issued an injunction on June 26 {year} ordering the government "
                   "to halt most family separations and reunite children with their parents.", "2019-07-01")
    [date] = [f for f in result.findings if f.kind is PartKind.DATE]
    assert (date.part, date.verdict) == (f"June 26 {year} ({read})", verdict)


@pytest.mark.parametrize(("count", "verdict"), [("463", Verdict.SUPPORTED), ("563", Verdict.CONTRADICTED)])
def test_an_age_group_with_and_older_is_one_clause(count, verdict):
    result = check(f"Officials said on Monday that {count} parents of separated children aged 5 years and older have "
                   "potentially been deported without their children.", "2018-07-24")
    assert numbers(result) == [(f"{count} parents", verdict)]


@pytest.mark.parametrize(("days", "verdict"), [("30", Verdict.SUPPORTED), ("60", Verdict.CONTRADICTED)])
def test_a_limit_joined_to_another_by_and_is_a_limit_of_the_same(days, verdict):
    result = check(f"The judge gave the government two weeks to return children younger than 5 to their parents and "
                   f"{days} days for children 5 and older.", "2018-06-27")
    assert numbers(result) == [("two weeks", Verdict.SUPPORTED), (f"{days} days", verdict)]


@pytest.mark.parametrize(("day", "verdict"), [("Aug. 21", Verdict.SUPPORTED), ("Aug. 19", Verdict.CONTRADICTED)])
def test_what_runs_over_days_is_announced_on_the_first(day, verdict):
    # the Flores rule: announced on August 21, 2019, published in the Federal Register on the 23rd
    result = check(f"The Trump administration announced on {day} a new rule that replaces the Flores agreement.",
                   "2019-08-22")
    assert dates(result) == [(verdict, "flores-final-rule")]


@pytest.mark.parametrize(("end", "verdict"), [("9 June", Verdict.SUPPORTED), ("9 July", Verdict.UNVERIFIED)])
def test_a_span_with_the_day_first_is_read_and_an_attribution_does_not_part_it_from_its_count(end, verdict):
    result = check(f"From 5 May to {end}, according to Department of Homeland Security figures, more than 2,300 "
                   "children were separated from their parents.", "2018-06-20")
    assert result.verdict is verdict


@pytest.mark.parametrize(("day", "verdict"), [("July 26", Verdict.SUPPORTED), ("July 16", Verdict.CONTRADICTED)])
def test_a_day_without_its_year_is_read_in_a_text_dated_to_its_month(day, verdict):
    result = check(f"The administration faces a {day} deadline to reunite the children older than 5.", "2018-07")
    assert dates(result) == [(verdict, "july-26-deadline")]


def test_a_deadline_of_another_group_than_the_one_a_sentence_names_first_is_not_contradicted_by_it():
    result = check("Judge Sabraw ordered children under five to be reunited Tuesday and another 2,000 to be back with "
                   "their parents by July 26.", "2018-07")
    assert result.verdict is not Verdict.CONTRADICTED


def test_a_bound_in_a_text_of_no_known_date_is_not_read_in_the_records_year():
    result = check("Rod Rosenstein's resignation as deputy attorney general is effective on May 12.")
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(("text", "month_first", "day_first"), [
    ("in may 2018", False, False), ("on june 26, 2018", True, False), ("(july 16) ordered", True, False),
    ("from 5 may to 9 june", False, True), ("april 6: sessions", True, False), ("june 26-28", True, False),
    ("sept. 7th", True, False), ("the 26 children", False, False),
])
def test_the_forms_of_a_day_are_looked_for_only_where_a_day_may_be(text, month_first, day_first):
    from zt_timeline.checking.date_forms import day_then_month, month_then_day

    assert (month_then_day(text), day_then_month(text)) == (month_first, day_first)


def test_a_confirmations_day_is_not_contradicted_by_the_swearing_in():
    result = check("The Senate Jan. 24 voted 55-43 to confirm Alex Azar as Health and Human Services Secretary.")
    assert result.verdict is not Verdict.CONTRADICTED


@pytest.mark.parametrize(("when", "verdict", "record"), [
    ("Tonight marks", Verdict.SUPPORTED, "july-26-deadline"),
    ("On July 26 came", Verdict.SUPPORTED, "july-26-deadline"),
    ("On July 24 came", Verdict.CONTRADICTED, "july-26-deadline"),
])
def test_a_day_that_marks_a_deadline_is_the_deadlines(when, verdict, record):
    # (not the day of the deadline before it, for children under five, which shares its words)
    result = check(f"{when} the second court-ordered deadline to reunite separated children with their families.",
                   "2018-07-26")
    assert dates(result) == [(verdict, record)]


@pytest.mark.parametrize(("when", "verdict"), [("last night", Verdict.SUPPORTED),
                                               ("this morning", Verdict.CONTRADICTED)])
def test_last_night_is_the_day_before_the_text_and_this_morning_its_own(when, verdict):
    result = check(f"Trump caved in to worldwide outrage {when} and signed an executive order to end the separation "
                   "of migrant families.", "2018-06-21")
    assert dates(result) == [(verdict, "eo-13841")]
    assert result.findings[0].part.startswith(when)


@pytest.mark.parametrize(("claim", "dated"), [
    ("The memo resurfaced Wednesday during Chad Wolf’s confirmation hearing to move up from Acting Secretary to "
     "Secretary of Homeland Security.", "2020-09-24"),  # a hearing, not the day he took any office
    ("Wolf’s departure makes him the third Cabinet-level official to quit following Wednesday’s attack on the U.S. "
     "Capitol.", "2021-01-12"),  # the day of the attack, not of his departure
])
def test_a_day_of_something_else_is_not_the_day_of_the_act_the_record_holds(claim, dated):
    result = check(claim, dated)
    assert result.verdict is Verdict.UNVERIFIED
    assert [verdict for verdict, _ in dates(result)] == [Verdict.UNVERIFIED]


def test_tuesdays_ruling_is_dated_by_its_possessive():
    assert dates(check("Tuesday’s ruling by Judge Sabraw ordered families reunited.", "2018-06-28")) == [
        (Verdict.SUPPORTED, "sabraw-injunction")]


def test_reunified_immediately_is_a_limit_zt_does_not_check():
    result = check("A federal judge in June ordered a halt to most family separations at the border and demanded "
                   "families affected by the policy be reunified immediately.", "2019-02-01")
    assert result.verdict is Verdict.UNVERIFIED
    assert [u.part for u in result.unchecked] == ["reunified immediately"]


def test_on_a_friday_is_no_day():
    result = check("As he was leaving his retirement ceremony on a Friday afternoon, Homeland Security Secretary John "
                   "Kelly called to say President Donald Trump was offering a promotion.", "2024-05-01")
    assert dates(result) == []


@pytest.mark.parametrize(("day", "verdict"), [("July 10", Verdict.SUPPORTED), ("July 12", Verdict.UNVERIFIED)])
def test_a_deadlines_day_is_supported_only_by_a_record_of_the_deadline(day, verdict):
    # (July 12 is the day the government said 57 were reunited, not a deadline)
    result = check(f"He set an earlier deadline of {day} for dozens of children under 5.", "2018-07-13")
    assert result.verdict is verdict
