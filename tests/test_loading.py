import pytest

from zt_timeline.errors import DataError
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import PartialDate
from zt_timeline.model.enums import QuoteForm, RecordType

SOURCE = '[[sources]]\nid = "s"\ntitle = "T"\npublisher = "P"\ndate = "2020"\n'
EVENT = '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\n'


def problems(write_toml, text):
    with pytest.raises(DataError) as caught:
        load_timeline(write_toml(text))
    return [str(problem) for problem in caught.value.problems]


def test_mini_loads_every_record(mini):
    counts = mini.counts()
    assert counts == {RecordType.SOURCE: 2, RecordType.ACTOR: 3, RecordType.EVENT: 5,
                      RecordType.QUOTE: 2, RecordType.FIGURE: 2}
    assert mini.title == "Mini timeline"
    assert mini.warnings == ()


def test_events_are_sorted_and_keep_precision(mini):
    assert [event.id for event in mini.events] == [
        "ann-sworn-in", "pilot", "year-review", "policy-announced", "report-out"]
    pilot = mini.get("pilot")
    assert pilot.date == PartialDate(2017, 7)
    assert pilot.end == PartialDate(2017, 11)
    assert mini.get("policy-announced").date == PartialDate(2018, 4, 6)  # a TOML date


def test_model_is_frozen(mini):
    with pytest.raises(AttributeError):
        mini.events[0].title = "changed"
    assert isinstance(mini.events, tuple)


def test_quote_fields(mini):
    notes = mini.get("ann-notes")
    assert notes.form is QuoteForm.NOTES
    assert notes.via == ("staff notes", "report-b", "paper-a")
    assert mini.get("bob-regret").variants[0].context == "told the Inspector"


def test_valid_minimal_file(write_toml):
    timeline = load_timeline(write_toml(SOURCE + EVENT))
    assert len(timeline.events) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (SOURCE + '[[events]]\nid = "e"\ntitle = "E"\nsources = ["s"]\n', "event 'e': field 'date': is missing"),
        (SOURCE + '[[events]]\nid = "e"\ndate = "2018-02-30"\ntitle = "E"\nsources = ["s"]\n',
         "event 'e': field 'date': '2018-02-30' is not a real date"),
        (SOURCE + '[[events]]\nid = "e"\ndate = "2018-13-45"\ntitle = "E"\nsources = ["s"]\n',
         "event 'e': field 'date': '2018-13-45' is not a real date"),
        (SOURCE + '[[events]]\nid = "e"\ndate = "2018-05"\nend = "2018-04"\ntitle = "E"\nsources = ["s"]\n',
         "event 'e': field 'end': 2018-04 is before 'date' 2018-05"),
        (SOURCE + EVENT + EVENT.replace('title = "E"', 'title = "F"'), "event 'e': field 'id': duplicate id"),
        (SOURCE + '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["nope"]\n',
         "event 'e': field 'sources': unknown source 'nope'"),
        (SOURCE + '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\nactors = ["x"]\n',
         "event 'e': field 'actors': unknown actor 'x'"),
        (SOURCE + EVENT + '[[quotes]]\nid = "q"\nspeaker = "nobody"\ntext = "t"\nsources = ["s"]\n',
         "quote 'q': field 'speaker': unknown actor 'nobody'"),
        (SOURCE + EVENT + '[[figures]]\nid = "f"\nlabel = "l"\nvalue = 1\nsources = ["s"]\nevent = "zz"\n',
         "figure 'f': field 'event': unknown event 'zz'"),
        (SOURCE + EVENT + '[[figures]]\nid = "f"\nlabel = "l"\nvalue = "many"\nsources = ["s"]\n',
         "figure 'f': field 'value': 'many' is not a number"),
        (SOURCE + EVENT + '[[actors]]\nid = "a"\nname = "A"\nkind = "robot"\nsources = ["s"]\n',
         "actor 'a': field 'kind': 'robot' is not one of: person, organization"),
        (SOURCE + EVENT + '[[actors]]\nid = "a"\nname = "A"\nkind = "person"\n',
         "actor 'a': field 'sources': is missing"),
        (SOURCE + '[[events]]\nid = "Bad Id"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\n',
         "events[0]: field 'id': 'Bad Id' is not a lowercase slug"),
        (SOURCE + '[[events]]\ndate = "2018"\ntitle = "E"\nsources = ["s"]\n', "events[0]: field 'id': is missing"),
        (SOURCE + '[[events]]\nid = "e"\ndate = "2018"\ntitle = 5\nsources = ["s"]\n',
         "event 'e': field 'title': 5 is not a string"),
        (SOURCE + '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = []\n',
         "event 'e': field 'sources': is empty"),
        ('events = "none"\n' + SOURCE, "field 'events': 'none' is not an array of tables"),
        (SOURCE, "field 'events': no events"),
        ("", "the file is empty"),
    ],
)
def test_each_problem_names_record_and_field(write_toml, text, expected):
    found = problems(write_toml, text)
    assert any(expected in line for line in found), found


def test_every_problem_is_reported_at_once_in_file_order(write_toml):
    text = SOURCE + (
        '[[events]]\nid = "a"\ndate = "2018-02-30"\ntitle = "A"\nsources = ["s"]\n'
        '[[events]]\nid = "b"\ndate = "2018"\ntitle = "B"\nsources = ["nope"]\n'
        '[[events]]\nid = "c"\ndate = "2018"\nsources = ["s"]\n'
    )
    path = write_toml(text)
    with pytest.raises(DataError) as caught:
        load_timeline(path)
    found = [str(problem) for problem in caught.value.problems]
    assert len(found) == 3
    assert "event 'a'" in found[0] and "event 'b'" in found[1] and "event 'c'" in found[2]
    # The line of each bad field; for the missing title, the line of the record that lacks it.
    assert [line.split(": ", 1)[0] for line in found] == [f"{path}:8", f"{path}:15", f"{path}:16"]


def test_unknown_fields_warn_but_load(write_toml):
    timeline = load_timeline(write_toml(SOURCE + EVENT + 'sumary = "typo"\n'))
    assert [str(w).split(": ", 1)[1] for w in timeline.warnings] == [
        "event 'e': field 'sumary': warning: unknown field, ignored (value 'typo'): did you mean 'summary'?"]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"\xff\xfe not utf-8", "is not UTF-8"),
        (b'[[events]\nid = "x"', "TOML syntax error"),
        (b"a = " + b"[" * 2000 + b"]" * 2000, ""),
    ],
)
def test_unreadable_files(tmp_path, content, expected):
    path = tmp_path / "bad.toml"
    path.write_bytes(content)
    with pytest.raises(DataError) as caught:
        load_timeline(path)
    assert expected in str(caught.value.problems[0])
    assert str(path) in str(caught.value.problems[0])


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(DataError, match="1 problem"):
        load_timeline(tmp_path / "nope.toml")
    with pytest.raises(DataError) as caught:
        load_timeline(tmp_path)
    assert "is a directory" in str(caught.value.problems[0])


def test_inline_arrays_have_no_line_numbers(write_toml):
    text = 'events = [{ id = "e", date = "2018-02-30", title = "E", sources = ["s"] }]\n' + SOURCE
    assert problems(write_toml, text) == [
        f"{write_toml(text)}: event 'e': field 'date': '2018-02-30' is not a real date: day 30 is not in Feb 2018 "
        "(1-28)"]


def test_a_header_inside_a_string_does_not_misplace_lines(write_toml):
    # The summary's second line looks like a header: there are more "headers" than events, so
    # zt gives no line rather than a wrong one.
    text = SOURCE + EVENT + 'summary = """\n[[events]]\n"""\n' + EVENT.replace('"e"', '"f"').replace('"s"', '"x"')
    (found,) = problems(write_toml, text)
    assert found.split(": ", 1)[1].startswith("event 'f': field 'sources': unknown source 'x'")
    assert found.startswith(f"{write_toml(text)}: ")


def test_header_lines():
    from zt_timeline.loading.read import header_lines

    assert header_lines('[[a]]\nx = 1\n  [[ b ]]\n[[a.c]]\n[[a]] # note\n') == {"a": [1, 5], "b": [3]}


def test_unknown_reference_suggests_the_closest_id(write_toml):
    found = problems(write_toml, SOURCE + EVENT + '[[actors]]\nid = "sessions"\nname = "S"\nkind = "person"\n'
                     'sources = ["s"]\n[[quotes]]\nid = "q"\nspeaker = "sesions"\ntext = "t"\nsources = ["s"]\n')
    assert found[0].endswith("unknown actor 'sesions': expected the id of one of the file's [[actors]] "
                             "(did you mean 'sessions'?)")


def test_the_first_reading_stops_at_the_first_problem_or_warning():
    # load.validated reads a file without its lines first, and again with them only when this
    # stops: a file with problems is validated in full once.
    import tomllib

    from zt_timeline.loading.problems import FirstProblem
    from zt_timeline.loading.validate import build_timeline

    good = tomllib.loads(SOURCE + EVENT)
    assert build_timeline(good, "t.toml", stop_at_first=True).events[0].id == "e"
    for text in (SOURCE + EVENT.replace('"2018"', '"soon"'), SOURCE + EVENT + "colour = 1\n"):
        with pytest.raises(FirstProblem):
            build_timeline(tomllib.loads(text), "t.toml", stop_at_first=True)
