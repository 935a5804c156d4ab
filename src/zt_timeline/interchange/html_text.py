"""HTML to plain text, for text that other tools write as HTML (TimelineJS slides).

What a reader sees is kept, and nothing else: paragraphs and line breaks become line breaks,
list items lines of their own ("- "), entities their characters, and a link's address is
kept after its words ("the ruling (https://...)"), so no source a slide links to is lost.
Scripts and styles are dropped whole; every other tag is dropped and its text kept.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
           "section", "article", "header", "footer", "figure", "figcaption", "hr", "cite", "pre"}
_HIDDEN = {"script", "style", "template"}
_SPACES = re.compile(r"[ \t\r\n\f\v]+")  # HTML's whitespace: a newline in the source is a space on the page


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str | None] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n- " if tag == "li" else "\n")
        if tag == "a":
            self.links.append(dict(attrs).get("href"))

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(self.hidden - 1, 0)
        elif tag in _BLOCKS and tag != "li":  # the next item starts its own line
            self.parts.append("\n")
        elif tag == "a" and self.links:
            href = self.links.pop()
            if href and href.startswith(("http://", "https://", "mailto:")) and not self._ends_with(href):
                self.parts.append(f" ({href})")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(_SPACES.sub(" ", data))

    def _ends_with(self, text: str) -> bool:
        return "".join(self.parts[-3:]).rstrip().endswith(text)


def html_to_text(html: str) -> str:
    """The text a browser would show for `html`, lines trimmed, at most one blank line in a row."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    lines = [re.sub(" {2,}", " ", line).strip() for line in "".join(parser.parts).split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
