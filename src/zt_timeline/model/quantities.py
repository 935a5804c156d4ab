"""Numbers as sources write them: thousands separators, units and qualifiers."""

from __future__ import annotations

from .records import Figure, FigureVariant


def number(value: int | float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,}"
    return f"{int(value):,}"


def amount(figure: Figure | FigureVariant) -> str:
    """'more than 3,000 children', '$227,000,000' reads as written in the source."""
    value = number(figure.value)
    if figure.unit == "USD":
        text = f"${value}"
    else:
        text = f"{value} {figure.unit}" if figure.unit else value
    return f"{figure.qualifier} {text}" if figure.qualifier else text
