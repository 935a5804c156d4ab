"""Layered data files: later files add records, cite the earlier ones' and override them only when
they say so; every problem names its file; the first file keeps its cache."""

from __future__ import annotations

import os
import shutil

import pytest

from clirun import run
from conftest import BUNDLED, FIXTURES, MINI
from zt_timeline import environment
from zt_timeline.errors import DataError
from zt_timeline.loading import load as loading
from zt_timeline.loading.load import load_timeline, resolve_data_paths

LAYER = FIXTURES / "layer.toml"
EVENT = '[[events]]\nid = "{id}"\ndate = "2019"\ntitle = "t"\nsources = ["paper-a"]\n'


@pytest.fixture(scope="module")
def stacked():
    return load_timeline([MINI, LAYER])


def test_a_later_file_adds_records_that_cite_the_earlier_ones(stacked, mini):
    assert len(stacked.events) == len(mini.events) + 1
    assert len(stacked.sources) == len(mini.sources) + 1
    assert len(stacked.quotes) == len(mini.quotes) + 1
    added = stacked.get("staffer-interview")
    assert added.sources == ("my-interview", "paper-a")
    assert added.pinpoints[0].locator == "p. 2"
    assert stacked.get("staffer-recalls").event == "policy-announced"
    assert stacked.files == (str(MINI), str(LAYER))
    assert stacked.path == f"{MINI} + {LAYER}"


def test_an_override_replaces_the_record_in_its_place(stacked, mini):
    replaced = stacked.get("policy-announced")
    assert replaced.title == "Policy announced at a staff meeting"
    assert replaced.actors == ("ann-lee", "bob-stone")
    assert [event.id for event in stacked.events if event.id in {e.id for e in mini.events}] == [
        event.id for event in mini.events]
    assert [event.date.sort_key for event in stacked.events] == sorted(e.date.sort_key for e in stacked.events)


def test_a_later_files_timeline_fields_replace_the_earlier_ones(stacked, mini):
    assert stacked.title == "Mini timeline, with my additions"
    assert stacked.description == mini.description


def test_a_later_file_need_not_have_events(write_toml):
    quotes_only = write_toml('[[quotes]]\nid = "more"\nspeaker = "ann-lee"\ntext = "Yes."\nsources = ["paper-a"]\n')
    assert load_timeline([MINI, quotes_only]).get("more").text == "Yes."


def test_an_id_defined_twice_names_both_files(write_toml):
    again = write_toml(EVENT.format(id="pilot"), "again.toml")
    with pytest.raises(DataError) as caught:
        load_timeline([MINI, again])
    [problem] = caught.value.problems
    assert caught.value.path == str(again)
    assert str(problem) == (f"{again}:2: event 'pilot': field 'id': duplicate id 'pilot': {MINI} defines it too "
                            "(as an event); expected an id used once across the data files, or override = true on "
                            "this record to replace that one")


def test_an_override_must_replace_a_record_of_the_same_kind_that_exists(write_toml):
    text = EVENT.format(id="ann-lee") + "override = true\n" + EVENT.format(id="nothing-below") + "override = true\n"
    wrong = write_toml(text, "wrong.toml")
    with pytest.raises(DataError) as caught:
        load_timeline([MINI, wrong])
    messages = [problem.message for problem in caught.value.problems]
    assert messages == [
        f"cannot replace the actor 'ann-lee' of {MINI} with an event: expected an actor",
        "is true, but no earlier data file defines 'nothing-below': expected the id of a record in a file read "
        "before this one (--data BASE --data THIS)",
    ]
    assert {problem.path for problem in caught.value.problems} == {str(wrong)}


def test_a_file_read_alone_cannot_override(write_toml):
    alone = write_toml(EVENT.format(id="solo") + "override = true\n")
    with pytest.raises(DataError) as caught:
        load_timeline(alone)
    assert caught.value.problems[0].field == "override"


def test_an_earlier_file_cannot_cite_a_later_one(write_toml):
    base = write_toml(EVENT.format(id="base-event").replace('"paper-a"', '"later-source"'), "base.toml")
    later = write_toml('[[sources]]\nid = "later-source"\ntitle = "t"\npublisher = "p"\n', "later.toml")
    with pytest.raises(DataError) as caught:
        load_timeline([base, later])
    assert caught.value.path == str(base)
    assert "unknown source 'later-source'" in caught.value.problems[0].message


def test_every_problem_names_the_file_it_is_in(write_toml):
    broken = write_toml(EVENT.format(id="bad") + 'actors = ["nobody"]\nsumary = "typo"\n', "broken.toml")
    with pytest.raises(DataError) as caught:
        load_timeline([MINI, broken])
    assert [str(problem).split(":")[0] for problem in (*caught.value.problems, *caught.value.warnings)] == [
        str(broken), str(broken)]


def test_the_same_file_twice_is_refused():
    with pytest.raises(DataError) as caught:
        load_timeline([MINI, MINI])
    assert "is given twice in the stack" in caught.value.problems[0].message


def test_zt_data_is_a_list_of_paths(monkeypatch):
    monkeypatch.setenv("ZT_DATA", f"{MINI}{os.pathsep}{os.pathsep}{LAYER}")
    assert resolve_data_paths(None) == (MINI, LAYER)
    assert resolve_data_paths(["a.toml"]) == (loading.Path("a.toml"),)  # --data wins
    monkeypatch.setenv("ZT_DATA", "")
    assert resolve_data_paths(()) == (loading.default_data_path(),)


def test_the_first_file_of_a_stack_comes_from_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache-home"))
    monkeypatch.delenv(environment.NO_CACHE, raising=False)
    monkeypatch.setattr(loading, "CACHE_FROM_BYTES", 0)
    base = tmp_path / "base.toml"
    shutil.copy(MINI, base)
    parsed = []
    real = loading.parse_text
    monkeypatch.setattr(loading, "parse_text", lambda raw, name: parsed.append(name) or real(raw, name))
    first = load_timeline([base, LAYER])
    second = load_timeline([base, LAYER])
    assert parsed == [str(base), str(LAYER), str(LAYER)]  # the base once; the layer, never cached, each time
    assert first == second
    base.write_text(MINI.read_text(encoding="utf-8").replace("Pilot programme runs", "Pilot ran"), encoding="utf-8")
    assert load_timeline([base, LAYER]).get("pilot").title == "Pilot ran"  # a changed base is read afresh


# The command line.


def test_data_is_repeatable_on_every_command():
    result = run("timeline", "--data", str(MINI), "--data", str(LAYER), data=None)
    assert result.exit_code == 0, result.stderr
    ids = [line.split("\t")[2] for line in result.stdout.splitlines()[1:]]
    assert "staffer-interview" in ids and "pilot" in ids
    shown = run("show", "staffer-recalls", "--data", str(MINI), "--data", str(LAYER), data=None)
    assert shown.exit_code == 0 and "We were told on the day." in shown.stdout


def test_zt_data_stacks_on_the_command_line():
    result = run("show", "policy-announced", "--format", "json", data=f"{MINI}{os.pathsep}{LAYER}")
    assert result.exit_code == 0, result.stderr
    assert '"title": "Policy announced at a staff meeting"' in result.stdout


def test_validate_checks_a_stack():
    result = run("validate", str(MINI), str(LAYER), data=None)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == f"{MINI} + {LAYER}: ok: 3 sources, 3 actors, 6 events, 3 quotes, 2 figures\n"
    alone = run("validate", str(LAYER), data=None)
    assert alone.exit_code == 1
    assert all(line.startswith(f"zt: {LAYER}") for line in alone.stderr.splitlines())
    assert run("validate", "--data", str(MINI), "--data", str(LAYER), data=None).exit_code == 0
    both = run("validate", str(MINI), "--data", str(LAYER), data=None)
    assert both.exit_code == 2 and "either as PATH or as --data" in both.stderr


def test_exports_never_write_over_any_file_of_the_stack(tmp_path):
    layer = tmp_path / "layer.toml"
    shutil.copy(LAYER, layer)
    before = layer.read_bytes()
    result = run("export", "json", "-o", str(layer), "--data", str(MINI), "--data", str(layer), data=None)
    assert result.exit_code == 1
    assert "it is the data file being read" in result.stderr
    assert layer.read_bytes() == before


def test_the_newsroom_example_stacks_on_the_bundled_data(bundled):
    from conftest import REPO

    example = REPO / "docs" / "examples" / "newsroom.toml"
    stacked = load_timeline([BUNDLED, example])
    assert len(stacked.events) == len(bundled.events) + 1
    assert "our-story" in stacked.get("sessions-recusal").tags
    assert [event.id for event in stacked.events if "our-story" in event.tags] == [
        "sessions-recusal", "upi-reports-oig-review"]
