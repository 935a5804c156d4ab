"""Write the field tables of docs/data-format.md from the model's declaration of each record.

Each table sits between `<!-- fields: CLASS -->` and `<!-- end fields -->` (CLASS is a class of
src/zt_timeline/model/records.py: Event, Role, Pinpoint, ...); everything else in the document
is written by hand. The field, its type, whether it is required (and its default) and its
meaning all come from the class, the one declaration of the record's fields.

    python tools/data_format.py            # rewrite docs/data-format.md
    python tools/data_format.py --check    # exit 1 if a table differs from the declaration
"""

from __future__ import annotations

import enum
import re
import sys
from pathlib import Path

from zt_timeline.loading.schema import FieldShape, Kind, shape_of
from zt_timeline.model import accounts, records

DOC = Path(__file__).resolve().parent.parent / "docs" / "data-format.md"
TABLE = re.compile(r"(<!-- fields: (\w+) -->\n).*?(<!-- end fields -->)", re.S)
_LISTED_IN_FULL = 12  # a longer list of allowed values is given below the table, with what each means


def _values(choices: type[enum.Enum]) -> str:
    words = [f"`{member.value}`" for member in choices]
    if len(words) > _LISTED_IN_FULL:
        return "one of the values listed below"
    if len(words) == 2:
        return " or ".join(words)
    return "one of " + ", ".join(words)


def type_of(field: FieldShape) -> str:
    """The type column: what the file gives for the field."""
    kind = field.kind
    if kind is Kind.CHOICE and field.choices is not None:
        return _values(field.choices)
    if kind is Kind.EXACTLY:
        return f'`"{field.exactly}"`'
    if kind is Kind.REF and field.refers is not None:
        return f"{field.refers.value} id"
    if kind is Kind.REFS and field.refers is not None:
        return f"list of {field.refers.value} ids"
    return {
        Kind.ID: "slug", Kind.TEXT: "string", Kind.DATE: "date", Kind.NUMBER: "integer or float",
        Kind.FLAG: "`true` or `false`", Kind.TEXTS: "list of strings", Kind.SLUGS: "list of slugs",
        Kind.CITATIONS: "list of source ids (see Citations)", Kind.TABLE: "table", Kind.TABLES: "list of tables",
    }[kind]


def required_of(field: FieldShape) -> str:
    if field.required:
        return "yes"
    default = field.default
    if isinstance(default, enum.Enum):
        return f"no (default `{default.value}`)"
    if default is True:
        return "no (default `true`)"
    return "no (default `false`)" if default is False else "no"


def table(class_name: str) -> str:
    """The Markdown table of a declared class's fields."""
    declared = getattr(records, class_name, None) or getattr(accounts, class_name)
    rows = ["| field | type | required | meaning |", "| --- | --- | --- | --- |"]
    rows += [f"| `{field.key}` | {type_of(field)} | {required_of(field)} | {field.doc} |".replace("|  |", "| |")
             for field in shape_of(declared) if field.kind is not Kind.CITED_PARTS]
    return "\n".join(rows) + "\n"


def written(text: str) -> str:
    """The document with every field table written from the declaration."""
    return TABLE.sub(lambda found: found[1] + table(found[2]) + found[3], text)


def main(argv: list[str]) -> int:
    text = DOC.read_text(encoding="utf-8")
    new = written(text)
    if "--check" in argv:
        if new != text:
            print(f"{DOC.name}: a field table differs from the model; run python tools/data_format.py")
            return 1
        return 0
    DOC.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
