"""Limits of time, ages and counts as reporters write them: a limit in weeks is as near as weeks say
(20 days is "three weeks"); a limit of one order is one of that order's; how old a policy was when
the text was written is not checked, and keeps the claim from support; testimony "before a Senate
subcommittee" is not the Senate's count; an aside ("(19 percent)") does not hide what a count counts."""

from __future__ import annotations

import pytest

from conftest import check_bundled as check
from zt_timeline.checking.parts import ClaimCheck, PartKind, Verdict


def parts(result: ClaimCheck, kind: PartKind) -> list[tuple[str, Verdict, str | None]]:
    return [(finding.part, finding.verdict, finding.record) for finding in result.findings if finding.kind is kind]


@pytest.mark.parametrize(("weeks", "verdict"), [("three weeks", Verdict.SUPPORTED),
                                                ("two weeks", Verdict.CONTRADICTED),
                                                ("five weeks", Verdict.CONTRADICTED)])
def test_a_limit_in_weeks_is_as_near_as_weeks_say(weeks, verdict):
    result = check("Under the Flores agreement, children who arrive with their families must be released from "
                   f"detention within {weeks}.", "2018-06-21")
    assert parts(result, PartKind.NUMBER) == [(weeks, verdict, "flores-20-day-limit")]


@pytest.mark.parametrize(("days", "verdict"), [("30 days", Verdict.SUPPORTED), ("60 days", Verdict.CONTRADICTED),
                                               ("90 days", Verdict.CONTRADICTED)])
def test_a_limit_said_to_be_an_orders_is_one_of_that_orders_limits(days, verdict):
    result = check("On Tuesday, a judge in San Diego ruled that children held under the policy must be returned to "
                   f"their parents within {days}.", "2018-06-27")
    assert result.verdict is verdict
    assert [(part, found) for part, found, _ in parts(result, PartKind.NUMBER)] == [(days, verdict)]


@pytest.mark.parametrize("age", ["10-week-old", "20-week-old", "two-month-old"])
def test_how_old_a_policy_was_is_not_checked_and_keeps_the_claim_from_support(age):
    result = check(f'The order does not end the {age} "zero tolerance" policy of prosecuting every illegal '
                   "entry.", "2018-06-20")
    assert result.verdict is Verdict.UNVERIFIED
    assert [part.part for part in result.unchecked if part.kind is PartKind.DATE] \
        == [f'{age} "zero tolerance" policy']


def test_a_childs_age_is_no_age_of_a_policy():
    result = check("A 7-year-old girl was separated from her mother in November 2017.", "2018-03-01")
    assert not [part for part in result.unchecked if "how old" in part.reason]


@pytest.mark.parametrize(("count", "verdict"), [("1,475", Verdict.SUPPORTED), ("1,745", Verdict.CONTRADICTED)])
def test_testimony_before_a_body_is_not_that_bodys_count(count, verdict):
    # "according to testimony before a Senate subcommittee": the Senate heard the count, HHS gave it
    result = check(f"The agency lost track of {count} children placed with sponsors, according to testimony "
                   "before a Senate subcommittee in April.", "2018-05-01")
    assert parts(result, PartKind.NUMBER) == [(f"{count} children", verdict, "orr-1475-whereabouts-unknown")]


def test_an_aside_between_a_count_and_what_it_counts_is_skipped():
    result = check("Officials tried to reach 7,635 (about 19 percent) children and their sponsors.", "2018-05-01")
    assert parts(result, PartKind.NUMBER)[0] == ("7,635 (about 19 percent) children", Verdict.SUPPORTED,
                                                 "orr-7635-contacted")


@pytest.mark.parametrize(("limit", "verdict"), [("20-day", Verdict.SUPPORTED), ("30-day", Verdict.CONTRADICTED)])
def test_a_limit_written_with_a_hyphen_is_read(limit, verdict):
    # (a limit not read would leave the claim supported by its other parts, whatever the number)
    result = check(f"The Flores settlement sets a {limit} limit on holding children in detention.",
                   "2018-06-22")
    assert result.verdict is verdict
    assert parts(result, PartKind.NUMBER) == [(limit, verdict, "flores-20-day-limit")]


def test_a_denial_in_a_relative_clause_after_a_number_is_not_the_numbers():
    result = check("In 2015, Judge Gee established the 20-day limit for detaining minors in immigration detention "
                   "facilities that are not licensed by the states to care for minors.", "2018-06-22")
    assert parts(result, PartKind.NUMBER) == [("20-day", Verdict.SUPPORTED, "flores-20-day-limit")]
