"""`zt export ics` read back by two calendar parsers: Python's icalendar and ical.js (the
parser of Thunderbird's calendar), run with node from tests/clients/node_modules.

Before: both read the calendar's name back as "Zero tolerance and family separations\\,
2017-2021", with the backslash; and an event known only to a month or year was a bar over
the whole month or year whose title did not say so (three on every day of April 2018).
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
from icalendar import Calendar

from clients import NODE, needs_node, npm_package
from clirun import run
from conftest import BUNDLED

# Every calendar's name, description and entries as ical.js reads them, as JSON.
READ_WITH_ICAL_JS = """
import fs from "fs";
const ICAL = (await import(process.argv[2])).default;
const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(process.argv[3], "utf8")));
const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {uid: event.uid, summary: event.summary, start: event.startDate.toString(),
            end: event.endDate.toString()};
});
console.log(JSON.stringify({name: calendar.getFirstPropertyValue("x-wr-calname"),
                            description: calendar.getFirstPropertyValue("x-wr-caldesc"), events}));
"""

AWKWARD_TITLE = 'Zero tolerance, 2017-2021; a "calendar" \\ with: every; mark,'


def _ics(tmp_path, data=BUNDLED):
    target = tmp_path / "timeline.ics"
    result = run("export", "ics", "-o", str(target), data=data)
    assert result.exit_code == 0, result.stderr
    return target


def _ical_js(path) -> dict:
    script = path.with_name("read.mjs")
    script.write_text(READ_WITH_ICAL_JS, encoding="utf-8")
    library = npm_package("ical.js") / "dist" / "ical.js"
    done = subprocess.run([NODE, str(script), library.as_uri(), str(path)], capture_output=True, text=True,
                          check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture
def awkward(tmp_path, write_toml):
    """The bundled data under a title and description with every character TEXT would escape."""
    text = BUNDLED.read_text(encoding="utf-8")
    head, rest = text.split("\n[[", 1)
    lines = [line for line in head.splitlines() if not line.startswith(("title", "description"))]
    at = lines.index("[timeline]") + 1
    lines[at:at] = [f"title = {json.dumps(AWKWARD_TITLE)}", 'description = "One; two, three \\\\ four."']
    return write_toml("\n".join(lines) + "\n[[" + rest, "awkward.toml")


def test_icalendar_reads_the_calendars_name_as_written(tmp_path, awkward, bundled):
    calendar = Calendar.from_ical(_ics(tmp_path).read_text(encoding="utf-8"))
    assert str(calendar["X-WR-CALNAME"]) == bundled.title
    assert str(calendar["X-WR-CALDESC"]) == " ".join(bundled.description.split())
    calendar = Calendar.from_ical(_ics(tmp_path, awkward).read_text(encoding="utf-8"))
    assert (str(calendar["X-WR-CALNAME"]), str(calendar["X-WR-CALDESC"])) == (AWKWARD_TITLE,
                                                                              "One; two, three \\ four.")


@needs_node
def test_ical_js_reads_the_calendars_name_as_written(tmp_path, awkward, bundled):
    read = _ical_js(_ics(tmp_path))
    assert read["name"] == bundled.title
    assert read["description"] == " ".join(bundled.description.split())
    assert len(read["events"]) == len(bundled.events)
    read = _ical_js(_ics(tmp_path, awkward))
    assert (read["name"], read["description"]) == (AWKWARD_TITLE, "One; two, three \\ four.")


@needs_node
def test_ical_js_shows_a_vague_date_as_one_day_titled_with_its_precision(tmp_path, bundled):
    """A date known only to the month or year: one entry on its first day, the title saying
    "[Apr 2018, day unknown]"; a span of months covers them, titled with the span."""
    events = {event["uid"].split("@")[0]: event for event in _ical_js(_ics(tmp_path))["events"]}
    vague = [event for event in bundled.events if event.end is None and event.date.day is None]
    assert len(vague) > 5
    for event in vague:
        shown = events[event.id]
        missing = "day" if event.date.month else "month"
        assert shown["summary"] == f"[{event.date.display()}, {missing} unknown] {event.title}"
        start = dt.date.fromisoformat(shown["start"])
        assert start == event.date.first_day
        assert dt.date.fromisoformat(shown["end"]) == start + dt.timedelta(days=1)  # one day, end exclusive
    april = [event for event in events.values() if event["start"] <= "2018-04-15" < event["end"]]
    assert all(event["summary"].startswith("[") for event in april if event["end"] > "2018-04-16"), april
    spans = [event for event in bundled.events if event.end and event.end != event.date and event.end.day is None]
    assert spans
    for event in spans:
        shown = events[event.id]
        assert shown["summary"].startswith(f"[{event.date.display()} – {event.end.display()}] ")
        assert dt.date.fromisoformat(shown["end"]) == event.end.last_day + dt.timedelta(days=1)


def test_an_entrys_address_is_a_publishers_own_page_where_one_is_cited(tmp_path, bundled):
    """The URL property cannot say "copy", so it opens a copy only when nothing else is cited."""
    calendar = Calendar.from_ical(_ics(tmp_path).read_text(encoding="utf-8"))
    addresses = {str(entry["UID"]).split("@")[0]: str(entry["URL"]) for entry in calendar.walk("VEVENT")
                 if "URL" in entry}
    checked = 0
    for event in bundled.events:
        cited = [bundled.get(source_id) for source_id in event.sources]
        if any(source.host for source in cited) and any(source.url and not source.host for source in cited):
            opened = next(source for source in cited if source.url == addresses[event.id])
            assert opened.host is None, event.id
            checked += 1
    assert checked > 10
