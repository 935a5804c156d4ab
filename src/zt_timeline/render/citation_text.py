"""Citations as the three texts people paste: plain text, Markdown and HTML, with the style's
italics in the two that have them. Data text is escaped in both: never markup."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..model.enums import CiteFormat
from .safe import visible

if TYPE_CHECKING:
    from ..citations.csl_text import Run


def _html_text(text: str) -> str:
    # As citeproc-js escapes: the same bytes as its HTML output (tests/reference/citations.json).
    return visible(text).replace("&", "&#38;").replace("<", "&#60;").replace(">", "&#62;")


def runs_html(runs: list[Run]) -> str:
    return "".join(f"<i>{_html_text(text)}</i>" if italic else _html_text(text) for text, italic in runs)


def runs_md(runs: list[Run]) -> str:
    """Markdown that shows the text literally, italics as *...*; a line break stays one."""
    from .safe import md_text  # the Markdown export's escaping, so the two cannot differ

    out = []
    for text, italic in runs:
        escaped = md_text(text) if text.strip() else text
        if italic and escaped.strip():
            lead, body, trail = escaped[: len(escaped) - len(escaped.lstrip())], escaped.strip(), ""
            trail = escaped[len(lead) + len(body):]
            escaped = f"{lead}*{body}*{trail}"
        out.append(escaped)
    return "".join(out).replace("\n", "  \n")


def runs_text(runs: list[Run]) -> str:
    return visible("".join(text for text, _ in runs))


def citations_document(citations: list[list[Run]], fmt: CiteFormat) -> str:
    """Citations one per line (text), one per paragraph (Markdown), or one csl-entry each (HTML)."""
    if fmt is CiteFormat.HTML:
        return "".join(f'<div class="csl-entry">{runs_html(runs)}</div>\n' for runs in citations)
    if fmt is CiteFormat.MD:
        return "\n".join(f"{runs_md(runs)}\n" for runs in citations)
    return "".join(f"{runs_text(runs)}\n" for runs in citations)
