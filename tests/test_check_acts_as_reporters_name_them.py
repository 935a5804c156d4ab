"""Acts as reporters name them. A person's op-ed is what she said, not a report: "published an
op-ed" is her statement, and where it ran ("in the Washington Post") is checked against her record,
never supported by another record that only names the paper. "Trump forced out Sessions" is about
Sessions' resignation, whose doer is not the one who forced it. "Asked a federal judge" is a
request, which may be made at a hearing."""

from __future__ import annotations

import pytest

from conftest import check_bundled as check
from zt_timeline.checking.parts import PartKind, Verdict

_OP_ED = "Former first lady Laura Bush published an op-ed condemning the separation of families at the border in {}."


@pytest.mark.parametrize(("when", "verdict"), [("the Washington Post on Sunday", Verdict.SUPPORTED),
                                               ("the Washington Post on Saturday", Verdict.CONTRADICTED)])
def test_an_op_ed_is_its_writers_statement(when, verdict):
    result = check(_OP_ED.format(when), "2018-06-19")
    assert result.verdict is verdict
    assert result.about is not None and result.about.id == "laura-bush-op-ed"


def test_where_an_op_ed_ran_is_not_supported_by_another_record_that_names_the_paper():
    result = check(_OP_ED.format("the New York Times on Sunday"), "2018-06-19")
    assert result.verdict is Verdict.UNVERIFIED
    assert [part.part for part in result.unchecked if part.kind is PartKind.OUTLET] == ["The New York Times"]


@pytest.mark.parametrize(("day", "verdict"), [("Wednesday", Verdict.SUPPORTED), ("Friday", Verdict.CONTRADICTED)])
def test_forcing_someone_out_is_about_their_resignation(day, verdict):
    result = check(f"On {day}, President Donald Trump forced out Attorney General Jeff Sessions.", "2018-11-09")
    assert result.verdict is verdict
    assert result.about is not None and result.about.id == "sessions-resigns"


@pytest.mark.parametrize("who", ["Vice President Mike Pence", "Kelly"])
def test_who_forced_someone_out_is_never_judged_by_who_resigned(who):
    result = check(f"On Sunday, {who} forced out Homeland Security Secretary Kirstjen Nielsen.", "2019-04-09")
    assert result.verdict is Verdict.UNVERIFIED
    assert all(finding.verdict is not Verdict.CONTRADICTED for finding in result.findings)


@pytest.mark.parametrize(("day", "verdict"), [("Thursday", Verdict.SUPPORTED), ("Tuesday", Verdict.CONTRADICTED)])
def test_asking_a_federal_judge_is_a_request(day, verdict):
    result = check(f"On {day}, the Department of Justice asked a federal judge to let the government detain migrant "
                   "families longer than the Flores settlement allows.", "2018-06-22")
    assert result.verdict is verdict
    assert [(f.part, f.record) for f in result.findings if f.kind is PartKind.DATE] \
        == [(f"{day} ({'21' if day == 'Thursday' else '19'} Jun 2018)", "flores-modification-request")]
