"""The schema of `zt export sqlite`: one table per kind of record, link tables, full-text
search and the views a reader starts from, each described for Datasette's metadata.

Written out as SQL rather than built by a library: the schema is fixed, so it is clearest as
the statements themselves, with their keys and constraints in one place. A date field X is
five columns: X as the data file writes it ("2018-06~"), X_precision (year, month or day),
X_qualifier (?, ~, % or null), and X_first_day, X_last_day (ISO days, so they sort and
compare as text): the span the date names, as zt's --since/--until windows read it.

Each table and view opens on what a reader looks for: the date as zt shows it ("10 Jul 2018",
which sorts as text) with `first_day` beside it (sorts by date), then the words; the date
fields in their five columns and the listing order come last.
"""

from __future__ import annotations

DATE_PARTS = ("", "_precision", "_qualifier", "_first_day", "_last_day")


def _date(name: str, required: bool = False) -> str:
    """The five columns of a date field."""
    first, *others = (f'"{name}{part}" TEXT' for part in DATE_PARTS)
    return ", ".join([first + (" NOT NULL" if required else ""), *others])


SCHEMA = f"""
CREATE TABLE sources (
    id TEXT PRIMARY KEY, title TEXT NOT NULL, publisher TEXT NOT NULL, display_date TEXT, first_day TEXT,
    author TEXT, url TEXT, host TEXT, copy_url TEXT, original TEXT, kind TEXT, evidence TEXT, note TEXT,
    descriptive_title INTEGER NOT NULL, {_date("date")}
);
CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, note TEXT);
CREATE TABLE actor_aliases (
    actor TEXT NOT NULL REFERENCES actors(id), position INTEGER NOT NULL, alias TEXT NOT NULL,
    PRIMARY KEY (actor, position)
);
CREATE TABLE roles (
    id INTEGER PRIMARY KEY, actor TEXT NOT NULL REFERENCES actors(id), position INTEGER NOT NULL,
    title TEXT NOT NULL, org TEXT REFERENCES actors(id), {_date("start")}, {_date("until")}, note TEXT
);
CREATE TABLE events (
    id TEXT PRIMARY KEY, display_date TEXT NOT NULL, first_day TEXT NOT NULL, title TEXT NOT NULL, summary TEXT,
    disputed TEXT, note TEXT, last_day TEXT NOT NULL, {_date("date", required=True)}, {_date("end")},
    listing_order INTEGER NOT NULL
);
CREATE TABLE event_actors (
    event TEXT NOT NULL REFERENCES events(id), position INTEGER NOT NULL, actor TEXT NOT NULL REFERENCES actors(id),
    PRIMARY KEY (event, position)
);
CREATE TABLE event_tags (
    event TEXT NOT NULL REFERENCES events(id), position INTEGER NOT NULL, tag TEXT NOT NULL,
    PRIMARY KEY (event, position)
);
CREATE TABLE event_variants (
    id INTEGER PRIMARY KEY, event TEXT NOT NULL REFERENCES events(id), position INTEGER NOT NULL,
    {_date("date", required=True)}, {_date("end")}, note TEXT
);
CREATE TABLE quotes (
    id TEXT PRIMARY KEY, display_date TEXT, first_day TEXT, speaker TEXT NOT NULL REFERENCES actors(id),
    text TEXT NOT NULL, context TEXT, form TEXT NOT NULL, event TEXT REFERENCES events(id), note TEXT,
    disputed TEXT, {_date("date")}, listing_order INTEGER NOT NULL
);
CREATE TABLE quote_via (
    quote TEXT NOT NULL REFERENCES quotes(id), position INTEGER NOT NULL, link TEXT NOT NULL,
    PRIMARY KEY (quote, position)
);
CREATE TABLE quote_variants (
    id INTEGER PRIMARY KEY, quote TEXT NOT NULL REFERENCES quotes(id), position INTEGER NOT NULL,
    text TEXT NOT NULL, context TEXT, note TEXT
);
CREATE TABLE figures (
    id TEXT PRIMARY KEY, display_value TEXT NOT NULL, label TEXT NOT NULL, display_date TEXT, first_day TEXT,
    value NUMERIC NOT NULL, unit TEXT, qualifier TEXT, event TEXT REFERENCES events(id), note TEXT, disputed TEXT,
    {_date("date")}, listing_order INTEGER NOT NULL
);
CREATE TABLE figure_variants (
    id INTEGER PRIMARY KEY, figure TEXT NOT NULL REFERENCES figures(id), position INTEGER NOT NULL,
    value NUMERIC NOT NULL, qualifier TEXT, unit TEXT, {_date("date")}, note TEXT
);
CREATE TABLE disputes (
    id INTEGER PRIMARY KEY, event TEXT REFERENCES events(id), quote TEXT REFERENCES quotes(id),
    figure TEXT REFERENCES figures(id), position INTEGER NOT NULL, point TEXT NOT NULL, note TEXT,
    CHECK ((event IS NOT NULL) + (quote IS NOT NULL) + (figure IS NOT NULL) = 1)
);
CREATE TABLE dispute_accounts (
    id INTEGER PRIMARY KEY, dispute INTEGER NOT NULL REFERENCES disputes(id), position INTEGER NOT NULL,
    says TEXT NOT NULL, note TEXT
);
CREATE TABLE citations (
    id INTEGER PRIMARY KEY, source TEXT NOT NULL REFERENCES sources(id), record_type TEXT NOT NULL,
    event TEXT REFERENCES events(id), quote TEXT REFERENCES quotes(id), figure TEXT REFERENCES figures(id),
    actor TEXT REFERENCES actors(id), part TEXT NOT NULL, part_id INTEGER, position INTEGER NOT NULL,
    excerpt TEXT, locator TEXT,
    CHECK ((event IS NOT NULL) + (quote IS NOT NULL) + (figure IS NOT NULL) + (actor IS NOT NULL) = 1)
);
CREATE INDEX citations_source ON citations(source);
CREATE INDEX citations_event ON citations(event);
CREATE INDEX citations_quote ON citations(quote);
CREATE INDEX citations_figure ON citations(figure);
CREATE INDEX citations_actor ON citations(actor);
CREATE INDEX event_actors_actor ON event_actors(actor);
CREATE INDEX event_tags_tag ON event_tags(tag);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE INDEX roles_actor ON roles(actor);
CREATE INDEX events_first_day ON events(first_day);
"""

# Full-text search over the words people look for, one index per table. External content
# (content="table"), so the words are stored once; Datasette finds each index by that clause
# and offers a search box on the table's page (?_search=).
SEARCHED = {
    "events": ("title", "summary"),
    "quotes": ("text", "context"),
    "figures": ("label",),
    "sources": ("title", "publisher", "author"),
    "actors": ("name",),
}


def search_statements() -> str:
    statements = []
    for table, columns in SEARCHED.items():
        listed = ", ".join(columns)
        statements.append(f'CREATE VIRTUAL TABLE {table}_fts USING fts5({listed}, content="{table}");')
        statements.append(f"INSERT INTO {table}_fts(rowid, {listed}) SELECT rowid, {listed} FROM {table};")
    return "\n".join(statements)


def _joined(select: str) -> str:
    """A list in one cell, in its own order: group_concat over an ordered subquery."""
    return f"(SELECT group_concat(item, ', ') FROM ({select}))"


def _cited(column: str) -> str:
    """The sources a record cites, by title and publisher (a view's cell cannot link; the
    record's own page links each of its citations to its source)."""
    return ("(SELECT group_concat(item, '; ') FROM (SELECT s.title || ' (' || s.publisher || ')' AS item "
            "FROM sources s JOIN (SELECT source, min(position) AS first FROM citations "
            f"WHERE {column} AND part = 'record' GROUP BY source) c ON c.source = s.id ORDER BY c.first))")


# Views that read like zt's listings: `zt timeline`, `zt quote`, `zt stats`' figures, `zt actors`.
VIEWS = f"""
CREATE VIEW timeline AS
SELECT e.display_date AS date, e.first_day, e.title AS event,
    {_joined("SELECT a.name AS item FROM event_actors x JOIN actors a ON a.id = x.actor "
             "WHERE x.event = e.id ORDER BY x.position")} AS actors,
    {_joined("SELECT tag AS item FROM event_tags WHERE event = e.id ORDER BY position")} AS tags,
    {_cited("event = e.id")} AS sources,
    e.summary, e.disputed, e.last_day, e.id
FROM events e ORDER BY e.listing_order;

CREATE VIEW quotations AS
SELECT q.display_date AS date, q.first_day, a.name AS speaker, q.text AS quote, q.form, q.context,
    {_cited("quote = q.id")} AS sources, q.disputed, q.id, q.event
FROM quotes q JOIN actors a ON a.id = q.speaker ORDER BY q.listing_order;

CREATE VIEW key_figures AS
SELECT f.display_value AS value, f.label AS what_it_counts, f.display_date AS date, f.first_day,
    {_cited("figure = f.id")} AS sources, f.disputed, f.id, f.event
FROM figures f ORDER BY f.listing_order;

CREATE VIEW tenures AS
SELECT a.name, r.title AS role, o.name AS organization, r.start AS "from", r.start_first_day AS first_day,
    r.until, r.until_last_day AS last_day, r.actor, r.org
FROM roles r JOIN actors a ON a.id = r.actor LEFT JOIN actors o ON o.id = r.org
ORDER BY r.start IS NULL, r.start_first_day, a.name, r.position;
"""

VIEW_NAMES = ("timeline", "quotations", "key_figures", "tenures")

# What each table and view holds, for Datasette's metadata; label_column names the column
# that stands for a row where another table links to it. Plain text: Datasette shows a
# description as it is, so Markdown's backticks would be on screen.
TABLES = {
    "timeline": ("The events in date order, as zt timeline lists them: the date as the data gives it, "
                 "who was involved, the tags and the sources.", None),
    "quotations": ("Every quote with its speaker and date, as zt quote lists them.", None),
    "key_figures": ("The numbers the sources give, as zt stats lists them.", None),
    "tenures": ("Who held which office when, as zt actors lists them.", None),
    "events": ("One row per event. display_date is the date as zt shows it, first_day and last_day the span it "
               "names (sort by first_day for date order); the event's page links to its sources through "
               "citations.", "title"),
    "quotes": ("Words someone said or wrote, verbatim from the cited source unless form says notes or "
               "paraphrase.", "text"),
    "figures": ("Numbers from the sources: what each counts, its value, unit and qualifier.", "label"),
    "sources": ("The works cited: articles, reports, court papers, statements. A title the work does not "
                "give itself has descriptive_title = 1; a work whose date was not seen has none. host names "
                "the site holding a copy when the address is not the publisher's own page.", "title"),
    "actors": ("People and organizations.", "name"),
    "citations": ("Every citation: which record (or which of its roles, variants or dispute accounts, by part "
                  "and part_id) cites which source, with the source's own words (excerpt) and where they are "
                  "(locator).", None),
    "roles": ("The offices and positions actors held, with their tenure.", "title"),
    "actor_aliases": ("Other names of each actor.", "alias"),
    "event_actors": ("Who took part in each event.", None),
    "event_tags": ("The tags of each event.", "tag"),
    "event_variants": ("Other accounts of when an event happened, each with its sources (see citations).", None),
    "quote_via": ("The chain from the words to the cited source, first link first.", "link"),
    "quote_variants": ("Other renderings of a quote's words, each with its sources.", "text"),
    "figure_variants": ("Other values sources give for a figure.", None),
    "disputes": ("Points on which the sources give different accounts.", "point"),
    "dispute_accounts": ("What each side of a dispute says, with its sources (see citations).", "says"),
}

# What a reader opens first; the rest are the links between records, listed after them as
# Datasette's hidden tables.
READING = ("events", "quotes", "figures", "sources", "actors")
