"""Builders for the fact-checking commands: search, roles on a date, conflicts, citations."""

from __future__ import annotations

from typing import cast

from msgspec.structs import replace

from ..citations.cite import Style, citation
from ..model.dates import PartialDate, Precision
from ..model.enums import RecordType
from ..model.quantities import amount
from ..model.records import Actor, Event, EventVariant, Figure, FigureVariant, Quote, Record, Source
from ..model.timeline import Timeline
from ..queries.conflicts import Conflict, Version, disputed_points
from ..queries.search import Hit
from ..queries.select import quote_date
from ..queries.serialize import as_data, record_to_dict
from ..queries.tenure import Tenure
from .cells import iso, joined, quote_text, role_line, span, when
from .output import Column, Output, Table
from .views import DATE, ID, cited

_PLURALS = {kind: kind.array.capitalize() for kind in RecordType}


def _record_date(timeline: Timeline, record: Record) -> PartialDate | None:
    if isinstance(record, Quote):
        return quote_date(timeline, record)
    return getattr(record, "date", None)


def describe(timeline: Timeline, record: Record) -> str:
    """One line that says what a record is: a title, the words, a value, a name."""
    if isinstance(record, Event):
        return record.headline
    if isinstance(record, Quote):
        return f"{timeline.actor_name(record.speaker)}: {quote_text(record)}"
    if isinstance(record, Figure):
        others = f" (other accounts: {joined([amount(v) for v in record.variants])})" if record.variants else ""
        return f"{amount(record)}: {record.label}{others}"
    if isinstance(record, Actor):
        return record.name + (f" ({joined([r.title for r in record.roles], '; ')})" if record.roles else "")
    return f"{record.title}. {record.publisher}"


def search_output(timeline: Timeline, hits: tuple[Hit, ...], query: str) -> Output:
    groups: dict[RecordType, list[Hit]] = {}
    for hit in hits:
        groups.setdefault(hit.kind, []).append(hit)
    human = tuple(
        Table((ID, DATE, Column("match")),
              tuple((hit.record.id, when(_record_date(timeline, hit.record)),
                     cited(describe(timeline, hit.record), (), disputed_points(hit.record))
                     + f"\n  found in: {joined(hit.fields)}") for hit in group),
              title=f"{_PLURALS[kind]} ({len(group)})")
        for kind, group in groups.items()
    )
    machine = Table(
        tuple(Column(name) for name in ("type", "id", "score", "date", "found_in", "text")),
        tuple((hit.kind.value, hit.record.id, str(hit.score), iso(_record_date(timeline, hit.record)),
               joined(hit.fields), describe(timeline, hit.record)) for hit in hits),
    )
    data = [{"type": hit.kind.value, "id": hit.record.id, "score": hit.score, "found_in": list(hit.fields),
             "record": record_to_dict(hit.record)} for hit in hits]
    return Output(human, machine, data, empty=f"nothing matches {query!r}")


def on_date(when_asked: PartialDate) -> str:
    """'on 1 Jun 2018', 'in Nov 2018', 'in 2018'."""
    return f"{'on' if when_asked.precision is Precision.DAY else 'in'} {when_asked.display()}"


def tenures_output(timeline: Timeline, tenures: tuple[Tenure, ...], when_asked: PartialDate,
                   one: Actor | None = None, left_out: int = 0) -> Output:
    """Roles with their status on a date, of every actor or of `one`; `left_out` counts roles
    not shown because they are undated."""
    rows = []
    for tenure in tenures:
        role = role_line(timeline, tenure.role)
        role += f"\n  {tenure.status.value}: {tenure.reason}" if tenure.reason else ""
        who = () if one else (tenure.actor.id, tenure.actor.name)
        rows.append((*who, cited(role, tenure.role.sources), tenure.status.value))
    columns: tuple[Column, ...] = (Column("role", weight=3), Column("status", wrap=False))
    if one:
        title = f"{one.name}'s roles {on_date(when_asked)}"
    else:
        columns = (ID, Column("name"), *columns)
        title = f"Roles held {on_date(when_asked)}"
        if left_out:
            roles = "1 role with no dates is" if left_out == 1 else f"{left_out} roles with no dates are"
            title += f" ({roles} not shown: zt actors lists them)"
    human = Table(columns, tuple(rows), title=title)
    machine = Table(
        tuple(Column(name) for name in ("actor", "name", "role", "org", "from", "until", "status", "reason",
                                        "sources")),
        tuple((t.actor.id, t.actor.name, t.role.title, t.role.org or "", iso(t.role.start), iso(t.role.until),
               t.status.value, t.reason, joined(t.role.sources)) for t in tenures),
    )
    data = [{"actor": t.actor.id, "name": t.actor.name, "as_of": when_asked.iso(), "status": t.status.value,
             "reason": t.reason, "role": as_data(t.role)} for t in tenures]
    return Output((human,), machine, data, empty=f"no role is recorded as held {on_date(when_asked)}")


def _subject(timeline: Timeline, record: Quote | Figure | Event) -> str:
    """What a disagreement is about: whose words and when, what a figure counts, which event."""
    if isinstance(record, Quote):
        said = when(quote_date(timeline, record))
        return timeline.actor_name(record.speaker) + (f", {said}" if said else "")
    return record.headline


def _account_text(record: Quote | Figure | Event, version: Version) -> str:
    """What one account says, as a reader would write it."""
    account = version.account
    if isinstance(account, FigureVariant):
        return amount(account)
    if isinstance(account, EventVariant):
        return span(account.date, account.end)
    # Variants share the quote's form: words from notes stay flagged as notes in every account.
    return quote_text(replace(cast(Quote, record), text=account.text))  # only a quote has words


def _account_fields(version: Version) -> tuple[str, str, str, str]:
    """(text or value, context, date, end) of one account, exactly, for tools."""
    account = version.account
    if isinstance(account, FigureVariant):
        return amount(account), "", iso(account.date), ""
    if isinstance(account, EventVariant):
        return "", "", iso(account.date), iso(account.end)
    return account.text, account.context or "", "", ""


def _labels(conflict: Conflict) -> list[str]:
    return ["recorded"] + [f"variant {number}" for number in range(1, len(conflict.versions))]


_CONFLICT_COLUMNS = (Column("account", wrap=False), Column("version", weight=4), Column("differs", wrap=False))


def conflicts_output(timeline: Timeline, conflicts: tuple[Conflict, ...]) -> Output:
    human, machine_rows, data = [], [], []
    for conflict in conflicts:
        record, labels = conflict.record, _labels(conflict)
        subject = _subject(timeline, record)
        rows, versions = [], []
        form = record.form.value if isinstance(record, Quote) else ""
        for label, version in zip(labels, conflict.versions, strict=False):
            text, context, date, end = _account_fields(version)
            note = version.account.note
            cell = _account_text(record, version) + (f"\n— {context}" if context else "")
            cell = cited(cell, version.sources) + (f"\n  note: {note}" if note else "")
            rows.append((label, cell, joined(version.differs) or "—"))
            machine_rows.append((conflict.kind.value, record.id, label, form, text, context, date, end,
                                 joined(version.differs), joined(version.sources), note or ""))
            versions.append({"account": label, "differs": [aspect.value for aspect in version.differs],
                             **as_data(version.account)})
        title = f"{conflict.kind.value} {record.id}: {subject}"
        if rows:
            human.append(Table(_CONFLICT_COLUMNS, tuple(rows), title=title))
        for dispute in conflict.disputes:
            dispute_rows = []
            for number, account in enumerate(dispute.accounts, 1):
                cell = cited(account.says, account.sources) + (f"\n  note: {account.note}" if account.note else "")
                dispute_rows.append((f"account {number}", cell, dispute.point))
                machine_rows.append((conflict.kind.value, record.id, f"{dispute.point} {number}", form, account.says,
                                     "", "", "", dispute.point, joined(account.sources), account.note or ""))
            heading = f"{title} — disputed: {dispute.point}" + (f"\n{dispute.note}" if dispute.note else "")
            human.append(Table(_CONFLICT_COLUMNS, tuple(dispute_rows), title=heading))
        data.append({"type": conflict.kind.value, "id": record.id, "subject": subject, "form": form or None,
                     "versions": versions, "disputes": [as_data(dispute) for dispute in conflict.disputes]})
    machine = Table(tuple(Column(name) for name in ("type", "id", "account", "form", "text", "context", "date",
                                                    "end", "differs", "sources", "note")), tuple(machine_rows))
    return Output(tuple(human), machine, data, empty="no disagreements are recorded")


def citations_output(record: Record, sources: tuple[Source, ...], style: Style,
                     where: dict[str, str] | None = None) -> Output:
    import json  # only for the CSL-JSON style, whose citations are objects

    where = where or {}

    def text(source: Source) -> str:
        value = citation(source, style, where.get(source.id))
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)

    rows = tuple((source.id, text(source)) for source in sources)
    human = Table((ID, Column("citation")), rows, title=f"{record.record_type.value} {record.id}: {style.value}")
    machine = Table((Column("id"), Column("style"), Column("citation")),
                    tuple((source_id, style.value, line) for source_id, line in rows))
    data = [{"id": source.id, "style": style.value, "citation": citation(source, style, where.get(source.id))}
            for source in sources]
    return Output((human,), machine, data, empty=f"{record.id} cites no source")
