"""Text from a data file is never markup and never raw control characters, in any format.

tests/bad/hostile-markup.toml and hostile-controls.toml are valid timelines whose every text
field holds Rich markup, Markdown/CSV syntax, escape sequences (clear screen, window title,
hyperlink), BEL, C1 controls, NUL, DEL, bidi overrides and line separators."""

import json
import re
import tomllib
from pathlib import Path

import pytest

from clirun import run
from zt_timeline.render.safe import md_text

BAD = Path(__file__).parent / "bad"
MARKUP = BAD / "hostile-markup.toml"
CONTROLS = BAD / "hostile-controls.toml"
FORMATS = ("table", "tsv", "csv", "json", "md")
# What must never reach a terminal raw: C0 controls but tab and newline, DEL, C1 controls,
# bidi embeddings/overrides/isolates, and the line and paragraph separators.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
IDS = ("src-one", "hostile-actor", "hostile-org", "hostile-event", "hostile-quote", "hostile-figure")
COMMANDS = (
    ("timeline",), ("quote",), ("actors",), ("actor", "hostile-actor"), ("stats",), ("sources",),
    *(("show", record_id) for record_id in IDS),
    ("search", "hostile"), ("conflicts",), ("cite", "hostile-quote"),
)


def strings(value):
    """Every string in a parsed TOML or JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def assert_safe(result):
    assert result.exit_code == 0, result.stderr
    assert not UNSAFE.search(result.stdout), UNSAFE.findall(result.stdout)
    assert not UNSAFE.search(result.stderr), UNSAFE.findall(result.stderr)


@pytest.mark.parametrize("data", [MARKUP, CONTROLS], ids=["markup", "controls"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_no_control_character_reaches_the_terminal(command, fmt, data):
    result = run(*command, "--format", fmt, data=data, width=200)
    assert_safe(result)
    if fmt == "json":
        json.loads(result.stdout)


@pytest.mark.parametrize("command", [("validate",), ("chart",), ("cite", "hostile-event", "--style", "chicago"),
                                     ("cite", "src-one", "--style", "bibtex"),
                                     ("cite", "src-one", "--style", "csl-json")], ids=" ".join)
@pytest.mark.parametrize("data", [MARKUP, CONTROLS], ids=["markup", "controls"])
def test_commands_without_format_are_safe_too(command, data):
    assert_safe(run(*command, data=data, width=200))


@pytest.mark.parametrize("export", ["timelinejs", "ics", "markdown", "csv", "json"])
@pytest.mark.parametrize("data", [MARKUP, CONTROLS], ids=["markup", "controls"])
def test_exports_are_safe(export, data):
    assert_safe(run("export", export, data=data))


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "md"])
def test_markup_prints_literally(fmt):
    shown = "".join(run("show", record_id, "--format", fmt, data=MARKUP, width=200).stdout for record_id in IDS)
    for text in ("[bold red]x[/]", "[link=https://evil.example]click[/link]", ":warning: [/]", "[red]unclosed",
                 "<b>html</b> `code` *em*"):
        assert (md_text(text) if fmt == "md" else text) in shown  # Markdown shows escaped text as written


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "md"])
def test_controls_are_shown_as_escapes(fmt):
    result = run("show", "src-one", "--format", fmt, data=CONTROLS, width=200)
    for escape in (r"\x07", r"\x9b31m", r"\x85", r"\u202e", r"\x1b]8;;https://evil.example"):
        shown = md_text(escape) if fmt == "md" else escape.replace("\\", "\\\\") if fmt == "tsv" else escape
        assert shown in result.stdout


def test_json_keeps_every_hostile_string_exactly():
    """JSON escapes what a terminal would act on, and a JSON reader gets the very same text back."""
    expected = set(strings(tomllib.loads(CONTROLS.read_text())))
    found, written = set(), ""
    for command in (("timeline",), ("quote",), ("actors",), ("stats",), ("sources",)):
        result = run(*command, "--format", "json", data=CONTROLS)
        written += result.stdout
        found |= set(strings(json.loads(result.stdout)))
    for escape in ("\\u001b", "\\u0007", "\\u009b", "\\u0085", "\\u202e", "\\u2066", "\\u0000", "\\u007f",
                   "\\u2028"):
        assert escape in written
    missing = {text for text in expected - found if UNSAFE.search(text)}
    assert "\u202eright-to-left override\u202c" in found
    assert missing <= {"\x1b[2J\x1b[Hcleared", "\x1b]0;owned title\x07"}  # the [timeline] title and description


def test_data_values_in_messages_are_escaped(tmp_path):
    """Error messages quote values from the file: those cannot carry controls to the terminal either."""
    path = tmp_path / "evil.toml"
    path.write_text(CONTROLS.read_text() + '\n"\\u001b]0;key\\u0007\\nnext" = 1\n')
    result = run("validate", str(path), data=None)
    assert result.exit_code == 0
    assert not UNSAFE.search(result.stderr)
    assert len(result.stderr.splitlines()) == 1  # a newline in a key does not start a second line
    lookup = run("actor", "hostile", data=CONTROLS)  # both actors match: their names are listed
    assert lookup.exit_code == 1
    assert not UNSAFE.search(lookup.stderr)
    assert r"\u2066isolate\u2069" in lookup.stderr
