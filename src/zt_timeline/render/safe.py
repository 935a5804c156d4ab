"""Making data text safe to print: no terminal control, no hidden direction changes.

Text from a data file is untrusted. ESC, BEL and the other C0/C1 controls would let it clear
the screen or retitle the window, and bidi overrides can reorder what a reader sees. They
are shown as visible escapes instead (\\x1b, \\u202e).
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embedding/override/isolate
# marks (U+202A-U+202E, U+2066-U+2069), plus line/paragraph separators that some terminals
# treat as newlines.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_TSV_SPECIAL = re.compile(r"[\\\t\n\r]")
_TSV_ESCAPES = {"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _visible(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """Text with every control character but tab and newline written as an escape."""
    return _UNSAFE.sub(_visible, text)


def tsv_cell(text: str) -> str:
    """One TSV cell: controls visible, and backslash, tab and newlines escaped."""
    return _TSV_SPECIAL.sub(lambda m: _TSV_ESCAPES[m.group()], visible(text))
