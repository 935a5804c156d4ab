"""Broken data files: each gets exit 1 and one line per problem naming the file, the line, the
record and the field, with the bad value and what was expected. One small file per problem
lives in tests/bad/; the hostile-text files there are valid and tested in test_hostile_text.py."""

from pathlib import Path

import pytest

from clirun import run
from zt_timeline.errors import DataError
from zt_timeline.loading.load import load_timeline
from zt_timeline.loading.problems import ProblemCode

BAD = Path(__file__).parent / "bad"

# The first problem line for each file, after "zt: <path>".
FIRST_LINE = {
    "empty.toml": ": the file is empty: a timeline needs at least one [[events]] table",
    "comments-only.toml": ": the file is empty: a timeline needs at least one [[events]] table",
    "no-events.toml": ": field 'events': no events: a timeline needs at least one [[events]] table",
    "not-utf8.toml": ":10: is not UTF-8 text: byte 117 (b'\\xe9') cannot be read; expected UTF-8 (save the file as "
                     "UTF-8)",
    "utf16.toml": ": is not UTF-8 text: it starts like UTF-16; expected UTF-8 (save the file as UTF-8)",
    "syntax-error.toml": ":7: TOML syntax error at column 9: Expected ']]' at the end of an array declaration, "
                         "in '[[events]'",
    "unterminated-string.toml": ":8: TOML syntax error at column 8: Illegal character '\\n', in 'id = \"e'",
    "too-deep.toml": ": TOML nesting is too deep to read: expected arrays and tables nested a few levels at most",
    "huge-integer.toml": ":17: TOML integer too long to read (thousands of digits): expected a 64-bit integer",
    "top-level-wrong-type.toml": ": field 'events': 'none' is not an array of tables: expected [[events]]",
    "timeline-not-a-table.toml": ": field 'timeline': 5 is not a table: expected [timeline]",
    "record-not-a-table.toml": ": events[0]: 1 is not a table: expected [[events]]",
    "missing-field.toml": ":7: event 'e': field 'title': is missing (required): expected a string",
    "missing-id.toml": ":7: events[0]: field 'id': is missing (required): expected a lowercase slug (a-z, 0-9, "
                       "hyphens)",
    "bad-id.toml": ":7: events[0]: field 'id': 'Bad Id' is not a lowercase slug (a-z, 0-9, hyphens)",
    "wrong-type.toml": ":10: event 'e': field 'title': 5 is not a string",
    "wrong-type-list.toml": ":11: event 'e': field 'sources': 's' is not a list of source ids (or { id, excerpt, "
                            "locator } tables)",
    "empty-title.toml": ":10: event 'e': field 'title': '   ' is empty: expected some text",
    "impossible-date-feb-30.toml": ":9: event 'e': field 'date': '2018-02-30' is not a real date: day 30 is not in "
                                   "Feb 2018 (1-28)",
    "impossible-date-13-45.toml": ":9: event 'e': field 'date': '2018-13-45' is not a real date: month 13 is not "
                                  "1-12",
    "not-a-date.toml": ":9: event 'e': field 'date': 'soon' is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, "
                       "optionally with ?, ~ or %)",
    "date-as-integer.toml": ":9: event 'e': field 'date': 2018 is not a date: expected a quoted string such as "
                            "\"2018\" (YYYY, YYYY-MM or YYYY-MM-DD, optionally with ?, ~ or %)",
    "date-with-time.toml": ":9: event 'e': field 'date': '2018-04-06T10:00:00' has a time of day (expected YYYY, "
                           "YYYY-MM or YYYY-MM-DD, optionally with ?, ~ or %)",
    "end-before-date.toml": ":12: event 'e': field 'end': 2018-04 is before 'date' 2018-05: expected 'date' or later",
    "until-before-from.toml": ":17: actor 'a' roles[0]: field 'until': 2018 is before 'from' 2019: expected 'from' "
                              "or later",
    "duplicate-id.toml": ":14: event 'e': field 'id': duplicate id 'e': event 'e' (line 7) has it; expected an id "
                         "used once in the file",
    "duplicate-id-across-kinds.toml": ":8: event 's': field 'id': duplicate id 's': source 's' (line 1) has it; "
                                      "expected an id used once in the file",
    "unknown-actor.toml": ":12: event 'e': field 'actors': unknown actor 'nobody': expected the id of one of the "
                          "file's [[actors]]",
    "unknown-speaker.toml": ":15: quote 'q': field 'speaker': unknown actor 'nobody': expected the id of one of the "
                            "file's [[actors]]",
    "unknown-source.toml": ":11: event 'e': field 'sources': unknown source 'nowhere': expected the id of one of the "
                           "file's [[sources]]",
    "unknown-event.toml": ":24: quote 'q': field 'event': unknown event 'no-such-event': expected the id of one of "
                          "the file's [[events]]",
    "unknown-org.toml": ":17: actor 'a' roles[0]: field 'org': unknown actor 'no-such-org': expected the id of one "
                        "of the file's [[actors]]",
    "unknown-actor-kind.toml": ":16: actor 'a': field 'kind': 'robot' is not one of: person, organization",
    "unknown-source-kind.toml": ":6: source 's': field 'kind': 'rumour' is not one of: news, report, court-filing, "
                                "court-order, statement, press-release, government-record, legal-news, advocacy, "
                                "blog, web",
    "unknown-quote-form.toml": ":24: quote 'q': field 'form': 'sung' is not one of: spoken, written, notes, "
                               "paraphrase",
    "figure-not-a-number.toml": ":16: figure 'f': field 'value': 'many' is not a number",
    "figure-nan.toml": ":16: figure 'f': field 'value': nan is not a finite number",
    "figure-beyond-64-bits.toml": ":16: figure 'f': field 'value': 9223372036854775808 is not a number in TOML's "
                                  "64-bit integer range",
    "bad-tag.toml": ":12: event 'e': field 'tags': 'Bad Tag' is not a lowercase slug (letters, digits, hyphens)",
    "variant-missing-sources.toml": ":12: event 'e' variants[0]: field 'sources': is missing (required): expected a "
                                    "list of source ids (or { id, excerpt, locator } tables)",
    "variant-not-a-table.toml": ":12: event 'e': field 'variants[0]': '2017' is not a table ({ key = value, ... })",
    "actor-without-source.toml": ":13: actor 'a': field 'sources': is missing: cite a source for the actor or for one "
                                 "of its roles",
    "control-characters-in-value.toml": ":9: event 'e': field 'date': '\\x1b]0;owned\\x07\\x1b[2J' is not a date "
                                        "(expected YYYY, YYYY-MM or YYYY-MM-DD, optionally with ?, ~ or %)",
}
BAD_FILES = sorted(path.name for path in BAD.glob("*.toml") if not path.name.startswith("hostile-"))


def test_every_bad_file_has_an_expectation():
    assert sorted(FIRST_LINE) == BAD_FILES


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_file_exits_1_with_one_line_naming_the_problem(name):
    path = BAD / name
    result = run("validate", str(path), data=None)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"zt: {path}{FIRST_LINE[name]}", f"zt: {path}: 1 problem; the file was "
                                                                            "not used"]


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_file_stops_every_data_command(name):
    """Not only validate: a command that reads the file reports the same problem, and prints nothing."""
    path = BAD / name
    for command in ("timeline", "stats"):
        result = run(command, "--format", "json", data=path)
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr.splitlines()[0] == f"zt: {path}{FIRST_LINE[name]}"


def test_core_error_carries_the_same_problem():
    with pytest.raises(DataError) as caught:
        load_timeline(BAD / "unknown-speaker.toml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.record, problem.field) == (15, "quote 'q'", "speaker")  # the speaker's line


# What kind of problem the first one is, for code that sorts or places problems without
# reading their messages.
FIRST_CODE = {
    "missing-field.toml": ProblemCode.MISSING,
    "missing-id.toml": ProblemCode.MISSING,
    "no-events.toml": ProblemCode.EMPTY,
    "empty-title.toml": ProblemCode.EMPTY,
    "wrong-type.toml": ProblemCode.BAD_TYPE,
    "record-not-a-table.toml": ProblemCode.BAD_TYPE,
    "bad-id.toml": ProblemCode.BAD_VALUE,
    "not-a-date.toml": ProblemCode.BAD_VALUE,
    "end-before-date.toml": ProblemCode.BAD_VALUE,
    "unknown-actor-kind.toml": ProblemCode.BAD_VALUE,
    "duplicate-id.toml": ProblemCode.DUPLICATE_ID,
    "unknown-speaker.toml": ProblemCode.UNKNOWN_REFERENCE,
    "syntax-error.toml": ProblemCode.UNREADABLE,
    "not-utf8.toml": ProblemCode.UNREADABLE,
}


@pytest.mark.parametrize("name", sorted(FIRST_CODE))
def test_each_problem_carries_its_code(name):
    with pytest.raises(DataError) as caught:
        load_timeline(BAD / name)
    assert caught.value.problems[0].code is FIRST_CODE[name]


def test_missing_file(tmp_path):
    missing = tmp_path / "nope.toml"
    result = run("timeline", data=missing)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"zt: {missing}: no such file: expected a timeline TOML file",
                                          f"zt: {missing}: 1 problem; the file was not used"]


def test_directory():
    result = run("validate", str(BAD), data=None)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"zt: {BAD}: is a directory: expected a timeline TOML file"


def test_unreadable_file(tmp_path, monkeypatch):
    locked = tmp_path / "locked.toml"
    locked.write_text("")
    locked.chmod(0)
    real_open = Path.open

    def deny(self, *args, **kwargs):
        # Tests may run as root, whom chmod does not stop: refuse the way the OS would.
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", deny)
    result = run("sources", data=locked)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (f"zt: {locked}: cannot be read (permission denied): expected a "
                                             "readable file")


def test_every_problem_in_one_run_in_file_order(tmp_path):
    """Arrays written in turn (sources, events, sources, events): problems follow the lines."""
    text = (
        '[[sources]]\nid = "s"\ntitle = "T"\npublisher = "P"\ndate = "2020-02-30"\n'  # line 1
        '[[events]]\nid = "a"\ndate = "2018"\ntitle = "A"\nsources = ["nope"]\n'  # line 6
        '[[sources]]\nid = "t"\ntitle = 5\npublisher = "P"\ndate = "2020"\n'  # line 11
        '[[events]]\nid = "b"\ndate = "2018"\ntitle = "B"\nsources = ["s"]\nsumary = "typo"\n'  # line 16
        '[[events]]\nid = "a"\ndate = "2019"\ntitle = "A again"\nsources = ["t"]\nend = "2017"\n'  # line 22
    )
    path = tmp_path / "several.toml"
    path.write_text(text)
    result = run("validate", str(path), data=None)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"zt: {path}:5: source 's': field 'date': '2020-02-30' is not a real date: day 30 is not in Feb 2020 (1-29)",
        f"zt: {path}:10: event 'a': field 'sources': unknown source 'nope': expected the id of one of the file's "
        "[[sources]]",
        f"zt: {path}:13: source 't': field 'title': 5 is not a string",
        f"zt: {path}:23: event 'a': field 'id': duplicate id 'a': event 'a' (line 6) has it; expected an id used "
        "once in the file",
        f"zt: {path}:27: event 'a': field 'end': 2017 is before 'date' 2019: expected 'date' or later",
        f"zt: {path}:21: event 'b': field 'sumary': warning: unknown field, ignored (value 'typo'): did you mean "
        "'summary'?",
        f"zt: {path}: 5 problems; the file was not used",
    ]


def test_unknown_fields_warn_and_the_file_is_used(tmp_path):
    path = tmp_path / "typos.toml"
    path.write_text('[[sources]]\nid = "s"\ntitle = "T"\npublisher = "P"\ndate = "2020"\n'
                    '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\nsumary = "S"\n'
                    '[[event]]\nid = "x"\n')
    result = run("validate", str(path), data=None)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        f"zt: {path}: field 'event': warning: unknown top-level key, ignored (value [{{'id': 'x'}}]): did you mean "
        "'events'?",
        f"zt: {path}:11: event 'e': field 'sumary': warning: unknown field, ignored (value 'S'): did you mean "
        "'summary'?",
    ]
    assert result.stdout == f"{path}: ok: 1 source, 0 actors, 1 event, 0 quotes, 0 figures (2 warnings)\n"
