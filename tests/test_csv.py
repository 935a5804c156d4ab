"""CSV as RFC 4180 and spreadsheets want it: CRLF line ends in every CSV zt writes, and a cell
that a spreadsheet would run as a formula escaped with a leading ' (CWE-1236, OWASP ASVS
1.2.10) unless --raw asks for exact cells. TSV stays exact; md tables escape markup."""

import csv
import io

import pytest

from clirun import run

FORMULAS = "tests/bad/hostile-markup.toml"
CSV_COMMANDS = (("timeline",), ("quote",), ("actors",), ("actor", "bob"), ("stats",), ("sources",),
                ("show", "pilot"), ("search", "pilot"), ("conflicts",), ("cite", "pilot"),
                ("actors", "--as-of", "2018"), ("quote", "--provenance"))


def rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8"), newline="")))


@pytest.mark.parametrize("command", CSV_COMMANDS, ids=" ".join)
def test_every_csv_ends_its_records_with_crlf(command):
    result = run(*command, "--format", "csv")
    assert result.exit_code == 0, result.stderr
    data = result.stdout_bytes
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")


def test_the_csv_export_ends_its_records_with_crlf_in_a_file_too(tmp_path):
    assert run("export", "csv").stdout_bytes.count(b"\r\n") == 6  # header and five events
    out = tmp_path / "events.csv"
    assert run("export", "csv", "-o", str(out)).exit_code == 0
    assert out.read_bytes().count(b"\r\n") == 6


@pytest.mark.parametrize("args", [("timeline", "--format", "csv"), ("export", "csv")], ids=" ".join)
def test_formula_cells_are_escaped_and_raw_keeps_them(args):
    escaped = rows(run(*args, data=FORMULAS).stdout_bytes)
    assert escaped[1][3] == "'=HYPERLINK(\"https://evil.example\")"
    exact = rows(run(*args, "--raw", data=FORMULAS).stdout_bytes)
    assert exact[1][3] == "=HYPERLINK(\"https://evil.example\")"
    assert escaped[1][0] == exact[1][0] == "2018-04-06"  # a date is no formula


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_trigger_is_escaped(write_toml, start):
    text = f"{start}1+1 cmd"
    path = write_toml(f'[[sources]]\nid = "s"\ntitle = "T"\npublisher = "P"\n[[events]]\nid = "e"\ndate = "2018"\n'
                      f'title = {text!r}\nsummary = "-12.5"\nsources = ["s"]\n'.replace("'", '"')
                      .replace("\t", "\\t").replace("\r", "\\r"))
    [header, row] = rows(run("timeline", "--format", "csv", data=path).stdout_bytes)
    cell = row[header.index("title")]
    if start == "\r":  # a carriage return is shown as \x0d, like every control: no formula either
        assert cell == "\\x0d1+1 cmd"
    else:
        assert cell == "'" + text
    assert row[header.index("summary")] == "-12.5"  # a plain number stays a number


def test_tsv_stays_exact():
    out = run("timeline", "--format", "tsv", data=FORMULAS).stdout
    assert "\t=HYPERLINK(\"https://evil.example\")\t" in out


def test_md_tables_escape_html_and_markdown():
    out = run("timeline", "--format", "md", data=FORMULAS).stdout + run("show", "hostile-event", "--format", "md",
                                                                         data=FORMULAS).stdout
    assert "<b>" not in out and "\\<b\\>html\\</b\\> \\`code\\` \\*em\\*" in out
