"""The review a fact-checker hands to an editor: the draft, each checked sentence marked with its
verdict, what the data records and the sources to cite (html.py, markdown.py).

Built on the claims as `zt check --format json` writes them (check_views.check_output), so the
review shows whatever the checker reports: keys it does not know are left alone, and the keys
it knows ("about", "closest", "not_checked") are shown when a claim has them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, NamedTuple

from ... import __version__
from .place import Span, line_of, locate

if TYPE_CHECKING:
    from ...citations.csl_text import Run
    from ...model.dates import PartialDate
    from ...model.timeline import Timeline

# Worst first: --fail-on LEVEL fails on LEVEL and every verdict before it.
VERDICTS = ("contradicted", "disputed", "unverified", "supported")
TOPIC = "topic"  # a finding that names what the claim is about: it has no verdict of its own


def at_or_worse(verdict: str, level: str) -> bool:
    """Whether a claim's verdict is `level` or worse (an unknown verdict counts as unverified)."""
    rank = VERDICTS.index(verdict) if verdict in VERDICTS else VERDICTS.index("unverified")
    return rank <= VERDICTS.index(level)


def fails(claims: list[dict[str, Any]], level: str | None) -> bool:
    return level is not None and any(at_or_worse(str(claim.get("verdict")), level) for claim in claims)


class Cited(NamedTuple):
    """A source a note cites: its id, its address (http or https only) and its citation."""

    id: str
    url: str | None
    runs: list[Run]


class Note(NamedTuple):
    """One checked sentence: its number (from 1), the claim as the checker gave it, where it stands."""

    number: int
    claim: dict[str, Any]
    span: Span | None
    line: int | None
    sources: tuple[Cited, ...]

    @property
    def verdict(self) -> str:
        return str(self.claim.get("verdict", "unverified"))

    @property
    def checked(self) -> list[dict[str, Any]]:
        """The parts with a verdict of their own (not the topic)."""
        return [f for f in self.claim.get("findings", ()) if f.get("kind") != TOPIC]

    @property
    def differs(self) -> list[dict[str, Any]]:
        return [f for f in self.checked if f.get("verdict") in ("contradicted", "disputed")]

    @property
    def about(self) -> dict[str, Any] | None:
        """The record the claim is about: the checker's "about" (null: none), else its topic finding."""
        if "about" in self.claim:
            return self.claim["about"] or None
        topic = next((f for f in self.claim.get("findings", ()) if f.get("kind") == TOPIC and f.get("record")), None)
        return {"record": topic["record"], "title": topic.get("recorded")} if topic else None

    @property
    def closest(self) -> dict[str, Any] | None:
        return self.claim.get("closest") or None

    @property
    def not_checked(self) -> list[dict[str, Any]]:
        return list(self.claim.get("not_checked") or ())


class Review(NamedTuple):
    name: str  # the draft's path as given, or "standard input"
    text: str  # the draft as written
    markdown: bool  # rendered as Markdown, or kept as plain text in its paragraphs
    notes: tuple[Note, ...]
    data_files: tuple[str, ...]
    data_title: str | None
    newest_source: str | None  # the date of the newest source the data cites: how recent it is
    dated: str | None  # the draft's date, as relative dates were read
    style: str  # the citation style's name
    version: str = __version__

    def by_verdict(self) -> dict[str, list[Note]]:
        found: dict[str, list[Note]] = {verdict: [] for verdict in VERDICTS}
        for note in self.notes:
            found.setdefault(note.verdict, []).append(note)
        return found


def _sources(timeline: Timeline, claim: dict[str, Any], style: Any) -> tuple[Cited, ...]:
    """The sources of the checked parts, each once; the sources of the record the claim is about
    only when no checked part cites any (they would repeat the same works at length)."""
    from ...citations.cite import styled
    from ...model.records import Source

    findings = claim.get("findings", ())
    ordered = [f for f in findings if f.get("kind") != TOPIC and f.get("sources")] or findings
    ids = dict.fromkeys(source for f in ordered for source in f.get("sources") or ())
    cited = []
    for source_id in ids:
        source = timeline.get(source_id)
        if isinstance(source, Source):
            url = source.url if source.url and source.url.startswith(("http://", "https://")) else None
            cited.append(Cited(source.id, url, styled(source, style)))
    return tuple(cited)


def is_markdown(name: str) -> bool:
    """A draft is read as Markdown unless its name says plain text (.txt, .text)."""
    return not name.lower().endswith((".txt", ".text"))


def build_review(timeline: Timeline, claims: list[dict[str, Any]], text: str, name: str,
                 dated: PartialDate | None, style: Any, style_name: str, markdown: bool | None = None) -> Review:
    """The review of a draft (`markdown`: whether to render it as Markdown; by default, unless its
    name ends .txt or .text)."""
    spans = locate(text, [str(claim.get("claim", "")) for claim in claims])
    notes = tuple(Note(number, claim, span, line_of(text, span), _sources(timeline, claim, style))
                  for number, (claim, span) in enumerate(zip(claims, spans, strict=True), 1))
    dates = [source.date for source in timeline.sources if source.date]
    newest = max(dates, key=lambda date: date.sort_key).display() if dates else None
    markdown = is_markdown(name) if markdown is None else markdown
    return Review(name, text, markdown, notes, tuple(str(path) for path in timeline.files),
                  timeline.title, newest, dated.display() if dated else None, style_name)


def verdict_word(verdict: str) -> str:
    return verdict.upper()


def part_label(finding: dict[str, Any]) -> str:
    """How a finding's verdict is shown: a topic finding says what the claim is about."""
    return "about" if finding.get("kind") == TOPIC else str(finding.get("verdict", ""))
