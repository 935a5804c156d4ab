"""Quote provenance: the chain from the words to the page that prints them.

Who said them, to whom or where, how they were recorded (spoken, written, someone's notes,
a paraphrase), through whom they travelled (`via`, first link first), and the cited source.
A `via` entry that is a source or actor id is resolved to that record, so a reader sees
"DOJ OIG report" and can follow its id with `zt show`.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from ..model.display import shown_title
from ..model.enums import QuoteForm
from ..model.records import Actor, Quote, Source
from ..model.timeline import Timeline

FORM_MEANINGS = {
    QuoteForm.SPOKEN: "spoken: the speaker's own words, as heard",
    QuoteForm.WRITTEN: "written: the speaker's own words, as written",
    QuoteForm.NOTES: "notes: recorded in someone's notes, not a verbatim record of the words",
    QuoteForm.PARAPHRASE: "paraphrase: someone else's rendering, not the speaker's words",
}


class Step(enum.StrEnum):
    WORDS = "words"
    SPEAKER = "speaker"
    CONTEXT = "context"  # where, and to whom
    FORM = "form"
    VIA = "via"
    DISPUTED = "disputed"  # a point on which the sources give other accounts
    SOURCE = "source"  # a cited source: where the words can be checked


@dataclass(frozen=True, slots=True)
class Link:
    step: Step
    text: str
    ref: str | None = None  # the id of the record this link names, for `zt show`


def describe_source(source: Source) -> str:
    return f"{source.publisher}, {source.date.display() if source.date else 'n.d.'}: {shown_title(source)}"


def _disputed(quote: Quote) -> list[Link]:
    """One link for each point the sources disagree on: the other wordings, and each dispute's accounts."""
    links = []
    if quote.variants:
        links.append(Link(Step.DISPUTED, f"wording: {1 + len(quote.variants)} accounts (zt conflicts shows them)"))
    for dispute in quote.disputes:
        accounts = "; ".join(f"{account.says} ({', '.join(account.sources)})" for account in dispute.accounts)
        links.append(Link(Step.DISPUTED, f"{dispute.point}: {accounts}"))
    return links


def _named(timeline: Timeline, entry: str, step: Step) -> Link:
    record = timeline.get(entry)
    if isinstance(record, Source):
        return Link(step, describe_source(record), record.id)
    if isinstance(record, Actor):
        return Link(step, record.name, record.id)
    return Link(step, entry)


def provenance(timeline: Timeline, quote: Quote) -> tuple[Link, ...]:
    """The chain for one quote, words first and cited sources last."""
    chain = [
        Link(Step.WORDS, quote.text, quote.id),
        Link(Step.SPEAKER, timeline.actor_name(quote.speaker), quote.speaker),
    ]
    if quote.context:
        chain.append(Link(Step.CONTEXT, quote.context))
    chain.append(Link(Step.FORM, FORM_MEANINGS[quote.form]))
    chain.extend(_disputed(quote))
    cited = set(quote.sources)
    for entry in quote.via:
        chain.append(_named(timeline, entry, Step.SOURCE if entry in cited else Step.VIA))
    shown = set(quote.via)
    # Sources the chain did not reach are other places the same words are printed.
    chain.extend(_named(timeline, source_id, Step.SOURCE) for source_id in quote.sources if source_id not in shown)
    return tuple(chain)
