"""What a command prints, before it is written in a format: tables with their columns, and data for JSON."""

from __future__ import annotations

from typing import Any, NamedTuple


# Column, Table and Output are NamedTuples, not frozen dataclasses: this module is imported on
# every listing, piped ones too, and making a dataclass costs about 0.6 ms, a NamedTuple 0.2 ms.
class Column(NamedTuple):
    header: str
    wrap: bool = True
    numeric: bool = False
    weight: int = 1  # share of the spare width when the table wraps
    fit: bool = False  # kept whole (not wrapped) when it needs at most a quarter of the width
    wide_from: int = 0  # shown only on a terminal at least this wide (a summary at 160 columns)
    # "date": a range may take two lines, broken after its dash; "id": never split, and an id
    # too long for the column's common width goes on a line of its own under the row's main text.
    kind: str = ""


class Linked(str):
    """A table cell that is also a link: on a terminal that shows links the text is clickable
    (OSC 8); with `address`, a terminal that may not gets the address itself, whole, under it."""

    url: str
    address: bool

    def __new__(cls, text: str, url: str | None, address: bool = False) -> Linked:
        cell = super().__new__(cls, text)
        cell.url = url or ""
        cell.address = address
        return cell


class Table(NamedTuple):
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]
    title: str | None = None


class Output(NamedTuple):
    """One command's result: tables for people, one exact table for tools, data for JSON.

    `data` may be a function that makes it: a listing's JSON walks every field of every
    record, work a piped TSV run (the usual `zt timeline | ...`) need not pay for."""

    human: tuple[Any, ...]  # Tables, and any picture to print between them (a chart)
    machine: Table
    data: Any
    heading: str | None = None
    empty: str | None = None
    extras: tuple[Any, ...] = ()
    caption: str | None = None  # what the listing is, on a terminal only, where there is no heading

    @property
    def is_empty(self) -> bool:
        return not self.machine.rows

    def json_data(self) -> Any:
        return self.data() if callable(self.data) else self.data


def shown_columns(table: Table, width: int) -> Table:
    """The table without the columns the terminal is too narrow for (Column.wide_from)."""
    keep = [i for i, column in enumerate(table.columns) if column.wide_from <= width]
    if len(keep) == len(table.columns):
        return table
    return Table(tuple(table.columns[i] for i in keep), tuple(tuple(row[i] for i in keep) for row in table.rows),
                 table.title)
