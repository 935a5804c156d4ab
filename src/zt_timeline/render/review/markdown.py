"""The review as Markdown, for an editor's word processor (pandoc turns it into .docx): a summary,
then the draft as written with a verdict tag after each checked sentence and, after the
paragraph, a blockquote for each of its sentences.

The draft's Markdown stays Markdown, but its raw HTML is shown as text (pandoc would drop it
from a .docx); a plain-text draft is escaped, its paragraphs and lines kept. Data text is
escaped everywhere (safe.md_text).
"""

from __future__ import annotations

import re
from typing import Any

from ..citation_text import runs_md
from ..safe import md_text, visible
from .build import Note, Review, part_label, verdict_word
from .place import FRONT_MATTER, MARK, clean, mark_number, marked

_RAW_HTML = re.compile(r"<(?=[A-Za-z/!?])(?!(?:https?|mailto):)")
_IMAGE = re.compile(r"!\[")
_BLOCK_END = re.compile(r"\n[ \t]*\n")
_URL = re.compile(r"https?://[^\s<>\\`]+")
_OPENING = re.compile("[\U000f0000-\U000ffffd]")


def _m(text: Any) -> str:
    return md_text(str(text), starts_line=False)


def _id(record_id: Any) -> str:
    """A record id in a code span: ids are slugs, and nothing else is let into the span."""
    return f"`{re.sub(r'[^a-z0-9-]', '', str(record_id))}`"


def _record(about: dict[str, Any]) -> str:
    title = f"{_m(about['title'])} " if about.get("title") else ""
    return f"{title}({_id(about.get('record', ''))})"


def _source(source_id: str, url: str | None) -> str:
    """A source's id, a link to its address where it has a plain http(s) one."""
    shown = _id(source_id)
    return f"[{shown}](<{url}>)" if url and _URL.fullmatch(url) else shown


def note_md(note: Note) -> str:
    """One sentence's note as a blockquote."""
    lines = [f"**{note.number}. {verdict_word(note.verdict)}**"
             + (f" (line {note.line})" if note.line else "") + f": “{_m(note.claim.get('claim', ''))}”"]
    if note.about:
        lines.append(f"About: {_record(note.about)}")
    if note.closest:
        lines.append(f"Closest record (not what the sentence is about): {_record(note.closest)}")
    if note.differs:
        lines.append("What differs:\n\n" + "\n".join(
            f"- the draft says “{_m(f.get('part', ''))}” ({_m(f.get('kind', ''))}, {_m(f.get('verdict', ''))}); "
            f"the data records: {_m(f.get('recorded', ''))}" for f in note.differs))
    parts = []
    for finding in note.claim.get("findings", ()):
        record = f" ({_id(finding['record'])})" if finding.get("record") else ""
        extra = f"; note: {_m(finding['note'])}" if finding.get("note") else ""
        parts.append(f"- {_m(finding.get('kind', ''))} “{_m(finding.get('part', ''))}”: "
                     f"**{_m(part_label(finding))}**: {_m(finding.get('recorded', ''))}{extra}{record}")
    lines.append("Parts checked:\n\n" + "\n".join(parts))
    if note.not_checked:
        lines.append("Not checked:\n\n" + "\n".join(f"- {_m(item.get('part', ''))} ({_m(item.get('kind', ''))}): "
                                                  f"{_m(item.get('reason', ''))}" for item in note.not_checked))
    if note.sources:
        lines.append("Sources:\n\n" + "\n".join(f"{n}. {_source(cited.id, cited.url)}: {runs_md(cited.runs)}"
                                             for n, cited in enumerate(note.sources, 1)))
    body = "\n\n".join(lines)
    return "\n".join(f"> {line}" if line else ">" for line in body.splitlines())


def _draft(review: Review) -> str:
    """The draft, marked: a tag after each checked sentence, the notes after its paragraph."""
    # Only where a sentence ends matters here: the opening marks go before anything is escaped.
    text = _OPENING.sub("", marked(clean(review.text), [note.span for note in review.notes]))
    text = FRONT_MATTER.sub("", text, count=1)
    if review.markdown:
        # An image would be fetched by whatever shows the review: it stays a link.
        text = _IMAGE.sub("!\\\\[", _RAW_HTML.sub("&lt;", visible(text)))
    else:
        paragraphs = re.split(r"\n\s*\n", text.strip("\n"))
        text = "\n\n".join("\\\n".join(md_text(line) for line in p.splitlines()) for p in paragraphs if p.strip())
    notes = {note.number - 1: note for note in review.notes}
    out, last, block = [], 0, []
    for match in MARK.finditer(text):
        index, _ = mark_number(match)
        out.append(text[last : match.start()])
        last = match.end()
        note = notes.get(index)
        if note is None:
            continue
        out.append(f" **\\[{note.number} {verdict_word(note.verdict)}\\]**")
        block.append(note)
        end = _BLOCK_END.search(text, last)
        following = MARK.search(text, last)
        if following is None or end is None or following.start() > end.start():
            stop = end.start() if end else len(text)
            out.append(text[last:stop])
            out.append("\n\n" + "\n\n".join(note_md(n) for n in block) + "\n")
            last, block = stop, []
    out.append(text[last:])
    return "".join(out).strip("\n") + "\n"


def _summary(review: Review) -> str:
    count = len(review.notes)
    lines = [f"# Fact-check review: {_m(review.name)}", "",
             f"**{count} sentence{'s' if count != 1 else ''} checked**", ""]
    for verdict, notes in review.by_verdict().items():
        numbers = ", ".join(str(n.number) for n in notes)
        lines.append(f"- **{verdict_word(verdict)}**: {len(notes)}" + (f" (sentences {numbers})" if numbers else ""))
    # Another bullet: a list of its own, not more of the counts'.
    lines += ["", f"* Checked against: {', '.join(f'`{_m(path)}`' for path in review.data_files)}"
              + (f" ({_m(review.data_title)})" if review.data_title else ""),
              f"* Newest source in the data: {_m(review.newest_source or 'none dated')}",
              f"* Draft’s date: {_m(review.dated) if review.dated else 'none given: relative dates were not read'}",
              f"* Citations: {_m(review.style)}", f"* zt {_m(review.version)}", "", "---", ""]
    return "\n".join(lines)


def review_md(review: Review) -> str:
    unplaced = [note for note in review.notes if note.span is None]
    rest = ""
    if unplaced:
        rest = "\n---\n\n## Checked sentences not found in the draft as written\n\n" + "\n\n".join(
            note_md(note) for note in unplaced) + "\n"
    return visible(_summary(review) + "\n" + _draft(review) + rest)
