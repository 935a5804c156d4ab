"""Making data text safe to print: no terminal control, no hidden direction changes.

Text from a data file is untrusted. ESC, BEL and the other C0/C1 controls would let it clear
the screen or retitle the window, and bidi overrides can reorder what a reader sees. They
are shown as visible escapes instead (\\x1b, \\u202e). Markup such as "[bold]" needs nothing
here: no writer ever passes data to Rich as markup.

JSON keeps the text exact, but as JSON escapes: json.dump already escapes C0 controls, and
json_text also escapes DEL, the C1 controls and the bidi marks (\\u009b, \\u202e), which it
would otherwise write raw to a terminal. A JSON reader gets the same string back.
"""

from __future__ import annotations

import functools
import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate
# marks (U+202A-U+202E, U+2066-U+2069), plus line/paragraph separators that some terminals
# treat as newlines.
_CONTROLS = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029"
_UNSAFE = re.compile(f"[{_CONTROLS}]")
_TSV_SPECIAL = re.compile(r"[\\\t\n\r]")
# Any character a TSV cell escapes: most cells have none and are written as they are.
_TSV_ESCAPED = re.compile(f"[{_CONTROLS}\\\\\t\n\r]")
_TSV_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}
# The patterns of the other formats, compiled when first used (_pattern): a piped listing
# writes TSV, and compiling them all costs it half a millisecond.
# What json.dump leaves raw of the controls above: it escapes only C0 controls itself.
_JSON_UNSAFE = "[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]"
# A cell a spreadsheet runs as a formula (CWE-1236): one that begins with =, +, -, @, a tab or a
# carriage return. A plain number ("-12.5") is no formula and stays as it is.
_FORMULA_START = r"[=+\-@\t\r]"
_NUMBER = r"-?\d+(?:\.\d+)?"
_MD_INLINE = r"([\\`*_\[\]<>|]|&(?=#?\w+;))"  # & only where it would start an entity
_MD_BLOCK_START = r"^(\s*)([#>+\-=]|\d+[.)])"


@functools.cache
def _pattern(text: str) -> re.Pattern[str]:
    return re.compile(text)


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """Text with every control character but tab and newline written as an escape."""
    return _UNSAFE.sub(_visible, text)


def tsv_cell(text: str) -> str:
    """One TSV cell: controls visible, and backslash, tab and newlines escaped."""
    if _TSV_ESCAPED.search(text) is None:
        return text
    return _TSV_SPECIAL.sub(lambda m: _TSV_ESCAPES[m.group()], visible(text))


def csv_cell(text: str, raw: bool = False) -> str:
    """One CSV cell: controls visible, and a cell that a spreadsheet would run as a formula
    escaped with a leading ' (OWASP ASVS 1.2.10), which Excel, LibreOffice and Google Sheets
    show but do not run. `raw` keeps the cell exact (zt ... --format csv --raw)."""
    text = visible(text)
    if raw or not _pattern(_FORMULA_START).match(text) or _pattern(_NUMBER).fullmatch(text):
        return text
    return "'" + text


def md_text(text: str, *, starts_line: bool = True) -> str:
    """Data text as Markdown shows it literally: markup characters escaped (HTML tags, and &
    so that "&amp;" is not read as an entity), and a line that would start a heading, quote or
    list escaped too (unless the text follows other text on its line: `starts_line` False)."""
    escaped = _pattern(_MD_INLINE).sub(r"\\\1", visible(text))
    if not starts_line:
        return escaped.replace("\n", " ")
    return "\n".join(_pattern(_MD_BLOCK_START).sub(r"\1\\\2", line) for line in escaped.splitlines())


def one_line(text: str) -> str:
    """A message for stderr: controls visible, and a newline in data cannot start a new line."""
    return visible(text).replace("\n", "\\n")


def json_document(value: object) -> str:
    """A JSON document for stdout or a file: indented, exact, nothing unsafe for a terminal."""
    import json  # only on the JSON paths

    return json_text(json.dumps(value, ensure_ascii=False, indent=2)) + "\n"


def json_text(text: str) -> str:
    """JSON text (from json.dumps) with every character unsafe for a terminal as a \\u escape.

    Outside strings JSON text is plain ASCII, so every match is inside a string, where the
    escape means the same character.
    """
    return _pattern(_JSON_UNSAFE).sub(lambda match: f"\\u{ord(match.group()):04x}", text)
