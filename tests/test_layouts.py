"""Layouts that use the terminal they are given, at 60, 100 and 200 columns: what is shown
where there is room, what is never cut (values with their units, ids, addresses), and links."""

from __future__ import annotations

import io
import re

import pytest
from rich.cells import cell_len
from rich.console import Console

from clirun import run
from conftest import BUNDLED
from zt_timeline.render.layout import plan
from zt_timeline.render.output import Column, Linked, Output, Table
from zt_timeline.render.rich_table import links_shown, print_output, write_tables
from zt_timeline.render.views import sources_output

WIDTHS = (60, 100, 200)
URL = re.compile(r"https?://\S+")


def table(*args: str, width: int, data=BUNDLED) -> list[str]:
    result = run(*args, "--format", "table", data=data, width=width)
    assert result.exit_code == 0, result.stderr
    lines = [line.rstrip() for line in result.stdout.splitlines()]
    # Only an address may run past the edge (the terminal wraps it): it is never cut.
    assert max(cell_len(line) for line in lines if not re.search(r"https?://\S+$", line)) <= width
    return lines


def header(lines: list[str]) -> list[str]:
    """The column names of the first table: the line above its rule."""
    rule = next(index for index, line in enumerate(lines) if line.startswith("───"))
    return lines[rule - 1].split()


@pytest.mark.parametrize("width", WIDTHS)
def test_the_timeline_shows_summaries_from_160_columns(width):
    lines = table("timeline", "--on", "2018-06", width=width)
    if width >= 160:
        assert header(lines) == ["date", "id", "event", "summary"]
        # The summary of the first event of June 2018 is in the table, beside its title.
        assert any("summary" not in line and len(line) > 120 for line in lines)
    elif width >= 100:
        assert header(lines) == ["date", "id", "event"]
    piped = run("timeline", "--on", "2018-06", data=BUNDLED, width=width).stdout
    assert piped.splitlines()[0].split("\t")[7] == "summary"  # every width: TSV has every field


def test_markdown_tables_have_the_columns_of_a_100_column_terminal():
    out = run("timeline", "--format", "md", data=BUNDLED, width=200).stdout
    assert out.splitlines()[0] == "| date | id | event |"


@pytest.mark.parametrize("width", (80, 100, 200))
def test_the_quote_speaker_column_is_as_wide_as_the_longest_name(width):
    lines = table("quote", "--speaker", "sessions", "-n", "5", width=width)
    names = header(lines)
    assert names == (["date", "speaker", "quote", "id"] if width >= 200 else ["date", "speaker", "quote"])
    head = next(line for line in lines if line.startswith("date"))
    # "Jeff Sessions" is whole on every row and the quote starts three columns after it.
    assert head.index("quote") - head.index("speaker") == len("Jeff Sessions") + 3
    assert not any(line.strip() in ("Jeff", "Sessions") for line in lines)
    if width < 200:  # no room for an id column: each id is whole on a line under its quote
        assert re.search(r"^ {20,}id: sessions-[a-z-]+$", "\n".join(lines), re.M)


@pytest.mark.parametrize("width", (80, 100, 200))
def test_sources_are_a_table_with_every_address_whole(width, bundled):
    lines = table("sources", "--search", "zero tolerance", "-n", "8", width=width)
    assert header(lines)[:3] == ["date", "publisher", "title"] or header(lines) == ["date", "id", "publisher",
                                                                                  "title"]
    out = "\n".join(lines)
    # Off a terminal that shows links, each address is printed, whole, on a line of its own.
    shown = URL.findall(out)
    assert len(shown) == 8 and all(address in {s.url for s in bundled.sources} for address in shown)
    assert "…" not in out


def test_sources_at_60_columns_are_a_field_a_line():
    lines = table("sources", "--search", "zero tolerance", "-n", "8", width=60)
    assert {line.split()[0] for line in lines[1:] if line and not line.startswith(" ")} >= {
        "date", "id", "publisher", "title"}


@pytest.mark.parametrize("width", (60, 80, 100, 200))
def test_an_address_is_never_cut(width, bundled):
    addresses = {source.url for source in bundled.sources} | {source.copy.url for source in bundled.sources
                                                              if source.copy}
    for args in (("show", "upi-2021-01-14"), ("show", "oig-more-than-3000"), ("sources", "-n", "40")):
        lines = table(*args, width=width)
        assert "…" not in "\n".join(lines)
        for line in lines:
            for address in URL.findall(line):
                assert address in addresses, address
        # No line starts with what would be the rest of a cut address.
        assert not any(re.match(r"\s*[\w-]*tolerance-border-policy", line) for line in lines)


def test_show_upi_prints_its_whole_address():
    url = ("https://www.upi.com/Top_News/US/2021/01/14/Report-Jeff-Sessions-pushed-zero-tolerance-border-"
           "policy-despite-concerns/1021610651431/")
    for width in (60, 80, 100, 200):
        lines = table("show", "upi-2021-01-14", width=width)
        assert next(line for line in lines if line.startswith("url")).split()[1] == url


def test_on_a_terminal_that_shows_links_the_titles_are_links(bundled, monkeypatch):
    monkeypatch.setenv("ZT_HYPERLINKS", "1")
    sources = tuple(source for source in bundled.sources if source.id == "upi-2021-01-14")
    buffer = io.StringIO()
    write_tables(sources_output(bundled, sources), buffer, terminal=True)
    assert "\x1b]8;id=" in buffer.getvalue() and f";{sources[0].url}\x1b\\" in buffer.getvalue()
    assert "https://" not in buffer.getvalue().replace(f";{sources[0].url}\x1b", "")  # the link, not the address
    shown = run("show", "upi-2021-01-14", "--format", "table", data=BUNDLED, width=100).stdout
    assert "\x1b]8" not in shown  # not a terminal: no escape codes


def test_only_web_addresses_become_links(monkeypatch):
    monkeypatch.setenv("ZT_HYPERLINKS", "1")
    buffer = io.StringIO()
    cells = (Linked("evil", "javascript:alert(1)"), Linked("spaced", "https://a.example/x y"),
             Linked("fine", "https://a.example/x"))
    output = Output((Table((Column("title"),), tuple((cell,) for cell in cells)),), Table((), ()), [])
    write_tables(output, buffer, terminal=True)
    assert buffer.getvalue().count("\x1b]8;id=") == 1 and "javascript" not in buffer.getvalue()


@pytest.mark.parametrize("width", WIDTHS)
def test_show_figure_reads_like_an_amount(width):
    lines = table("show", "children-taken-since-oct-2017", width=width)
    fields = lines[lines.index(next(line for line in lines if line.startswith("field"))) + 2:]
    assert re.match(r"amount +more than 700 children$", fields[0])
    assert not any(re.match(r"(value|qualifier|unit) ", line) for line in fields)
    assert any(re.match(r"variants\[0\]\.amount +approximately 700 children$", line) for line in fields)


@pytest.mark.parametrize("width", WIDTHS)
def test_stats_keep_each_value_whole_and_say_who_counted(width, bundled):
    lines = table("stats", width=width)
    out = "\n".join(lines)
    assert "3,000 children" in out  # never "more than 3,000" / "children"
    for figure in bundled.figures:  # every id whole, on a line of its own
        assert re.search(rf"(^|\s){re.escape(figure.id)}$", out, re.M), figure.id
    assert "counted by: UPI" in out or "counted by: United Press" in out
    years = out.split("Events by year", 1)[1].split("Events by month", 1)[0]
    assert [line.split()[0] for line in years.splitlines() if line[:4].isdigit()] == [
        "2017", "2018", "2019", "2020", "2021", "2022", "2023"]


@pytest.mark.parametrize("width", (80, 100))
def test_stats_lead_with_counts_and_charts_and_take_filters_for_the_figures(width, bundled):
    lines = table("stats", width=width)
    out = "\n".join(lines)
    assert lines[0].startswith(f"{len(bundled.sources)} sources, ") and lines[1] == "Events by year"
    assert out.index("Events by month") < out.index("Events by actor") < out.index("Key figures (114)")
    assert len(lines) < 600  # was about 900 at 80 columns
    five = "\n".join(table("stats", "-n", "5", width=width))
    assert "Key figures (5 of 114)" in five and five.count("  id: ") == 5
    chosen = "\n".join(table("stats", "--on", "2018-06", "--search", "children", width=width))
    assert re.search(r"Key figures \(\d+ of 114\), 1 Jun 2018 – 30 Jun 2018", chosen)
    piped = run("stats", "-n", "2", data=BUNDLED, width=width).stdout.splitlines()
    assert sum(line.startswith("figure\t") for line in piped) == 2


def test_a_wide_terminal_is_not_filled_with_blank_columns():
    wide = Table((Column("id", wrap=False), Column("text", weight=3)), (("a", "short text"),))
    assert plan(wide, 200).widths == [2, 10]
    long = Table((Column("id", wrap=False), Column("text")), (("a", "word " * 60),))
    assert plan(long, 100).widths == [2, 95]


def test_the_chart_labels_are_whole_on_lines_of_their_own(tmp_path):
    starter = tmp_path / "starter.toml"
    assert run("init", str(starter), data=None).exit_code == 0
    lines = run("chart", data=starter, width=80).stdout.splitlines()
    office = lines.index("Director of the Example Agency")
    # The tenure starts under it, at the plot's first column: the label takes no columns of the plot.
    assert lines[office + 1].startswith(" ◂")


@pytest.mark.parametrize(("environ", "shown"), [
    ({"TERM_PROGRAM": "iTerm.app"}, True), ({"VTE_VERSION": "7200"}, True), ({"TERM": "xterm-kitty"}, True),
    ({"TERM_PROGRAM": "iTerm.app", "TMUX": "/tmp/tmux-0/default,1,0"}, False), ({"TERM": "screen-256color"}, False),
    ({"TERM": "xterm-256color"}, False), ({}, False),  # unsure: the address is printed
    ({"ZT_HYPERLINKS": "0", "TERM_PROGRAM": "WezTerm"}, False), ({"ZT_HYPERLINKS": "1", "TMUX": "x"}, True),
])
def test_links_are_trusted_only_where_a_terminal_is_known_to_show_them(environ, shown):
    assert links_shown(environ) is shown


def test_where_links_may_not_show_the_address_is_printed_whole(bundled, monkeypatch):
    sources = tuple(source for source in bundled.sources if source.id == "upi-2021-01-14")
    monkeypatch.setenv("TMUX", "/tmp/tmux-0/default,1,0")
    monkeypatch.setenv("TERM_PROGRAM", "iTerm.app")
    buffer = io.StringIO()
    write_tables(sources_output(bundled, sources), buffer, terminal=True, color=False)
    assert sources[0].url in buffer.getvalue().splitlines()[-1]  # whole, on a line of its own
    recording = Console(file=io.StringIO(), record=True, width=80, force_terminal=True)
    monkeypatch.setenv("ZT_HYPERLINKS", "1")
    print_output(recording, sources_output(bundled, sources))  # an SVG picture: nothing to click
    assert sources[0].url in recording.export_text()


def test_the_first_line_says_what_the_listing_is():
    assert table("timeline", width=100)[0] == "157 events, 30 Jan 2017 – 8 Dec 2023"
    assert table("quote", "--speaker", "sessions", "-n", "2", width=80)[0].startswith("2 quotes, ")
    empty = run("timeline", "--search", "no such words", "--format", "table", data=BUNDLED, width=80)
    assert empty.stdout == "" and "no events match" in empty.stderr  # said once, on stderr
    assert not run("timeline", data=BUNDLED, width=80).stdout.startswith("137 events")  # not in TSV
