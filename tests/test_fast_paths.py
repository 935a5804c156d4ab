"""The shortcuts taken for speed give the same answers as the long way round."""

from __future__ import annotations

import calendar
import datetime as dt
import gc
import itertools

import pytest

from conftest import MINI
from zt_timeline.errors import DataError, DateError
from zt_timeline.loading.load import load_timeline
from zt_timeline.loading.read import header_lines, parse_text, read_bytes
from zt_timeline.loading.validate import build_timeline
from zt_timeline.model.dates import PartialDate, days_in_month, parse_iso

SOURCE = '[[sources]]\nid = "s"\ntitle = "T"\npublisher = "P"\ndate = "2020"\n'


def test_days_in_month_agrees_with_the_calendar():
    for year, month in itertools.product(range(1, 10000), range(1, 13)):
        assert days_in_month(year, month) == calendar.monthrange(year, month)[1]


def test_sort_key_orders_like_first_day_then_precision():
    dates = [PartialDate(year, month, day) for year in (2017, 2018) for month in (None, 1, 2, 12)
             for day in ((None,) if month is None else (None, 1, 2, 31 if month != 2 else 28))]
    by_key = sorted(dates, key=lambda date: date.sort_key)
    by_meaning = sorted(dates, key=lambda date: (date.first_day, date.precision))
    assert by_key == by_meaning
    assert [date.iso() for date in by_key[:4]] == ["2017", "2017-01", "2017-01-01", "2017-01-02"]


def test_parsed_dates_are_shared_and_bad_ones_always_rejected():
    assert parse_iso("2018-04-06") is parse_iso("2018-04-06")
    assert parse_iso("2018-04-06").first_day == dt.date(2018, 4, 6)
    for _ in range(2):
        with pytest.raises(DateError, match="not a real date"):
            parse_iso("2018-02-30")


def test_a_clean_file_is_the_same_with_or_without_line_numbers():
    document, text = parse_text(read_bytes(MINI), str(MINI))
    assert build_timeline(document, str(MINI)) == build_timeline(document, str(MINI), header_lines(text))


def test_problems_and_warnings_still_name_their_lines(write_toml):
    warned = load_timeline(write_toml(SOURCE + '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\n'
                                               'sources = ["s"]\nsumary = "typo"\n'))
    assert [warning.line for warning in warned.warnings] == [11]  # the line of the unknown field
    with pytest.raises(DataError) as caught:
        load_timeline(write_toml(SOURCE + '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s", 5]\n'))
    assert [problem.line for problem in caught.value.problems] == [10]  # the sources line


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        ('["s", "nope"]', "unknown source 'nope'"),
        ('["s", 5]', "'sources[1]': 5 is not a source id or a table"),
        ('["s", ["s"]]', "'sources[1]': ['s'] is not a source id or a table"),
        ('["s", {a = 1}]', "'sources[1].id': is missing (required)"),
        ("[]", "is empty"),
    ],
)
def test_references_that_are_not_all_known_ids_are_still_reported(write_toml, sources, expected):
    with pytest.raises(DataError) as caught:
        load_timeline(write_toml(SOURCE + f'[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = {sources}\n'))
    assert any(expected in str(problem) for problem in caught.value.problems), caught.value.problems


def test_the_collector_is_back_on_after_a_load_with_nothing_left_frozen():
    from zt_timeline.cli.collector import collector_paused

    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        load_timeline(MINI, use_cache=False)
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0


def test_objects_that_something_else_froze_stay_frozen():
    from zt_timeline.cli.collector import collector_paused

    gc.freeze()
    try:
        with collector_paused():
            load_timeline(MINI, use_cache=False)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


ENTRY_POINT_PROBE = """
import gc, json, sys
import zt_timeline.cli.common as common
seen = {}
def load(data, original=common.load):
    seen["on while the command runs"] = gc.isenabled()
    seen["frozen before the load"] = gc.get_freeze_count()
    timeline = original(data)
    seen["frozen after the load"] = gc.get_freeze_count()
    return timeline
common.load = load  # before the command's module imports it
sys.argv = ["zt", "timeline", "--limit", "1"]
from zt_timeline.__main__ import main
try:
    main()
except SystemExit as exit:
    seen["code"] = exit.code
seen["on at the end"] = gc.isenabled()
sys.stderr.write(json.dumps(seen))
"""


def test_the_entry_point_freezes_what_start_up_made_and_runs_the_command_with_the_collector_on():
    import json
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", ENTRY_POINT_PROBE], capture_output=True, text=True, timeout=60,
                            env={"NO_COLOR": "1", "ZT_DATA": str(MINI), "PATH": ""})
    seen = json.loads(result.stderr)
    assert seen["code"] == 0 and result.stdout.startswith("date\tend\tid\t"), result
    assert seen["on while the command runs"] and seen["on at the end"]
    assert 0 < seen["frozen before the load"] < seen["frozen after the load"]  # the model joins what start-up made


def test_the_core_leaves_the_collector_alone():
    gc.disable()
    try:
        load_timeline(MINI, use_cache=False)
        assert not gc.isenabled() and gc.get_freeze_count() == 0
    finally:
        gc.enable()
