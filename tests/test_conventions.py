"""The conventions people bring from git, gh and other Unix tools: global options anywhere, a
pager on a terminal, --limit and --no-header, zt help and zt init, good English, lookups that
fold punctuation, and dates that are never read two ways."""

from __future__ import annotations

import io
import json

import pytest
import typer

from clirun import MINI, run
from conftest import BUNDLED, FIXTURES
from zt_timeline.cli.app import app, hoist_global_options
from zt_timeline.interchange.starter import STARTER
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import DateError
from zt_timeline.model.enums import OutputFormat
from zt_timeline.model.typed_dates import parse_user_date
from zt_timeline.render.emit import emit
from zt_timeline.render.pager import page, pager_command
from zt_timeline.render.views import events_output

FACTS = FIXTURES / "facts.toml"


# --- global options --------------------------------------------------------------------------

def test_global_options_before_the_command():
    before = run("--data", str(FACTS), "timeline", data=None)
    assert before.exit_code == 0 and before.stdout == run("timeline", data=FACTS).stdout
    stats = run("--format", "json", "stats")
    assert json.loads(stats.stdout)["counts"]["events"] == 5


def test_a_commands_own_option_wins_over_the_global_one():
    result = run("--data", "/no/such.toml", "timeline", "--data", str(MINI), data=None)
    assert result.exit_code == 0
    assert json.loads(run("--format", "csv", "stats", "--format", "json").stdout)["counts"]


def test_the_global_data_option_wins_over_the_environment():
    result = run("--data", str(FACTS), "timeline", data=MINI)  # clirun sets ZT_DATA to mini
    assert result.stdout == run("timeline", data=FACTS).stdout


def test_a_global_format_a_command_does_not_write_is_a_usage_error():
    result = run("--format", "claimreview", "stats")
    assert result.exit_code == 2
    assert result.stderr == "zt: error: zt stats does not write claimreview: it writes table, tsv, csv, json, md\n"
    assert run("--format", "bibtex", "sources").stdout.startswith("@")


@pytest.mark.parametrize(("args", "moved"), [
    (["timeline", "--no-pager", "--on", "2018"], ["--no-pager", "timeline", "--on", "2018"]),
    (["--data", "f", "quote", "--date-order", "dmy", "-n", "2"], ["--data", "f", "--date-order", "dmy", "quote",
                                                                  "-n", "2"]),
    (["stats", "--no-header", "--debug"], ["--no-header", "--debug", "stats"]),
    (["search", "--", "--no-pager"], ["search", "--", "--no-pager"]),
    (["--version"], ["--version"]),
])
def test_global_flags_after_the_command_are_read_as_global(args, moved):
    assert hoist_global_options(args, typer.main.get_command(app).params) == moved


def test_no_header_for_tsv_and_csv():
    assert run("timeline", "--no-header").stdout.splitlines()[0].startswith("2017-02-09\t")
    assert run("--no-header", "stats", "--format", "csv").stdout.splitlines()[0].startswith("figure,")
    assert run("export", "csv", "--no-header").stdout.splitlines()[0].startswith("2017-02-09,")
    assert run("timeline").stdout.startswith("date\tend\tid")


# --- the pager -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("environ", "command"), [
    ({"ZT_PAGER": "most -s", "PAGER": "more"}, ["most", "-s"]),
    ({"PAGER": "more"}, ["more"]),
    ({"ZT_PAGER": ""}, None),
    ({"PAGER": "cat"}, None),
    ({"PAGER": "'unbalanced"}, None),
])
def test_the_pager_is_chosen_as_git_does(environ, command):
    assert pager_command(environ) == command


def test_the_default_pager_is_less_where_it_exists(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: "/usr/bin/less" if name == "less" else None)
    assert pager_command({}) == ["less", "-FRX"]
    monkeypatch.setattr("shutil.which", lambda name: None)
    assert pager_command({}) is None


def test_the_pager_gets_the_table_with_its_colours(tmp_path):
    out = tmp_path / "paged.txt"
    timeline = load_timeline(MINI)
    buffer = io.StringIO()
    emit(events_output(timeline, timeline.events), OutputFormat.TABLE, buffer, color=True, terminal=True)
    assert "\x1b[" in buffer.getvalue()  # drawn for a terminal: bold headers, colours
    assert page(buffer.getvalue(), ["sh", "-c", f"cat > {out}"])
    assert out.read_text(encoding="utf-8") == buffer.getvalue()
    assert not page("x", ["/no/such/pager"])


def test_piped_output_never_goes_through_the_pager(tmp_path):
    marker = tmp_path / "ran"
    result = run("timeline", env={"ZT_PAGER": f"sh -c 'touch {marker}'"})
    assert result.exit_code == 0 and result.stdout.startswith("date\t") and not marker.exists()


# --- listings ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [["quote"], ["search", "the"], ["conflicts"], ["sources"], ["actors"],
                                     ["timeline"], ["actors", "--as-of", "2018"]])
def test_every_listing_takes_a_limit(command):
    rows = run(*command, "--limit", "1", "--format", "json", data=FACTS).stdout
    assert len(json.loads(rows)) == 1


def test_sources_filters():
    def ids(*args):
        return [s["id"] for s in json.loads(run("sources", *args, "--format", "json", data=BUNDLED).stdout)]

    primary = ids("--evidence", "primary")
    assert primary and all(s["evidence"] == "primary" for s in json.loads(
        run("sources", "--evidence", "primary", "--format", "json", data=BUNDLED).stdout))
    assert "federal-register-eo-13841" in ids("--search", "federal register")
    dated = ids("--since", "2021-01-14", "--until", "2021-01-14", "--kind", "news")
    assert "upi-2021-01-14" in dated and "press-democrat-el-paso" not in dated  # undated: left out


def test_a_date_window_is_said_on_a_terminal_only():
    table = run("timeline", "--on", "2018", "--format", "table").stdout
    assert table.splitlines()[0] == "2 events, 1 Jan 2018 – 31 Dec 2018"
    assert run("timeline", "--on", "2018").stdout.startswith("date\t")
    assert run("quote", "--since", "2019", "--format", "table").stdout.splitlines()[0] == "1 quote, from 1 Jan 2019"


# --- zt help and zt init -----------------------------------------------------------------------------

def test_help_is_an_alias_of_dash_dash_help():
    assert run("help").stdout == run("--help").stdout
    assert run("help", "timeline").stdout == run("timeline", "--help").stdout
    wrong = run("help", "timelin")
    assert wrong.exit_code == 1 and "(did you mean: timeline?)" in wrong.stderr


def test_init_writes_a_starter_that_validates_and_never_overwrites(tmp_path):
    target = tmp_path / "mine.toml"
    first = run("init", str(target))
    assert first.exit_code == 0 and target.read_text(encoding="utf-8") == STARTER
    assert run("validate", str(target), data=None).stdout == (
        f"{target}: ok: 1 source, 1 actor, 2 events, 1 quote, 1 figure\n")
    assert load_timeline(target).warnings == ()
    again = run("init", str(target))
    assert again.exit_code == 1 and "it exists" in again.stderr
    assert target.read_text(encoding="utf-8") == STARTER


# --- messages and lookups ----------------------------------------------------------------------------

def test_counts_in_good_english(write_toml):
    path = write_toml('[[sources]]\nid = "s"\ntitle = "T"\npublisher = "P"\nsumary = "x"\n\n'
                      '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\n')
    assert run("validate", str(path), data=None).stdout == (
        f"{path}: ok: 1 source, 0 actors, 1 event, 0 quotes, 0 figures (1 warning)\n")


def test_no_library_wording_in_date_errors():
    result = run("timeline", "--on", "sometime 2018x")
    assert result.exit_code == 2
    assert "Unknown string format" not in result.stderr
    assert result.stderr.startswith("zt: error: cannot read 'sometime 2018x' as a date: write it as 2018")


def test_punctuation_is_folded_alike_in_every_lookup():
    events = run("timeline", "--actor", "US Marshals", "--format", "json", data=BUNDLED).stdout
    assert any("usms" in event["actors"] for event in json.loads(events))
    assert json.loads(run("search", "US Marshals", "--format", "json", data=BUNDLED).stdout)[0]["id"] == "usms"


def test_search_suggests_the_closest_words():
    result = run("search", "pilt")
    assert result.exit_code == 0
    assert result.stderr == "zt: nothing matches 'pilt' (did you mean: pilot?)\n"


def test_an_actor_is_offered_once_however_many_of_its_names_are_close():
    result = run("quote", "--speaker", "sesions", data=BUNDLED)
    assert result.exit_code == 1
    assert result.stderr == "zt: error: no actor matches 'sesions' (did you mean: Jeff Sessions?)\n"


# --- numeric dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["06/05/2018", "13/06/2018", "6.5.2018"])
def test_a_numeric_date_is_refused_without_an_order(text):
    with pytest.raises(DateError, match="does not guess whether the day or the month comes first"):
        parse_user_date(text)


def test_a_numeric_date_is_read_in_the_order_given():
    assert parse_user_date("06/05/2018", "dmy").iso() == "2018-05-06"
    assert parse_user_date("06/05/2018", "mdy").iso() == "2018-06-05"
    with pytest.raises(DateError, match="not a real date read as mdy"):
        parse_user_date("13/06/2018", "mdy")
    with pytest.raises(DateError, match="two-digit year"):
        parse_user_date("06/05/18", "dmy")


def test_date_order_from_the_command_line_and_the_environment():
    refused = run("timeline", "--on", "09/02/2017")
    assert refused.exit_code == 2 and "zt --date-order dmy|mdy" in refused.stderr
    day_first = run("timeline", "--on", "09/02/2017", "--date-order", "dmy", "--format", "json")
    assert [e["id"] for e in json.loads(day_first.stdout)] == ["ann-sworn-in"]
    from_env = run("timeline", "--on", "02/09/2017", "--format", "json", env={"ZT_DATE_ORDER": "mdy"})
    assert [e["id"] for e in json.loads(from_env.stdout)] == ["ann-sworn-in"]
