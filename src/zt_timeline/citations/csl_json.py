"""A source as a CSL-JSON item: the input of citeproc-js (Zotero, Mendeley), citeproc-py and pandoc.

The item says what the source is, in CSL's own terms, and nothing the data does not say:
- the type: a news story is an `article-newspaper` in its paper (`container-title`), a blog
  post a `post-weblog`, a web page a `webpage` on its site (`container-title`), a report a
  `report` by its `publisher` with its `number`, a court paper a `legal_case` of its court
  (`authority`), any other government document a `document`;
- the author: the people of the byline, or, for the works agencies and organisations publish
  under their own name (reports, records, statements, press releases, advocacy pages), the
  organisation as one `literal` name. A court is the case's authority, never its author;
- the date as far as it was seen (`issued` with one, two or three parts, `circa` when the data
  marks it uncertain or approximate), and no `issued` at all when it was not seen;
- where the copy cited is kept, when that is not the publisher's site (`archive`: DocumentCloud,
  PressReader). The host of a copy is neither the author nor the publisher.
"""

from __future__ import annotations

import re
from typing import Any

from ..model.display import shown_title as title
from ..model.enums import SourceKind
from ..model.records import Source

_TYPES = {
    SourceKind.NEWS: "article-newspaper", SourceKind.LEGAL_NEWS: "article-newspaper",
    SourceKind.BLOG: "post-weblog", SourceKind.WEB: "webpage", SourceKind.ADVOCACY: "webpage",
    SourceKind.STATEMENT: "webpage", SourceKind.PRESS_RELEASE: "webpage", SourceKind.REPORT: "report",
    SourceKind.GOVERNMENT_RECORD: "document", SourceKind.COURT_FILING: "legal_case",
    SourceKind.COURT_ORDER: "legal_case",
}
# The kinds of work an organisation publishes under its own name, with no personal byline.
GROUP_AUTHORED = frozenset({SourceKind.REPORT, SourceKind.PRESS_RELEASE, SourceKind.STATEMENT,
                            SourceKind.GOVERNMENT_RECORD, SourceKind.ADVOCACY})
# Where each type names its publisher: in the container (paper, blog, site), as the court, or as publisher.
_PUBLISHER_FIELD = {"article-newspaper": "container-title", "post-weblog": "container-title",
                    "webpage": "container-title", "legal_case": "authority"}
# The types whose number the styles print once, as the report's or the case's: the Chicago
# styles print a `document`'s number twice (as its number and as its place in the archive).
_NUMBERED = frozenset({"report", "legal_case"})
_GENRES = {SourceKind.PRESS_RELEASE: "Press release"}
_NAME_SEPARATORS = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")

# CSL's names for the kinds of locator, by how a locator is commonly written.
_LOCATOR_LABELS = (("pp.", "page"), ("p.", "page"), ("paras.", "paragraph"), ("para.", "paragraph"),
                   ("¶", "paragraph"), ("§", "section"), ("sec.", "section"), ("ch.", "chapter"), ("n.", "note"),
                   ("fn.", "note"))


def people(source: Source) -> tuple[tuple[str, str], ...]:
    """(given, family) for each personal author of the byline; 'A and B', 'A, B and C' are split."""
    if not source.author:
        return ()
    found = []
    for name in filter(None, (part.strip() for part in _NAME_SEPARATORS.split(source.author.strip()))):
        given, _, family = name.rpartition(" ")
        found.append((given, family))
    return tuple(found)


def group_author(source: Source) -> str | None:
    """The organisation that is the author of a work without a byline, if the kind has one."""
    return source.publisher if not source.author and source.kind in GROUP_AUTHORED else None


def csl_type(source: Source) -> str:
    return _TYPES.get(source.kind, "webpage") if source.kind is not None else "webpage"


def csl_locator(locator: str) -> dict[str, str]:
    """A locator as CSL's citation-item fields: {"label": "page", "locator": "12"} for "p. 12".

    A locator of another kind ("ECF 71") is kept whole, without a label."""
    text = locator.strip()
    for prefix, label in _LOCATOR_LABELS:
        if text.startswith(prefix):
            return {"label": label, "locator": text[len(prefix):].strip()}
    return {"locator": text}


def csl_item(source: Source, locator: str | None = None) -> dict[str, Any]:
    """One CSL-JSON item. With a locator, the item also carries CSL's citation-item fields
    `locator` and `label`, which citeproc-js and pandoc read when the item is cited ("p. 12")."""
    kind = csl_type(source)
    item: dict[str, Any] = {"id": source.id, "type": kind, "title": title(source)}
    authors, group = people(source), group_author(source)
    if authors:
        item["author"] = [{"family": family, "given": given} if given else {"literal": family}
                          for given, family in authors]
    elif group:
        item["author"] = [{"literal": group}]
    item[_PUBLISHER_FIELD.get(kind, "publisher")] = source.publisher
    if source.kind in _GENRES:
        item["genre"] = _GENRES[source.kind]
    if source.number and kind in _NUMBERED:
        item["number"] = source.number
    if source.date:  # an unseen date is left out, never invented
        parts = (source.date.year, source.date.month, source.date.day)
        item["issued"] = {"date-parts": [[part for part in parts if part is not None]]}
        if source.date.qualifier:
            item["issued"]["circa"] = True  # CSL's one mark for an uncertain or approximate date
    if source.copy:
        item["archive"] = source.copy.host  # CSL: where the copy cited is kept
        if source.url:  # else the copy's address is the item's URL
            item["archive_location"] = source.copy.url
    if source.address:
        item["URL"] = source.address
    if locator:
        item.update(csl_locator(locator))
    return item
