"""APA 7 and Chicago (author-date and notes-bibliography), written from the official CSL styles
(apa.csl, chicago-author-date.csl, chicago-notes-bibliography.csl) as citeproc-js renders them.

Each style takes a CSL-JSON item (csl.csl_item: the very item `zt sources --format csl-json`
writes) and returns the bibliography entry as runs of text (csl_text.Run), italic where the
style sets italics. zt renders these itself rather than through a CSL processor: the items
have a handful of types and fields, the Python processor (citeproc-py) gets these styles
wrong, and a citation costs no XML parsing. tests/test_citation_reference.py checks every
bundled source against citeproc-js; docs/citations.md lists where zt differs, and why.
"""

from __future__ import annotations

from typing import Any

from .csl_text import Run, append, curly_quotes, title_case

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_CONTAINED = {"article-newspaper", "post-weblog"}  # a title inside an italic container


# --- names and dates -------------------------------------------------------------------------

def _initials(given: str) -> str:
    return " ".join(f"{part[0]}." for part in given.split() if part[:1].isalpha())


def _apa_names(authors: list[dict[str, str]]) -> str:
    names = [name.get("literal") or f"{name['family']}, {_initials(name['given'])}" for name in authors]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def _chicago_names(authors: list[dict[str, str]]) -> str:
    names = []
    for index, name in enumerate(authors):
        if "literal" in name:
            names.append(name["literal"])
        elif index == 0:
            names.append(f"{name['family']}, {name['given']}")
        else:
            names.append(f"{name['given']} {name['family']}")
    if len(names) == 1:
        return names[0]
    if len(names) == 2:
        return f"{names[0]}, and {names[1]}"
    return ", ".join(names[:-1]) + ", and " + names[-1]


def _parts(item: dict[str, Any]) -> list[int]:
    return item["issued"]["date-parts"][0] if "issued" in item else []


def _month_day(parts: list[int]) -> str:
    """'June 26', 'June', or '' for a year."""
    if len(parts) >= 3:
        return f"{_MONTHS[parts[1] - 1]} {parts[2]}"
    return _MONTHS[parts[1] - 1] if len(parts) == 2 else ""


def _full_date(parts: list[int]) -> str:
    """'June 26, 2018', 'June 2018', '2018'."""
    if len(parts) >= 3:
        return f"{_MONTHS[parts[1] - 1]} {parts[2]}, {parts[0]}"
    return f"{_MONTHS[parts[1] - 1]} {parts[0]}" if len(parts) == 2 else str(parts[0])


def _circa(item: dict[str, Any]) -> bool:
    return bool(item.get("issued", {}).get("circa"))


# --- the case of a court, alike in all three styles -------------------------------------------

def _legal_case(item: dict[str, Any], apa_style: bool) -> list[Run]:
    """Title, number (court date). URL, the title in title case; with no date, APA says
    "Retrieved" before the address; the Chicago styles end with a stop."""
    runs: list[Run] = []
    append(runs, curly_quotes(title_case(item["title"])))
    if item.get("number"):
        append(runs, f", {item['number']}")
    court = [item["authority"]] if item.get("authority") else []
    if item.get("issued"):
        court.append(_full_date(_parts(item)))
    if court:
        append(runs, f" ({' '.join(court)})")
    append(runs, ".")
    if item.get("URL"):
        retrieved = " Retrieved " if apa_style and not item.get("issued") else " "
        append(runs, retrieved + item["URL"] + ("" if apa_style else "."))
    return runs


# --- APA 7 -------------------------------------------------------------------------------

def _apa_date(item: dict[str, Any]) -> str:
    parts = _parts(item)
    if not parts:
        return "(n.d.)"
    year = f"ca. {parts[0]}" if _circa(item) else str(parts[0])
    if item["type"] == "report" or len(parts) == 1:
        return f"({year})"
    return f"({year}, {_month_day(parts)})"


def _apa_title(runs: list[Run], item: dict[str, Any]) -> None:
    italic = item["type"] not in _CONTAINED
    append(runs, curly_quotes(item["title"]), italic)
    if item.get("number"):
        append(runs, f" ({item['number']})")  # citeproc-js would read "21-028" as a range: "Nos. 21–028"
    if item.get("genre"):
        append(runs, f" [{item['genre']}]")


def apa(item: dict[str, Any]) -> list[Run]:
    if item["type"] == "legal_case":
        return _legal_case(item, apa_style=True)
    runs: list[Run] = []
    if item.get("author"):
        append(runs, curly_quotes(_apa_names(item["author"])))
        append(runs, ".")
        append(runs, f" {_apa_date(item)}.")
        append(runs, " ")
        _apa_title(runs, item)
    else:
        _apa_title(runs, item)
        append(runs, ".")
        append(runs, f" {_apa_date(item)}")
    append(runs, ".")
    container = item.get("container-title")
    archive = item.get("archive")
    if archive and item.get("archive_location"):  # the copy's address, as APA prints an archive's call number
        archive += f" ({item['archive_location']})"
    later = []
    if item["type"] in _CONTAINED:
        later = [(container and title_case(container), True), (archive, False)]
    elif item["type"] == "webpage":
        later = [(archive, False), (container and title_case(container), False)]
    else:
        later = [(item.get("publisher"), False), (archive, False)]
    for text, italic in later:
        if text:
            append(runs, " ")
            append(runs, curly_quotes(text), italic)
            append(runs, ".")
    if item.get("URL"):
        append(runs, (" " if item.get("issued") else " Retrieved ") + item["URL"])
    return runs


# --- Chicago -----------------------------------------------------------------------------

def _chicago(item: dict[str, Any], notes: bool) -> list[Run]:
    """Chicago author-date, or with `notes` the bibliography entry of notes-bibliography: the
    two differ only in where the date goes."""
    if item["type"] == "legal_case":
        return _legal_case(item, apa_style=False)
    kind, parts = item["type"], _parts(item)
    container = item.get("container-title")
    title = curly_quotes(title_case(item["title"]), quoted=kind != "report")
    year = (f"[{parts[0]}?]" if _circa(item) else str(parts[0])) if parts else "n.d."
    dated = f"[{_full_date(parts)}?]" if parts and _circa(item) else (_full_date(parts) if parts else "n.d.")
    runs: list[Run] = []

    def sentence(text: str, italic: bool = False) -> None:
        if text:
            append(runs, " " if runs else "")
            append(runs, text, italic)
            append(runs, ".")

    def quoted_title() -> None:
        if kind == "report":
            sentence(title, italic=True)
        else:
            append(runs, " “" if runs else "“")
            append(runs, title + "”")
            append(runs, ".")

    # Who: the authors, else the container stands in for them (but a blog post's title does).
    substitute = None
    if item.get("author"):
        sentence(curly_quotes(_chicago_names(item["author"])))
    elif container and kind != "post-weblog":
        substitute = container
        sentence(title_case(curly_quotes(container)), italic=kind == "article-newspaper")
    else:
        quoted_title()
    if not notes:
        sentence(year)
    if (runs and item.get("author")) or substitute:
        quoted_title()
    if item.get("genre"):
        sentence(item["genre"])
    if item.get("number"):
        sentence(item["number"])
    # Where, and (author-date) the rest of the date, or (notes) all of it.
    place = item.get("publisher") if kind in ("report", "document") else (None if substitute else container)
    if kind == "report":  # a report is dated by its year alone
        when = year if notes else ""
    else:
        when = dated if notes else _month_day(parts)
    if notes and not parts and kind == "webpage":
        when = ""  # an undated web page has no "n.d." in notes-bibliography
    if place:
        italic = kind in _CONTAINED
        append(runs, " ")
        append(runs, title_case(curly_quotes(place)) if italic else curly_quotes(place), italic)
        if when:
            append(runs, f", {when}")
        append(runs, ".")
    else:
        sentence(when)
    location = item.get("archive_location", "")
    sentence(location[:1].upper() + location[1:])  # the copy's address; the styles capitalize it as a sentence
    archive = curly_quotes(item.get("archive", ""))
    if archive and kind == "report" and item.get("number") and not location:
        archive += f" ({item['number']})"  # the styles print a report's number as the archive's call number too
    sentence(archive)
    if item.get("URL"):
        sentence(item["URL"])
    return runs


def chicago_author_date(item: dict[str, Any]) -> list[Run]:
    return _chicago(item, notes=False)


def chicago_notes(item: dict[str, Any]) -> list[Run]:
    return _chicago(item, notes=True)
