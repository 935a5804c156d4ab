"""Pictures: `zt chart` and the charts of `zt stats` at 100 and 80 columns, --svg files, and the
terminal contract (tables fit the width, ids and dates whole, no escape codes in a pipe)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from rich.cells import cell_len

from clirun import run
from conftest import BUNDLED, MINI
from zt_timeline.loading.load import load_timeline
from zt_timeline.queries.periods import (
    Month,
    dated_roles,
    eras,
    events_per_month,
    key_events,
    succession,
    timeline_months,
)
from zt_timeline.render.cells import event_when
from zt_timeline.render.charts import period_chart
from zt_timeline.render.picture import bar

SNAPSHOTS = Path(__file__).parent / "snapshots"
SVG_ROOT = "{http://www.w3.org/2000/svg}svg"
COLOUR = re.compile(r"\x1b\[(?:[0-9;]*;)?(?:3[0-7]|38|9[0-7])[;m]")


def lines_of(text: str) -> str:
    # Rich pads some lines to the width; trailing spaces are not part of the picture.
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


@pytest.mark.parametrize("width", [200, 100, 80, 60])
@pytest.mark.parametrize("command", [("chart",), ("stats", "--format", "table")], ids=["chart", "stats"])
def test_pictures_match_their_snapshots(command, width):
    result = run(*command, width=width)
    assert result.exit_code == 0, result.stderr
    expected = (SNAPSHOTS / f"{command[0]}-mini-{width}.txt").read_text(encoding="utf-8")
    assert lines_of(result.stdout) == expected
    assert max(cell_len(line) for line in result.stdout.splitlines()) <= width


@pytest.mark.parametrize("width", [100, 80, 60])
def test_chart_of_the_bundled_data_fits_and_covers_jan_2017_to_dec_2023(width):
    result = run("chart", data=BUNDLED, width=width)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert max(cell_len(line) for line in out.splitlines()) <= width
    assert "Jan 2017 – Dec 2023" in out  # the policy's years, the task force's and the 2023 settlement's
    # The labels have lines of their own: the plot takes the width, a column a month from 100.
    assert re.search(r"2017 +2018 +2019 +2020 +2021 +2022 +2023", out)
    if width >= 100:
        assert " " + "JFMAMJJASOND" * 7 in out
        assert re.search(r"one column per\smonth", out)
    else:
        assert "Events per 2 months" in out
    assert "…" not in out.split("Key events (")[0].replace("… and ", "")  # office names whole
    lines = out.splitlines()
    for office, holders in (("Attorney General", ("Sessions", "Barr")), ("Secretary of Homeland Security",
                                                                         ("Nielsen",))):
        row = lines.index(office)
        assert "━" in lines[row + 1] and all(name in lines[row + 1] for name in holders)
        assert all(name in " ".join(lines[row + 2:row + 4]) for name in holders)


def test_chart_draws_every_holder_of_an_office():
    lines = run("chart", data=BUNDLED, width=100).stdout.splitlines()
    # The ICE directors: Vitiello (Deputy Director and Acting Director) from July 2018, Pham (the
    # Senior Official Performing the Duties of the Director) from August 2020: no month left blank.
    row = lines.index("Director of U.S. Immigration and Customs Enforcement")
    ice = lines[row + 1]  # a tenure too short for its name shows its initial; the names are below
    assert "Vitiello" in ice and "Albence" in ice and "Pham" in lines[row + 2]
    assert "  " not in ice.strip()
    deputies = lines[lines.index("Deputy Attorney General") + 1]
    assert "▸" not in deputies and deputies.lstrip().startswith("B╌")  # no end recorded: dashed, in words below


def test_chart_marks_the_events_asked_for():
    result = run("chart", "--mark", "policy-announced", "--mark", "pilot", width=100)
    assert result.exit_code == 0
    legend = result.stdout.split("Key events (", 1)[1].splitlines()[1:3]
    assert legend == ["A  Jul 2017 – Nov 2017  Pilot programme runs", "B  6 Apr 2018           Policy announced"]
    wrong = run("chart", "--mark", "ann-lee")
    assert wrong.exit_code == 1 and "zt: error: 'ann-lee' is an actor, not an event" in wrong.stderr


def test_month_counts_and_key_events(mini, bundled):
    months = timeline_months(bundled)
    assert (months[0], months[-1], len(months)) == (Month(2017, 1), Month(2023, 12), 84)
    counts = events_per_month(mini.events, timeline_months(mini))
    assert (counts.total, counts.year_only) == (4, 1)
    assert counts.counts[counts.months.index(Month(2017, 7))] == 1  # a span counts where it begins
    # pilot: 2 sources, 1 actor, 1 figure; ann-sworn-in and report-out tie at 3: the earlier wins.
    assert [e.id for e in key_events(mini, 2)] == ["ann-sworn-in", "pilot"]
    assert [(a.id, r.title) for a, r in succession(dated_roles(mini))] == [("ann-lee", "Director"),
                                                                          ("ann-lee", "Adviser")]
    assert [a.id for a, _ in succession(dated_roles(mini))] == ["ann-lee", "ann-lee"]
    assert [a.id for a, _ in eras(bundled)] == ["boente", "sessions", "whitaker", "barr", "rosen", "wilkinson",
                                             "garland"]


def test_bars_grow_in_eighths():
    assert bar(0, 10, 30) == "" and bar(10, 10, 30) == "█" * 30
    assert bar(8, 16, 2) == "█" and bar(3, 16, 2) == "▍"
    assert bar(1, 64, 2) == "▏"  # the smallest count still shows


def test_picture_text_never_exceeds_the_width(bundled):
    picture = period_chart(bundled)
    for width in (120, 100, 80, 60, 40):
        assert max(cell_len(line) for line in picture.text(width).splitlines()) <= width


# --- --svg ---------------------------------------------------------------------------------

@pytest.mark.parametrize("command", [("timeline",), ("stats",), ("chart",), ("actors",), ("quote",)])
def test_svg_files_parse_as_xml_with_an_svg_root(tmp_path, command):
    target = tmp_path / "out.svg"
    result = run(*command, "--svg", str(target))
    assert result.exit_code == 0, result.stderr
    root = ElementTree.parse(target).getroot()
    assert root.tag == SVG_ROOT
    text = "".join(root.itertext()).replace("\xa0", " ")
    assert f"zt {command[0]}" in text  # the window title
    if command[0] == "timeline":
        assert result.stdout.startswith("date\tend\tid\t")  # stdout stays what it was: TSV in a pipe
        assert "Policy" in text and "policy-announced" in text


def test_svg_to_an_unwritable_place_is_a_failure(tmp_path):
    result = run("stats", "--svg", str(tmp_path / "no" / "such" / "dir.svg"))
    assert result.exit_code == 1
    assert result.stderr.startswith("zt: error: cannot write ")


# --- the terminal contract -----------------------------------------------------------------

def zt_piped(*args: str, **env: str) -> str:
    environment = {key: value for key, value in os.environ.items()
                   if key not in {"NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE", "ZT_DATA"}}
    environment.update({"COLUMNS": "100", "ZT_DATA": str(MINI), **env})
    result = subprocess.run([sys.executable, "-m", "zt_timeline", *args], capture_output=True, text=True,
                            env=environment, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("command", [("timeline", "--format", "table"), ("stats", "--format", "table"), ("chart",)])
def test_a_table_or_picture_forced_into_a_pipe_has_no_escape_codes(command):
    assert "\x1b" not in zt_piped(*command)


def test_colour_is_off_with_no_color_or_the_flag():
    coloured = zt_piped("chart", FORCE_COLOR="1")
    assert COLOUR.search(coloured)  # the probe can see colour when there is some
    assert not COLOUR.search(zt_piped("chart", FORCE_COLOR="1", NO_COLOR="1"))
    assert not COLOUR.search(zt_piped("--no-color", "chart", FORCE_COLOR="1"))


@pytest.mark.parametrize("width", [100, 80, 60])
@pytest.mark.parametrize("command", ["timeline", "quote", "stats", "sources", "actors"])
def test_tables_fit_the_width_and_never_cut_ids_or_dates(command, width):
    result = run(command, "--format", "table", data=BUNDLED, width=width)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    # Only an address may run past the edge (the terminal wraps it, whole).
    assert max(cell_len(line) for line in out.splitlines() if not re.search(r"https?://\S+$", line)) <= width
    timeline = load_timeline(BUNDLED)
    if command == "timeline":
        for event in timeline.events:
            assert re.search(rf"(^|\s){re.escape(event.id)}(\s|$)", out, re.M), event.id
            # A range may take two lines, broken after its dash, never inside a date.
            first, _, last = event_when(event).partition(" – ")
            assert (first + " – " + last if last else first) in out or re.search(
                rf"^{re.escape(first)} –\s.*\n{re.escape(last)}\s", out, re.M), event.id
    if command == "sources":
        for source in timeline.sources:
            assert re.search(rf"(^|\s){re.escape(source.id)}(\s|$)", out, re.M), source.id
