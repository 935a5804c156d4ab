"""Charts over a month axis: events per month as columns (zt stats), and the `zt chart`
picture of a whole timeline (event density, each office's succession of holders, key events)."""

from __future__ import annotations

import re
import string
from typing import Any

from ..model.dates import Precision
from ..model.records import Actor, Event, Role
from ..model.timeline import Timeline
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
from .axis import COUNT_GUTTER, Axis, column_rows, make_axis, month_label_rows, row
from .cells import event_when, span
from .picture import Line, Picture, Piece, cell_width, clip, pad, wrapped

MAX_OFFICES = 8
KEY_EVENTS = 10
TENURE_STYLES = ("green", "magenta", "blue", "yellow", "red", "cyan")
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


def _within(months: tuple[Any, Any], first: Any, last: Any) -> bool:
    """Whether a tenure's months (its end None while it lasts) meet the axis's."""
    start, until = months
    return not (start > last or (until is not None and until < first))


def _months_of(role: Role) -> tuple[Month, Month | None]:
    assert role.start is not None  # only dated roles are charted
    start = Month(role.start.year, role.start.month or 1)
    return start, (Month(role.until.year, role.until.month or 12) if role.until else None)


def _family_name(actor: Actor) -> str:
    return actor.name.split()[-1] if actor.kind.value == "person" else actor.name


_ACTING = re.compile(r"\bacting\b|performing the duties", re.IGNORECASE)


def _holder(actor: Actor, role: Role) -> str:
    return _family_name(actor) + (" (acting)" if _ACTING.search(role.title) else "")


def _office_rows(axis: Axis, office: Office, width: int) -> list[Line]:
    """An office: its name in full on a line of its own, then a bar with each holder's tenure
    in a colour of its own and the holder's name written in it where it fits (an initial where
    it does not), then the holders in order, wrapped, never cut."""
    first, last = axis.months[0], axis.months[-1]
    cells = [" "] * axis.columns
    styles = [""] * axis.columns
    shown = []
    tenures = [(actor, role) for actor, role in office.tenures if _within(_months_of(role), first, last)]
    spans = []
    for index, (actor, role) in enumerate(tenures):
        start, until = _months_of(role)
        begin = axis.column(start)
        later = [axis.column(_months_of(other)[0]) for _, other in tenures[index + 1:] if _months_of(other)[0] > start]
        if until is not None:
            end, line = axis.column(until) + axis.zoom - 1, "━"
        else:
            # No end recorded: dashed up to the next holder, or to the edge; never drawn as if it were known.
            end, line = (later[0] - 1 if later else axis.columns - 1), "╌"
        end = max(end, begin)
        style = TENURE_STYLES[index % len(TENURE_STYLES)]
        for column in range(begin, end + 1):
            cells[column], styles[column] = line, style
        # The name is written where the tenure is seen: up to the next holder's start.
        spans.append((actor, begin + (start < first), min([end, *(column - 1 for column in later[:1])])))
        if start < first:
            cells[begin] = EARLIER
        shown.append(_holder(actor, role))
    for actor, begin, stop in spans:
        name = _family_name(actor)
        label = name if stop - begin + 1 >= cell_width(name) + 1 else name[0]
        if begin <= stop:
            cells[begin:begin + len(label)] = list(label)
    if not shown:
        return []
    pieces: list[Piece] = []
    for cell, style in zip(cells, styles, strict=True):
        if pieces and pieces[-1][1] == style:
            pieces[-1] = (pieces[-1][0] + cell, style)
        else:
            pieces.append((cell, style))
    holders = " · ".join(dict.fromkeys(shown))
    lines: list[Line] = [((text, "bold"),) for ((text, _),) in wrapped(office.name, width)]
    lines.append(row(axis, "", pieces))
    indent = " " * (axis.gutter + 1)
    lines.extend(((indent + text, "dim"),) for ((text, _),) in wrapped(holders, width - len(indent)))
    return lines


def _office_block(axis: Axis, found: tuple[Office, ...], width: int) -> list[Line]:
    rows = []
    for office in found[:MAX_OFFICES]:
        rows.extend(_office_rows(axis, office, width))
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
    return [row(axis, "", [("".join(cells).rstrip(), "bold yellow")]) for cells in rows]


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

    # Every label has a line of its own above what it names, so the plot has the whole width:
    # two columns a month from 100 columns. The scale is said in the heading.
    tallest = max(counts.counts, default=0)

    def draw(width: int) -> list[Line]:
        axis = make_axis(months, width, (0, 0))
        lines = wrapped(timeline.title or "Timeline", width, "bold")
        lines.extend(wrapped(_span_text(timeline, months), width, "dim"))
        lines.append(())
        lines.append((("Events per " + axis.unit, "bold"), (f" (the tallest column: {tallest})", "dim")))
        lines.extend(column_rows(axis, counts.counts))
        lines.extend(month_label_rows(axis, width))
        if chosen:
            lines.append((("Key events, lettered as listed below", "dim"),))
            lines.extend(_marker_rows(axis, chosen))
        if found:
            lines.append(())
            lines.append((("Offices", "bold"),))
            lines.extend(wrapped(f"Each holder's tenure in a colour of its own, with their name where it fits "
                                 f"(else its initial); ╌ no end recorded; {EARLIER} began before "
                                 f"{_months_text(months).split(' – ')[0]}; blank: no holder recorded.", width, "dim"))
            lines.extend(_office_block(axis, found, width))
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
