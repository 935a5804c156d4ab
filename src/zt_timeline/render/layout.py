"""How a table fits a terminal: which columns, how wide, and where a too-long id goes.

Columns are sized for the common case. A date range may take two lines (broken after its
dash) so that the date column is as wide as one date; an id longer than most in its column
goes on a line of its own under the row's main text ("  id: ..."), never split, so that one
long id does not widen the column for every row; where even the common ids leave the text too
little room, every id goes under its text. A table that cannot fit at all is printed a field
a line (`None`)."""

from __future__ import annotations

from typing import NamedTuple

from rich.cells import cell_len

from .output import Column, Linked, Table
from .safe import visible

GAP = 3  # between two columns: a space of padding on each side of the (blank) rule
RANGE_DASH = " – "
# A wrapping column is never narrower than its longest word, up to this many columns: so an id
# ("sources: a-long-source-id") is never broken. Only a longer word (an address in a note) may fold.
WORD_CAP = 48
MIN_MAIN = 36  # the narrowest the main text may be in a table; narrower, a field a line reads better
ROOMY_MAIN = 50  # main text this wide reads well: a wider id or date column is kept only if it leaves this
COMMON = 0.8  # an id column is as wide as this share of its ids; the rest go under the text
ID_LINE = "  id:\u00a0"  # a no-break space: the id stays on the line of its label
SHORT_ID = 6  # ids no wider than this part of the width keep their column


class Plan(NamedTuple):
    """A table made ready to draw: its columns and rows (ids moved where they go) and widths."""

    table: Table
    widths: list[int]


def is_address(cell: str) -> bool:
    """A cell that is an address and nothing else: never folded, a copied half would lead nowhere."""
    return isinstance(cell, Linked) and bool(cell.url) and cell == cell.url


def longest(cells: list[str], split_words: bool) -> int:
    parts = (part for cell in cells for line in cell.splitlines() for part in (line.split() if split_words else [line]))
    return max((cell_len(part) for part in parts), default=0)


def range_lines(cell: str) -> list[str]:
    """'15 Jun 2018 – 19 Jun 2018' as two lines, the dash ending the first."""
    first, _, rest = cell.partition(RANGE_DASH)
    return [f"{first} –", rest] if rest else [cell]


def with_id(cell: str, record_id: str) -> str:
    """The id on a line under the text, before the indented lines (disputed, sources) that follow it."""
    lines = cell.split("\n")
    at = next((index for index, line in enumerate(lines) if index and line.startswith("  ")), len(lines))
    text = "\n".join([*lines[:at], ID_LINE + record_id, *lines[at:]])
    return Linked(text, cell.url, cell.address) if isinstance(cell, Linked) else text


def _share(columns: tuple[Column, ...], wrapping: list[int], room: int, floors: list[int],
           natural: list[int], widths: list[int]) -> None:
    """Share the room by weight; a column whose share is below its floor gets the floor, one
    whose share is above its longest line gets that line (a wide terminal is not filled with
    blank), and the others share what is left."""
    pending = set(wrapping)
    while pending:
        weight = sum(columns[i].weight for i in pending)
        short = {i for i in pending if room * columns[i].weight / weight < floors[i]}
        roomy = {i for i in pending if room * columns[i].weight / weight >= natural[i]}
        settled = short or roomy
        if not settled:
            break
        for i in settled:
            widths[i] = floors[i] if i in short else natural[i]
            room -= widths[i]
        pending -= settled
    ordered = sorted(pending)
    weight = sum(columns[i].weight for i in ordered)
    given = 0
    for position, i in enumerate(ordered):
        share = room - given if position == len(ordered) - 1 else room * columns[i].weight // weight
        widths[i] = share
        given += share


def _widths(table: Table, width: int, fixed: dict[int, int]) -> list[int] | None:
    """Widths that fit `width`, the columns in `fixed` at the width given, other columns that do
    not wrap at their full width, the wrapping ones sharing the rest; None if they cannot."""
    columns = table.columns
    texts = [[visible(row[i]) for row in table.rows] + [column.header] for i, column in enumerate(columns)]
    natural = [fixed.get(i, longest(cells, split_words=False)) for i, cells in enumerate(texts)]
    # An address is never folded (it may run past the table's edge): it sets no floor.
    words = [longest([visible(row[i]) for row in table.rows if not is_address(row[i])] + [column.header],
                     split_words=True) for i, column in enumerate(columns)]
    # A column that asks to fit is kept whole while it takes at most a quarter of the width;
    # wider, it is as wide as most of its cells (a rare long name wraps).
    wrapping = [i for i, column in enumerate(columns) if column.wrap and not (column.fit and natural[i] <= width // 4)]
    for i in wrapping:
        if columns[i].fit:
            fixed[i] = natural[i] = max(_common_width(texts[i][:-1]), words[i], cell_len(columns[i].header))
    room = width - GAP * (len(columns) - 1) - sum(natural[i] for i in range(len(columns))
                                                   if i not in wrapping or columns[i].fit)
    widths = list(natural)
    wrapping = [i for i in wrapping if not columns[i].fit]
    if not wrapping:
        return widths if room >= 0 else None
    floors = [min(word, WORD_CAP, natural[i]) for i, word in enumerate(words)]
    if sum(floors[i] for i in wrapping) > room:
        return None
    _share(columns, wrapping, room, floors, natural, widths)
    return widths


def _main(table: Table) -> int | None:
    """The column that takes the text of a row (the widest share of the spare width)."""
    wrapping = [i for i, column in enumerate(table.columns) if column.wrap]
    return max(wrapping, key=lambda i: table.columns[i].weight) if wrapping else None


def _moved(table: Table, id_column: int, main: int, width: int | None) -> Table:
    """The table with each id longer than `width` (every id, for None: the column goes) under its text."""
    columns = table.columns if width is not None else tuple(c for i, c in enumerate(table.columns) if i != id_column)
    rows = []
    for row in table.rows:
        record_id = row[id_column]
        cells = list(row)
        if record_id and (width is None or cell_len(record_id) > width):
            cells[main] = with_id(cells[main], record_id)
            cells[id_column] = ""
        if width is None:
            del cells[id_column]
        rows.append(tuple(cells))
    return Table(columns, tuple(rows), table.title)


def _common_width(cells: list[str]) -> int:
    lengths = sorted(max(map(cell_len, cell.split("\n"))) for cell in cells)
    return lengths[max(0, int(len(lengths) * COMMON + 0.5) - 1)] if lengths else 0


def plan(table: Table, width: int) -> Plan | None:
    """The most generous layout that leaves the main text roomy, else the one that leaves it the
    most room; None when no layout leaves it MIN_MAIN columns (a field a line, then)."""
    columns = table.columns
    main = _main(table)
    dates = [i for i, column in enumerate(columns) if column.kind == "date"]
    ids = [i for i, column in enumerate(columns) if column.kind == "id"]
    id_column = ids[0] if ids and main is not None else None
    # A date column is as wide as one date: a range takes two lines. Candidates from the most
    # generous to the leanest: the id column at its full width, at the common width, then gone.
    broken = {i: max([cell_len(columns[i].header)] + [cell_len(line) for row in table.rows
                                                       for line in range_lines(visible(row[i]))]) for i in dates}
    id_widths: list[int | None] = [None]
    if id_column is not None:
        cells = [visible(row[id_column]) for row in table.rows]
        full, common = longest([*cells, columns[id_column].header], False), _common_width(cells)
        id_widths = [full]
        if full > width // SHORT_ID:
            id_widths += [max(common, cell_len(columns[id_column].header))] if common < full else []
        id_widths.append(0)
    # Short ids cost the text little: their column stays wherever the text still has room.
    short = id_column is not None and (id_widths[0] or 0) <= width // SHORT_ID
    best: Plan | None = None
    best_main = -1
    for id_width in id_widths:
        if id_width is None or id_column is None or main is None:
            shaped, fixed = table, dict(broken)
        else:
            shaped = _moved(table, id_column, main, id_width or None)
            fixed = {i - (id_width == 0 and i > id_column): w for i, w in broken.items()}
            if id_width:
                fixed[id_column] = id_width
        widths = _widths(shaped, width, fixed)
        if widths is None:
            continue
        shaped_main = _main(shaped)
        if shaped_main is None:
            return Plan(shaped, widths)
        main_width = widths[shaped_main]
        if main_width >= min(ROOMY_MAIN, longest([row[shaped_main] for row in shaped.rows], False)) or (
                short and main_width >= MIN_MAIN):
            return Plan(shaped, widths)
        if main_width >= MIN_MAIN and main_width > best_main:
            best, best_main = Plan(shaped, widths), main_width
    return best
