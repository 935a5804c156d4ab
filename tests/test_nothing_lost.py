"""Nothing lost: every value of every record in the TOML file comes back in zt's JSON, and the
counts zt reports are the file's counts."""

import json
import tomllib
from pathlib import Path

import pytest

from clirun import MINI, run
from roundtrip import assert_kept
from zt_timeline.model.enums import RecordType

TESTS = Path(__file__).parent
FILES = {
    "mini": MINI,
    "bundled": TESTS.parent / "data" / "events.toml",
    "hostile-markup": TESTS / "bad" / "hostile-markup.toml",
    "hostile-controls": TESTS / "bad" / "hostile-controls.toml",
}
# Where each kind of record comes out as JSON.
JSON_COMMANDS = {
    "events": [("timeline",), ("export", "json")],
    "actors": [("actors",)],
    "quotes": [("quote",)],
    "figures": [("stats",)],
    "sources": [("sources",)],
}


def json_records(path, command):
    result = run(*command, "--format", "json", data=path) if command[0] != "export" else run(*command, data=path)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    return data["figures"] if command == ("stats",) else data


@pytest.mark.parametrize("name", FILES)
@pytest.mark.parametrize("array", JSON_COMMANDS)
def test_every_value_of_every_record_comes_back(name, array):
    records = tomllib.loads(FILES[name].read_text(encoding="utf-8")).get(array, [])
    for command in JSON_COMMANDS[array]:
        by_id = {record["id"]: record for record in json_records(FILES[name], command)}
        assert sorted(by_id) == sorted(record["id"] for record in records), command
        for record in records:
            assert_kept(record, by_id[record["id"]], f"{array} {record['id']}")


@pytest.mark.parametrize("name", FILES)
def test_reported_counts_are_the_files_counts(name):
    document = tomllib.loads(FILES[name].read_text(encoding="utf-8"))
    counts = {kind.array: len(document.get(kind.array, [])) for kind in RecordType}
    stats = json.loads(run("stats", "--format", "json", data=FILES[name]).stdout)
    assert stats["counts"] == counts
    summary = run("validate", str(FILES[name]), data=None).stdout
    named = ", ".join(f"{n} {array if n != 1 else array[:-1]}" for array, n in counts.items())
    assert summary.startswith(f"{FILES[name]}: ok: {named}")


def test_large_generated_file_keeps_its_counts(tmp_path):
    sources, actors, events, quotes, figures = 50, 40, 3000, 700, 90
    parts = [f'[[sources]]\nid = "s{i}"\ntitle = "S"\npublisher = "P"\ndate = "2020"\n' for i in range(sources)]
    parts += [f'[[actors]]\nid = "a{i}"\nname = "A {i}"\nkind = "person"\nsources = ["s{i % sources}"]\n'
              for i in range(actors)]
    parts += [f'[[events]]\nid = "e{i}"\ndate = "2018"\ntitle = "E"\nsources = ["s0"]\nactors = ["a{i % actors}"]\n'
              for i in range(events)]
    parts += [f'[[quotes]]\nid = "q{i}"\nspeaker = "a0"\ntext = "T"\nsources = ["s1"]\n' for i in range(quotes)]
    parts += [f'[[figures]]\nid = "f{i}"\nlabel = "L"\nvalue = {i}\nsources = ["s2"]\n' for i in range(figures)]
    path = tmp_path / "many.toml"
    path.write_text("".join(parts))
    result = run("validate", str(path), data=None)
    assert result.stdout == f"{path}: ok: 50 sources, 40 actors, 3000 events, 700 quotes, 90 figures\n"
    stats = json.loads(run("stats", "--format", "json", data=path).stdout)
    assert stats["counts"] == {"sources": 50, "actors": 40, "events": 3000, "quotes": 700, "figures": 90}
    assert sum(stats["events_by_year"].values()) == events
