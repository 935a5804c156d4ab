import pytest

from zt_timeline.model.dates import PartialDate, parse_iso
from zt_timeline.model.records import Role
from zt_timeline.queries.tenure import TenureStatus, role_status, tenures_on

HELD, PARTLY, UNCERTAIN = TenureStatus.HELD, TenureStatus.PARTLY, TenureStatus.UNCERTAIN
NOT_HELD, UNDATED = TenureStatus.NOT_HELD, TenureStatus.UNDATED


def role(start=None, until=None):
    return Role("Director", ("s",), start=parse_iso(start) if start else None,
                until=parse_iso(until) if until else None)


@pytest.mark.parametrize(
    ("start", "until", "asked", "status", "reason"),
    [
        ("2017-02-09", "2018-11-07", "2018-06-01", HELD, ""),
        ("2017-02-09", "2018-11-07", "2018-11-07", HELD, ""),
        ("2017-02-09", "2018-11-07", "2018-11-08", NOT_HELD, "ended 7 Nov 2018"),
        ("2017-02-09", "2018-11-07", "2017-02-08", NOT_HELD, "began 9 Feb 2017"),
        # The case: a role until "2018-11" on 15 Nov 2018 is uncertain, not a fact.
        ("2017-02-09", "2018-11", "2018-11-15", UNCERTAIN, "the end is recorded only as Nov 2018 (no day)"),
        ("2017-02-09", "2018-11", "2018-11-01", HELD, ""),
        ("2017-02-09", "2018-11", "2018-12-01", NOT_HELD, "ended Nov 2018"),
        ("2017", "2018-11-07", "2017-06-01", UNCERTAIN, "the start is recorded only as 2017 (no month and day)"),
        ("2017", "2018-11-07", "2018-01-01", HELD, ""),
        ("2017-02-09", "2018-11-07", "2018-11", PARTLY, "held only part of Nov 2018 (until 7 Nov 2018)"),
        ("2017-02-09", "2018-11-07", "2017", PARTLY, "held only part of 2017 (from 9 Feb 2017)"),
        ("2017-02-09", "2018-11-07", "2018", PARTLY, "held only part of 2018 (until 7 Nov 2018)"),
        ("2017-02-09", None, "2019-01-01", UNCERTAIN, "no end recorded"),
        ("2017-02-09", None, "2017-01-01", NOT_HELD, "began 9 Feb 2017"),
        (None, "2018-11-07", "2018-01-01", UNCERTAIN, "no start recorded"),
        (None, None, "2018-01-01", UNDATED, "no dates recorded"),
    ],
)
def test_role_status_keeps_the_precision_of_both_ends(start, until, asked, status, reason):
    assert role_status(role(start, until), parse_iso(asked)) == (status, reason)


def test_possibly_held():
    assert [s for s in TenureStatus if s.possibly_held] == [HELD, PARTLY, UNCERTAIN]


def roles_held(bundled, when):
    return {(t.actor.id, t.role.title.split(" (")[0], t.status) for t in tenures_on(bundled.actors, when)
            if t.status.possibly_held}


def test_bundled_attorney_general_on_1_june_2018(bundled):
    held = roles_held(bundled, PartialDate(2018, 6, 1))
    assert ("sessions", "Attorney General of the United States", HELD) in held
    assert ("rosenstein", "Deputy Attorney General", HELD) in held
    assert not any(title in {"Acting Attorney General", "Attorney General of the United States"}
                   for actor, title, _ in held if actor != "sessions")


def test_bundled_handover_from_sessions_to_whitaker(bundled):
    day_after = roles_held(bundled, PartialDate(2018, 11, 8))
    assert ("whitaker", "Acting Attorney General", HELD) in day_after
    assert not any(actor == "sessions" for actor, _, _ in day_after)
    rosenstein = bundled.get("rosenstein")
    deputy = next(role for role in rosenstein.roles if role.title.startswith("Deputy Attorney General"))
    # His resignation letter set May 11, 2019 as his last day.
    assert [role_status(deputy, PartialDate(2019, 5, day))[0] for day in (10, 11, 12)] == [HELD, HELD, NOT_HELD]
