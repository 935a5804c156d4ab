"""Citations of sources, ready to paste: plain, Chicago, APA, BibTeX and CSL-JSON.

Kept small and written here rather than through a CSL processor: the sources have a handful
of fields (title, publisher, date at its own precision, author, address, kind), and the
five styles below need only a few rules each. BibTeX and CSL-JSON are what Zotero and other
reference managers import; the source id is the citation key in both.

A report, press release, statement, record or court paper without a personal author is
cited with its publisher as the (group) author, as Chicago and APA do for agencies.

What a source does not say is not made up: a work whose date was not seen is "n.d." in APA
and Chicago and has no date in BibTeX or CSL-JSON; a title that describes the work rather
than being its own is put in square brackets (APA's rule; Chicago leaves it unquoted); a copy
held by another site (DocumentCloud, PressReader) is cited in its publisher's name, with the
host named beside the address.
"""

from __future__ import annotations

import re
from typing import Any

from .dates import PartialDate, Precision
from .kinds import CitationStyle  # in kinds.py for the CLI; still importable here
from .model import EvidenceLevel, Record, Source, SourceKind, Timeline
from .query import record_pinpoints, record_sources

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_GROUP_AUTHORED = {SourceKind.REPORT, SourceKind.PRESS_RELEASE, SourceKind.STATEMENT, SourceKind.GOVERNMENT_RECORD,
                   SourceKind.COURT_FILING, SourceKind.COURT_ORDER}
_CSL_TYPES = {
    SourceKind.NEWS: "article-newspaper", SourceKind.LEGAL_NEWS: "article-newspaper", SourceKind.REPORT: "report",
    SourceKind.COURT_FILING: "legal_case", SourceKind.COURT_ORDER: "legal_case", SourceKind.BLOG: "post-weblog",
    SourceKind.STATEMENT: "document", SourceKind.PRESS_RELEASE: "document", SourceKind.GOVERNMENT_RECORD: "document",
    SourceKind.ADVOCACY: "webpage", SourceKind.WEB: "webpage",
}
_ARTICLE_LIKE = {SourceKind.NEWS, SourceKind.LEGAL_NEWS, SourceKind.BLOG, SourceKind.WEB, SourceKind.ADVOCACY}
_LATEX_SPECIAL = re.compile(r"[\\&%$#_{}~^]")
_LATEX_ESCAPES = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


_EVIDENCE_ORDER = {EvidenceLevel.PRIMARY: 0, EvidenceLevel.SECONDARY: 1, EvidenceLevel.TERTIARY: 2, None: 3}


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


# CSL's names for the kinds of locator, by how a locator is commonly written.
_CSL_LABELS = (("pp.", "page"), ("p.", "page"), ("paras.", "paragraph"), ("para.", "paragraph"), ("¶", "paragraph"),
               ("§", "section"), ("sec.", "section"), ("ch.", "chapter"), ("n.", "note"), ("fn.", "note"))


def csl_locator(locator: str) -> dict[str, str]:
    """A locator as CSL's citation-item fields: {"label": "page", "locator": "12"} for "p. 12".

    A locator of another kind ("ECF 71") is kept whole, without a label."""
    text = locator.strip()
    for prefix, label in _CSL_LABELS:
        if text.startswith(prefix):
            return {"label": label, "locator": text[len(prefix):].strip()}
    return {"locator": text}


def shown_title(source: Source) -> str:
    """The work's own title, or its description in square brackets."""
    return f"[{source.title}]" if source.descriptive_title else source.title


def _copy(source: Source) -> str | None:
    """'Copy on DocumentCloud.' for a work read at another site than its publisher's."""
    return f"Copy on {source.host}." if source.host else None


# --- names -------------------------------------------------------------------------------

def _people(source: Source) -> tuple[tuple[str, str], ...]:
    """(given, family) for each personal author; 'A and B', 'A, B and C' are split."""
    if not source.author:
        return ()
    names = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", source.author.strip())
    people = []
    for name in filter(None, (part.strip() for part in names)):
        given, _, family = name.rpartition(" ")
        people.append((given, family))
    return tuple(people)


def _group_author(source: Source) -> str | None:
    return source.publisher if not source.author and source.kind in _GROUP_AUTHORED else None


def _initials(given: str) -> str:
    return " ".join(f"{part[0]}." for part in re.split(r"[\s]+", given) if part and part[0].isalpha())


def _series(items: list[str], conjunction: str) -> str:
    """'A', 'A, and B', 'A, B, and C': the first name is inverted, so a comma always follows it."""
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + f", {conjunction} " + items[-1]


def _chicago_names(people: tuple[tuple[str, str], ...]) -> str:
    first_given, first_family = people[0]
    names = [f"{first_family}, {first_given}" if first_given else first_family]
    names += [f"{given} {family}".strip() for given, family in people[1:]]
    return _series(names, "and")


def _apa_names(people: tuple[tuple[str, str], ...]) -> str:
    names = [f"{family}, {_initials(given)}" if given else family for given, family in people]
    return _series(names, "&")


# --- dates -------------------------------------------------------------------------------

def _chicago_date(date: PartialDate | None) -> str:
    if date is None:
        return "n.d."
    if date.precision is Precision.YEAR:
        return str(date.year)
    if date.precision is Precision.MONTH:
        return f"{_MONTHS[date.month - 1]} {date.year}"
    return f"{_MONTHS[date.month - 1]} {date.day}, {date.year}"


def _apa_date(date: PartialDate | None) -> str:
    if date is None:
        return "(n.d.)"
    if date.precision is Precision.YEAR:
        return f"({date.year})"
    if date.precision is Precision.MONTH:
        return f"({date.year}, {_MONTHS[date.month - 1]})"
    return f"({date.year}, {_MONTHS[date.month - 1]} {date.day})"


# --- the line styles ---------------------------------------------------------------------

def _sentence(text: str) -> str:
    """Text ending in a full stop, unless it already ends a sentence."""
    text = text.strip()
    return text if text.endswith((".", "?", "!")) else f"{text}."


def _quoted_title(title: str) -> str:
    """“Title.” with the stop inside the marks, as Chicago quotes article titles."""
    return f"“{_sentence(title)}”"


def plain(source: Source, *, address: bool = True) -> str:
    """Author, title, publisher, date, host, then the address unless `address` is False (a
    terminal table links the source's id to it instead)."""
    parts = [source.author, shown_title(source), source.publisher, source.date.display() if source.date else "n.d."]
    text = " ".join(_sentence(part) for part in parts if part)
    if source.host:
        text += f" {_copy(source)}"
    # No stop after an address: it would be copied with it.
    return f"{text} {source.url}" if source.url and address else text


def chicago(source: Source) -> str:
    people, group = _people(source), _group_author(source)
    parts = []
    if people:
        parts.append(_sentence(_chicago_names(people)))
    elif group:
        parts.append(_sentence(group))
    article = (source.kind in _ARTICLE_LIKE or source.kind is None) and not source.descriptive_title
    parts.append(_quoted_title(source.title) if article else _sentence(source.title))
    date = _chicago_date(source.date)
    parts.append(_sentence(date if group else f"{source.publisher}, {date}"))
    if source.host:
        parts.append(_copy(source))
    if source.url:
        parts.append(_sentence(source.url))
    return " ".join(parts)


def apa(source: Source) -> str:
    people, group = _people(source), _group_author(source)
    author = _apa_names(people) if people else group
    date, title = _apa_date(source.date), _sentence(shown_title(source))
    parts = [_sentence(author), f"{date}.", title] if author else [title, f"{date}."]
    if not group:
        parts.append(_sentence(source.publisher))
    if source.host:
        parts.append(_copy(source))
    if source.url:
        parts.append(source.url)
    return " ".join(parts)


# --- the document styles -----------------------------------------------------------------

def _latex(text: str) -> str:
    return _LATEX_SPECIAL.sub(lambda m: _LATEX_ESCAPES.get(m.group(), "\\" + m.group()), text)


def _bibtex_url(url: str) -> str:
    # Braces would end the field early; percent-encoded they mean the same address.
    return url.replace("{", "%7B").replace("}", "%7D")


def bibtex(source: Source) -> str:
    people, group = _people(source), _group_author(source)
    if source.kind in (SourceKind.NEWS, SourceKind.LEGAL_NEWS):
        entry_type, container = "article", "journal"
    elif source.kind is SourceKind.REPORT:
        entry_type, container = "techreport", "institution"
    else:
        entry_type, container = "misc", "howpublished"
    fields: list[tuple[str, str]] = []
    if people:
        fields.append(("author", " and ".join(_latex(f"{family}, {given}" if given else family)
                                              for given, family in people)))
    elif group:
        fields.append(("author", "{" + _latex(group) + "}"))  # double braces: a name, not first and last
    fields.append(("title", "{" + _latex(shown_title(source)) + "}"))  # keep the title's capitals
    fields.append((container, _latex(source.publisher)))
    if source.date:  # an unseen date is left out, never invented
        fields.append(("date", source.date.unqualified.iso()))
        fields.append(("year", str(source.date.year)))
    if source.host:
        fields.append(("note", _latex(_copy(source))))
    if source.url:
        fields.append(("url", _bibtex_url(source.url)))
    lines = [f"@{entry_type}{{{source.id},"]
    lines += [f"  {name} = {{{value}}}," for name, value in fields]
    if source.date and source.date.month:
        lines.append(f"  month = {_BIBTEX_MONTHS[source.date.month - 1]},")  # a macro: no braces
    return "\n".join(lines) + "\n}"


def csl_item(source: Source, locator: str | None = None) -> dict[str, Any]:
    """One CSL-JSON item (the input format of citeproc, Zotero and pandoc).

    With a locator, the item also carries CSL's citation-item fields `locator` and `label`,
    which citeproc-js and pandoc read when the item is cited ("p. 12")."""
    item: dict[str, Any] = {"id": source.id, "type": _CSL_TYPES.get(source.kind, "webpage"),
                            "title": shown_title(source)}
    people, group = _people(source), _group_author(source)
    if people:
        item["author"] = [{"family": family, "given": given} if given else {"literal": family}
                          for given, family in people]
    elif group:
        item["author"] = [{"literal": group}]
    if item["type"] == "article-newspaper":
        item["container-title"] = source.publisher
    else:
        item["publisher"] = source.publisher
    if source.date:  # an unseen date is left out, never invented
        parts = [source.date.year, source.date.month, source.date.day]
        item["issued"] = {"date-parts": [[part for part in parts if part is not None]]}
        if source.date.qualifier:
            item["issued"]["circa"] = True  # CSL's mark for an uncertain or approximate date
    if source.host:
        item["archive"] = source.host  # CSL: where the copy cited is kept
    if source.url:
        item["URL"] = source.url
    if locator:
        item.update(csl_locator(locator))
    return item


_LINE_STYLES = {CitationStyle.PLAIN: plain, CitationStyle.CHICAGO: chicago, CitationStyle.APA: apa,
                CitationStyle.BIBTEX: bibtex}


def citation(source: Source, style: CitationStyle, locator: str | None = None) -> str | dict[str, Any]:
    """One source in one style: text, or for CSL-JSON the item itself; a locator ("p. 12")
    follows a text citation after a comma, and is a citation-item field in CSL-JSON."""
    if style is CitationStyle.CSL_JSON:
        return csl_item(source, locator)
    text = _LINE_STYLES[style](source)
    if locator and style is not CitationStyle.BIBTEX:
        text += f" ({locator})"
    return text


def bibliography(sources: tuple[Source, ...], style: CitationStyle, where: dict[str, str] | None = None) -> str:
    """A whole file: BibTeX entries, a CSL-JSON array, or one citation per line; `where` gives
    the locator cited for each source id (see locators())."""
    where = where or {}
    if style is CitationStyle.CSL_JSON:
        import json  # only here: nothing else in a lookup needs it

        items = [csl_item(source, where.get(source.id)) for source in sources]
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    separator = "\n\n" if style is CitationStyle.BIBTEX else "\n"
    return separator.join(citation(source, style, where.get(source.id)) for source in sources) + "\n"
