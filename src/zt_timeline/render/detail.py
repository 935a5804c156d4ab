"""`zt show`: one record in full, every field (for a quote, its provenance), then the sources it cites."""

from __future__ import annotations

from typing import Any

from ..model.accounts import Pinpoint
from ..model.quantities import amount
from ..model.records import Figure, FigureVariant, Quote, Record, Source
from ..model.timeline import Timeline
from ..queries.provenance import provenance
from ..queries.select import record_pinpoints, record_sources
from ..queries.serialize import record_to_dict
from .cells import FORM_FLAGS
from .output import Column, Linked, Output, Table
from .provenance import CHAIN_COLUMNS, chain_rows, link_value


def _flatten(prefix: str, value: Any) -> list[tuple[str, str]]:
    """Nested fields as 'roles[0].title' rows, so every value has a line of its own."""
    if value is None or value == []:
        return []
    if isinstance(value, dict):
        return [row for key, item in value.items() for row in _flatten(f"{prefix}.{key}" if prefix else key, item)]
    if isinstance(value, list):
        if all(not isinstance(item, dict | list) for item in value):
            return [(prefix, ", ".join(str(item) for item in value))]
        return [row for index, item in enumerate(value) for row in _flatten(f"{prefix}[{index}]", item)]
    return [(prefix, str(value))]


def source_line(source: Source, *, address: bool = True) -> str:
    """A source on one line: the plain citation, so `zt show`, the .ics export and `zt cite`
    word a source the same way."""
    from ..citations.cite import source_line

    return source_line(source, address=address)


def _with_amounts(fields: dict[str, Any], figure: Figure) -> dict[str, Any]:
    """A figure's fields with 'amount: more than 3,000 children' first, as `zt conflicts` words
    it, in place of its value, qualifier and unit (and the same for each variant)."""
    def folded(values: dict[str, Any], counted: Figure | FigureVariant) -> dict[str, Any]:
        rest = {key: value for key, value in values.items() if key not in ("value", "qualifier", "unit")}
        return {"amount": amount(counted), **rest}

    shown = folded(fields, figure)
    if figure.variants:
        shown["variants"] = [folded(values, variant) for values, variant in zip(shown["variants"], figure.variants,
                                                                               strict=True)]
    return shown


def _linked_url(row: tuple[str, str]) -> tuple[str, str]:
    """The url field as a link on a terminal; the address is still printed, whole."""
    field, value = row
    return (field, Linked(value, value)) if field == "url" else row


def pinpoint_lines(pinpoints: tuple[Pinpoint, ...]) -> str:
    """The support a record finds in one source: '  p. 12: “the source's words”', one line each."""
    lines = []
    for pinpoint in pinpoints:
        words = f"“{pinpoint.excerpt}”" if pinpoint.excerpt else ""
        lines.append("  " + ": ".join(part for part in (pinpoint.locator, words) if part))
    return "\n".join(lines)


def show_output(timeline: Timeline, record: Record) -> Output:
    as_dict = record_to_dict(record)
    fields = [row for row in _flatten("", as_dict) if row[0] != "type"]
    cited = [timeline.get(source_id) for source_id in record_sources(record)]
    cited_sources = [source for source in cited if isinstance(source, Source)]
    pinpoints = record_pinpoints(record)
    lines = {source.id: source_line(source) for source in cited_sources}
    # The address has a line of its own, never folded or cut (too long for the column, it runs
    # past the edge and the terminal wraps it); on a terminal the id and the address are links.
    source_rows: list[tuple[str, str]] = []
    for source in cited_sources:
        source_rows.append((Linked(source.id, source.address), source_line(source, address=False)))
        if source.url:
            source_rows.append(("", Linked(source.url, source.url)))
        if source.copy:
            source_rows.append(("", Linked(source.copy_note() or "", source.copy.url)))
        own = pinpoint_lines(tuple(p for p in pinpoints if p.source == source.id))
        if own:
            source_rows.append(("", own))
    shown = _with_amounts(as_dict, record) if isinstance(record, Figure) else as_dict
    # The excerpts and locators are shown under their sources, not again among the fields.
    human_fields = tuple(_linked_url(row) for row in _flatten("", shown)
                         if row[0] != "type" and "pinpoints[" not in row[0])
    human: tuple[Table, ...] = (
        Table((Column("field", wrap=False), Column("value", weight=4)), human_fields),
        Table((Column("source", wrap=False, kind="id"), Column("citation", weight=4)), tuple(source_rows),
              title="Sources"),
    )
    field_rows = tuple(fields)
    title = record.headline
    if isinstance(record, Quote):
        # The chain from the words to the cited page, between the fields and the sources.
        chain = provenance(timeline, record)
        human = (human[0], Table(CHAIN_COLUMNS, chain_rows(record, chain), title="Provenance"), human[1])
        field_rows += tuple((f"provenance.{link.step.value}", link_value(link)) for link in chain[1:])
        title = f"{timeline.actor_name(record.speaker)} {FORM_FLAGS.get(record.form, '')}".strip()
    machine = Table((Column("field"), Column("value")),
                    field_rows + tuple((f"source:{sid}", line) for sid, line in lines.items()))
    data = [as_dict, *(record_to_dict(source) for source in cited_sources)]
    heading = f"{record.record_type.value} {record.id}" + (f": {title}" if title else "")
    return Output(human, machine, data, heading=heading)
