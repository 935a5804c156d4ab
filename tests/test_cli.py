import json

import pytest

from clirun import MINI, run

TIMELINE_TABLE = """\
5 events, 9 Feb 2017 – 14 Jan 2021
date          id                 event
──────────────────────────────────────────────────────────────
9 Feb 2017    ann-sworn-in       Ann Lee takes office
                                   sources: paper-a
Jul 2017 –    pilot              Pilot programme runs
Nov 2017                           disputed: date (2 accounts)
                                   sources: paper-a, report-b
2018          year-review        A year of review
                                   sources: report-b
6 Apr 2018    policy-announced   Policy announced
                                   sources: paper-a
14 Jan 2021   report-out         Inspector publishes review
                                   sources: report-b
"""

TIMELINE_TSV = """\
date\tend\tid\ttitle\tactors\ttags\tsources\tsummary\tnote\tdisputed
2017-02-09\t\tann-sworn-in\tAnn Lee takes office\tann-lee, agency\tpersonnel\tpaper-a\t\t\t
2017-07\t2017-11\tpilot\tPilot programme runs\tagency\tpilot\tpaper-a, report-b\tA pilot ran for several months.\t\t\
date: 2 accounts
2018\t\tyear-review\tA year of review\t\toversight\treport-b\t\t\t
2018-04-06\t\tpolicy-announced\tPolicy announced\tann-lee\tpolicy\tpaper-a\tThe director announced the policy.\t\t
2021-01-14\t\treport-out\tInspector publishes review\tagency, bob-stone\toversight, policy\treport-b\t\t\t
"""


def test_timeline_table_exact():
    result = run("timeline", "--format", "table")
    assert result.exit_code == 0
    # Rich pads the last column; trailing spaces are not part of the contract.
    assert [line.rstrip() for line in result.stdout.splitlines()] == TIMELINE_TABLE.splitlines()
    assert result.stderr == ""


def test_timeline_defaults_to_tsv_when_not_a_terminal():
    result = run("timeline")
    assert result.exit_code == 0
    assert result.stdout == TIMELINE_TSV


@pytest.mark.parametrize(
    ("args", "ids"),
    [
        (["--on", "2018"], ["year-review", "policy-announced"]),
        (["--since", "April 2018", "--until", "2018-04"], ["year-review", "policy-announced"]),
        (["--from", "6 April 2018", "--to", "Apr 6 2018"], ["year-review", "policy-announced"]),
        (["--on", "2017-10"], ["pilot"]),
        (["--actor", "ann lee"], ["ann-sworn-in", "policy-announced"]),
        (["--actor", "bob", "--actor", "annie"], ["ann-sworn-in", "policy-announced", "report-out"]),
        (["--tag", "oversight", "--since", "2019"], ["report-out"]),
        (["--search", "pilot"], ["pilot"]),
        (["-n", "2", "--reverse"], ["report-out", "policy-announced"]),
    ],
)
def test_timeline_filters(args, ids):
    result = run("timeline", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    assert [event["id"] for event in json.loads(result.stdout)] == ids


def test_empty_result_is_success_with_a_note():
    result = run("timeline", "--on", "2019")
    assert result.exit_code == 0
    assert result.stdout == TIMELINE_TSV.splitlines(keepends=True)[0]
    assert result.stderr == "zt: no events match\n"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["timeline", "--since", "2019", "--until", "2018"], 2, "zt: error: the date window is empty"),
        (["timeline", "--on", "someday"], 2, "zt: error: cannot read 'someday' as a date"),
        (["timeline", "--on", "2018-02-30"], 2, "is not a real date"),
        (["timeline", "--bogus"], 2, "zt: error: No such option: --bogus (see 'zt timeline --help')"),
        (["timeline", "--format", "xml"], 2, "zt: error: Invalid value for '--format' / '-f'"),
        (["timeline", "--actor", "nobody"], 1, "zt: error: no actor matches 'nobody'"),
        (["timeline", "--tag", "polcy"], 1, "zt: error: no event has the tag 'polcy' (did you mean: policy?)"),
        (["quote", "--speaker", "Ann Leee"], 1, "(did you mean: Ann Lee"),
        (["show", "nothing-here"], 1, "zt: error: no record has the id 'nothing-here'"),
        (["actor", "zzz"], 1, "zt: error: no actor matches 'zzz'"),
        (["nonsense"], 2, "zt: error: No such command 'nonsense'"),
    ],
)
def test_errors_have_one_line_and_exit_code(args, code, message):
    for fmt in ("table", "json"):
        formatted = args[0] in {"timeline", "quote", "show", "actor"} and "--format" not in args
        extra = ["--format", fmt] if formatted else []
        result = run(*args, *extra)
        assert result.exit_code == code, result.stderr
        assert message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1, result.stderr
        assert result.stdout == ""
        assert "Traceback" not in result.stderr


def test_data_problems_exit_1_naming_file_record_and_field(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text(MINI.read_text().replace('date = "2018"', 'date = "2018-02-30"'))
    for command in ("timeline", "quote", "actors", "stats", "sources", "validate"):
        result = run(command, data=bad)
        assert result.exit_code == 1
        lines = result.stderr.splitlines()
        assert lines[0] == f"zt: {bad}:75: event 'year-review': field 'date': '2018-02-30' is not a real date: " \
                           "day 30 is not in Feb 2018 (1-28)"
        assert lines[-1] == f"zt: {bad}: 1 problem; the file was not used"
        assert result.stdout == ""


def test_validate_reports_counts():
    result = run("validate", str(MINI), data=None)
    assert result.exit_code == 0
    assert result.stdout == f"{MINI}: ok: 2 sources, 3 actors, 5 events, 2 quotes, 2 figures\n"


def test_validate_warns_about_unknown_fields(tmp_path):
    typo = tmp_path / "typo.toml"
    typo.write_text(MINI.read_text().replace('summary = "A pilot', 'sumary = "A pilot'))
    result = run("validate", data=typo)
    assert result.exit_code == 0
    assert result.stderr == (f"zt: {typo}:58: event 'pilot': field 'sumary': warning: unknown field, ignored "
                             "(value 'A pilot ran for several months.'): did you mean 'summary'?\n")
    assert "(1 warning)" in result.stdout


def test_data_option_beats_environment(tmp_path):
    result = run("validate", "--data", str(MINI), data=tmp_path / "missing.toml")
    assert result.exit_code == 0


def test_quote_speaker_forms():
    for name in ("bob", "Bob Stone", "BOB-STONE", "bob st"):
        result = run("quote", "--speaker", name)
        assert result.exit_code == 0, result.stderr
        assert result.stdout.splitlines()[1].startswith("bob-regret\t2021-01-14\tbob-stone\twritten\t")


def test_quote_table_flags_notes():
    result = run("quote", "--format", "table", "--speaker", "ann", width=200)
    assert "[notes] “we need to act; no exceptions”" in result.stdout


def test_actor_detail():
    result = run("actor", "annie")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        "section\tdate\tend\tid\ttext",
        "role\t2017-02-09\t2018-11-07\tagency\tDirector, Widget Agency (9 Feb 2017 – 7 Nov 2018)",
        "role\t2018-11\t\tagency\tAdviser, Widget Agency (from Nov 2018)",
        "event\t2017-02-09\t\tann-sworn-in\tAnn Lee takes office",
        "event\t2018-04-06\t\tpolicy-announced\tPolicy announced",
        "quote\t2018-05-11\t\tann-notes\twe need to act; no exceptions",
    ]


def test_actors_kind_filter():
    result = run("actors", "--kind", "organization", "--format", "json")
    assert [actor["id"] for actor in json.loads(result.stdout)] == ["agency"]


def test_stats_sections():
    result = run("stats", "--format", "table", width=200)
    assert result.exit_code == 0
    out = result.stdout
    assert "approximately 280 families" in out and "$227,000,000" in out
    assert "Events by year" in out and "Events by actor" in out
    csv_result = run("stats", "--format", "csv")
    assert csv_result.stdout.splitlines()[0] == "section,key,value,qualifier,unit,label,date,sources,disputed"
    assert "events-by-year,2017,2,,events,,,," in csv_result.stdout


def test_show_lists_fields_and_sources():
    result = run("show", "pilot", "--format", "tsv")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "variants[0].date\t2017-05" in lines
    assert lines[-1] == "source:report-b\tInspector's review. Inspector Office. Jan 2021."


def test_sources_bibliography_lists_citing_records():
    result = run("sources", "--format", "json")
    data = json.loads(result.stdout)
    assert [source["id"] for source in data] == ["report-b", "paper-a"]
    assert "families-separated" in data[0]["cited_by"]


@pytest.mark.parametrize("fmt", ["md"])
def test_markdown_tables(fmt):
    result = run("timeline", "--format", fmt)
    assert result.stdout.splitlines()[:3] == [
        "| date | id | event |", "|---|---|---|",
        "| 9 Feb 2017 | ann-sworn-in | Ann Lee takes office<br>  sources: paper-a |"]


def test_version_and_bare_command():
    assert run("--version").stdout.startswith("zt ")
    bare = run()
    assert bare.exit_code == 0
    assert "Commands:" in bare.stdout
