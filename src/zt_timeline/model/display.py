"""How a record is named to a reader, wherever it is shown or cited."""

from __future__ import annotations

from .records import Source


def shown_title(source: Source) -> str:
    """The work's own title, or its description in square brackets (APA's rule)."""
    return f"[{source.title}]" if source.descriptive_title else source.title
