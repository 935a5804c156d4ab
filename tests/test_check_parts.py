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
    assert parsed.bounds == ("July 10", "July 31")


def test_a_month_of_this_year_is_read_against_the_drafts_date():
    parsed = parse_claim("the count of February of this year", dated=parse_iso("2018-06-08"))
    assert [(m.text, m.date.display()) for m in parsed.dates] == [("February of this year", "Feb 2018")]
    assert parse_claim("the count of February of this year").unread_dates == ("February of this year",)
    spanned = parse_claim("separations from October 2017 through February of this year", dated=parse_iso("2018-06-08"))
    assert spanned.dates == () and spanned.bounds == ("October 2017", "February of this year")


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
