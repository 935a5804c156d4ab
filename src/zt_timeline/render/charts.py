"""Charts over a month axis: events per month as columns (zt stats), and the `zt chart`
picture of a whole timeline (event density, each office's succession of holders, key events)."""

from __future__ import annotations

import math
import string
from collections.abc import Sequence
from dataclasses import dataclass

from ..dates import Precision
from ..model import Actor, Event, Role, Timeline
from ..periods import Month, MonthCounts, Office, dated_roles, events_per_month, key_events, offices, timeline_months
from .cells import event_when, span
from .picture import Line, Picture, Piece, cell_width, clip, pad, wrapped

COLUMNS = " ▁▂▃▄▅▆▇█"  # eighths of a cell, for columns that grow upwards
MONTH_INITIALS = "JFMAMJJASOND"
BUCKETS = (1, 2, 3, 4, 6, 12, 24, 60, 120)  # months per column, smallest that fits wins
MAX_GUTTER = 44  # labels wider than this make the picture harder to read, not clearer
MIN_GUTTER = 12
COUNT_GUTTER = 6  # room for the scale ("120 ┤") when there are no labels to the left
MAX_OFFICES = 8
KEY_EVENTS = 10
TENURE_STYLES = ("green", "magenta", "blue", "yellow", "red", "cyan")
OPEN_END = "▸"  # a tenure with no end date in the data
EARLIER = "◂"  # a tenure that began before the axis


# --- the month axis ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Axis:
    """Months laid out left to right, `per_column` months in each text column."""

    months: tuple[Month, ...]
    per_column: int
    gutter: int  # width of the label column on the left

    @property
    def columns(self) -> int:
        return math.ceil(len(self.months) / self.per_column)

    def column(self, month: Month) -> int:
        """The column of a month, clamped to the axis."""
        offset = month.index - self.months[0].index
        return min(max(offset, 0), len(self.months) - 1) // self.per_column

    def buckets(self, counts: Sequence[int]) -> list[int]:
        return [sum(counts[i : i + self.per_column]) for i in range(0, len(counts), self.per_column)]

    @property
    def unit(self) -> str:
        return "month" if self.per_column == 1 else f"{self.per_column} months"


def make_axis(months: tuple[Month, ...], width: int, gutter: tuple[int, int] = (MIN_GUTTER, MAX_GUTTER)) -> Axis:
    """The fewest months per column that fit the width with at least the smallest gutter."""
    narrowest, widest = gutter
    for per_column in BUCKETS:
        columns = math.ceil(len(months) / per_column)
        if columns + 1 + narrowest <= width:
            return Axis(months, per_column, min(widest, width - max(columns, 4) - 1))
    return Axis(months, BUCKETS[-1], narrowest)


def _row(axis: Axis, label: str, plot: list[Piece] | tuple[Piece, ...], label_style: str = "") -> Line:
    return ((pad(label, axis.gutter), label_style), (" ", ""), *plot)


def month_label_rows(axis: Axis) -> list[Line]:
    """Month initials (one column per month only) and the years, under the plot."""
    rows = []
    if axis.per_column == 1:
        initials = "".join(MONTH_INITIALS[m.month - 1] for m in axis.months)
        rows.append(_row(axis, "", [(initials, "dim")]))
    years = [" "] * max(axis.columns, 4)  # a one-month axis still names its year
    free_from = 0
    for index, month in enumerate(axis.months):
        if index and month.month != 1:
            continue
        label = str(month.year)
        column = max(min(index // axis.per_column, len(years) - len(label)), 0)
        if column >= free_from:
            years[column : column + len(label)] = label
            free_from = column + len(label) + 1
    rows.append(_row(axis, "", [("".join(years).rstrip(), "")]))
    return rows


def column_rows(axis: Axis, counts: Sequence[int], style: str = "cyan", height_limit: int = 8) -> list[Line]:
    """A column per text column of the axis; one row per event when the tallest fits."""
    values = axis.buckets(counts)
    largest = max(values, default=0)
    if largest == 0:
        return [_row(axis, "0 ┤", [("", "")])]
    height = min(largest, height_limit)
    per_row = largest / height
    rows = []
    for level in range(height, 0, -1):
        cells = []
        for value in values:
            eighths = round((value / per_row - (level - 1)) * 8)
            cells.append(COLUMNS[min(max(eighths, 0), 8)])
        top = level == height
        label = f"{largest} ┤" if top else ("1 ┤" if level == 1 and per_row == 1 else "  ┤")
        rows.append(((pad(label, axis.gutter, right=True), "dim"), (" ", ""), ("".join(cells).rstrip(), style)))
    return rows


# --- the pictures -------------------------------------------------------------------------

def month_chart(counts: MonthCounts, title: str = "") -> Picture:
    """Events begun per month, as columns over a month axis (zt stats)."""

    def draw(width: int) -> list[Line]:
        axis = make_axis(counts.months, width, gutter=(COUNT_GUTTER, COUNT_GUTTER))
        lines = [((title, "bold"),)] if title else []
        lines += [*column_rows(axis, counts.counts), *month_label_rows(axis)]
        lines.extend(_notes(axis, counts, width))
        return [clip(line, width) for line in lines]

    return Picture(draw)


def counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _months_text(months: tuple[Month, ...]) -> str:
    return span(months[0].as_date(), months[-1].as_date())


def _notes(axis: Axis, counts: MonthCounts, width: int) -> list[Line]:
    text = (f"{counted(counts.total, 'event')} counted in the month they begin, {_months_text(counts.months)}, "
            f"one column per {axis.unit}.")
    if counts.year_only:
        text += f" Not shown: {counts.year_only} dated only to a year."
    return wrapped(text, width, "dim")


def _months_of(role: Role) -> tuple[Month, Month | None]:
    start = Month(role.start.year, role.start.month or 1)
    return start, (Month(role.until.year, role.until.month or 12) if role.until else None)


def _family_name(actor: Actor) -> str:
    return actor.name.split()[-1] if actor.kind.value == "person" else actor.name


def _office_rows(axis: Axis, office: Office) -> list[Line]:
    """One row per office: each holder's tenure drawn from their initial ('S━━━━W━B━━━'), in a
    colour of its own, and under it the holders in order."""
    first, last = axis.months[0], axis.months[-1]
    cells = [" "] * axis.columns
    styles = [""] * axis.columns
    shown = []
    for index, (actor, role) in enumerate(office.tenures):
        start, until = _months_of(role)
        if start > last or (until is not None and until < first):
            continue
        begin = axis.column(start)
        # A tenure with no recorded end is drawn as far as is known, its start, and marked open:
        # drawing it to the edge would say it lasted.
        end = axis.column(until) if until else min(begin + 1, axis.columns - 1)
        style = TENURE_STYLES[index % len(TENURE_STYLES)]
        for column in range(begin, end + 1):
            cells[column], styles[column] = "━", style
        cells[begin] = EARLIER if start < first else _family_name(actor)[0]
        if until is None:
            cells[end] = OPEN_END
        shown.append(_family_name(actor) + (" (acting)" if role.title.casefold().startswith("acting") else ""))
    if not shown:
        return []
    pieces: list[Piece] = []
    for cell, style in zip(cells, styles, strict=True):
        if pieces and pieces[-1][1] == style:
            pieces[-1] = (pieces[-1][0] + cell, style)
        else:
            pieces.append((cell, style))
    holders = " · ".join(dict.fromkeys(shown))
    return [_row(axis, office.name, pieces), _row(axis, "", [(holders, "dim")])]


def _office_block(axis: Axis, found: tuple[Office, ...]) -> list[Line]:
    rows = []
    for office in found[:MAX_OFFICES]:
        rows.extend(_office_rows(axis, office))
    if len(found) > MAX_OFFICES:
        rows.append(((f"… and {len(found) - MAX_OFFICES} more offices (zt actors --as-of DATE)", "dim"),))
    return rows


def _marker_rows(axis: Axis, marked: tuple[Event, ...]) -> list[Line]:
    """A letter for each key event at its month; a second one in the same column goes a row lower."""
    rows: list[list[str]] = []
    for letter, event in zip(string.ascii_uppercase, marked, strict=False):
        column = axis.column(Month(event.date.year, event.date.month or 1))
        for cells in rows:
            if cells[column] == " ":
                break
        else:
            cells = [" "] * axis.columns
            rows.append(cells)
        cells[column] = letter
    return [_row(axis, "key events" if not index else "", [("".join(cells).rstrip(), "bold yellow")])
            for index, cells in enumerate(rows)]


def _legend(width: int, marked: tuple[Event, ...]) -> list[Line]:
    """'A  6 Apr 2018  Title', the title wrapped under itself."""
    whens = [event_when(event) for event in marked]
    when_width = max((cell_width(when) for when in whens), default=0)
    lines: list[Line] = []
    for letter, event, when in zip(string.ascii_uppercase, marked, whens, strict=False):
        lead = f"{letter}  {pad(when, when_width)}  "
        first, *more = wrapped(lead + event.title, width, indent=len(lead))
        ((text, _),) = first
        lines.append(((letter, "bold yellow"), (text.removeprefix(letter), "")))
        lines.extend(more)
    return lines


def period_chart(timeline: Timeline, marked: tuple[Event, ...] | None = None) -> Picture:
    """The whole period in one picture: events per month, who held office, key events."""
    months = timeline_months(timeline)
    counts = events_per_month(timeline.events, months)
    found = offices(timeline)
    # An event known only to the year has no month to mark on a month axis.
    placeable = [event for event in timeline.events if event.date.precision is not Precision.YEAR]
    chosen = marked if marked is not None else key_events(timeline, KEY_EVENTS, placeable)
    why = "as asked" if marked is not None else "the events the file says most about"

    def draw(width: int) -> list[Line]:
        axis = make_axis(months, width)
        lines = wrapped(timeline.title or "Timeline", width, "bold")
        lines.extend(wrapped(_span_text(timeline, months), width, "dim"))
        lines.append(())
        lines.append((("Events per " + axis.unit, "bold"),))
        lines.extend(column_rows(axis, counts.counts))
        lines.extend(month_label_rows(axis))
        lines.extend(_marker_rows(axis, chosen))
        if found:
            lines.append(())
            lines.append((("Offices", "bold"),))
            lines.extend(wrapped(f"Each tenure is drawn from its holder's initial; {EARLIER} began before "
                                 f"{_months_text(months).split(' – ')[0]}, {OPEN_END} no end recorded.", width, "dim"))
            lines.extend(_office_block(axis, found))
        if chosen:
            lines.append(())
            lines.append((("Key events", "bold"), (f" ({why})", "dim")))
            lines.extend(_legend(width, chosen))
        lines.append(())
        lines.extend(_notes(axis, counts, width))
        return [clip(line, width) for line in lines]

    return Picture(draw)


def _span_text(timeline: Timeline, months: tuple[Month, ...]) -> str:
    people = len({actor.id for actor, _ in dated_roles(timeline)})
    others = [counted(len(timeline.quotes), "quote"), counted(len(timeline.figures), "figure"),
              counted(people, "office-holder") + " with dated roles"]
    return "; ".join([f"{counted(len(timeline.events), 'event')}, {_months_text(months)}",
                      ", ".join(text for text in others if not text.startswith("0 "))]).removesuffix("; ")
