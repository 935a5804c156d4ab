"""Where a source sends its reader: the original's address (`url`), the copy that was read
(`copy = { url, host }`) named as a copy in every output, and `original = "none found"`.

tests/reference/publisher_domains.toml lists the hosts a `url` may be on: the publisher's own
site, or a known archive or library; any other page must be named as a copy."""

import csv
import io
import json
import sqlite3
import tomllib
import urllib.parse
from pathlib import Path

import pytest
from icalendar import Calendar

from clirun import run
from zt_timeline.errors import DataError
from zt_timeline.loading.load import load_timeline

DOMAINS = tomllib.loads((Path(__file__).parent / "reference" / "publisher_domains.toml").read_text("utf-8"))


def _on(host: str, domains: list[str]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


def misplaced(source) -> str | None:
    """Why the source's url is on a host neither its publisher's nor an archive; None if it is not."""
    if not source.url or not source.url.startswith(("http://", "https://")):
        return None
    host = (urllib.parse.urlsplit(source.url).hostname or "").removeprefix("www.")
    archives = DOMAINS["archives"]
    if _on(host, archives["domains"]) or host.endswith(tuple(archives["suffixes"])):
        return None
    if _on(host, DOMAINS["publishers"].get(source.publisher, [])):
        return None
    return f"{source.id}: {host} is not {source.publisher}'s"


def test_every_address_is_the_publishers_or_an_archives_and_any_other_page_is_a_named_copy(bundled):
    assert [problem for source in bundled.sources if (problem := misplaced(source))] == []


def test_the_check_catches_a_copy_under_the_publishers_name(bundled):
    from msgspec.structs import replace

    press_release = bundled.get("doj-press-release-2018-04-06")
    assert misplaced(press_release) is None  # justice.gov: the original
    moved = replace(press_release, url=press_release.copy.url, copy=None)
    assert misplaced(moved) == ("doj-press-release-2018-04-06: americanfreedombybarbara.com is not "
                                "U.S. Department of Justice, Office of Public Affairs's")


def test_the_named_hosts_support_no_record_alone(bundled):
    """A copy on an unrelated site is cited beside another source wherever a record cites it."""
    from zt_timeline.queries.select import record_sources

    weak = {"bayfury.com", "000webhost site", "xxderen6.000webhostapp.com", "Piglix", "Scribd",
            "American Freedom by Barbara", "Living Safe Together", "UrduPoint"}
    alone = []
    for record in (*bundled.events, *bundled.figures):
        cited = [bundled.get(source_id) for source_id in record_sources(record)]
        if cited and all(source.host in weak for source in cited):
            alone.append(record.id)
    assert alone == []


SOURCE = '''
[[sources]]
id = "s"
title = "Memo"
publisher = "Agency"
{fields}

[[events]]
id = "e"
date = "2018"
title = "E"
sources = ["s"]
'''


def timeline_with(write_toml, fields: str):
    return load_timeline(write_toml(SOURCE.format(fields=fields)))


def problems(write_toml, fields: str) -> list[str]:
    with pytest.raises(DataError) as caught:
        timeline_with(write_toml, fields)
    return [str(problem) for problem in caught.value.problems]


NONE_FOUND = 'copy = { url = "https://mirror.example/memo", host = "Mirror" }\noriginal = "none found"'


def test_no_original_found_is_said_and_the_copy_is_the_address(write_toml):
    [source] = timeline_with(write_toml, NONE_FOUND).sources
    assert source.url is None and source.address == "https://mirror.example/memo" and source.host == "Mirror"
    assert source.copy_note() == "No original found; copy at Mirror: https://mirror.example/memo"
    assert source.copy_note(address=False) == "No original found; copy at Mirror"
    assert run("cite", "s", data=write_toml(SOURCE.format(fields=NONE_FOUND))).stdout == \
        "Memo. Agency. n.d. No original found; copy at Mirror: https://mirror.example/memo\n"


def test_a_copy_beside_the_original(write_toml):
    [source] = timeline_with(write_toml, 'url = "https://agency.example/memo"\n'
                                         'copy = { url = "https://mirror.example/memo", host = "Mirror" }').sources
    assert source.address == "https://agency.example/memo"
    assert source.copy_note() == "Copy at Mirror: https://mirror.example/memo"


@pytest.mark.parametrize(("fields", "says"), [
    ('original = "none found"', "field 'original'"),
    ('url = "https://agency.example/memo"\n' + NONE_FOUND, "expected a `copy` and no `url`"),
    ('original = "lost"\ncopy = { url = "https://m.example", host = "M" }', "'lost' is not 'none found'"),
    ('copy = { url = "https://m.example" }', "source 's' copy"),
    ('copy = "https://m.example"', "is not a table"),
])
def test_a_badly_named_copy_is_reported(write_toml, fields, says):
    assert any(says in problem for problem in problems(write_toml, fields))


def test_the_old_host_field_is_still_read_as_a_copy_with_a_warning(write_toml):
    timeline = timeline_with(write_toml, 'url = "https://mirror.example/memo"\nhost = "Mirror"')
    [source] = timeline.sources
    assert (source.url, source.copy.url, source.host) == (None, "https://mirror.example/memo", "Mirror")
    assert any("old form" in str(warning) for warning in timeline.warnings)


def test_every_output_names_the_copy(write_toml):
    path = write_toml(SOURCE.format(fields='url = "https://agency.example/memo"\n'
                                          'copy = { url = "https://mirror.example/memo", host = "Mirror" }'))
    plain = run("cite", "s", data=path).stdout
    assert plain.endswith("https://agency.example/memo — Copy at Mirror: https://mirror.example/memo\n")
    assert "Copy at Mirror: https://mirror.example/memo" in run("show", "e", "--format", "table", data=path).stdout
    [item] = json.loads(run("cite", "s", "--style", "csl-json", data=path).stdout)
    assert (item["URL"], item["archive"], item["archive_location"]) == (
        "https://agency.example/memo", "Mirror", "https://mirror.example/memo")
    assert "Mirror (https://mirror.example/memo)." in run("cite", "s", "--style", "apa", data=path).stdout
    assert "Https://mirror.example/memo. Mirror." in run("cite", "s", "--style", "chicago", data=path).stdout
    assert "Memo — Copy at Mirror" in run("sources", "--format", "table", data=path, width=160).stdout
    [row] = list(csv.DictReader(io.StringIO(run("sources", "--format", "tsv", data=path).stdout), delimiter="\t"))
    assert (row["url"], row["copy"]) == ("https://agency.example/memo", "Copy at Mirror: https://mirror.example/memo")
    assert "Copy at Mirror: https://mirror.example/memo." in run("export", "markdown", data=path).stdout
    [vevent] = Calendar.from_ical(run("export", "ics", data=path).stdout).walk("VEVENT")
    assert "Copy at Mirror: https://mirror.example/memo" in str(vevent["DESCRIPTION"])
    slide = json.loads(run("export", "timelinejs", data=path).stdout)["events"][0]
    assert '(<a href="https://mirror.example/memo">Copy at Mirror</a>)' in slide["text"]["text"]


def test_the_sqlite_export_keeps_the_copy_and_the_missing_original(write_toml, tmp_path):
    path = write_toml(SOURCE.format(fields=NONE_FOUND))
    database = tmp_path / "zt.db"
    assert run("export", "sqlite", "-o", str(database), data=path).exit_code == 0
    with sqlite3.connect(database) as connection:
        row = connection.execute("SELECT url, host, copy_url, original FROM sources").fetchone()
    assert row == (None, "Mirror", "https://mirror.example/memo", "none found")
