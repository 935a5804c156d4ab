"""zt export sqlite: every record in its table, linked by keys, searchable; read back by sqlite3
and by Datasette itself (its in-process client), with row counts equal to zt's own."""

from __future__ import annotations

import asyncio
import html
import json
import re
import sqlite3
import tomllib

import pytest

from clirun import run
from conftest import BUNDLED, MINI
from test_hostile_text import CONTROLS, MARKUP, strings
from zt_timeline.queries.select import figures_in_date_order, select_quotes
from zt_timeline.render.exports.sqlite import datasette_metadata, write_database


@pytest.fixture(scope="session")
def exported(tmp_path_factory, bundled):
    """The bundled data as zt.db, with its metadata, written once through the command line."""
    folder = tmp_path_factory.mktemp("sqlite")
    database = folder / "zt.db"
    result = run("export", "sqlite", "-o", str(database), data=BUNDLED)
    assert result.exit_code == 0, result.stderr
    return database, folder / "zt.metadata.json", result


@pytest.fixture(scope="session")
def db(exported):
    connection = sqlite3.connect(exported[0])
    yield connection
    connection.close()


def words(text):
    """The words as SQLite's FTS5 tokenizer (unicode61) sees them."""
    return re.findall(r"\w+", text.casefold())


def count(connection, table):
    return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def citation_rows(timeline):
    """zt's own count of citations: each source a record (or one of its parts) cites, once per
    excerpt or locator given for it."""
    parts = []
    for record in (*timeline.actors, *timeline.events, *timeline.quotes, *timeline.figures):
        parts.append(record)
        parts.extend((*getattr(record, "roles", ()), *getattr(record, "variants", ())))
        parts.extend(account for dispute in getattr(record, "disputes", ()) for account in dispute.accounts)
    return sum(max(1, sum(p.source == source for p in part.pinpoints))
               for part in parts for source in dict.fromkeys(part.sources))


def test_row_counts_equal_zts_own(db, bundled):
    records = (*bundled.events, *bundled.quotes, *bundled.figures)
    expected = {
        "sources": len(bundled.sources), "actors": len(bundled.actors), "events": len(bundled.events),
        "quotes": len(bundled.quotes), "figures": len(bundled.figures),
        "roles": sum(len(actor.roles) for actor in bundled.actors),
        "actor_aliases": sum(len(actor.aliases) for actor in bundled.actors),
        "event_actors": sum(len(event.actors) for event in bundled.events),
        "event_tags": sum(len(event.tags) for event in bundled.events),
        "event_variants": sum(len(event.variants) for event in bundled.events),
        "quote_variants": sum(len(quote.variants) for quote in bundled.quotes),
        "figure_variants": sum(len(figure.variants) for figure in bundled.figures),
        "quote_via": sum(len(quote.via) for quote in bundled.quotes),
        "disputes": sum(len(record.disputes) for record in records),
        "dispute_accounts": sum(len(d.accounts) for record in records for d in record.disputes),
        "citations": citation_rows(bundled),
    }
    assert {table: count(db, table) for table in expected} == expected
    assert expected["citations"] > 1000 and expected["disputes"] > 0


def test_the_command_says_what_it_wrote(exported, bundled):
    database, metadata, result = exported
    assert result.stdout == ""
    assert result.stderr.startswith(f"zt: wrote {len(bundled.events)} events, {len(bundled.quotes)} quotes, ")
    assert result.stderr.endswith(f"serve them with: datasette {database} --metadata {metadata}\n")


def test_keys_hold_and_the_file_is_sound(db):
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    foreign = {row[2] for row in db.execute("SELECT * FROM pragma_foreign_key_list('citations')")}
    assert foreign == {"sources", "events", "quotes", "figures", "actors"}


def test_dates_keep_their_text_precision_and_qualifier(db, bundled):
    usms = db.execute("SELECT date, date_precision, date_qualifier, date_first_day, date_last_day, display_date "
                      "FROM events WHERE id = 'usms-projection'").fetchone()
    assert usms == ("2018?", "year", "?", "2018-01-01", "2018-12-31", "2018?")
    pilot_like = db.execute("SELECT date, \"end\", first_day, last_day FROM events WHERE \"end\" IS NOT NULL "
                            "ORDER BY listing_order LIMIT 1").fetchone()
    event = next(e for e in bundled.events if e.end is not None)
    assert pilot_like == (event.date.iso(), event.end.iso(), event.date.first_day.isoformat(),
                          event.end.last_day.isoformat())
    for table, column in (("events", "date"), ("sources", "date"), ("roles", "start"), ("roles", "until")):
        for text, precision in db.execute(f'SELECT "{column}", "{column}_precision" FROM {table} '
                                          f'WHERE "{column}" IS NOT NULL'):
            assert precision == ("year", "month", "day")[text.rstrip("?~%").count("-")]


def test_the_views_read_like_zts_listings(db, bundled):
    timeline = db.execute("SELECT date, id, event, sources FROM timeline").fetchall()
    assert [row[1] for row in timeline] == [event.id for event in bundled.events]
    first = bundled.events[0]
    cited = [bundled.get(source) for source in dict.fromkeys(first.sources)]
    assert timeline[0] == (first.date.display(), first.id, first.title,
                           "; ".join(f"{source.title} ({source.publisher})" for source in cited))
    assert [row[0] for row in db.execute("SELECT id FROM quotations")] == [q.id for q in select_quotes(bundled)]
    assert [row[0] for row in db.execute("SELECT id FROM key_figures")] == [
        f.id for f in figures_in_date_order(bundled)]
    assert count(db, "tenures") == count(db, "roles")


def test_full_text_search_over_titles_summaries_and_quote_texts(db, bundled):
    found = {row[0] for row in db.execute(
        "SELECT id FROM events WHERE rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH 'reunification')")}
    assert found == {e.id for e in bundled.events if "reunification" in words(f"{e.title} {e.summary or ''}")}
    assert found
    quotes = {row[0] for row in db.execute(
        "SELECT id FROM quotes WHERE rowid IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'oath')")}
    assert "rosenstein-oath-of-office" in quotes


def test_the_metadata_names_title_description_license_and_sources(exported, bundled):
    metadata = json.loads(exported[1].read_text(encoding="utf-8"))
    assert metadata["title"] == bundled.title and html.escape(bundled.description) in metadata["description_html"]
    assert metadata["license"] == bundled.license and "MIT" in metadata["license"]
    assert metadata["source"] == f"{len(bundled.sources)} works cited, listed in the sources table"  # no file name
    tables = metadata["databases"]["zt"]["tables"]
    assert tables["quotes"]["label_column"] == "text" and "description" in tables["citations"]


def test_every_text_is_stored_exactly_and_stays_data(tmp_path):
    """Markup, SQL-looking text and control characters go in as parameters and come out as written."""
    for data in (MARKUP, CONTROLS):
        from zt_timeline.loading.load import load_timeline

        database = tmp_path / f"{data.stem}.db"
        write_database(load_timeline(data), database)
        connection = sqlite3.connect(database)
        stored = {value for table, in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                           "AND name NOT LIKE '%fts%'")
                  for row in connection.execute(f"SELECT * FROM {table}") for value in row if isinstance(value, str)}
        connection.close()
        document = tomllib.loads(data.read_text(encoding="utf-8"))
        texts = set(strings({key: value for key, value in document.items() if key != "timeline"}))
        missing = {text for text in texts if text not in stored and not text.startswith(("20", "19"))}
        assert missing <= {"news", "person", "organization", "spoken", "written", "notes", "paraphrase"}, missing


def test_export_sqlite_usage_and_refusals(tmp_path):
    assert run("export", "sqlite").exit_code == 2
    assert run("export", "sqlite", "-o", str(tmp_path / "a.db"), "--tag", "policy").exit_code == 2
    assert run("export", "json", "--metadata", str(tmp_path / "m.json")).exit_code == 2
    data = tmp_path / "t.toml"
    data.write_bytes(MINI.read_bytes())
    refused = run("export", "sqlite", "-o", str(data), data=data)
    assert refused.exit_code == 1 and "it is the data file being read" in refused.stderr
    assert data.read_bytes() == MINI.read_bytes()
    unwritable = run("export", "sqlite", "-o", str(tmp_path / "no" / "such" / "a.db"))
    assert unwritable.exit_code == 1 and unwritable.stderr.startswith("zt: error: cannot write ")
    custom = run("export", "sqlite", "-o", str(tmp_path / "mini.db"), "--metadata", str(tmp_path / "meta.json"))
    assert custom.exit_code == 0, custom.stderr
    assert json.loads((tmp_path / "meta.json").read_text(encoding="utf-8"))["title"] == "Mini timeline"
    again = run("export", "sqlite", "-o", str(tmp_path / "mini.db"))  # a database is replaced, as any export
    assert again.exit_code == 0 and [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# Datasette itself, in-process: the tables, a full-text query, a foreign-key link.

datasette_app = pytest.importorskip("datasette.app", reason="Datasette is in the test extra")


@pytest.fixture(scope="module")
def datasette(exported):
    database, metadata, _ = exported
    return datasette_app.Datasette([str(database)], metadata=json.loads(metadata.read_text(encoding="utf-8")))


def get(datasette, path):
    async def fetch():
        return await datasette.client.get(path)

    response = asyncio.run(fetch())
    assert response.status_code == 200, (path, response.status_code, response.text[:300])
    return response


def test_datasette_lists_every_table_and_view(datasette, db):
    listing = get(datasette, "/zt.json").json()
    names = {table["name"] for table in listing["tables"]} | {view["name"] for view in listing["views"]}
    assert {"sources", "actors", "roles", "events", "quotes", "figures", "citations", "event_actors",
            "timeline", "quotations", "key_figures", "tenures"} <= names
    events = next(table for table in listing["tables"] if table["name"] == "events")
    assert events["count"] == count(db, "events") and events["fts_table"] == "events_fts"
    assert "Zero tolerance" in get(datasette, "/").text  # the metadata's title


def test_datasette_full_text_search(datasette, db):
    rows = get(datasette, "/zt/events.json?_search=reunification&_shape=array").json()
    expected = {row[0] for row in db.execute(
        "SELECT id FROM events WHERE rowid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH 'reunification')")}
    assert {row["id"] for row in rows} == expected and expected
    quotes = get(datasette, "/zt/quotes.json?_search=oath&_shape=array").json()
    assert "rosenstein-oath-of-office" in {row["id"] for row in quotes}


def test_datasette_follows_a_foreign_key(datasette, bundled):
    quote = bundled.get("rosenstein-oath-of-office")
    rows = get(datasette, f"/zt/quotes.json?id={quote.id}&_labels=on&_shape=array").json()
    assert rows[0]["speaker"] == {"value": quote.speaker, "label": bundled.get(quote.speaker).name}
    page = get(datasette, f"/zt/quotes?id={quote.id}").text
    assert f'<a href="/zt/actors/{quote.speaker}">{bundled.get(quote.speaker).name}' in page
    # And back: the actor's page links to the quotes they said and the citations of the actor.
    back = get(datasette, f"/zt/actors/{quote.speaker}.json?_extras=foreign_key_tables").json()
    links = {(link["other_table"], link["other_column"]): link["count"] for link in back["foreign_key_tables"]}
    assert links[("quotes", "speaker")] == sum(q.speaker == quote.speaker for q in bundled.quotes)
    assert back["license"] == bundled.license


def test_datasette_shows_the_view_in_zts_order(datasette, bundled):
    rows = get(datasette, "/zt/timeline.json?_shape=array&_size=max").json()
    assert [row["id"] for row in rows] == [event.id for event in bundled.events]


def test_metadata_for_another_database_name(mini):
    metadata = datasette_metadata(mini, "my-timeline")
    assert list(metadata["databases"]) == ["my-timeline"]
    assert "license" not in metadata  # mini.toml gives none
