"""Writers for the formats tools read: TSV, CSV, JSON and Markdown. No Rich here."""

from __future__ import annotations

import csv
from collections.abc import Callable
from typing import TextIO

from . import Output, OutputFormat, shown_columns
from .safe import json_document, tsv_cell, visible


def write_tsv(output: Output, stream: TextIO, header: bool = True) -> None:
    table = output.machine
    if header:
        stream.write("\t".join(column.header for column in table.columns) + "\n")
    for row in table.rows:
        stream.write("\t".join(tsv_cell(cell) for cell in row) + "\n")


def write_csv(output: Output, stream: TextIO, header: bool = True) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    table = output.machine
    if header:
        writer.writerow([column.header for column in table.columns])
    writer.writerows([visible(cell) for cell in row] for row in table.rows)


def write_json(output: Output, stream: TextIO, header: bool = True) -> None:
    stream.write(json_document(output.data))


def _md_cell(text: str) -> str:
    escaped = visible(text).replace("\\", "\\\\").replace("|", "\\|")
    return escaped.replace("\r\n", "<br>").replace("\n", "<br>") or " "


_DOCUMENT_WIDTH = 100  # a Markdown table has the columns a 100-column terminal shows


def write_md(output: Output, stream: TextIO, header: bool = True) -> None:
    blocks = []
    if output.heading:
        blocks.append(f"# {_md_cell(output.heading)}\n")
    for table in output.human:
        table = shown_columns(table, _DOCUMENT_WIDTH)
        lines = []
        if table.title:
            lines.append(f"## {_md_cell(table.title)}\n")
        lines.append("| " + " | ".join(column.header for column in table.columns) + " |")
        lines.append("|" + "|".join("---:" if column.numeric else "---" for column in table.columns) + "|")
        lines.extend("| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in table.rows)
        blocks.append("\n".join(lines) + "\n")
    stream.write("\n".join(blocks))


# Each writer takes the Output, the stream, and whether to write a header row (TSV and CSV).
WRITERS: dict[OutputFormat, Callable[[Output, TextIO, bool], None]] = {
    OutputFormat.TSV: write_tsv,
    OutputFormat.CSV: write_csv,
    OutputFormat.JSON: write_json,
    OutputFormat.MD: write_md,
}
