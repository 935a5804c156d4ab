"""Charts over a month axis: events per month as columns (zt stats), and the `zt chart`
picture of a whole timeline (event density, each office's succession of holders, key events)."""

from __future__ import annotations

import string

from ..model.dates import Precision
from ..model.records import Actor, Event, Role, Timeline
from ..queries.periods import (
    Month,
    MonthCounts,
    Office,
    dated_roles,
    events_per_month,
    key_events,
    offices,
    timeline_months,
)
from .axis import COUNT_GUTTER, MAX_GUTTER, MIN_GUTTER, Axis, column_rows, make_axis, month_label_rows, row
from .cells import event_when, span
from .picture import Line, Picture, Piece, cell_width, clip, pad, wrapped

MAX_OFFICES = 8
KEY_EVENTS = 10
TENURE_STYLES = ("green", "magenta", "blue", "yellow", "red", "cyan")
OPEN_END = "▸"  # a tenure with no end date in the data
EARLIER = "◂"  # a tenure that began before the axis


# --- the pictures -------------------------------------------------------------------------

def month_chart(counts: MonthCounts, title: str = "") -> Picture:
    """Events begun per month, as columns over a month axis (zt stats)."""

    def draw(width: int) -> list[Line]:
        axis = make_axis(counts.months, width, gutter=(COUNT_GUTTER, COUNT_GUTTER))
        lines: list[Line] = [((title, "bold"),)] if title else []
        lines += [*column_rows(axis, counts.counts), *month_label_rows(axis, width)]
        lines.extend(_notes(axis, counts, width))
        return [clip(line, width) for line in lines]

    return Picture(draw)


def counted(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _months_text(months: tuple[Month, ...]) -> str:
    return span(months[0].as_date(), months[-1].as_date())


def _notes(axis: Axis, counts: MonthCounts, width: int) -> list[Line]:
    text = (f"{counted(counts.total, 'event')} counted in the month they begin, {_months_text(counts.months)}, "
            f"{axis.scale}.")
    if counts.year_only:
        text += f" Not shown: {counts.year_only} dated only to a year."
    return wrapped(text, width, "dim")


def _months_of(role: Role) -> tuple[Month, Month | None]:
    assert role.start is not None  # only dated roles are charted
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
        end = axis.column(until) + axis.zoom - 1 if until else min(begin + 1, axis.columns - 1)
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
    return [row(axis, office.name, pieces), row(axis, "", [(holders, "dim")])]


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
    return [row(axis, "key events" if not index else "", [("".join(cells).rstrip(), "bold yellow")])
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

    # The labels on the left take what the longest needs (up to MAX_GUTTER), no more.
    labels = ["key events", "  ┤", f"{max(counts.counts, default=0)} ┤",
              *(office.name for office in found[:MAX_OFFICES])]
    gutter = (MIN_GUTTER, min(MAX_GUTTER, max(cell_width(label) for label in labels)))

    def draw(width: int) -> list[Line]:
        axis = make_axis(months, width, gutter)
        lines = wrapped(timeline.title or "Timeline", width, "bold")
        lines.extend(wrapped(_span_text(timeline, months), width, "dim"))
        lines.append(())
        lines.append((("Events per " + axis.unit, "bold"),))
        lines.extend(column_rows(axis, counts.counts))
        lines.extend(month_label_rows(axis, width))
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
