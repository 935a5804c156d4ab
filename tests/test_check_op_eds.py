"""A person's op-ed is what she said, not a report: "published an op-ed" is her statement, and
where it ran ("in the Washington Post") is checked against her record, never supported by another
record that only names the paper."""

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
