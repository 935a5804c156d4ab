"""The long way round: each record read field by field, every problem noted as it is met.

Each builder takes the record's Fields (fields.py), reads every field the record may have, checks
what spans fields (an end before its start, an actor without a source), and returns the model
object, with None or a default where a field is wrong; the problems are in the Report. Nested
tables (roles, variants, disputes and their accounts) are read the same way, each with its own
Fields, so an unknown key in one is named by its place ("event 'e' variants[0]").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..model.dates import PartialDate
from ..model.kinds import (
    Action,
    ActorKind,
    EvidenceLevel,
    FigureStatus,
    Modality,
    QuoteForm,
    Rank,
    RecordType,
    SourceKind,
)
from ..model.records import (
    NO_ORIGINAL,
    Actor,
    Copy,
    Dispute,
    DisputeAccount,
    Event,
    EventVariant,
    Figure,
    FigureVariant,
    Quote,
    QuoteVariant,
    Role,
    Source,
)
from .fields import Fields
from .problems import ProblemCode


def _copy(f: Fields) -> Copy | None:
    nested = f.table("copy")
    if nested is None:
        return None
    url, host = nested.text("url", True), nested.text("host", True)
    nested.finish()
    return Copy(url, host) if url and host else None


def _source(f: Fields, record_id: str) -> Source:
    url, copy, original = f.text("url"), _copy(f), f.text("original")
    if original is not None and original != NO_ORIGINAL:
        f.report.error(f.where, "original", ProblemCode.BAD_VALUE,
                       f"{original!r} is not {NO_ORIGINAL!r}: expected it or no field")
        original = None
    host = f.text("host")  # the old form: `url` is the copy, on the site `host`
    if host is not None:
        f.report.warn(f.where, "host", ProblemCode.DEPRECATED,
                      "is the old form: write the copy as copy = { url = ..., host = ... } and "
                                       "the original's address as url (or original = \"none found\")")
        if url is not None and copy is None:
            copy = Copy(url, host)
            url = None
    elif original == NO_ORIGINAL and (url or copy is None):
        f.report.error(f.where, "original", ProblemCode.BAD_VALUE,
                       f"is {NO_ORIGINAL!r}: expected a `copy` and no `url`")
    return Source(
        id=record_id, title=f.text("title", True), publisher=f.text("publisher", True),
        date=f.date("date"), url=url, author=f.text("author"),
        kind=f.choice("kind", SourceKind), note=f.text("note"),
        descriptive_title=f.flag("descriptive_title"), evidence=f.choice("evidence", EvidenceLevel),
        number=f.text("number"), copy=copy, original=original,
    )


def _role(f: Fields) -> Role:
    sources, pinpoints = f.citations("sources", True)
    role = Role(
        title=f.text("title", True), org=f.ref("org", RecordType.ACTOR),
        start=f.date("from"), until=f.date("until"),
        sources=sources, note=f.text("note"), pinpoints=pinpoints,
    )
    if role.start and role.until and role.until.last_day < role.start.first_day:
        f.report.error(f.where, "until", ProblemCode.BAD_VALUE,
                       f"{role.until} is before 'from' {role.start}: expected 'from' or later")
    return role


def _actor(f: Fields, record_id: str) -> Actor:
    roles = []
    for index, raw in f.tables("roles"):
        nested = f.nested("roles", index, raw)
        roles.append(_role(nested))
        nested.finish()
    sources, pinpoints = f.citations("sources")
    actor = Actor(
        id=record_id, name=f.text("name", True), kind=f.choice("kind", ActorKind, True),
        aliases=f.texts("aliases"), roles=tuple(roles),
        sources=sources, note=f.text("note"), pinpoints=pinpoints,
    )
    if not actor.sources and not any(role.sources for role in actor.roles):
        f.report.error(f.where, "sources", ProblemCode.MISSING,
                       "is missing: cite a source for the actor or for one of its roles")
    return actor


def _check_span(f: Fields, start: PartialDate | None, end: PartialDate | None) -> None:
    if start and end and end.last_day < start.first_day:
        f.report.error(f.where, "end", ProblemCode.BAD_VALUE,
                       f"{end} is before 'date' {start}: expected 'date' or later")


def _disputes(f: Fields) -> tuple[Dispute, ...]:
    """The `disputes` of an event, quote or figure: points on which the sources disagree."""
    disputes = []
    for index, raw in f.tables("disputes"):
        nested = f.nested("disputes", index, raw)
        accounts = []
        for number, account_raw in nested.tables("accounts"):
            part = nested.nested("accounts", number, account_raw)
            sources, pinpoints = part.citations("sources", True)
            accounts.append(DisputeAccount(says=part.text("says", True), sources=sources, note=part.text("note"),
                                           pinpoints=pinpoints, rank=_rank(part)))
            part.finish()
        if len(accounts) < 2:
            nested.report.error(nested.where, "accounts", ProblemCode.BAD_VALUE,
                                f"has {len(accounts)} account(s): a dispute needs at least "
                                                          "two accounts, each with its sources")
        disputes.append(Dispute(point=nested.text("point", True), accounts=tuple(accounts), note=nested.text("note")))
        nested.finish()
    return tuple(disputes)


def _rank(f: Fields) -> Rank:
    """An account's rank; a deprecated one must say in its note why it is an error."""
    rank = f.choice("rank", Rank) or Rank.NORMAL
    if rank is Rank.DEPRECATED and not f.raw.get("note"):
        f.report.error(f.where, "note", ProblemCode.MISSING,
                       "is missing: a deprecated account says in its note why it is an error")
    return rank


def _variants(f: Fields, make: Callable[[Fields, tuple, tuple], Any]) -> tuple:
    """The record's `variants` (other accounts of it), each read by `make` from its Fields, its
    sources and its pinpoints (the sources read first, as for the record itself)."""
    variants = []
    for index, raw in f.tables("variants"):
        nested = f.nested("variants", index, raw)
        sources, pinpoints = nested.citations("sources", True)
        variants.append(make(nested, sources, pinpoints))
        nested.finish()
    return tuple(variants)


def _event_variant(f: Fields, sources: tuple, pinpoints: tuple) -> EventVariant:
    variant = EventVariant(date=f.date("date", True), end=f.date("end"), sources=sources, note=f.text("note"),
                           pinpoints=pinpoints, rank=_rank(f))
    _check_span(f, variant.date, variant.end)
    return variant


def _event(f: Fields, record_id: str) -> Event:
    variants = _variants(f, _event_variant)
    sources, pinpoints = f.citations("sources", True)
    event = Event(
        id=record_id, date=f.date("date", True), end=f.date("end"), title=f.text("title", True),
        sources=sources, summary=f.text("summary"),
        actors=f.refs("actors", RecordType.ACTOR), tags=f.texts("tags", slug=True),
        note=f.text("note"), variants=variants, pinpoints=pinpoints, disputes=_disputes(f),
        by=f.refs("by", RecordType.ACTOR), action=f.choice("action", Action),
    )
    _check_span(f, event.date, event.end)
    return event


def _quote_variant(f: Fields, sources: tuple, pinpoints: tuple) -> QuoteVariant:
    return QuoteVariant(text=f.text("text", True), sources=sources, context=f.text("context"), note=f.text("note"),
                        pinpoints=pinpoints, rank=_rank(f))


def _quote(f: Fields, record_id: str) -> Quote:
    variants = _variants(f, _quote_variant)
    sources, pinpoints = f.citations("sources", True)
    return Quote(
        id=record_id, speaker=f.ref("speaker", RecordType.ACTOR, True), text=f.text("text", True),
        sources=sources, date=f.date("date"),
        context=f.text("context"), event=f.ref("event", RecordType.EVENT),
        form=f.choice("form", QuoteForm) or QuoteForm.SPOKEN, via=f.texts("via"),
        variants=variants, note=f.text("note"), pinpoints=pinpoints, disputes=_disputes(f),
    )


def _figure_variant(f: Fields, sources: tuple, pinpoints: tuple) -> FigureVariant:
    return FigureVariant(value=f.number("value", True), sources=sources, qualifier=f.text("qualifier"),
                         unit=f.text("unit"), date=f.date("date"), note=f.text("note"), pinpoints=pinpoints,
                         rank=_rank(f))


def _figure(f: Fields, record_id: str) -> Figure:
    variants = _variants(f, _figure_variant)
    sources, pinpoints = f.citations("sources", True)
    return Figure(
        id=record_id, label=f.text("label", True), value=f.number("value", True),
        sources=sources, unit=f.text("unit"),
        qualifier=f.text("qualifier"), date=f.date("date"), event=f.ref("event", RecordType.EVENT),
        variants=variants, note=f.text("note"), pinpoints=pinpoints, disputes=_disputes(f),
        status=f.choice("status", FigureStatus), modality=f.choice("modality", Modality) or Modality.RECORDED,
    )


BUILDERS: dict[RecordType, Callable[[Fields, str], Any]] = {
    RecordType.SOURCE: _source, RecordType.ACTOR: _actor, RecordType.EVENT: _event,
    RecordType.QUOTE: _quote, RecordType.FIGURE: _figure,
}
