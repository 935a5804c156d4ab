"""`zt export sqlite` as a reader meets it in Datasette (its own in-process client).

Before: the database page opened on link tables (actor_aliases first), "Data source:
events.toml" named a file the reader never sees, the views' date column sorted as text (10 Jul
2018, 10 Jun 2019, 10 May 2018), descriptions showed raw backticks, and the views' sources
were bare ids.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re

import pytest

from clirun import run
from conftest import BUNDLED

datasette_app = pytest.importorskip("datasette.app", reason="Datasette is in the test extra")

READING = ["events", "quotes", "figures", "sources", "actors"]
VIEWS = ["timeline", "quotations", "key_figures", "tenures"]


@pytest.fixture(scope="module")
def datasette(tmp_path_factory):
    folder = tmp_path_factory.mktemp("datasette")
    result = run("export", "sqlite", "-o", str(folder / "zt.db"), data=BUNDLED)
    assert result.exit_code == 0, result.stderr
    metadata = json.loads((folder / "zt.metadata.json").read_text(encoding="utf-8"))
    return datasette_app.Datasette([str(folder / "zt.db")], metadata=metadata)


def get(datasette, path):
    async def fetch():
        return await datasette.client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, (path, response.status_code)
    return response


def test_the_front_pages_open_on_the_views_and_the_records(datasette, bundled):
    front = get(datasette, "/").text
    assert bundled.title in front and "events.toml" not in front
    links = re.findall(r'<a href="zt/(\w+)">', front)
    assert links == [*VIEWS, *READING]
    page = get(datasette, "/zt").text
    assert f"<h1>{bundled.title}" in page or bundled.title in page.split("</h1>")[0]
    guide = page.index('href="zt/timeline"')
    assert guide < page.index('<h2 id="tables">')
    listing = get(datasette, "/zt.json").json()
    shown = [table["name"] for table in listing["tables"] if not table["hidden"]]
    assert sorted(shown) == sorted(READING)  # the link tables are hidden: listed last, behind a link
    hidden = {table["name"] for table in listing["tables"] if table["hidden"]}
    assert {"citations", "event_actors", "event_tags", "actor_aliases", "roles"} <= hidden


@pytest.mark.parametrize("name", [*READING[:4], *VIEWS])
def test_every_date_has_a_column_beside_it_that_sorts_by_date(datasette, name):
    rows = get(datasette, f"/zt/{name}.json?_shape=array&_size=max&_sort=first_day").json()
    columns = list(rows[0])
    shown = next(column for column in ("display_date", "date", "from") if column in columns)
    assert columns.index("first_day") == columns.index(shown) + 1
    days = [dt.date.fromisoformat(row["first_day"]) for row in rows if row["first_day"]]
    assert len(days) > len(rows) / 2 and days == sorted(days)


def test_descriptions_are_plain_text(datasette):
    for name in [*READING, *VIEWS, "citations"]:
        page = get(datasette, f"/zt/{name}").text
        [description] = re.findall(r'<div class="metadata-description">(.*?)</div>', page, re.S)
        assert description.strip() and "`" not in description, name


def test_sources_are_links_by_title(datasette, bundled):
    """A view names each source by title and publisher; an event's page leads to its
    citations, where each source is a link labelled with its title."""
    event = bundled.events[0]
    row = get(datasette, f"/zt/timeline.json?_shape=array&id={event.id}").json()[0]
    source = bundled.get(event.sources[0])
    assert row["sources"].startswith(f"{source.title} ({source.publisher})")
    back = get(datasette, f"/zt/events/{event.id}.json?_extras=foreign_key_tables").json()
    links = {(link["other_table"], link["other_column"]): link["count"] for link in back["foreign_key_tables"]}
    assert links[("citations", "event")] >= 1
    cited = get(datasette, f"/zt/citations.json?event={event.id}&_labels=on&_shape=array").json()
    assert cited[0]["source"] == {"value": source.id, "label": source.title}
    page = get(datasette, f"/zt/citations?event={event.id}").text
    assert f'<a href="/zt/sources/{source.id}">' in page
