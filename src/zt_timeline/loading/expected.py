"""What a field expects, worded for a problem's message: once, rather than on every read (a large
file has millions of fields, and these words are needed only when one is wrong)."""

from __future__ import annotations

import datetime as dt
import enum
import functools
from typing import Any

from ..errors import DateError
from ..model.dates import EXPECTED, from_toml
from ..model.enums import RecordType
from .problems import shorten

# Longer strings are no date: their reason is given without copying them into the message.
_LONGEST_DATE_TEXT = 16


def with_article(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def date_problem(value: Any) -> str:
    """Why a value from the file is not a date, with the value shortened."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{shorten(value)} is not a date: expected a quoted string such as \"{value}\" ({EXPECTED})"
    short = isinstance(value, str) and len(value) <= _LONGEST_DATE_TEXT
    if short or isinstance(value, dt.date):
        try:
            from_toml(value)
        except DateError as err:
            return str(err)  # short enough to quote whole, and it gives the reason
    return f"{shorten(value)} is not a date (expected {EXPECTED})"


A_DATE = f"a date ({EXPECTED})"
A_LIST_OF_IDS = {kind: f"a list of {kind.value} ids" for kind in RecordType}
AN_ID = {kind: f"{with_article(kind.value)} id (a string)" for kind in RecordType}
CITATIONS = "a list of source ids (or { id, excerpt, locator } tables)"


@functools.cache
def one_of(enum_type: type[enum.Enum]) -> str:
    return "one of: " + ", ".join(member.value for member in enum_type)
