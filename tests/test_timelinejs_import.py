"""zt import timelinejs: the template CSV and the JSON format, made into zt timelines that
validate; unrepresentable dates reported by row or slide; and zt's own export back again."""

from __future__ import annotations

import json
import tomllib

import pytest

from clirun import run
from conftest import BUNDLED, FIXTURES, MINI
from zt_timeline.errors import DataError
from zt_timeline.interchange.html_text import html_to_text
from zt_timeline.interchange.timelinejs_import import import_timelinejs
from zt_timeline.interchange.toml_writer import toml_text
from zt_timeline.loading.load import load_timeline
from zt_timeline.render.exports.timelinejs import timelinejs_document
from zt_timeline.render.safe import json_document

TIMELINEJS = FIXTURES / "timelinejs"
TEMPLATE = TIMELINEJS / "template.csv"
SAMPLE = TIMELINEJS / "sample.json"


def imported(path):
    result = import_timelinejs(path.read_bytes(), str(path))
    return result, tomllib.loads(result.text)


def events_by_id(document):
    return {event["id"]: event for event in document["events"]}


def test_the_template_csv_becomes_a_timeline():
    result, document = imported(TEMPLATE)
    assert (result.events, result.eras, result.warnings) == (5, 1, ())
    assert document["timeline"] == {
        "title": "The Harbour Bridge",
        "description": "An invented timeline in the shape of the TimelineJS template: test data, not facts."}
    events = events_by_id(document)
    assert [(e["date"], e.get("end")) for e in document["events"]] == [
        ("1888", None), ("1890-03", "1891-11"), ("1894-06-14", None), ("1899~", None),
        ("1901-05-01", "1901-05-03"), ("1890", "1901")]
    proposed = events["a-bridge-is-proposed"]
    assert proposed["summary"] == ("The council hears a proposal for a bridge across the harbour.\n\n"
                                   "See the minutes (https://example.org/minutes) & the plans.")
    assert proposed["tags"] == ["planning"]
    assert proposed["sources"] == [{"id": "timelinejs-template", "locator": "row 3"}]
    stone = events["work-begins-the-first-stone"]
    assert stone["title"] == 'Work begins: the "first stone"'
    assert stone["summary"] == "- Stone laid\n- Speeches"
    assert stone["note"] == "Time in the file: 10:30 AM (zt dates have no time of day)."
    assert events["surveys"]["note"].splitlines() == [
        "Media: https://example.org/survey.png", "Media credit: Survey Office", "Media caption: Survey map",
        "Media thumbnail: https://example.org/survey-thumb.png"]  # a background colour is not kept
    assert events["era-the-building-years"]["tags"] == ["era"]
    [source] = document["sources"]
    assert source["title"] == "The Harbour Bridge" and source["publisher"] == "Not stated in the file"
    assert "Media credited in the slides: Survey Office; The Gazette (https://example.org/gazette); Town Archive" \
        in source["note"]
    assert "Title slide: Background image: https://example.org/bridge-wide.jpg" in source["note"]


def test_the_json_format_becomes_a_timeline():
    result, document = imported(SAMPLE)
    assert (result.events, result.eras) == (4, 2)
    events = events_by_id(document)
    assert list(events) == ["light-lit", "a-new-lens-the-fresnel", "the-christmas-storm", "the-light-is-lit",
                            "era-oil-lamps", "era-kerosene"]
    assert events["light-lit"]["date"] == "1850~"  # "c. 1850": approximate
    assert events["the-light-is-lit"]["date"] == "1880-06-02?"  # "2 Jun 1880?": uncertain
    assert events["a-new-lens-the-fresnel"]["title"] == "A new lens — the Fresnel"
    storm = events["the-christmas-storm"]
    assert storm["summary"] == "The keeper logs the storm."  # the script is dropped
    assert storm["note"] == ("Shown in the file as 'Christmas Eve 1875'.\n"
                             "Time in the file: 23:05 (zt dates have no time of day).")
    assert document["sources"][0]["note"].startswith(
        "The TimelineJS JSON file sample.json (4 event slides and 2 eras), imported by zt ")


@pytest.mark.parametrize("path", [TEMPLATE, SAMPLE], ids=["csv", "json"])
def test_the_written_file_validates(path, tmp_path):
    out = tmp_path / "imported.toml"
    result = run("import", "timelinejs", str(path), "-o", str(out), data=None)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith("zt: imported ") and result.stderr.endswith(f" from {path} to {out}\n")
    checked = run("validate", str(out), data=None)
    assert checked.exit_code == 0 and checked.stderr == "", checked.stderr


@pytest.mark.parametrize(("name", "expected"), [
    ("unrepresentable.csv", [
        "row 2: field 'Year': year -500 cannot be a zt date (a year BCE): zt dates run from year 1 to 9999",
        "row 3: field 'Month': month 13 is not 1-12: expected a real date",
        "row 4: field 'Year': year 12000 cannot be a zt date (more than four digits): zt dates run from year 1 "
        "to 9999",
        "row 5: field 'Day': day 30 is not in Feb 1890 (1-28): expected a real date",
        "row 6: field 'End Year': 1890 is before the start 1895: expected the start or later"]),
    ("unrepresentable.json", [
        "events[0]: field 'start_date.year': year -13800000000 cannot be a zt date (a year BCE): zt dates run "
        "from year 1 to 9999",
        "events[2]: field 'start_date.year': year 10000 cannot be a zt date (more than four digits): zt dates "
        "run from year 1 to 9999"]),
])
def test_dates_zt_cannot_write_are_reported_and_nothing_is_written(name, expected, tmp_path):
    path, out = TIMELINEJS / name, tmp_path / "out.toml"
    result = run("import", "timelinejs", str(path), "-o", str(out), data=None)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        *(f"zt: {path}: {line}" for line in expected),
        f"zt: {path}: {len(expected)} problem{'s' if len(expected) > 1 else ''}; the file was not used"]
    assert result.stdout == "" and not out.exists()


def test_an_existing_output_is_refused_unless_forced(tmp_path):
    out = tmp_path / "out.toml"
    out.write_text("keep me", encoding="utf-8")
    refused = run("import", "timelinejs", str(TEMPLATE), "-o", str(out), data=None)
    assert refused.exit_code == 1
    assert refused.stderr == f"zt: error: will not write {out}: it exists (--force replaces it)\n"
    assert out.read_text(encoding="utf-8") == "keep me"
    forced = run("import", "timelinejs", str(TEMPLATE), "-o", str(out), "--force", data=None)
    assert forced.exit_code == 0 and out.read_text(encoding="utf-8").startswith("# Imported by")


def test_the_file_being_read_is_never_written(tmp_path):
    source = tmp_path / "sheet.csv"
    source.write_bytes(TEMPLATE.read_bytes())
    result = run("import", "timelinejs", str(source), "-o", str(source), "--force", data=None)
    assert result.exit_code == 1 and "it is the data file being read" in result.stderr
    assert source.read_bytes() == TEMPLATE.read_bytes()


def test_other_files_are_not_timelinejs(tmp_path):
    for path, message in ((MINI, "is not a TimelineJS file"), (tmp_path / "broken.json", "is not valid JSON")):
        if path.suffix == ".json":
            path.write_text('{"events": [\n  {"start_date": }\n]}', encoding="utf-8")
        result = run("import", "timelinejs", str(path), data=None)
        assert result.exit_code == 1
        assert message in result.stderr.splitlines()[0]
    assert result.stderr.startswith(f"zt: {tmp_path / 'broken.json'}:2: is not valid JSON")
    nothing = tmp_path / "header-only.csv"
    nothing.write_text(TEMPLATE.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    assert "has no slides" in run("import", "timelinejs", str(nothing), data=None).stderr


def test_columns_outside_the_template_are_warned_about(tmp_path):
    sheet = tmp_path / "extra.csv"
    lines = TEMPLATE.read_text(encoding="utf-8").splitlines()
    sheet.write_text("\n".join([lines[0] + ",Notes", *lines[1:]]) + "\n", encoding="utf-8")
    result = run("import", "timelinejs", str(sheet), data=None)
    assert result.exit_code == 0
    assert result.stderr == (f"zt: {sheet}: field 'Notes': warning: is not a column of the TimelineJS "
                             "template: ignored\n")


def test_a_json_file_without_a_json_name_is_read_as_json(tmp_path):
    piped = tmp_path / "stdin"
    piped.write_bytes(SAMPLE.read_bytes())
    result = run("import", "timelinejs", str(piped), data=None)
    assert result.exit_code == 0 and 'id = "light-lit"' in result.stdout


# zt export timelinejs, then zt import timelinejs: every event, date and precision kept.


@pytest.mark.parametrize("data", [BUNDLED, MINI, FIXTURES / "facts.toml", FIXTURES / "evidence.toml",
                                  FIXTURES / "layer.toml"], ids=lambda path: path.stem)
def test_export_then_import_keeps_every_event_date_and_precision(data, tmp_path):
    timeline = load_timeline([MINI, data] if data.stem == "layer" else data)
    exported = tmp_path / "timeline.json"
    exported.write_text(json_document(timelinejs_document(timeline, timeline.events)), encoding="utf-8")
    document = tomllib.loads(import_timelinejs(exported.read_bytes(), str(exported)).text)
    back = events_by_id(document)
    for event in timeline.events:
        again = back.pop(event.id)
        assert (again["date"], again.get("end"), again["title"]) == (
            event.date.iso(), event.end.iso() if event.end and event.end != event.date else None, event.title)
        assert again.get("tags", []) == []  # the export sets no group, the one field TimelineJS has for a tag
    assert all(event["tags"] == ["era"] for event in back.values())  # all that is left: the eras


def test_the_round_trip_through_the_command_line(tmp_path):
    exported, out = tmp_path / "zt.json", tmp_path / "back.toml"
    assert run("export", "timelinejs", "-o", str(exported)).exit_code == 0
    assert run("import", "timelinejs", str(exported), "-o", str(out), data=None).exit_code == 0
    assert run("validate", str(out), data=None).exit_code == 0
    ours = json.loads(run("timeline", "--format", "json").stdout)
    theirs = {event["id"]: event for event in json.loads(run("timeline", "--format", "json", data=out).stdout)}
    assert [(e["date"], e["end"]) for e in ours] == [(theirs[e["id"]]["date"], theirs[e["id"]]["end"]) for e in ours]


def test_html_becomes_the_text_a_reader_sees():
    assert html_to_text("<p>One &amp; two</p><p>Three<br>four</p>") == "One & two\n\nThree\nfour"
    assert html_to_text('<a href="https://example.org/x">the ruling</a>') == "the ruling (https://example.org/x)"
    assert html_to_text('<a href="https://example.org/x">https://example.org/x</a>') == "https://example.org/x"
    assert html_to_text('<a href="javascript:alert(1)">click</a>') == "click"
    assert html_to_text("<ol><li>a</li><li>b</li></ol><style>p {}</style>x") == "- a\n- b\nx"
    assert html_to_text("  spread \n over   lines ") == "spread over lines"


def test_the_toml_writer_keeps_any_text_one_exact_value():
    hostile = 'quote " back\\slash \x1b[2J bell\x07 del\x7f """ end'
    document = {"timeline": {"title": hostile}, "events": [{"id": "e", "summary": hostile + "\nline two"}]}
    assert tomllib.loads(toml_text(document)) == document


def test_the_importer_raises_data_error_with_every_problem():
    with pytest.raises(DataError) as caught:
        import_timelinejs((TIMELINEJS / "unrepresentable.csv").read_bytes(), "sheet.csv")
    assert [problem.record for problem in caught.value.problems] == ["row 2", "row 3", "row 4", "row 5", "row 6"]
