"""zt diff: record by record, field by field, in every format; dates say how they changed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from clirun import run
from conftest import MINI
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import parse_iso
from zt_timeline.queries.diff import ChangeKind, date_change, diff_timelines
from zt_timeline.render.safe import md_text

TEXT = MINI.read_text(encoding="utf-8")
# A revision of mini.toml as a corrections log would record it.
EDITS = (
    ('title = "Mini timeline"', 'title = "Mini timeline, corrected"'),
    ('date = "2017-07"\nend = "2017-11"', 'date = "2017-07-03~"\nend = "2017-11"'),  # precision and qualifier
    ('sources = ["paper-a", "report-b"]\nactors = ["agency"]', 'sources = ["paper-a"]\nactors = ["agency"]'),
    ('title = "Policy announced"', 'title = "Policy announced to staff"'),
    ('sources = ["report-b"]\ntags = ["oversight"]', 'sources = ["report-b", "paper-a"]\ntags = ["oversight"]'),
    ('from = "2018-11", sources', 'from = "2018-12", sources'),
    ('value = 281, sources', 'value = 282, sources'),
)
REMOVED_QUOTE = TEXT[TEXT.index('[[quotes]]\nid = "bob-regret"'):TEXT.index("[[figures]]")]
ADDED_EVENT = '[[events]]\nid = "hearing"\ndate = "2019-03"\ntitle = "A hearing"\nsources = ["paper-a"]\n\n'


def revised() -> str:
    text = TEXT
    for old, new in EDITS:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text.replace(REMOVED_QUOTE, "") + ADDED_EVENT


@pytest.fixture
def new_file(write_toml):
    return write_toml(revised(), "new.toml")


def rows(changes):
    return [(c.change.value, c.record_type, c.record_id, c.field, c.old, c.new, c.detail) for c in changes]


def test_the_same_file_has_no_differences(mini):
    assert diff_timelines(mini, mini).changes == ()


def test_every_kind_of_change_is_a_row(mini, new_file):
    diff = diff_timelines(mini, load_timeline(new_file))
    assert rows(diff.changes) == [
        ("changed", "timeline", None, "title", "Mini timeline", "Mini timeline, corrected", None),
        ("changed", "actor", "ann-lee", "roles[1].from", "2018-11", "2018-12", "later"),
        ("changed", "event", "pilot", "date", "2017-07", "2017-07-03~",
         "precision: month → day; qualifier: none → ~ (approximate)"),
        ("removed", "event", "pilot", "sources", "report-b", None, None),
        ("added", "event", "year-review", "sources", None, "paper-a", None),  # "2018" sorts before 6 Apr 2018
        ("changed", "event", "policy-announced", "title", "Policy announced", "Policy announced to staff", None),
        ("added", "event", "hearing", None, None, diff.changes[6].new, None),
        ("removed", "quote", "bob-regret", None, diff.changes[7].old, None, None),
        ("changed", "figure", "families-separated", "variants[0].value", 281, 282, None),
    ]
    assert diff.changes[6].new["title"] == "A hearing" and diff.changes[6].new["date"] == "2019-03"
    assert diff.changes[7].old["text"] == "It was a failed policy."
    assert (diff.records(ChangeKind.ADDED), diff.records(ChangeKind.REMOVED), diff.records(ChangeKind.CHANGED)) == (
        1, 1, 6)


def test_entries_of_a_list_of_tables_are_matched_like_lines(write_toml, mini):
    # Ann Lee loses her first role: the second is not reported as changed.
    text = TEXT.replace('  { title = "Director", org = "agency", from = "2017-02-09", until = "2018-11-07", '
                        'sources = ["paper-a"] },\n', "")
    diff = diff_timelines(mini, load_timeline(write_toml(text)))
    assert [(c.change.value, c.field, c.old["title"]) for c in diff.changes] == [("removed", "roles[0]", "Director")]


def test_an_order_change_of_ids_is_one_row(write_toml, mini):
    text = TEXT.replace('tags = ["oversight", "policy"]', 'tags = ["policy", "oversight"]')
    [change] = diff_timelines(mini, load_timeline(write_toml(text))).changes
    assert (change.field, change.old, change.new, change.detail) == (
        "tags", ["oversight", "policy"], ["policy", "oversight"], "order")


@pytest.mark.parametrize(("old", "new", "detail"), [
    ("2018", "2018-04", "precision: year → month"),
    ("2018-04", "2018", "precision: month → year"),
    ("2018-04", "2018-04?", "qualifier: none → ? (uncertain)"),
    ("2018-04~", "2018-04%", "qualifier: ~ (approximate) → % (approximate and uncertain)"),
    ("2018-04-06", "2018-04-09", "later"),
    ("2018-04", "2017-12", "earlier"),
])
def test_a_date_says_how_it_changed(old, new, detail):
    assert date_change(parse_iso(old), parse_iso(new)) == detail


# The command line.


def test_diff_prints_tsv_when_piped(new_file):
    result = run("diff", str(MINI), str(new_file))
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "change\ttype\tid\tfield\told\tnew\tdetail"
    assert lines[3] == ("changed\tevent\tpilot\tdate\t2017-07\t2017-07-03~\t"
                        "precision: month → day; qualifier: none → ~ (approximate)")
    assert "added\tevent\thearing\t\t\tA hearing\t" in lines
    assert "removed\tquote\tbob-regret\t\tIt was a failed policy.\t\t" in lines


def test_diff_json_csv_md_and_table(new_file):
    data = json.loads(run("diff", str(MINI), str(new_file), "--format", "json").stdout)
    assert data["records"] == {"added": 1, "removed": 1, "changed": 6}
    csv = run("diff", str(MINI), str(new_file), "--format", "csv").stdout
    assert ("changed,event,pilot,date,2017-07,2017-07-03~,"
            "precision: month → day; qualifier: none → ~ (approximate)") in csv
    md = run("diff", str(MINI), str(new_file), "--format", "md").stdout
    # The heading is data (file names) as Markdown shows it literally: "_" escaped.
    assert md.startswith(f"# {md_text(str(MINI))} → {md_text(str(new_file))}: 1 record added, 1 removed, 6 changed\n")
    assert "| event pilot | date | changed | 2017-07 | 2017-07-03~<br>  (precision: month → day; " in md
    table = run("diff", str(MINI), str(new_file), "--format", "table", width=120).stdout
    assert "event pilot" in table and "(precision: month → day;" in table


def test_no_differences_is_exit_0_with_a_note():
    result = run("diff", str(MINI), str(MINI))
    assert result.exit_code == 0
    assert result.stdout == "change\ttype\tid\tfield\told\tnew\tdetail\n"
    assert result.stderr == "zt: no differences\n"


def test_differences_are_exit_0_and_a_bad_file_exit_1(new_file, tmp_path):
    assert run("diff", str(MINI), str(new_file)).exit_code == 0
    broken = tmp_path / "broken.toml"
    broken.write_text(TEXT.replace('date = "2018"', 'date = "2018-13"'), encoding="utf-8")
    result = run("diff", str(MINI), str(broken))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"zt: {broken}:")


@pytest.mark.skipif(not Path("/dev/fd").is_dir(), reason="no /dev/fd on this system")
def test_diff_reads_a_process_substitution_once():
    """`zt diff <(git show HEAD~1:data/events.toml) data/events.toml` passes a pipe as /dev/fd/N."""
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "w", encoding="utf-8") as stream:
        stream.write(TEXT.replace('title = "Policy announced"', 'title = "Policy made"'))
    try:
        result = run("diff", f"/dev/fd/{read_end}", str(MINI))
    finally:
        os.close(read_end)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1] == (
        "changed\tevent\tpolicy-announced\ttitle\tPolicy made\tPolicy announced\t")


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "json", "md"])
def test_hostile_text_stays_inert_in_a_diff(fmt):
    from test_hostile_text import CONTROLS, MARKUP, UNSAFE

    result = run("diff", str(MARKUP), str(CONTROLS), "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count("\n") > 5
    assert not UNSAFE.search(result.stdout), UNSAFE.findall(result.stdout)
