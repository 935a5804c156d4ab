"""Every listing as a terminal of 60, 80, 100 and 200 columns shows it, against a snapshot.

The snapshots are of the bundled data, small windows of it, so that they show the cases that
matter (a date range, ids longer than most, addresses, a June 2018 listing whose sources
include `beaufortcountynow-wh-briefing-2018-06-18`). When the bundled data changes on purpose,
run `ZT_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_layout_snapshots.py` and read the diff."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from clirun import run
from conftest import BUNDLED

SNAPSHOTS = Path(__file__).parent / "snapshots"
WIDTHS = (60, 80, 100, 200)
LISTINGS = {
    "timeline-june-2018": ("timeline", "--on", "2018-06"),
    "quote-sessions": ("quote", "--speaker", "sessions", "-n", "4"),
    "sources-zero-tolerance": ("sources", "--search", "zero tolerance", "-n", "6"),
    "search-romans": ("search", "Romans 13"),
    "conflicts-el-paso": ("conflicts", "--search", "El Paso"),
    "actors": ("actors", "-n", "6"),
    "stats-figures": ("stats", "-n", "3"),
    "check-claim": ("check", "Sessions announced the policy in May 2018"),
    "show-upi": ("show", "upi-2021-01-14"),
}
ADDRESS_AT_END = re.compile(r"https?://\S+$")


def shown(args: tuple[str, ...], width: int) -> str:
    result = run(*args, "--format", "table", data=BUNDLED, width=width)
    assert result.exit_code == 0, result.stderr
    return "\n".join(line.rstrip() for line in result.stdout.splitlines()) + "\n"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_listing_matches_its_snapshot(name, width):
    out = shown(LISTINGS[name], width)
    # Only an address may run past the edge: the terminal wraps it, whole.
    assert all(cell_len(line) <= width or ADDRESS_AT_END.search(line) for line in out.splitlines())
    assert "…" not in out
    path = SNAPSHOTS / f"{name}-{width}.txt"
    if os.environ.get("ZT_UPDATE_SNAPSHOTS") == "1":
        path.write_text(out, encoding="utf-8")
    assert out == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", (80, 100))
def test_listings_are_tables_at_the_widths_people_use(width):
    for name, args in LISTINGS.items():
        if args[0] in ("show", "stats"):  # a record's fields; figures under charts
            continue
        out = shown(args, width)
        assert re.search(r"^─{20,}$", out, re.M), name  # the rule under a header row
    june = shown(LISTINGS["timeline-june-2018"], width)
    assert june.startswith("27 events, 1 Jun 2018 – 30 Jun 2018\n")
    assert re.search(r"(^|\s)beaufortcountynow-wh-briefing-2018-06-18(,|$)", june, re.M)
    # The date column is as wide as one date: a range takes two lines.
    assert re.search(r"^15 Jun 2018 – +\S.*\n19 Jun 2018 ", june, re.M)
