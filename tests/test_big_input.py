"""Big input stays bounded: a 5 MB string, a 100,000-event file and 10,000 problems."""

import pytest

from clirun import run
from zt_timeline.errors import DataError
from zt_timeline.loading import read as reading
from zt_timeline.loading.load import load_timeline
from zt_timeline.loading.problems import shorten

SOURCE = '[[sources]]\nid = "s"\ntitle = "T"\npublisher = "P"\ndate = "2020"\n'
FIVE_MB = 5 * 2**20


def test_a_5_mb_string_is_read_and_written_whole(tmp_path):
    summary = "word " * (FIVE_MB // 5)
    path = tmp_path / "long.toml"
    path.write_text(SOURCE + f'[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\n'
                             f'summary = "{summary}"\n')
    result = run("timeline", "--format", "tsv", data=path)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].split("\t")[7] == summary


def test_a_5_mb_bad_value_is_shortened_in_the_message(tmp_path):
    path = tmp_path / "long-date.toml"
    path.write_text(SOURCE + f'[[events]]\nid = "e"\ndate = "{"9" * FIVE_MB}"\ntitle = "E"\nsources = ["s"]\n')
    result = run("validate", str(path), data=None)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first == f"zt: {path}:8: event 'e': field 'date': '{'9' * 38}… is not a date (expected YYYY, YYYY-MM or " \
                    "YYYY-MM-DD, optionally with ?, ~ or %)"


def test_shorten_is_bounded_for_any_value():
    nested: list = []
    for _ in range(10_000):
        nested = [nested]
    for value in ("x" * FIVE_MB, nested, 10**5000, {"k" * 100: ["v" * 100] * 1000}, b"\x00" * 1000):
        assert len(shorten(value)) <= 40


def test_100_000_events(tmp_path):
    count = 100_000
    parts = [SOURCE] + [f'[[events]]\nid = "e{i}"\ndate = "20{10 + i % 10}-{i % 12 + 1:02d}"\ntitle = "Event {i}"\n'
                        f'sources = ["s"]\n' for i in range(count)]
    path = tmp_path / "huge.toml"
    path.write_text("".join(parts))
    timeline = load_timeline(path, use_cache=False)
    assert len(timeline.events) == count
    assert len(set(timeline.ids())) == count + 1
    assert [event.date.iso() for event in timeline.events[:2]] == ["2010-01", "2010-01"]


def _many_problems(tmp_path, count):
    parts = [SOURCE] + [f'[[events]]\nid = "e{i}"\ndate = "2018-02-30"\ntitle = "E"\nsources = ["s"]\nsumary = "x"\n'
                        for i in range(count)]
    path = tmp_path / "broken.toml"
    path.write_text("".join(parts))
    return path


def test_10_000_problems_are_all_found_and_the_first_100_shown(tmp_path):
    path = _many_problems(tmp_path, 10_000)
    with pytest.raises(DataError) as caught:
        load_timeline(path)
    assert len(caught.value.problems) == 10_000
    assert len(caught.value.warnings) == 10_000
    result = run("validate", str(path), data=None)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 100 + 1 + 100 + 1 + 1
    assert lines[0].startswith(f"zt: {path}:8: event 'e0': field 'date': '2018-02-30' is not a real date")
    assert lines[99].startswith(f"zt: {path}:602: event 'e99': field 'date'")
    assert lines[100] == "zt: ... and 9900 more errors not shown"
    assert lines[101].startswith(f"zt: {path}:11: event 'e0': field 'sumary': warning: unknown field")
    assert lines[201] == "zt: ... and 9900 more warnings not shown"
    assert lines[202] == f"zt: {path}: 10000 problems; the file was not used"


def test_a_file_beyond_the_size_limit_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    path = tmp_path / "big.toml"
    path.write_text("# " + "x" * 2000 + "\n")
    result = run("timeline", data=path)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"zt: {path}: is larger than 1000 bytes: expected a timeline TOML file"
