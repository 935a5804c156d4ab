"""The period a claim gives a count, against the period its figure counts (`from`, `until`):
a span written whole is supported or, for the very number, contradicted; a start said with
"since" is supported when it is the figure's and never contradicted. Over a small invented
timeline."""

from __future__ import annotations

import pytest

from zt_timeline.checking.checker import Checker
from zt_timeline.checking.parts import PartKind, Verdict
from zt_timeline.errors import DataError
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import parse_iso

S, C, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.UNVERIFIED

TIMELINE = """
[[sources]]
id = "release"
title = "Agency counts widgets seized"
publisher = "The Agency"
date = "2018-06-19"
kind = "press-release"

[[events]]
id = "count-released"
date = "2018-06-19"
title = "The Agency counts widgets seized"
sources = ["release"]

[[figures]]
id = "widgets-seized"
label = "widgets seized at the border, May 5 - June 9, 2018"
value = 2342
unit = "widgets"
status = "separated"
date = "2018-06-19"
from = "2018-05-05"
until = "2018-06-09"
sources = ["release"]

[[figures]]
id = "gadgets-taken"
label = "gadgets taken from owners since October 2017"
value = 700
unit = "gadgets"
qualifier = "more than"
status = "separated"
date = "2018-04"
from = "2017-10"
sources = ["release"]
"""


@pytest.fixture
def checker(write_toml):
    return Checker(load_timeline(write_toml(TIMELINE)), parse_iso("2018-06-20"))


def _period(result):
    return next(f for f in result.findings if f.kind is PartKind.DATE)


@pytest.mark.parametrize(("claim", "verdict"), [
    ("2,342 widgets were separated between May 5 and June 9, 2018.", S),
    ("2,342 widgets were separated from May 5 to June 9.", S),  # the year from the draft's date
    ("2,342 widgets were separated between May 5 and June 29, 2018.", C),
    ("2,342 widgets were separated between April 5 and June 9.", C),
    ("More than 700 gadgets were separated since October 2017.", S),
    ("More than 700 gadgets were separated from October 2017 to April 2018.", S),
    ("More than 700 gadgets were separated since October 2016.", U),  # a start said loosely
    # the number is not the figure's own: another count over another period may be meant
    ("More than 2,000 widgets were separated between May 5 and June 29, 2018.", U),
])
def test_a_counts_period(checker, claim, verdict):
    assert _period(checker.check(claim)).verdict is verdict


def test_a_contradicted_period_says_what_differs_and_a_resolved_one_how_it_was_read(checker):
    finding = _period(checker.check("2,342 widgets were separated between April 5 and June 9."))
    assert finding.part == "between April 5 and June 9 (5 Apr 2018 – 9 Jun 2018)"
    assert finding.differs == "5 Apr 2018 – 9 Jun 2018 for 5 May 2018 – 9 Jun 2018"
    assert finding.record == "widgets-seized"


def test_a_period_ends_after_it_begins(write_toml):
    broken = TIMELINE.replace('until = "2018-06-09"', 'until = "2018-04-09"')
    with pytest.raises(DataError) as raised:
        load_timeline(write_toml(broken))
    assert "is before 'from'" in str(raised.value.problems[0])


@pytest.mark.parametrize(("claim", "verdict"), [
    ("About 2,300 widgets were separated between May 5 and June 9.", S),
    # the period is the figure's: the claim is about that count, and its number is wrong
    ("About 3,000 widgets were separated between May 5 and June 9.", C),
])
def test_the_period_a_claim_gives_says_which_count_it_is_about(checker, claim, verdict):
    number = next(f for f in checker.check(claim).findings if f.kind is PartKind.NUMBER)
    assert (number.verdict, number.record) == (verdict, "widgets-seized")
