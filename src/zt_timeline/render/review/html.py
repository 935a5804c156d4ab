"""The review as one HTML file: the draft as written, each checked sentence marked (a colour, a
line style and a word, so it reads in print and without colour), and after each paragraph the
notes on its sentences: what was checked and what not, what the data records, what differs,
the sources with a citation ready to paste. A summary on top.

Self-contained: no script, no style sheet, font or image from anywhere, and a content security
policy that would block one anyway. The draft's raw HTML is shown as text, its images as links,
and only http, https and mailto links are made; data text is escaped everywhere.
"""

from __future__ import annotations

import html
import re
from typing import Any

from ..citation_text import runs_html
from ..safe import visible
from .build import VERDICTS, Note, Review, part_label, verdict_word
from .place import FRONT_MATTER, MARK, clean, mark_number, marked

_STYLE = """
:root { --ink: #1a1a1a; --muted: #555; --rule: #bbb; }
body { font: 17px/1.6 Georgia, "Times New Roman", serif; color: var(--ink); max-width: 46em; margin: 2em auto;
       padding: 0 1em; }
h1, h2, h3, h4, .summary, .notes, .tag { font-family: "Helvetica Neue", Arial, sans-serif; }
.summary { border: 1px solid var(--rule); padding: 0.8em 1.2em; margin-bottom: 2em; font-size: 15px; }
.summary h1 { font-size: 1.5em; margin: 0.2em 0; }
.summary dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.6em 0; }
.summary dt { color: var(--muted); } .summary dd { margin: 0; }
.counts { list-style: none; padding: 0; } .counts li { margin: 0.2em 0; }
.legend { color: var(--muted); font-size: 0.9em; }
mark { color: inherit; padding: 0.05em 0; -webkit-print-color-adjust: exact; print-color-adjust: exact;
       box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.tag { display: inline-block; font-size: 0.68em; font-weight: bold; letter-spacing: 0.04em; padding: 0 0.4em;
       border: 1px solid currentColor; border-radius: 0.3em; vertical-align: 0.15em; text-decoration: none;
       -webkit-print-color-adjust: exact; print-color-adjust: exact; white-space: nowrap; }
.v-contradicted.m { background: #f9d2c6; border-bottom: 3px solid #b23b0e; }
.v-disputed.m { background: #fbe6a6; border-bottom: 3px dashed #8a5a00; }
.v-unverified.m { background: #e8e8e8; border-bottom: 3px dotted #555; }
.v-supported.m { background: #d3e9f5; border-bottom: 2px solid #0b5f8a; }
.tag.v-contradicted { color: #8f2e0a; background: #fdebe5; } .tag.v-disputed { color: #6b4600; background: #fdf3d6; }
.tag.v-unverified { color: #444; background: #f2f2f2; } .tag.v-supported { color: #0b5f8a; background: #e9f4fa; }
.notes { border-left: 4px solid var(--rule); margin: 0.6em 0 1.6em; padding: 0 0 0 1em; font-size: 14px; }
.note { margin: 0 0 1.2em; }
.note h3, .note .sentence, .parts tr, .sources li { break-inside: avoid; page-break-inside: avoid; }
.note h3 { font-size: 1em; margin: 0 0 0.2em; } .note h4 { font-size: 0.95em; margin: 0.5em 0 0.1em; }
.note .sentence { font-style: italic; margin: 0.1em 0 0.4em; }
.note.v-contradicted { border-left: 4px solid #b23b0e; padding-left: 0.6em; margin-left: -1.35em; }
.note.v-disputed { border-left: 4px dashed #8a5a00; padding-left: 0.6em; margin-left: -1.35em; }
.note.v-unverified { border-left: 4px dotted #555; padding-left: 0.6em; margin-left: -1.35em; }
.note.v-supported { border-left: 4px solid #0b5f8a; padding-left: 0.6em; margin-left: -1.35em; }
.parts { border-collapse: collapse; width: 100%; margin: 0.3em 0; }
.parts th, .parts td { text-align: left; vertical-align: top; border-top: 1px solid #ddd; padding: 0.2em 0.4em; }
.parts th { color: var(--muted); font-weight: normal; }
.differs { background: #fff6f2; border: 1px solid #f0c8b8; padding: 0.3em 0.6em; }
.sources li { margin: 0.2em 0; overflow-wrap: anywhere; } code { font-size: 0.9em; }
.record { color: var(--muted); font-family: monospace; font-size: 0.95em; }
.draft { border-top: 1px solid var(--rule); padding-top: 0.5em; }
footer { color: var(--muted); font-size: 0.85em; border-top: 1px solid var(--rule); margin-top: 2em; }
a { color: #0b4f8a; }
@media print {
  body { font-size: 11pt; max-width: none; margin: 0; }
  .summary, .notes { font-size: 9.5pt; }
  a { color: inherit; }
  h1, h2, h3, .note .sentence { break-after: avoid; page-break-after: avoid; }
}
"""
_BLOCK_VOID = frozenset({"br", "hr", "img", "input", "wbr"})
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_LINKS = ("http://", "https://", "mailto:")


def _e(text: Any) -> str:
    """Data or draft text as HTML text: escaped, controls shown as escapes."""
    return html.escape(visible(str(text)), quote=True)


def _draft_html(review: Review) -> str:
    """The draft with its marks, as HTML (Markdown rendered, or plain text in its paragraphs)."""
    text = marked(clean(review.text), [note.span for note in review.notes])
    text = FRONT_MATTER.sub("", text, count=1)  # front matter: its date is in the summary
    if not review.markdown:
        paragraphs = re.split(r"\n\s*\n", text.strip("\n"))
        return "".join(f"<p>{'<br />'.join(html.escape(line) for line in p.splitlines())}</p>\n"
                       for p in paragraphs if p.strip())
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": False}).disable("image")
    # markdown-it's documented way to choose which links to make: override validateLink.
    md.validateLink = lambda url: url.strip().lower().startswith((*_LINKS, "#"))  # type: ignore[method-assign]
    return md.render(text)


def _mark_open(note: Note, first: bool) -> str:
    ident = f' id="claim-{note.number}"' if first else ""
    kind = "claim" if first else "cont"
    return f'<mark{ident} class="{kind} m v-{note.verdict}" data-verdict="{_e(note.verdict)}">'


def _tag(note: Note, inside_link: bool) -> str:
    word = f"{note.number}\u00a0{verdict_word(note.verdict)}"
    if inside_link:
        return f' <span class="tag v-{note.verdict}">{_e(word)}</span>'
    return f' <a class="tag v-{note.verdict}" href="#note-{note.number}">{_e(word)}</a>'


class _Weaver:
    """Turns the marks in the rendered draft into <mark> elements that nest in its markup (a mark
    that would cross an element's end is closed there and opened again at the next words), and
    puts the notes after the top-level block their sentences end in."""

    def __init__(self, review: Review) -> None:
        self.notes = {note.number - 1: note for note in review.notes}
        self.out: list[str] = []
        self.stack: list[tuple[str, str]] = []  # open elements: (name, opening tag)
        self.current: Note | None = None
        self.depth = 0  # how many elements the open mark is inside
        self.pending = False  # the mark was closed at an element's end, to open again at the next words
        self.block: list[Note] = []
        self.placed: set[int] = set()

    def weave(self, rendered: str) -> str:
        for piece in re.split(r"(<[^>]*>)", rendered):
            if piece.startswith("<"):
                self._tag(piece)
            else:
                self._text(piece)
        self._flush()
        return "".join(self.out)

    def _tag(self, piece: str) -> None:
        match = _TAG.match(piece)
        if not match:
            self.out.append(piece)
            return
        closing, name = match.group(1) == "/", match.group(2).lower()
        if not closing:
            self.out.append(piece)
            if name not in _BLOCK_VOID and not match.group(3):
                self.stack.append((name, piece))
            return
        if self.current is not None and not self.pending and len(self.stack) <= self.depth:
            self.out.append("</mark>")
            self.pending = True
        self.out.append(piece)
        if self.stack and self.stack[-1][0] == name:
            self.stack.pop()
        if not self.stack:
            self._flush()

    def _text(self, piece: str) -> None:
        last = 0
        for match in MARK.finditer(piece):
            self._words(piece[last : match.start()])
            last = match.end()
            index, opening = mark_number(match)
            note = self.notes.get(index)
            if note is None:
                continue
            if opening:
                self.current, self.depth, self.pending = note, len(self.stack), False
                self.out.append(_mark_open(note, True))
                self.block.append(note)
                self.placed.add(note.number)
            elif self.current is note:
                self._close(note)
        self._words(piece[last:])

    def _words(self, text: str) -> None:
        if self.current is not None and self.pending and text.strip():
            self.depth, self.pending = len(self.stack), False
            self.out.append(_mark_open(self.current, False))
        self.out.append(text)

    def _close(self, note: Note) -> None:
        inner = self.stack[self.depth :] if not self.pending else []
        if not self.pending:
            self.out.extend(f"</{name}>" for name, _ in reversed(inner))
            self.out.append("</mark>")
        self.out.append(_tag(note, any(name == "a" for name, _ in self.stack[: self.depth])))
        self.out.extend(tag for _, tag in inner)
        self.current, self.pending = None, False

    def _flush(self) -> None:
        if self.block:
            self.out.append(f'<aside class="notes">{"".join(note_html(note) for note in self.block)}</aside>\n')
            self.block = []


def _finding_row(finding: dict[str, Any]) -> str:
    label = part_label(finding)
    recorded = _e(finding.get("recorded") or "")
    if finding.get("note"):
        recorded += f"<br />note: {_e(finding['note'])}"
    if finding.get("record"):
        recorded += f' <span class="record">({_e(finding["record"])})</span>'
    return (f"<tr><td>{_e(finding.get('part', ''))}</td><td>{_e(finding.get('kind', ''))}</td>"
            f'<td><span class="tag v-{_e(label)}">{_e(label.upper())}</span></td><td>{recorded}</td></tr>')


def _record(about: dict[str, Any]) -> str:
    title = f"{_e(about['title'])} " if about.get("title") else ""
    return f'{title}<span class="record">({_e(about.get("record", ""))})</span>'


def note_html(note: Note) -> str:
    """One sentence's note: verdict, what it is about, the parts, what differs, the sources."""
    out = [f'<section class="note v-{_e(note.verdict)}" id="note-{note.number}">',
           f'<h3><a href="#claim-{note.number}">{note.number}.</a> <span class="tag v-{_e(note.verdict)}">'
           f'{_e(verdict_word(note.verdict))}</span>'
           + (f' <span class="record">line {note.line}</span>' if note.line else "") + "</h3>",
           f'<p class="sentence">{_e(note.claim.get("claim", ""))}</p>']
    if note.about:
        out.append(f"<p><strong>About:</strong> {_record(note.about)}</p>")
    if note.closest:
        out.append(f"<p><strong>Closest record</strong> (not what the sentence is about): {_record(note.closest)}</p>")
    if note.differs:
        items = "".join(f"<li>the draft says <q>{_e(f.get('part', ''))}</q> ({_e(f.get('kind', ''))}, "
                        f"{_e(f.get('verdict', ''))}); the data records: {_e(f.get('recorded', ''))}</li>"
                        for f in note.differs)
        out.append(f'<div class="differs"><strong>What differs</strong><ul>{items}</ul></div>')
    rows = "".join(_finding_row(f) for f in note.claim.get("findings", ()))
    out.append(f'<h4>Parts checked</h4><table class="parts"><thead><tr><th>part</th><th>kind</th><th>verdict</th>'
               f"<th>what the data records</th></tr></thead><tbody>{rows}</tbody></table>")
    if note.not_checked:
        items = "".join(f"<li>{_e(item.get('part', ''))} ({_e(item.get('kind', ''))}): {_e(item.get('reason', ''))}"
                        f"</li>" for item in note.not_checked)
        out.append(f"<h4>Not checked</h4><ul>{items}</ul>")
    if note.sources:
        items = "".join(f'<li>{_source_link(cited.id, cited.url)}: {runs_html(cited.runs)}</li>'
                        for cited in note.sources)
        out.append(f'<h4>Sources</h4><ol class="sources">{items}</ol>')
    out.append("</section>")
    return "".join(out)


def _source_link(source_id: str, url: str | None) -> str:
    return f'<a href="{_e(url)}">{_e(source_id)}</a>' if url else f'<span class="record">{_e(source_id)}</span>'


def _summary(review: Review, placed: set[int]) -> str:
    by_verdict = review.by_verdict()
    count = len(review.notes)
    lines = []
    for verdict, notes in by_verdict.items():
        links = ", ".join(f'<a href="#{"claim" if n.number in placed else "note"}-{n.number}">{n.number}</a>'
                          for n in notes)
        lines.append(f'<li><span class="tag v-{_e(verdict)}">{_e(verdict_word(verdict))}</span> '
                     f'<strong>{len(notes)}</strong>{": " + links if links else ""}</li>')
    data = "<br />".join(f"<code>{_e(path)}</code>" for path in review.data_files)
    if review.data_title:
        data += f"<br />{_e(review.data_title)}"
    dated = _e(review.dated) if review.dated else "none given: relative dates (“last month”) were not read"
    rows = [("Draft", f"<code>{_e(review.name)}</code>"), ("Checked against", data),
            ("Newest source in the data", _e(review.newest_source or "none dated")),
            ("Draft’s date", dated), ("Citations", _e(review.style)), ("zt", _e(review.version))]
    return (f'<header class="summary"><h1>Fact-check review</h1>'
            f"<p><strong>{count} sentence{'s' if count != 1 else ''} checked</strong>"
            f"{' (the numbers link to each)' if count else ''}</p>"
            f'<ul class="counts">{"".join(lines)}</ul>'
            f'<dl>{"".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)}</dl>'
            '<p class="legend">contradicted: the record the sentence is about says otherwise. disputed: the '
            "sources disagree, and the sentence sides with one account. unverified: the sentence is not shown "
            "to be about a record that settles it. supported: the record it is about says the same.</p></header>")


def review_html(review: Review) -> str:
    weaver = _Weaver(review)
    draft = weaver.weave(_draft_html(review))
    unplaced = [note for note in review.notes if note.number not in weaver.placed]
    rest = ""
    if unplaced:
        rest = ('<section class="unplaced"><h2>Checked sentences not found in the draft as written</h2>'
                f'<div class="notes">{"".join(note_html(note) for note in unplaced)}</div></section>')
    title = f"Fact-check review: {review.name}"
    document = (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8" />\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'" />\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
        f"<title>{_e(title)}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"{_summary(review, weaver.placed)}\n<main class=\"draft\">\n{draft}</main>\n{rest}\n"
        f"<footer><p>Checked by zt {_e(review.version)} against the data above. Verdicts: "
        f"{', '.join(VERDICTS)}.</p></footer>\n</body>\n</html>\n")
    return visible(document)
