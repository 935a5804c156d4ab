"""--svg pictures as librsvg draws them (rsvg-convert: GNOME's viewers, ImageMagick, MediaWiki).

Chromium kept runs of spaces where librsvg collapsed them, so chart bars and labels slid left;
and glyphs of block characters left seams between cells. Each picture here is rendered with
rsvg-convert and its pixels are read back: every character lands in its cell of the grid Rich
laid out, and a bar of stacked blocks is solid from top to bottom.
"""

import re
import shutil
import struct
import subprocess
import zlib
from html import unescape

import pytest

from zt_timeline.render.charts import period_chart
from zt_timeline.render.svg import renderable_svg

RSVG = shutil.which("rsvg-convert")
needs_rsvg = pytest.mark.skipif(RSVG is None, reason="rsvg-convert (Debian: librsvg2-bin) is not installed")


def decode_png(data: bytes, row_limit: int | None = None) -> tuple[int, int, list[bytes]]:
    """Width, height and RGBA rows of an 8-bit, non-interlaced RGBA PNG (what rsvg-convert writes);
    with `row_limit`, only that many rows from the top (decoding is slow in pure Python)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks, width = 8, b"", 0
    while position < len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        body = data[position + 8:position + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert (depth, color) == (8, 6)
        elif kind == b"IDAT":
            chunks += body
        position += 12 + length
    raw, stride, rows, previous = zlib.decompress(chunks), width * 4, [], bytes(width * 4)
    for y in range(min(height, row_limit or height)):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - 4] if x >= 4 else 0
            up, corner = previous[x], previous[x - 4] if x >= 4 else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                guess = left + up - corner
                nearest = min((abs(guess - left), 0, left), (abs(guess - up), 1, up), (abs(guess - corner), 2, corner))
                line[x] = (line[x] + nearest[2]) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, rows


@pytest.fixture(scope="module")
def chart(bundled):
    svg = renderable_svg(period_chart(bundled), title="zt chart", width=100)
    if RSVG is None:
        return svg, None
    png = subprocess.run([RSVG, "--format", "png"], input=svg.encode(), capture_output=True, check=True).stdout
    return svg, decode_png(png, row_limit=480)  # the month chart and its labels are at the top


def pixel(image, x: float, y: float) -> tuple[int, int, int]:
    _, _, rows = image
    row = rows[int(y)]
    return tuple(row[int(x) * 4:int(x) * 4 + 3])


def background(image) -> tuple[int, int, int]:
    """The terminal's background: the commonest colour of the picture."""
    width, _, rows = image
    samples = [pixel(image, x, y) for x in range(0, width, 7) for y in range(0, len(rows), 7)]
    return max(set(samples), key=samples.count)


def near(a: tuple[int, int, int], b: tuple[int, int, int], tolerance: int = 8) -> bool:
    return all(abs(p - q) <= tolerance for p, q in zip(a, b, strict=True))


def layout(svg: str):
    """The grid Rich laid out: content offset, cell width, and each line's top and height."""
    dx, dy = (float(v) for v in re.search(r'<g transform="translate\((\d+), (\d+)\)" clip-path', svg).groups())
    tops = {int(n): float(y) for n, y in re.findall(r'-line-(\d+)">\s*<rect x="[\d.]+" y="([\d.]+)"', svg)}
    pitch = tops[1] - tops[0]
    texts = [(float(x), float(length), int(line), unescape(body)) for x, length, line, body in re.findall(
        r'<text class="[^"]+" x="([\d.]+)" y="[\d.]+" textLength="([\d.]+)" clip-path="url\(#[^)]+-line-(\d+)\)">'
        r"([^<]*)</text>", svg)]
    cell = texts[0][1] / len(texts[0][3])
    return dx, dy, tops, pitch, cell, texts


def test_the_root_keeps_spaces_and_blocks_are_rectangles(chart):
    svg, _ = chart
    assert svg.startswith('<svg xml:space="preserve" ')
    assert "<rect class=" in svg
    assert not re.search(r"<text[^>]*>[^<]*[█▁▂▃▄▅▆▇▏▎▍▌▋▊▉━]", svg)  # drawn as rectangles instead


def grid(texts, cell: float) -> dict[int, dict[int, str]]:
    """The characters of each line by the column Rich put them in."""
    lines: dict[int, dict[int, str]] = {}
    for x, _, line, body in texts:
        for index, char in enumerate(body):
            lines.setdefault(line, {})[round(x / cell) + index] = char
    return lines


@needs_rsvg
def test_every_label_lands_in_its_cell(chart):
    """The year labels under the month axis: digits where Rich put them, blanks between them."""
    svg, image = chart
    dx, dy, tops, pitch, cell, texts = layout(svg)
    blank = background(image)
    rows = grid(texts, cell)
    line = next(n for n, row in rows.items() if "2017" in "".join(row.get(c, " ") for c in range(max(row) + 1))
                and "2018" in "".join(row.values()))
    row = rows[line]
    text = "".join(row.get(column, " ") for column in range(max(row) + 1)).replace("\u00a0", " ")
    first, last = text.index("2017"), text.rindex("2021") + 4
    top = dy + tops[line]
    for column in range(max(first - 2, 0), last):
        left = dx + column * cell
        inked = any(not near(pixel(image, left + step, top + down), blank)
                    for step in range(2, int(cell) - 2) for down in range(4, int(pitch) - 4, 2))
        if text[column].isdigit():
            assert inked, f"{text[column]!r} of {text.strip()!r} missing from column {column}"
        else:
            assert not inked, f"ink in the blank column {column} of {text.strip()!r}"
    assert last - first > 40


@needs_rsvg
def test_bars_are_solid_and_in_their_columns(chart):
    """Each month's bar in its own column, stacked blocks without a seam between them."""
    svg, image = chart
    dx, dy, _, pitch, cell, _ = layout(svg)
    bars = [(float(x), float(y), float(w), float(h)) for x, y, w, h in re.findall(
        r'<rect class="[^"]+" shape-rendering="crispEdges" x="([\d.-]+)" y="([\d.-]+)" width="([\d.]+)" '
        r'height="([\d.]+)"/>', svg)]
    full = [bar for bar in bars if bar[3] > pitch]  # full blocks, one cell high
    assert len(full) > 20
    columns = {}
    for x, y, _, h in full:
        columns.setdefault(round(x, 1), []).append((y, h))
    tallest = max(columns.values(), key=len)
    x = next(column for column, cells in columns.items() if cells is tallest)
    color = pixel(image, dx + x + cell / 2, dy + tallest[0][0] + pitch / 2)
    top = min(y for y, _ in tallest)
    bottom = max(y + h for y, h in tallest)
    centre = dx + x + cell / 2
    seams = [y for y in range(int(dy + top) + 2, int(dy + bottom) - 2) if not near(pixel(image, centre, y), color)]
    assert seams == []  # no row of background between stacked blocks
    for x, y, w, h in full:  # each bar where the grid puts it, and the column beside a bar's edge clear of it
        assert near(pixel(image, dx + x + w / 2, dy + y + h / 2), color)
        assert ((x + 0.3) / cell) % 1 < 0.05 or ((x + 0.3) / cell) % 1 > 0.95  # on a cell boundary


# --- nothing from the network, and a height for a page -------------------------------------

@pytest.mark.parametrize("command", [["stats"], ["timeline"], ["quote"], ["actors"], ["chart"]], ids=" ".join)
def test_a_picture_loads_nothing_and_fits_a_page(command, tmp_path):
    """Before: every picture fetched Fira Code from a CDN (@font-face), and stats.svg was
    16,154 px tall (660 lines at 100 columns)."""
    from xml.etree import ElementTree

    from clirun import run
    from conftest import BUNDLED

    target = tmp_path / "picture.svg"
    result = run(*command, "--svg", str(target), data=BUNDLED, env={"COLUMNS": "100"})
    assert result.exit_code == 0, result.stderr
    svg = target.read_text(encoding="utf-8")
    assert "@font-face" not in svg and "url(" not in svg.replace("url(#", "")
    assert re.findall(r"https?://[^\s\"'<)]+", svg) == ["http://www.w3.org/2000/svg"]  # the namespace, not a fetch
    height = float(ElementTree.fromstring(svg).get("viewBox").split()[3])
    assert height < 4000, height
