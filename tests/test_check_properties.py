"""Whatever sentence a draft holds, `zt check` answers with verdicts or a usage error, never an
internal error: sentences built from the pieces a checker reads (dates, bounds, deadlines, ages,
counts, names, offices, acts, quotations, brackets), in any order and any number, against the
bundled data, with and without the text's date."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import BUNDLED
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.parts import Verdict
from zt_timeline.errors import UsageError
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import parse_iso

FRAGMENTS = [
    "Sessions", "Attorney General Jeff Sessions", "Nielsen", "Judge Dana Sabraw", "Judge Dolly Gee", "Trump",
    "the Senate", "the ACLU", "DHS", "the Biden administration", "President Donald Trump", "Kelly", "McAleenan",
    "announced", "signed", "was confirmed", "was sworn in", "resigned", "ordered", "said that", "told CNN",
    "ruled", "reunited", "separated", "deported", "was secretary of homeland security", "as acting secretary",
    "the zero tolerance policy", "an executive order", "a memo", "the deadline", "a deadline of",
    "on April 6, 2018", "in May 2018", "In 2017,", "by July 10", "until July 26", "from May to June 2018",
    "on Tuesday", "last month", "early 2018", "the summer of 2016", "between May 5 and June 9, 2018",
    "2,342 children", "more than 2,300 children", "nearly 3,000 parents", "at least 600", "463 parents",
    "children under five", "under ten", "within 14 days", "30 days", "Executive Order 13841", "report 21-028",
    '"zero tolerance"', '“we need to take away children”', '"unlawful"', "(ACLU)", "(", ")", ",", ";", "—",
    "in El Paso", "in San Diego", "according to Reuters", "not", "never", "that", "who", "and", "the",
]
sentences = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=14).map(" ".join)
EXAMPLES = 3000 if os.environ.get("ZT_HYPOTHESIS_PROFILE") == "thorough" else 120


@pytest.fixture(scope="module")
def checkers():
    timeline = load_timeline(BUNDLED)
    return [Checker(timeline), Checker(timeline, parse_iso("2018-07-05")), Checker(timeline, parse_iso("2019-04"))]


@settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow,
                                                                                        HealthCheck.function_scoped_fixture])
@given(sentence=sentences)
def test_any_sentence_gets_verdicts_or_a_usage_error(checkers, sentence):
    for checker in checkers:
        try:
            result = checker.check(sentence)
        except UsageError:
            continue
        assert result.verdict in set(Verdict)
        assert all(finding.verdict in set(Verdict) for finding in result.findings)
