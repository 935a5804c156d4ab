"""Writers for the formats tools read: TSV, CSV, JSON and Markdown. No Rich here.

Every CSV zt writes (`--format csv` of every command, `zt export csv`) comes from write_csv:
RFC 4180 line ends (CRLF), and a cell a spreadsheet would run as a formula escaped with a
leading ' unless `raw` is asked for (safe.csv_cell). TSV is for tools and stays exact."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..model.enums import OutputFormat
from .output import Output, Table, shown_columns
from .safe import csv_cell, json_document, md_text, tsv_cell


def write_tsv(output: Output, stream: TextIO, header: bool = True, raw: bool = False) -> None:
    table = output.machine
    if header:
        stream.write("\t".join(column.header for column in table.columns) + "\n")
    for row in table.rows:
        stream.write("\t".join(tsv_cell(cell) for cell in row) + "\n")


def write_csv(output: Output, stream: TextIO, header: bool = True, raw: bool = False) -> None:
    import csv  # only for CSV: a piped listing writes TSV

    writer = csv.writer(stream, lineterminator="\r\n")
    table = output.machine
    if header:
        writer.writerow([column.header for column in table.columns])
    writer.writerows([csv_cell(cell, raw) for cell in row] for row in table.rows)


def write_json(output: Output, stream: TextIO, header: bool = True, raw: bool = False) -> None:
    stream.write(json_document(output.json_data()))


def _md_cell(text: str) -> str:
    """A table cell as Markdown shows it literally (the escaping of the Markdown export), its
    lines joined with <br>."""
    lines = text.replace("\r\n", "\n").split("\n")
    return "<br>".join(md_text(line, starts_line=False) for line in lines) or " "


_DOCUMENT_WIDTH = 100  # a Markdown table has the columns a 100-column terminal shows


def write_md(output: Output, stream: TextIO, header: bool = True, raw: bool = False) -> None:
    blocks = []
    if output.heading:
        blocks.append(f"# {md_text(output.heading, starts_line=False)}\n")
    for table in output.human:
        if not isinstance(table, Table):  # a picture: for a terminal only
            continue
        table = shown_columns(table, _DOCUMENT_WIDTH)
        lines = []
        if table.title:
            lines.append(f"## {md_text(table.title, starts_line=False)}\n")
        lines.append("| " + " | ".join(column.header for column in table.columns) + " |")
        lines.append("|" + "|".join("---:" if column.numeric else "---" for column in table.columns) + "|")
        lines.extend("| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in table.rows)
        blocks.append("\n".join(lines) + "\n")
    stream.write("\n".join(blocks))


# Each writer takes the Output, the stream, whether to write a header row (TSV and CSV) and
# whether to keep cells exact (CSV's --raw); a format ignores what does not apply to it.
WRITERS: dict[OutputFormat, Callable[..., None]] = {
    OutputFormat.TSV: write_tsv,
    OutputFormat.CSV: write_csv,
    OutputFormat.JSON: write_json,
    OutputFormat.MD: write_md,
}
