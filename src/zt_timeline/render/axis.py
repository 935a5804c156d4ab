"""A month axis for text pictures: months laid out left to right, as many text columns a month
as the width allows (or as many months a column as it needs), with the labels under them.

At 100 columns the 48 months of the bundled data get a column each; at 200, three each, and
the labels spell the months ("Jan Feb"); at 60 the labels on the left give way, not the plot.
A year is written under its January, even when it overhangs the last month.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from ..queries.periods import Month
from .picture import Line, Piece, pad

COLUMNS = " ▁▂▃▄▅▆▇█"  # eighths of a cell, for columns that grow upwards
MONTH_INITIALS = "JFMAMJJASOND"
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
BUCKETS = (1, 2, 3, 4, 6, 12, 24, 60, 120)  # months per column, smallest that fits wins
ZOOMS = (4, 3, 2)  # text columns per month on a wide terminal, largest that fits wins
MAX_GUTTER = 44  # labels wider than this make the picture harder to read, not clearer
MIN_GUTTER = 8  # labels shrink to this before the plot loses a column a month
COUNT_GUTTER = 6  # room for the scale ("120 ┤") when there are no labels to the left
_OVERHANG = 3  # a year's label may start under the last month and run three columns past it


@dataclass(frozen=True, slots=True)
class Axis:
    """Months laid out left to right: `per_column` months in a text column, or, when there is
    room, `zoom` text columns a month."""

    months: tuple[Month, ...]
    per_column: int
    gutter: int  # width of the label column on the left
    zoom: int = 1

    @property
    def buckets_count(self) -> int:
        return math.ceil(len(self.months) / self.per_column)

    @property
    def columns(self) -> int:
        return self.buckets_count * self.zoom

    def column(self, month: Month) -> int:
        """The first text column of a month, clamped to the axis."""
        offset = month.index - self.months[0].index
        return (min(max(offset, 0), len(self.months) - 1) // self.per_column) * self.zoom

    def buckets(self, counts: Sequence[int]) -> list[int]:
        return [sum(counts[i : i + self.per_column]) for i in range(0, len(counts), self.per_column)]

    @property
    def unit(self) -> str:
        """What a text column is: 'month', '2 months' (a month is wider on a wide terminal)."""
        return "month" if self.per_column == 1 else f"{self.per_column} months"

    @property
    def scale(self) -> str:
        """How the axis is drawn, for the note under a picture."""
        if self.zoom > 1:
            return f"{self.zoom} columns per month"
        return f"one column per {self.unit}"


def make_axis(months: tuple[Month, ...], width: int, gutter: tuple[int, int] = (MIN_GUTTER, MAX_GUTTER)) -> Axis:
    """The widest months that fit with labels of the full width; else a column a month with
    the labels shrunk; else the fewest months a column that fit."""
    narrowest, widest = gutter
    for zoom in ZOOMS:
        if len(months) * zoom + 1 + widest + _OVERHANG <= width:
            return Axis(months, 1, widest, zoom)
    for per_column in BUCKETS:
        columns = math.ceil(len(months) / per_column)
        if columns + 1 + narrowest <= width:
            # Room, where it can be had, for the last year to overhang its January.
            room = width - max(columns, 4) - 1
            return Axis(months, per_column, min(widest, room - _OVERHANG if room - _OVERHANG >= narrowest else room))
    return Axis(months, BUCKETS[-1], narrowest)


def row(axis: Axis, label: str, plot: list[Piece] | tuple[Piece, ...], label_style: str = "") -> Line:
    return ((pad(label, axis.gutter), label_style), (" ", ""), *plot)


def month_label_rows(axis: Axis, width: int | None = None) -> list[Line]:
    """The months (initials at a column each, names when there is room) and the years, each
    under its January; the last year may overhang the plot, within `width`."""
    rows = []
    if axis.per_column == 1:
        # Names where a month is three columns or more, in turn dim and plain so that names
        # that touch ("FebMar") still read as two; initials otherwise.
        pieces: list[Piece] = []
        for index, month in enumerate(axis.months):
            text = MONTH_NAMES[month.month - 1] if axis.zoom >= 3 else MONTH_INITIALS[month.month - 1]
            pieces.append((text[: axis.zoom].ljust(axis.zoom), "dim" if index % 2 == 0 or axis.zoom < 3 else ""))
        rows.append(row(axis, "", pieces))
    room = (width - axis.gutter - 1) if width else axis.columns + 4
    years = [" "] * max(room, axis.columns, 4)
    free_from = 0
    for index, month in enumerate(axis.months):
        if index and month.month != 1:
            continue
        label = str(month.year)
        column = (index // axis.per_column) * axis.zoom
        if column + len(label) > len(years):
            label = f"’{label[2:]}"  # no room to its right: the short form, still under its January
        if column >= free_from and column + len(label) <= len(years):
            years[column : column + len(label)] = label
            free_from = column + len(label) + 1
    rows.append(row(axis, "", [("".join(years).rstrip(), "")]))
    return rows


def column_rows(axis: Axis, counts: Sequence[int], style: str = "cyan", height_limit: int = 8) -> list[Line]:
    """A column per month or bucket of the axis; one row per event when the tallest fits."""
    values = axis.buckets(counts)
    largest = max(values, default=0)
    if largest == 0:
        return [row(axis, "0 ┤", [("", "")])]
    height = min(largest, height_limit)
    per_row = largest / height
    rows: list[tuple[tuple[str, str], ...]] = []
    for level in range(height, 0, -1):
        cells = []
        for value in values:
            eighths = round((value / per_row - (level - 1)) * 8)
            cells.append(COLUMNS[min(max(eighths, 0), 8)] * axis.zoom)
        top = level == height
        label = f"{largest} ┤" if top else ("1 ┤" if level == 1 and per_row == 1 else "  ┤")
        rows.append(((pad(label, axis.gutter, right=True), "dim"), (" ", ""), ("".join(cells).rstrip(), style)))
    return rows
