"""Writing a zt timeline as TOML text: the [timeline] table, then each array of tables.

Only the shapes a timeline has are written: strings, numbers, true and false, lists of
strings, and lists of small tables (a citation with its locator) inline. Every string is a
TOML basic string with its control characters escaped, so any text stays one value: a text
of several lines is a multi-line string, which reads as the text itself.
"""

from __future__ import annotations

from typing import Any

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _escaped(text: str, keep_newlines: bool = False) -> str:
    out = []
    for char in text:
        if char == "\n" and keep_newlines:
            out.append(char)
        elif char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif char < " " or char == "\x7f":
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)  # "2.5", "1e+20": TOML's own float forms (a figure is never inf or nan)
    if isinstance(value, str):
        if "\n" in value:
            return f'"""\n{_escaped(value, keep_newlines=True)}"""'
        return f'"{_escaped(value)}"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {toml_value(item)}" for key, item in value.items()) + " }"
    raise TypeError(f"a timeline has no {type(value).__name__} values")


def _table(fields: dict[str, Any]) -> list[str]:
    return [f"{key} = {toml_value(value)}" for key, value in fields.items() if value not in (None, [], "")]


def toml_text(document: dict[str, Any], comment: str = "") -> str:
    """The document as a TOML file: an optional comment, [timeline], then [[sources]], [[events]] ..."""
    blocks = ["\n".join(f"# {line}".rstrip() for line in comment.splitlines())] if comment else []
    for key, value in document.items():
        if isinstance(value, dict):
            blocks.append("\n".join([f"[{key}]", *_table(value)]))
        else:
            blocks.extend("\n".join([f"[[{key}]]", *_table(record)]) for record in value)
    return "\n\n".join(blocks) + "\n"
