"""Validation: turn a parsed TOML document into a Timeline, reporting every problem at once.

One pass collects ids, so references can be checked; a second pass builds the records in
file order, so problems come out in the order a reader meets them in the file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .dates import PartialDate
from .errors import DataError
from .fields import SLUG, Fields, Report
from .model import (
    Actor,
    ActorKind,
    Event,
    EventVariant,
    Figure,
    FigureVariant,
    Quote,
    QuoteForm,
    QuoteVariant,
    RecordType,
    Role,
    Source,
    SourceKind,
    Timeline,
)
from .problems import shorten

_ARRAYS = {kind.array: kind for kind in RecordType}
_TIMELINE_FIELDS = {"title", "description"}


def _source(f: Fields, record_id: str) -> Source:
    return Source(
        id=record_id, title=f.text("title", True), publisher=f.text("publisher", True),
        date=f.date("date", True), url=f.text("url"), author=f.text("author"),
        kind=f.choice("kind", SourceKind), note=f.text("note"),
    )


def _role(f: Fields) -> Role:
    role = Role(
        title=f.text("title", True), org=f.ref("org", RecordType.ACTOR),
        start=f.date("from"), until=f.date("until"),
        sources=f.refs("sources", RecordType.SOURCE, True), note=f.text("note"),
    )
    if role.start and role.until and role.until.last_day < role.start.first_day:
        f.report.error(f.where, "until", f"{role.until} is before 'from' {role.start}")
    return role


def _actor(f: Fields, record_id: str) -> Actor:
    roles = []
    for index, raw in f.tables("roles"):
        nested = f.nested("roles", index, raw)
        roles.append(_role(nested))
        nested.finish()
    actor = Actor(
        id=record_id, name=f.text("name", True), kind=f.choice("kind", ActorKind, True),
        aliases=f.texts("aliases"), roles=tuple(roles),
        sources=f.refs("sources", RecordType.SOURCE), note=f.text("note"),
    )
    if not actor.sources and not any(role.sources for role in actor.roles):
        f.report.error(f.where, "sources", "is missing: cite a source for the actor or for one of its roles")
    return actor


def _check_span(f: Fields, start: PartialDate | None, end: PartialDate | None) -> None:
    if start and end and end.last_day < start.first_day:
        f.report.error(f.where, "end", f"{end} is before 'date' {start}")


def _event(f: Fields, record_id: str) -> Event:
    variants = []
    for index, raw in f.tables("variants"):
        nested = f.nested("variants", index, raw)
        variant = EventVariant(
            date=nested.date("date", True), end=nested.date("end"),
            sources=nested.refs("sources", RecordType.SOURCE, True), note=nested.text("note"),
        )
        _check_span(nested, variant.date, variant.end)
        nested.finish()
        variants.append(variant)
    event = Event(
        id=record_id, date=f.date("date", True), end=f.date("end"), title=f.text("title", True),
        sources=f.refs("sources", RecordType.SOURCE, True), summary=f.text("summary"),
        actors=f.refs("actors", RecordType.ACTOR), tags=f.texts("tags", slug=True),
        note=f.text("note"), variants=tuple(variants),
    )
    _check_span(f, event.date, event.end)
    return event


def _quote(f: Fields, record_id: str) -> Quote:
    variants = []
    for index, raw in f.tables("variants"):
        nested = f.nested("variants", index, raw)
        variants.append(QuoteVariant(
            text=nested.text("text", True), sources=nested.refs("sources", RecordType.SOURCE, True),
            context=nested.text("context"), note=nested.text("note"),
        ))
        nested.finish()
    return Quote(
        id=record_id, speaker=f.ref("speaker", RecordType.ACTOR, True), text=f.text("text", True),
        sources=f.refs("sources", RecordType.SOURCE, True), date=f.date("date"),
        context=f.text("context"), event=f.ref("event", RecordType.EVENT),
        form=f.choice("form", QuoteForm) or QuoteForm.SPOKEN, via=f.texts("via"),
        variants=tuple(variants), note=f.text("note"),
    )


def _figure(f: Fields, record_id: str) -> Figure:
    variants = []
    for index, raw in f.tables("variants"):
        nested = f.nested("variants", index, raw)
        variants.append(FigureVariant(
            value=nested.number("value", True), sources=nested.refs("sources", RecordType.SOURCE, True),
            qualifier=nested.text("qualifier"), unit=nested.text("unit"), date=nested.date("date"),
            note=nested.text("note"),
        ))
        nested.finish()
    return Figure(
        id=record_id, label=f.text("label", True), value=f.number("value", True),
        sources=f.refs("sources", RecordType.SOURCE, True), unit=f.text("unit"),
        qualifier=f.text("qualifier"), date=f.date("date"), event=f.ref("event", RecordType.EVENT),
        variants=tuple(variants), note=f.text("note"),
    )


_BUILDERS: dict[RecordType, Callable[[Fields, str], Any]] = {
    RecordType.SOURCE: _source, RecordType.ACTOR: _actor, RecordType.EVENT: _event,
    RecordType.QUOTE: _quote, RecordType.FIGURE: _figure,
}


def _arrays(document: dict, report: Report) -> list[tuple[RecordType, list]]:
    """The record arrays in file order; wrong top-level shapes are reported here."""
    arrays = []
    for key, value in document.items():
        kind = _ARRAYS.get(key)
        if kind is None:
            if key == "timeline":
                if not isinstance(value, dict):
                    report.error(None, key, f"{shorten(value)} is not a table")
            else:
                report.warn(None, key, "unknown top-level key (ignored): is it misspelt?")
            continue
        if not isinstance(value, list):
            report.error(None, key, f"{shorten(value)} is not an array of tables ([[{key}]])")
            continue
        arrays.append((kind, value))
    return arrays


def _collect_ids(arrays: list[tuple[RecordType, list]]) -> dict[RecordType, set[str]]:
    ids: dict[RecordType, set[str]] = {kind: set() for kind in RecordType}
    for kind, items in arrays:
        bucket = ids[kind]
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                bucket.add(item["id"])
    return ids


def _timeline_meta(document: dict, report: Report) -> tuple[str | None, str | None]:
    meta = document.get("timeline")
    if not isinstance(meta, dict):
        return None, None
    for key in meta:
        if key not in _TIMELINE_FIELDS:
            report.warn("timeline", key, "unknown field (ignored): is it misspelt?")
    values = []
    for key in ("title", "description"):
        value = meta.get(key)
        if value is not None and not isinstance(value, str):
            report.error("timeline", key, f"{shorten(value)} is not a string")
            value = None
        values.append(value)
    return values[0], values[1]


def build_timeline(document: dict, path: str) -> Timeline:
    """Validate a parsed document and build its Timeline, or raise DataError with every problem."""
    report = Report(path)
    arrays = _arrays(document, report)
    ids = _collect_ids(arrays)
    built: dict[RecordType, list] = {kind: [] for kind in RecordType}
    first_seen: dict[str, str] = {}
    for kind, items in arrays:
        builder = _BUILDERS[kind]
        for index, raw in enumerate(items):
            position = f"{kind.array}[{index}]"
            if not isinstance(raw, dict):
                report.error(position, None, f"{shorten(raw)} is not a table")
                continue
            record_id = raw.get("id")
            if isinstance(record_id, str) and SLUG.fullmatch(record_id):
                where = f"{kind.value} '{record_id}'"
            else:
                where = position
                if record_id is None:
                    report.error(where, "id", "is missing (required)")
                else:
                    report.error(where, "id", f"{shorten(record_id)} is not a lowercase slug (a-z, 0-9, hyphens)")
                record_id = None
            if record_id is not None:
                if record_id in first_seen:
                    report.error(where, "id", f"duplicate id (first used by {first_seen[record_id]})")
                else:
                    first_seen[record_id] = f"{kind.value} '{record_id}'"
            fields = Fields(raw, where, report, ids)
            fields.known.add("id")
            record = builder(fields, record_id or "")
            fields.finish()
            built[kind].append(record)
    title, description = _timeline_meta(document, report)
    if not document:
        report.error(None, None, "the file is empty: a timeline needs at least one [[events]] table")
    elif not built[RecordType.EVENT] and not report.problems:
        report.error(None, "events", "no events: a timeline needs at least one [[events]] table")
    if report.problems:
        raise DataError(path, tuple(report.problems), tuple(report.warnings))
    events = sorted(built[RecordType.EVENT], key=lambda event: event.date.sort_key)
    return Timeline(
        path=path, sources=tuple(built[RecordType.SOURCE]), actors=tuple(built[RecordType.ACTOR]),
        events=tuple(events), quotes=tuple(built[RecordType.QUOTE]), figures=tuple(built[RecordType.FIGURE]),
        title=title, description=description, warnings=tuple(report.warnings),
    )
