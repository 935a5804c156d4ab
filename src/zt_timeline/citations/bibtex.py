"""BibTeX entries that the classic styles (plain, alpha, natbib's plainnat) format, and that
biblatex and reference managers import. The source id is the citation key.

- A dated news story with a byline is an @article in its paper (`journal`), a dated report a
  @techreport of its `institution` with its `type` and `number`; anything else, and any work without a personal
  author, is a @misc, the one classic type that needs no author, with the paper, site or
  court as `howpublished`.
- A work an organisation publishes under its own name has it as a corporate author, in
  double braces so BibTeX does not split it into first and last names.
- Every entry without a personal author has a `key` (the organisation, paper or site), which
  the classic styles sort and label by: natbib cites it as "(UPI, 2021)" and not "(upi, 2021)",
  with no "empty author" warning. A court paper also names its court as `organization`.
- Classic `year` and `month` (a macro: no braces), plus biblatex's `date` at its precision;
  a date that was not seen is left out. The host of a copy is a `note`, never a name.
"""

from __future__ import annotations

import re

from ..model.enums import SourceKind
from ..model.records import Source
from .csl_json import group_author, people, title

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_LATEX_SPECIAL = re.compile(r"[\\&%$#_{}~^@]")
_LATEX_ESCAPES = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}",
                  "@": "{@}"}  # braced, an @ cannot be read as the start of an entry
_COURTS = {SourceKind.COURT_FILING, SourceKind.COURT_ORDER}


def latex(text: str) -> str:
    """Data text as BibTeX field text: every character TeX or BibTeX would act on escaped."""
    return _LATEX_SPECIAL.sub(lambda m: _LATEX_ESCAPES.get(m.group(), "\\" + m.group()), text)


def _url(url: str) -> str:
    # Braces would end the field early; percent-encoded they mean the same address.
    return url.replace("{", "%7B").replace("}", "%7D")


def _entry_type(source: Source, personal: bool) -> tuple[str, str]:
    """The entry type and the field that names the publisher."""
    if personal and source.date and source.kind in (SourceKind.NEWS, SourceKind.LEGAL_NEWS):
        return "article", "journal"
    if source.kind is SourceKind.REPORT and source.date:  # the classic @techreport needs a year
        return "techreport", "institution"
    return "misc", "howpublished"


def bibtex(source: Source) -> str:
    authors, group = people(source), group_author(source)
    entry_type, container = _entry_type(source, bool(authors))
    fields: list[tuple[str, str]] = []
    if authors:
        fields.append(("author", " and ".join(latex(f"{family}, {given}" if given else family)
                                              for given, family in authors)))
    elif group:
        fields.append(("author", "{" + latex(group) + "}"))  # double braces: a name, not first and last
    fields.append(("title", "{" + latex(title(source)) + "}"))  # keep the title's capitals
    fields.append((container, latex(source.publisher)))
    if source.kind in _COURTS:
        fields.append(("organization", latex(source.publisher)))
    if entry_type == "techreport":
        fields.append(("type", "Report"))  # not the classic styles' "Technical Report"
        if source.number:
            fields.append(("number", latex(source.number)))
    if source.date:  # an unseen date is left out, never invented
        fields.append(("year", str(source.date.year)))
        fields.append(("date", source.date.unqualified.iso()))
    if not authors:
        fields.append(("key", latex(source.publisher)))  # what classic styles sort and label by
    copy = source.copy_note(address=bool(source.url))  # else the copy's address is the entry's url
    notes = [f"{copy}." if copy else "",
             source.number if source.number and entry_type != "techreport" else ""]
    if any(notes):
        fields.append(("note", latex(" ".join(note for note in notes if note))))
    if source.address:  # the original's, else the copy's (named in the note)
        fields.append(("url", _url(source.address)))
    lines = [f"@{entry_type}{{{source.id},"]
    lines += [f"  {name} = {{{value}}}," for name, value in fields]
    if source.date and source.date.month:
        lines.append(f"  month = {_MONTHS[source.date.month - 1]},")  # a macro: no braces
    return "\n".join(lines) + "\n}"
