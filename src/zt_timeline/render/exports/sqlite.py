"""`zt export sqlite`: the whole timeline as a SQLite database, and its Datasette metadata.

One row per record in the table of its kind, one per role, variant, dispute and account in
theirs, and one per citation in `citations` (with the source's words and the locator), all
linked by foreign keys; the schema is in sqlite_schema.py. Values go in as SQL parameters,
never as SQL text, so no text in a data file can change a statement. Written with the
standard library's sqlite3 to a file beside the target, renamed into place when complete.
"""

from __future__ import annotations

import contextlib
import html
import os
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

from ...model.accounts import Dispute, Pinpoint
from ...model.dates import PartialDate
from ...model.quantities import amount
from ...model.timeline import Timeline
from ...queries.select import figures_in_date_order, quote_date, select_quotes
from ..cells import event_when, when
from ..views import disputed_cell
from .formats import refuse_data_file
from .sqlite_schema import DATE_PARTS, READING, SCHEMA, TABLES, VIEW_NAMES, VIEWS, search_statements

# Tables whose rows are numbered (an INTEGER PRIMARY KEY other rows refer to).
_NUMBERED = {"roles", "event_variants", "quote_variants", "figure_variants", "disputes", "dispute_accounts",
             "citations"}
_CITING = ("event", "quote", "figure", "actor")  # the record columns of a citation
_DISPUTED = ("event", "quote", "figure")


def _date(name: str, date: PartialDate | None) -> dict[str, Any]:
    """The five columns of a date field (see sqlite_schema.py)."""
    if date is None:
        return dict.fromkeys((f"{name}{part}" for part in DATE_PARTS), None)
    values = (date.iso(), date.precision.name.lower(), date.qualifier.value if date.qualifier else None,
              date.first_day.isoformat(), date.last_day.isoformat())
    return {f"{name}{part}": value for part, value in zip(DATE_PARTS, values, strict=True)}


def _first(date: PartialDate | None) -> str | None:
    """The first day a date names, as YYYY-MM-DD: the column that sorts by date."""
    return date.first_day.isoformat() if date else None


class _Rows:
    """The rows of every table, numbered where other rows refer to them."""

    def __init__(self) -> None:
        self.tables: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(self, table: str, **row: Any) -> int | None:
        rows = self.tables[table]
        number = len(rows) + 1 if table in _NUMBERED else None
        rows.append({"id": number, **row} if number else row)
        return number

    def cite(self, owner: tuple[str, str], part: str, part_id: int | None, sources: tuple[str, ...],
             pinpoints: tuple[Pinpoint, ...]) -> None:
        """A row per source cited (each once), or per excerpt or locator given for it."""
        kind, record_id = owner
        record = dict.fromkeys(_CITING, None) | {kind: record_id}
        position = 0
        for source in dict.fromkeys(sources):
            for pinpoint in [p for p in pinpoints if p.source == source] or [Pinpoint(source)]:
                self.add("citations", source=source, record_type=kind, **record, part=part, part_id=part_id,
                         position=position, excerpt=pinpoint.excerpt, locator=pinpoint.locator)
                position += 1

    def disputes(self, owner: tuple[str, str], disputes: tuple[Dispute, ...]) -> None:
        kind, record_id = owner
        for position, dispute in enumerate(disputes):
            number = self.add("disputes", **dict.fromkeys(_DISPUTED, None) | {kind: record_id}, position=position,
                              point=dispute.point, note=dispute.note)
            for index, account in enumerate(dispute.accounts):
                account_id = self.add("dispute_accounts", dispute=number, position=index, says=account.says,
                                      note=account.note)
                self.cite(owner, "dispute account", account_id, account.sources, account.pinpoints)


def database_rows(timeline: Timeline) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, in the order zt lists the records."""
    rows = _Rows()
    for source in timeline.sources:
        rows.add("sources", id=source.id, title=source.title, descriptive_title=int(source.descriptive_title),
                 publisher=source.publisher, display_date=when(source.date) or None, first_day=_first(source.date),
                 **_date("date", source.date), url=source.url, host=source.host,
                 author=source.author, kind=source.kind and source.kind.value,
                 evidence=source.evidence and source.evidence.value, note=source.note,
                 copy_url=source.copy and source.copy.url, original=source.original)
    for actor in timeline.actors:
        rows.add("actors", id=actor.id, name=actor.name, kind=actor.kind.value, note=actor.note)
        for position, alias in enumerate(actor.aliases):
            rows.add("actor_aliases", actor=actor.id, position=position, alias=alias)
        rows.cite(("actor", actor.id), "record", None, actor.sources, actor.pinpoints)
        for position, role in enumerate(actor.roles):
            number = rows.add("roles", actor=actor.id, position=position, title=role.title, org=role.org,
                              **_date("start", role.start), **_date("until", role.until), note=role.note)
            rows.cite(("actor", actor.id), "role", number, role.sources, role.pinpoints)
    for order, event in enumerate(timeline.events):
        owner = ("event", event.id)
        rows.add("events", id=event.id, listing_order=order, display_date=event_when(event), title=event.title,
                 **_date("date", event.date), **_date("end", event.end), first_day=event.date.first_day.isoformat(),
                 last_day=event.last.last_day.isoformat(), summary=event.summary, note=event.note,
                 disputed=disputed_cell(event) or None)
        for position, actor_id in enumerate(event.actors):
            rows.add("event_actors", event=event.id, position=position, actor=actor_id)
        for position, tag in enumerate(event.tags):
            rows.add("event_tags", event=event.id, position=position, tag=tag)
        rows.cite(owner, "record", None, event.sources, event.pinpoints)
        for position, variant in enumerate(event.variants):
            number = rows.add("event_variants", event=event.id, position=position, **_date("date", variant.date),
                              **_date("end", variant.end), note=variant.note)
            rows.cite(owner, "variant", number, variant.sources, variant.pinpoints)
        rows.disputes(owner, event.disputes)
    for order, quote in enumerate(select_quotes(timeline)):
        owner = ("quote", quote.id)
        shown = quote_date(timeline, quote)
        rows.add("quotes", id=quote.id, listing_order=order, speaker=quote.speaker, text=quote.text,
                 display_date=when(shown) or None, first_day=_first(shown), **_date("date", quote.date),
                 context=quote.context, event=quote.event, form=quote.form.value, note=quote.note,
                 disputed=disputed_cell(quote) or None)
        for position, link in enumerate(quote.via):
            rows.add("quote_via", quote=quote.id, position=position, link=link)
        rows.cite(owner, "record", None, quote.sources, quote.pinpoints)
        for position, wording in enumerate(quote.variants):
            number = rows.add("quote_variants", quote=quote.id, position=position, text=wording.text,
                              context=wording.context, note=wording.note)
            rows.cite(owner, "variant", number, wording.sources, wording.pinpoints)
        rows.disputes(owner, quote.disputes)
    for order, figure in enumerate(figures_in_date_order(timeline)):
        owner = ("figure", figure.id)
        rows.add("figures", id=figure.id, listing_order=order, label=figure.label, value=figure.value,
                 unit=figure.unit, qualifier=figure.qualifier, display_value=amount(figure),
                 display_date=when(figure.date) or None, first_day=_first(figure.date), **_date("date", figure.date),
                 event=figure.event,
                 note=figure.note, disputed=disputed_cell(figure) or None)
        rows.cite(owner, "record", None, figure.sources, figure.pinpoints)
        for position, count in enumerate(figure.variants):
            number = rows.add("figure_variants", figure=figure.id, position=position, value=count.value,
                              qualifier=count.qualifier, unit=count.unit, **_date("date", count.date),
                              note=count.note)
            rows.cite(owner, "variant", number, count.sources, count.pinpoints)
        rows.disputes(owner, figure.disputes)
    return rows.tables


def _insert(connection: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    listed = ", ".join(f'"{column}"' for column in columns)
    connection.executemany(f"INSERT INTO {table} ({listed}) VALUES ({', '.join('?' * len(columns))})",
                           [tuple(row[column] for column in columns) for row in rows])


def write_database(timeline: Timeline, path: str | Path) -> dict[str, int]:
    """Write the database to `path` (replacing a file there, never a data file being read) and
    return the number of rows of each table; OutputError if it cannot be written."""
    from ...errors import OutputError

    target = Path(path)
    refuse_data_file(target, timeline.files)
    tables = database_rows(timeline)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        partial.unlink(missing_ok=True)
        connection = sqlite3.connect(partial, isolation_level=None)
        try:
            # A new file that is renamed into place only when complete needs no journal, and
            # one transaction makes it a single write to disk, not one per statement.
            connection.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; BEGIN;" + SCHEMA)
            for table, rows in tables.items():
                _insert(connection, table, rows)
            connection.executescript("BEGIN;" + search_statements() + VIEWS + "COMMIT;")  # commits the rows first
        finally:
            connection.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
        raise OutputError(f"cannot write {path}: {reason}") from None
    return {table: len(tables.get(table, ())) for table in TABLES if table not in VIEW_NAMES}


def _links(database: str, names: tuple[str, ...]) -> str:
    """Links to tables or views of the database, relative to Datasette's front and database pages."""
    return ", ".join(f'<a href="{html.escape(database, quote=True)}/{name}">{name.replace("_", " ")}</a>'
                     for name in names)


def datasette_metadata(timeline: Timeline, database: str) -> dict[str, Any]:
    """Datasette's metadata for the database named `database` (its file name without .db):
    the timeline's title, description and license, where to start reading, and what each
    table and view holds. The readable views are linked first, then the tables of records;
    the link tables are hidden (Datasette lists them last, behind "hidden tables")."""
    title = timeline.title or "zt timeline"
    about = f"<p>{html.escape(timeline.description)}</p>" if timeline.description else ""
    guide = (f"<p>Start reading: {_links(database, VIEW_NAMES)}. The records: {_links(database, READING)}. "
             "Sort by a first_day column for date order.</p>")
    metadata: dict[str, Any] = {"title": title, "description_html": about + guide}
    if timeline.license:
        metadata["license"] = timeline.license
    metadata["source"] = f"{len(timeline.sources)} works cited, listed in the sources table"
    sortable = {"first_day": "The first day the date names (YYYY-MM-DD): sort by it for date order.",
                "last_day": "The last day the date names (YYYY-MM-DD)."}
    tables: dict[str, Any] = {}
    for name, (description, label) in TABLES.items():
        tables[name] = {"description": description, **({"label_column": label} if label else {})}
        if name not in READING and name not in VIEW_NAMES:
            tables[name]["hidden"] = True
    for name in (*READING, *VIEW_NAMES):
        if name not in ("actors",):
            tables[name]["columns"] = sortable
    tables["events"]["sort"] = "listing_order"
    tables["quotes"]["sort"] = "listing_order"
    tables["figures"]["sort"] = "listing_order"
    tables["sources"]["facets"] = ["kind", "evidence"]
    metadata["databases"] = {database: {"title": title, "description_html": guide, "tables": tables}}
    return metadata
