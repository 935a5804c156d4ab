"""Quote provenance as tables: `zt quote --provenance` and the chain in `zt show QUOTE_ID`."""

from __future__ import annotations

from ..model.records import Quote
from ..model.timeline import Timeline
from ..queries.provenance import Link, Step, provenance
from ..queries.select import quote_date
from .cells import quote_text, when
from .output import Column, Output, Table

STEP_LABELS = {
    Step.WORDS: "words",
    Step.SPEAKER: "said by",
    Step.CONTEXT: "where, to whom",
    Step.FORM: "recorded as",
    Step.VIA: "via",
    Step.DISPUTED: "disputed",
    Step.SOURCE: "cited in",
}
CHAIN_COLUMNS = (Column("step", wrap=False), Column("link", weight=4), Column("record", wrap=False, kind="id"))


def chain_rows(quote: Quote, chain: tuple[Link, ...]) -> tuple[tuple[str, str, str], ...]:
    """(step, what, record id) rows; the words are shown flagged as notes or paraphrase."""
    rows = []
    for link in chain:
        text = quote_text(quote) if link.step is Step.WORDS else link.text
        rows.append((STEP_LABELS[link.step], text, "" if link.step is Step.WORDS else link.ref or ""))
    return tuple(rows)


def link_value(link: Link) -> str:
    """A link as one field value for tools: its text, then the id it names."""
    return f"{link.text} [{link.ref}]" if link.ref else link.text


def provenance_output(timeline: Timeline, quotes: tuple[Quote, ...]) -> Output:
    human, machine_rows, data = [], [], []
    for quote in quotes:
        chain = provenance(timeline, quote)
        said = when(quote_date(timeline, quote))
        title = f"{quote.id}: {timeline.actor_name(quote.speaker)}" + (f", {said}" if said else "")
        human.append(Table(CHAIN_COLUMNS, chain_rows(quote, chain), title=title))
        machine_rows += [(quote.id, str(position), link.step.value, link.ref or "", link.text)
                         for position, link in enumerate(chain)]
        data.append({"quote": quote.id, "speaker": quote.speaker, "form": quote.form.value,
                     "verbatim": quote.form.is_verbatim,
                     "chain": [{"step": link.step.value, "text": link.text, "ref": link.ref} for link in chain]})
    machine = Table(tuple(Column(name) for name in ("quote", "position", "step", "ref", "text")), tuple(machine_rows))
    return Output(tuple(human), machine, data, empty="no quotes match")
