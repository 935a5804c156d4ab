"""`zt export`: each format read back by the parser the real tool uses, or by the documented shape."""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import re

import pytest
from icalendar import Calendar

from clirun import MINI, run
from conftest import BUNDLED
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import Precision
from zt_timeline.queries.serialize import record_to_dict
from zt_timeline.render.cells import event_when, span


def export(fmt: str, *args: str, data=MINI) -> str:
    result = run("export", fmt, *args, data=data)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# --- iCalendar ---------------------------------------------------------------------------

def vevents(text: str) -> list:
    return Calendar.from_ical(text).walk("VEVENT")


@pytest.mark.parametrize("data", [MINI, BUNDLED], ids=["mini", "bundled"])
def test_ics_has_one_vevent_per_event_with_unique_stable_uids(data):
    timeline = load_timeline(data)
    text = export("ics", data=data)
    found = vevents(text)
    assert len(found) == len(timeline.events)
    uids = [str(event["UID"]) for event in found]
    assert uids == [f"{event.id}@zt-timeline" for event in timeline.events]
    assert len(set(uids)) == len(uids)
    assert export("ics", data=data) == text  # the same data gives the same file, DTSTAMP included
    calendar = Calendar.from_ical(text)
    assert str(calendar["VERSION"]) == "2.0" and str(calendar["PRODID"]).startswith("-//zt-timeline//")


def test_ics_dates_are_all_day_and_span_the_precision_the_data_has():
    by_uid = {str(event["UID"]).split("@")[0]: event for event in vevents(export("ics"))}
    for event in by_uid.values():
        for key in ("DTSTART", "DTEND", "DTSTAMP"):
            assert key in event
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date  # all-day: a DATE, not a DATE-TIME
    day = by_uid["policy-announced"]
    assert (day.decoded("DTSTART"), day.decoded("DTEND")) == (dt.date(2018, 4, 6), dt.date(2018, 4, 7))
    assert "known only" not in str(day["DESCRIPTION"])
    months = by_uid["pilot"]  # Jul 2017 - Nov 2017: all of July to all of November
    assert (months.decoded("DTSTART"), months.decoded("DTEND")) == (dt.date(2017, 7, 1), dt.date(2017, 12, 1))
    assert "Dates known only to the month: this entry spans all of Jul 2017 – Nov 2017" in str(months["DESCRIPTION"])
    assert str(months["SUMMARY"]) == "[Jul 2017 – Nov 2017] Pilot programme runs"
    year = by_uid["year-review"]  # one day, its first, titled so: not a bar over all of 2018
    assert (year.decoded("DTSTART"), year.decoded("DTEND")) == (dt.date(2018, 1, 1), dt.date(2018, 1, 2))
    assert str(year["SUMMARY"]).startswith("[2018, month unknown] ")
    assert "Date known only to the year (2018): this entry is on the year's first day" in str(year["DESCRIPTION"])


def test_ics_describes_summary_variants_and_sources_with_urls():
    pilot = next(e for e in vevents(export("ics")) if str(e["UID"]) == "pilot@zt-timeline")
    description = str(pilot["DESCRIPTION"])
    assert description.startswith("A pilot ran for several months.")
    assert "Another account dates it May 2017 – Oct 2017 (report-b: another account)." in description
    assert "- Report on the widget policy. Daily Paper. 14 Jan 2021. https://example.org/a" in description
    assert "- Inspector's review. Inspector Office. Jan 2021" in description
    assert str(pilot["SUMMARY"]) == "[Jul 2017 – Nov 2017] Pilot programme runs"
    assert str(pilot["URL"]) == "https://example.org/a"
    assert [str(c) for c in pilot["CATEGORIES"].cats] == ["pilot"]


def test_ics_to_a_file_keeps_crlf_and_says_where(tmp_path):
    target = tmp_path / "mini.ics"
    result = run("export", "ics", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert result.stderr == f"zt: wrote 5 events to {target} (ics)\n"
    raw = target.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
    assert len(vevents(raw.decode())) == 5


# --- TimelineJS --------------------------------------------------------------------------

DATE_KEYS = {"year", "month", "day", "display_date"}
SLIDE_KEYS = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink",
              "unique_id"}


def check_date(date: dict) -> None:
    assert set(date) <= DATE_KEYS and isinstance(date["year"], int)
    assert all(isinstance(date[key], int) for key in ("month", "day") if key in date)
    assert "day" not in date or "month" in date
    assert isinstance(date["display_date"], str)


@pytest.mark.parametrize("data", [MINI, BUNDLED], ids=["mini", "bundled"])
def test_timelinejs_has_the_documented_shape(data):
    document = json.loads(export("timelinejs", data=data))
    assert set(document) <= {"title", "events", "eras", "scale"}
    assert isinstance(document["title"]["text"]["headline"], str)
    timeline = load_timeline(data)
    assert [slide["unique_id"] for slide in document["events"]] == [event.id for event in timeline.events]
    for slide, event in zip(document["events"], timeline.events, strict=True):
        assert set(slide) <= SLIDE_KEYS
        check_date(slide["start_date"])
        assert ("end_date" in slide) == (event.end is not None and event.end != event.date)
        if "end_date" in slide:
            check_date(slide["end_date"])
        assert set(slide["text"]) == {"headline", "text"}
        assert all(isinstance(value, str) for value in slide["text"].values())
        assert slide["display_date"] == event_when(event)
        assert "group" not in slide  # a row per tag filled half the embed
        assert "Sources:" in slide["text"]["text"]
        # Only the parts the date has: no invented day for a month, no month for a year.
        parts = {Precision.YEAR: {"year"}, Precision.MONTH: {"year", "month"},
                 Precision.DAY: {"year", "month", "day"}}[event.date.precision]
        assert set(slide["start_date"]) - {"display_date"} == parts
    for era in document.get("eras", []):
        # Days, clipped to what the export covers; TimelineJS rejects an era without an end.
        # A one-day era runs from 00:00 to 23:59: TimelineJS drops an end equal to the start.
        assert set(era["start_date"]) == set(era["end_date"]) in ({"year", "month", "day"},
                                                                  {"year", "month", "day", "hour", "minute"})
        assert era["start_date"] != era["end_date"]
        assert isinstance(era["text"]["headline"], str)


def test_timelinejs_month_and_year_precision_are_not_filled_in():
    slides = {slide["unique_id"]: slide for slide in json.loads(export("timelinejs"))["events"]}
    assert slides["pilot"]["start_date"] == {"year": 2017, "month": 7, "display_date": "Jul 2017"}
    assert slides["year-review"]["start_date"] == {"year": 2018, "display_date": "2018"}
    assert slides["policy-announced"]["start_date"] == {"year": 2018, "month": 4, "day": 6,
                                                        "display_date": "6 Apr 2018"}
    assert '<a href="https://example.org/a">Report on the widget policy</a>' in slides["pilot"]["text"]["text"]


def test_timelinejs_a_month_end_is_the_months_last_day_shown_as_the_month():
    """TimelineJS reads {year, month} as the 1st: Jul - Nov 2017 would leave November out."""
    slides = {slide["unique_id"]: slide for slide in json.loads(export("timelinejs"))["events"]}
    assert slides["pilot"]["end_date"] == {"year": 2017, "month": 11, "day": 30, "display_date": "Nov 2017"}
    bundled = {slide["unique_id"]: slide for slide in json.loads(export("timelinejs", data=BUNDLED))["events"]}
    for slide in bundled.values():
        if "end_date" in slide:
            assert "day" in slide["end_date"]


def _day(date: dict) -> tuple[int, int, int]:
    return date["year"], date.get("month", 1), date.get("day", 1)


def test_timelinejs_eras_are_office_holders_in_succession():
    eras = json.loads(export("timelinejs"))["eras"]
    assert [era["text"]["headline"] for era in eras] == ["Ann Lee", "Ann Lee"]
    assert [era["text"]["text"] for era in eras] == ["<p>Director, Widget Agency (9 Feb 2017 – 7 Nov 2018)</p>",
                                                     "<p>Adviser, Widget Agency (from Nov 2018)</p>"]
    assert eras[1]["end_date"] == {"year": 2021, "month": 1, "day": 14}  # open: to the last event's end


@pytest.mark.parametrize("window", [(), ("--since", "2018-04", "--until", "2018-06"), ("--on", "2019"),
                                    ("--since", "2020-06")], ids=str)
def test_timelinejs_eras_keep_to_the_window_and_reach_the_last_events(window):
    document = json.loads(export("timelinejs", *window, data=BUNDLED))
    starts = [_day(slide["start_date"]) for slide in document["events"]]
    ends = [_day(slide.get("end_date", slide["start_date"])) for slide in document["events"]]
    eras = document["eras"]
    first, last = _day(eras[0]["start_date"]), _day(eras[-1]["end_date"])
    assert last >= max(ends)  # the last era covers the last events
    if window:
        low = {"--since": window[1], "--on": window[1]}.get(window[0], "")
        assert first >= tuple(int(part) for part in (low + "-01-01")[:10].split("-")[:3]) or not low
        if "--until" in window or window[0] == "--on":
            high = window[-1]
            assert last[:2] <= tuple(int(part) for part in (high + "-12")[:7].split("-")[:2])
    assert first <= min(starts) or window
    for era in eras:
        assert _day(era["start_date"]) <= _day(era["end_date"])


def test_timelinejs_era_labels_fit_their_eras():
    from zt_timeline.render.exports.timelinejs import LABEL_WIDTH

    eras = json.loads(export("timelinejs", data=BUNDLED))["eras"]
    import datetime as dt

    days = [dt.date(*_day(era["end_date"])).toordinal() - dt.date(*_day(era["start_date"])).toordinal() + 1
            for era in eras]
    total = dt.date(*_day(eras[-1]["end_date"])).toordinal() - dt.date(*_day(eras[0]["start_date"])).toordinal() + 1
    for era, length in zip(eras, days, strict=True):
        label = era["text"]["headline"]
        assert len(label) <= max(length / total * LABEL_WIDTH, len(label.split()[-1])), label
        assert " " not in label or len(label) <= length / total * LABEL_WIDTH


def test_an_empty_timelinejs_export_is_an_error_and_no_file(tmp_path):
    out = tmp_path / "timeline.json"
    result = run("export", "timelinejs", "--on", "2019", "-o", str(out))
    assert result.exit_code == 1 and result.stdout == "" and not out.exists()
    assert result.stderr == ("zt: error: no events match: a TimelineJS file needs at least one event, "
                             "so none was written\n")


def test_timelinejs_escapes_data_text_as_html(tmp_path):
    hostile = tmp_path / "hostile.toml"
    hostile.write_text(MINI.read_text().replace('title = "Policy announced"',
                                                'title = "<script>alert(1)</script> & more"'))
    slides = {slide["unique_id"]: slide for slide in json.loads(export("timelinejs", data=hostile))["events"]}
    assert slides["policy-announced"]["text"]["headline"] == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"


def test_export_applies_the_timeline_filters():
    document = json.loads(export("timelinejs", "--tag", "oversight", "--since", "2019"))
    assert [slide["unique_id"] for slide in document["events"]] == ["report-out"]
    assert [e["id"] for e in json.loads(export("json", "--actor", "ann lee"))] == ["ann-sworn-in", "policy-announced"]


def test_nothing_matched_is_an_empty_export_and_a_note():
    result = run("export", "ics", "--on", "2019")
    assert result.exit_code == 0 and result.stderr == "zt: no events match\n"
    assert vevents(result.stdout) == []


def test_unwritable_output_is_a_one_line_error(tmp_path):
    result = run("export", "csv", "-o", str(tmp_path / "missing" / "x.csv"))
    assert result.exit_code == 1
    assert result.stderr.startswith("zt: error: cannot write ") and len(result.stderr.splitlines()) == 1


# --- CSV and JSON: every field of every event ----------------------------------------------

def from_csv_cell(record: dict, name: str, cell: str):
    value = record[name]
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return json.loads(cell)
    if isinstance(value, list):
        return cell.split(", ") if cell else []
    return cell or None


@pytest.mark.parametrize("data", [MINI, BUNDLED], ids=["mini", "bundled"])
def test_csv_round_trips_every_field_of_every_event(data):
    rows = list(csv.DictReader(io.StringIO(export("csv", data=data))))
    timeline = load_timeline(data)
    assert len(rows) == len(timeline.events)
    for row, event in zip(rows, timeline.events, strict=True):
        record = {key: value for key, value in record_to_dict(event).items() if key != "type"}
        disputed = row.pop("disputed")
        assert disputed == "; ".join(f"{p['point']}: {p['accounts']} accounts" for p in record.pop("disputed"))
        assert sorted(row) == sorted(record)
        assert {name: from_csv_cell(record, name, cell) for name, cell in row.items()} == record


def test_json_export_is_the_json_contract():
    timeline = load_timeline(MINI)
    assert json.loads(export("json")) == [record_to_dict(event) for event in timeline.events]


# --- Markdown ------------------------------------------------------------------------------

def unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def parse_markdown(text: str) -> dict[str, dict]:
    """Each event block back into fields: heading, summary, quotes, and the '- key: value' list."""
    events, current, year, month = {}, None, None, None
    for line in text.splitlines():
        if line.startswith("## "):
            year, current = line[3:], None
        elif line.startswith("### "):
            month, current = line[4:], None
        elif line.startswith("#### "):
            when, title = line[5:].split(" — ", 1)
            current = {"when": when, "title": unescape(title), "year": year, "month": month, "text": [],
                       "quotes": [], "list": {}}
        elif current is None or not line:
            continue
        elif line.startswith("- "):
            key, value = line[2:].split(": ", 1)
            current["list"].setdefault(key, []).append(value)
            if key == "id":
                events[value.strip("`")] = current
        elif line.startswith("> “"):
            current["quotes"].append(unescape(line[3:].removesuffix("”")))
        elif not line.startswith(">"):
            current["text"].append(unescape(line))
    return events


def ids_of(value: str) -> list[str]:
    return re.findall(r"`([^`]+)`", value)


@pytest.mark.parametrize("data", [MINI, BUNDLED], ids=["mini", "bundled"])
def test_markdown_round_trips_every_event(data):
    timeline = load_timeline(data)
    text = export("markdown", data=data)
    parsed = parse_markdown(text)
    assert list(parsed) == [event.id for event in timeline.events]
    names = {actor.id: actor.name for actor in timeline.actors}
    for event in timeline.events:
        found = parsed[event.id]
        assert found["when"] == event_when(event)
        assert found["title"] == event.title
        assert found["year"] == str(event.date.year)
        date = event.date
        assert found["month"] == (f"{date.year}, month not recorded" if date.month is None
                                  else f"{calendar.month_name[date.month]} {date.year}")
        assert "\n".join(found["text"]) == (event.summary or "")
        fields = found["list"]
        assert ids_of(fields["sources"][0]) == list(event.sources)
        assert unescape(fields.get("actors", [""])[0]) == ", ".join(names[a] for a in event.actors)
        assert fields.get("tags", [""])[0] == ", ".join(event.tags)
        assert unescape(fields.get("note", [""])[0]) == (event.note or "")
        accounts = fields.get("another account", [])
        assert [a.split(" (")[0] for a in accounts] == [span(v.date, v.end) for v in event.variants]
        assert [ids_of(a) for a in accounts] == [list(v.sources) for v in event.variants]
        quotes = [q.text for q in timeline.quotes if q.event == event.id]
        assert found["quotes"] == [q.split("\n")[0] for q in quotes]
    cited = {source.id for source in timeline.sources}
    listed = re.findall(r"^- `([^`]+)`: ", text.split("\n## Sources\n", 1)[1], re.M)
    assert set(listed) <= cited and len(listed) == len(set(listed))


def test_markdown_groups_by_year_and_month_and_escapes_markup(tmp_path):
    text = export("markdown")
    headings = [line for line in text.splitlines() if line.startswith(("## ", "### "))]
    assert headings == ["## 2017", "### February 2017", "### July 2017", "## 2018", "### 2018, month not recorded",
                        "### April 2018", "## 2021", "### January 2021", "## Sources"]
    assert "- `paper-a`: [Report on the widget policy](<https://example.org/a>). Daily Paper, 14 Jan 2021." in text
    marked = tmp_path / "marked.toml"
    marked.write_text(MINI.read_text().replace('summary = "A pilot',
                                               'summary = "# not a heading *or* [link](x) A pilot'))
    assert "\\# not a heading \\*or\\* \\[link\\](x) A pilot" in export("markdown", data=marked)


def test_export_never_overwrites_the_data_file_being_read(tmp_path):
    data = tmp_path / "timeline.toml"
    data.write_text(MINI.read_text(encoding="utf-8"), encoding="utf-8")
    before = data.read_bytes()
    for args in (["export", "json", "-o", str(data)], ["timeline", "--svg", str(data)],
                 ["chart", "--svg", str(data)]):
        result = run(*args, data=data)
        assert result.exit_code == 1, (args, result.stderr)
        assert result.stderr == f"zt: error: will not write {data}: it is the data file being read\n"
        assert data.read_bytes() == before


@pytest.mark.parametrize(("args", "line"), [
    ((), "157 events, 30 Jan 2017 – 8 Dec 2023."),
    (("--on", "2018-06"), "27 events, Jun 2018."),  # an event dated "2018" is in June, but June is the span
    (("--on", "2018"), "67 events, 2018."),
    (("--since", "2018-04-06", "--until", "2018-06-15"), "23 events, 6 Apr 2018 – 15 Jun 2018."),
])
def test_markdown_says_the_span_the_export_covers(args, line):
    assert export("markdown", *args, data=BUNDLED).splitlines()[4] == line


def test_markdown_gives_every_wording_of_a_quote_with_its_sources():
    from zt_timeline.render.safe import md_text

    text = export("markdown", data=BUNDLED)
    timeline = load_timeline(BUNDLED)
    shown = {event.id for event in timeline.events}
    variants = [(quote, variant) for quote in timeline.quotes if quote.event in shown for variant in quote.variants]
    assert len(variants) > 20
    for quote, variant in variants:
        words = md_text(f"“{variant.text}”").splitlines()[0]
        at = text.index(f"> Another account of the words: {words}")
        # After the words, a blank quoted line: the attribution is a paragraph of its own.
        after = text[at:].split("\n")[len(md_text(variant.text).splitlines()):]
        assert after[0] == ">", (quote.id, after[:2])
        attribution = after[1]
        assert attribution.startswith("> — ") and f"sources: {', '.join(f'`{s}`' for s in variant.sources)}" in (
            attribution), (quote.id, attribution)


def test_markdown_says_each_part_of_an_attribution_once():
    """A context that names the speaker stands for the name; one that says "notes" for the form."""
    text = export("markdown", data=BUNDLED)
    timeline = load_timeline(BUNDLED)
    names = {actor.name.casefold() for actor in timeline.actors}
    checked = 0
    for line in text.splitlines():
        if line.startswith("> — ") and "; sources:" in line:
            head = line[4:].split("; sources:")[0].casefold()
            for name in names:
                assert head.count(name) <= 1, line
            assert not ("recorded in someone's notes" in head and "note" in head.replace("someone's notes", "")), line
            checked += 1
    assert checked > 100
