"""Every command against the exit-code table in the README:

    0 ok · 1 data problem or nothing found · 2 usage error · 3 internal error (a bug) · 130 Ctrl-C

and the way each ends: one line on stderr, nothing half-written on stdout, no traceback."""

from pathlib import Path

import pytest
import typer

from clirun import MINI, run
from zt_timeline.cli.app import ExitCode, app
from zt_timeline.loading import validate

BAD = Path(__file__).parent / "bad" / "impossible-date-feb-30.toml"
TIMELINEJS = Path(__file__).parent / "fixtures" / "timelinejs" / "template.csv"
ROOT = typer.main.get_command(app)
ROOT_CONTEXT = typer.Context(ROOT)
# The commands that read a timeline: all but `help` (prints help) and `init` (writes a starter
# file; tested in tests/test_conventions.py).
COMMANDS = sorted(set(ROOT.list_commands(ROOT_CONTEXT)) - {"help", "init"})
# Arguments that make a command succeed on tests/fixtures/mini.toml (none: it needs none).
OK_ARGS = {"actor": ["ann"], "show": ["pilot"], "search": ["pilot"], "cite": ["paper-a"], "export": ["json"],
           "check": ["The pilot ran from July 2017"],
           "diff": [str(MINI), str(MINI.with_name("facts.toml"))], "import": ["timelinejs", str(TIMELINEJS)]}
# Commands whose files are their arguments, not --data or ZT_DATA (two versions to compare, a
# file to import): the arguments that make them read `path`.
FILES_IN_ARGS = {"diff": lambda path: [str(MINI), str(path)], "import": lambda path: ["timelinejs", str(path)]}
# Arguments naming something the file does not have.
NOT_FOUND_ARGS = {
    "timeline": ["--actor", "nobody"], "quote": ["--speaker", "nobody"], "actor": ["nobody"],
    "show": ["no-such-id"], "cite": ["no-such-id"], "export": ["json", "--actor", "nobody"],
    "chart": ["--mark", "no-such-event"],
}
# Commands that take a date: an impossible one is a usage error.
DATE_ARGS = {"timeline": ["--on", "2018-02-30"], "quote": ["--since", "someday"], "export": ["json", "--on", "2018-13"],
             "actors": ["--as-of", "2018-02-30"], "actor": ["ann", "--as-of", "2018-02-30"],
             "check": ["a claim", "--dated", "2018-02-30"]}


def params(name):
    return {param.name: param for param in ROOT.get_command(ROOT_CONTEXT, name).params}


def ok_args(name):
    if name in OK_ARGS:
        return OK_ARGS[name]
    required = [param.name for param in params(name).values() if param.required]
    assert not required, f"zt {name} needs {required}: add arguments for it to OK_ARGS"
    return []


def one_line(result):
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


def assert_ends(result, code, message_start):
    """The exit code, nothing on stdout, and one line on stderr that starts as given."""
    assert result.exit_code == code, result.stderr
    assert result.stdout == ""
    assert one_line(result).startswith(message_start)


def simulated_bug(*args, **kwargs):
    secret = "hunter2"  # a local: the report must not show it
    raise RuntimeError(f"simulated bug {len(secret)}")


@pytest.mark.parametrize("name", COMMANDS)
def test_ok(name):
    result = run(name, *ok_args(name))
    assert result.exit_code == ExitCode.OK, result.stderr
    assert result.stdout


def reading(name, path):
    """The arguments with which `zt name` reads `path` (given as ZT_DATA too)."""
    return FILES_IN_ARGS[name](path) if name in FILES_IN_ARGS else ok_args(name)


@pytest.mark.parametrize("name", COMMANDS)
def test_data_problem_exits_1(name):
    assert "data" in params(name) or name in FILES_IN_ARGS, f"zt {name} has no --data option"
    result = run(name, *reading(name, BAD), data=BAD)
    assert result.exit_code == ExitCode.FAILURE
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == f"zt: {BAD}: 1 problem; the file was not used"


@pytest.mark.parametrize("name", COMMANDS)
def test_missing_data_file_exits_1(name, tmp_path):
    result = run(name, *reading(name, tmp_path / "absent.toml"), data=tmp_path / "absent.toml")
    assert result.exit_code == ExitCode.FAILURE
    assert result.stdout == ""
    assert "no such file" in result.stderr


@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_unknown_option_is_a_usage_error(name):
    result = run(*([name] if name else []), "--no-such-option")
    assert_ends(result, ExitCode.USAGE, "zt: error: No such option: --no-such-option")


def test_unknown_command_is_a_usage_error():
    assert_ends(run("no-such-command"), ExitCode.USAGE, "zt: error: No such command 'no-such-command'")


@pytest.mark.parametrize("name", sorted(set(DATE_ARGS) & set(COMMANDS)))
def test_unreadable_date_is_a_usage_error(name):
    assert_ends(run(name, *DATE_ARGS[name]), ExitCode.USAGE, "zt: error: ")


@pytest.mark.parametrize("name", sorted(name for name in COMMANDS if any(p.required for p in params(name).values())))
def test_missing_argument_is_a_usage_error(name):
    assert_ends(run(name), ExitCode.USAGE, "zt: error: Missing argument")


@pytest.mark.parametrize("name", sorted(set(NOT_FOUND_ARGS) & set(COMMANDS)))
def test_not_found_exits_1(name):
    assert_ends(run(name, *NOT_FOUND_ARGS[name]), ExitCode.FAILURE, "zt: error: no ")


@pytest.mark.parametrize("name", COMMANDS)
def test_internal_error_exits_3_with_one_line(name, monkeypatch):
    monkeypatch.setattr(validate, "build_timeline", simulated_bug)
    result = run(name, *ok_args(name))
    assert result.exit_code == ExitCode.INTERNAL
    assert result.stdout == ""
    assert one_line(result) == (
        "zt: internal error: RuntimeError: simulated bug 7. This is a bug in zt 1.0.0: please report it, with the "
        "command you ran (the project's issue tracker); --debug shows the traceback")


def test_debug_shows_the_traceback_but_no_locals(monkeypatch):
    monkeypatch.setattr(validate, "build_timeline", simulated_bug)
    result = run("--debug", "timeline")
    assert result.exit_code == ExitCode.INTERNAL
    lines = result.stderr.splitlines()
    assert lines[0].startswith("zt: internal error: RuntimeError: simulated bug 7.")
    assert lines[1] == "Traceback (most recent call last):"
    assert lines[-1] == "RuntimeError: simulated bug 7"
    assert "hunter2" not in result.stderr
    assert app.pretty_exceptions_enable is False and app.pretty_exceptions_show_locals is False


@pytest.mark.parametrize("name", COMMANDS)
def test_ctrl_c_exits_130_quietly(name, monkeypatch):
    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(validate, "build_timeline", interrupted)
    result = run(name, *ok_args(name))
    assert result.exit_code == ExitCode.INTERRUPTED
    assert result.stdout == ""
    assert result.stderr == ""
