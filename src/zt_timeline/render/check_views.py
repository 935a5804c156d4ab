"""`zt check`: each claim with its verdict and its parts, in every format; and ClaimReview."""

from __future__ import annotations

from typing import Any

from ..checking.parts import ClaimCheck, Finding, RecordRef, Unchecked
from ..model.records import Source
from ..model.timeline import Timeline
from .cells import joined
from .output import Column, Output, Table

_HUMAN = (Column("part", weight=2), Column("verdict", wrap=False), Column("what the data records", weight=5))
# schema.org wants a number: from contradicted (worst) to supported (best).
RATINGS = {"contradicted": 1, "disputed": 2, "unverified": 3, "supported": 4}


def _what(finding: Finding) -> str:
    lines = [finding.recorded]
    if finding.differs:
        lines.append(f"  differs: {finding.differs}")
    if finding.note:
        lines.append(f"  note: {finding.note}")
    if finding.record:
        lines.append(f"  record: {finding.record}")
    if finding.sources:
        lines.append(f"  sources: {joined(finding.sources)}")
    return "\n".join(lines)


def finding_dict(finding: Finding) -> dict[str, Any]:
    return {"part": finding.part, "kind": finding.kind.value, "verdict": finding.verdict.value,
            "record": finding.record, "recorded": finding.recorded, "sources": list(finding.sources),
            "note": finding.note, "differs": finding.differs}


def _ref_dict(ref: RecordRef | None) -> dict[str, Any] | None:
    return None if ref is None else {"record": ref.id, "title": ref.title, "sources": list(ref.sources)}


def _unchecked_dict(part: Unchecked) -> dict[str, Any]:
    return {"part": part.part, "kind": part.kind.value, "reason": part.reason}


# The rows every format gives a claim besides its checked parts: the record it is about (kind and
# verdict "about", never a verdict of its own), the closest one when it is about none, and each
# part found but not checked.
ABOUT, CLOSEST, NOT_CHECKED = "about", "closest, about something else", "not checked"


def _extra_rows(result: ClaimCheck) -> list[tuple[str, str, str, str, str, str]]:
    """(kind, part, verdict, record, recorded, sources) for the about, closest and unchecked rows."""
    rows = []
    for label, ref in ((ABOUT, result.about), (CLOSEST, result.closest)):
        if ref is not None:
            rows.append((label, ref.id, label, ref.id, ref.title, joined(ref.sources)))
    rows += [(part.kind.value, part.part, NOT_CHECKED, "", part.reason, "") for part in result.unchecked]
    return rows


def check_output(results: tuple[ClaimCheck, ...]) -> Output:
    human, rows, data = [], [], []
    for number, result in enumerate(results, 1):
        title = f"{number}. {result.verdict.value.upper()}: {result.claim}"
        extra = _extra_rows(result)
        human.append(Table(_HUMAN, (*((f"{f.part}\n  ({f.kind.value})", f.verdict.value, _what(f))
                                      for f in result.findings),
                                    *((f"{part}\n  ({kind})", verdict, f"{recorded}\n  record: {record}"
                                       if record else recorded) for kind, part, verdict, record, recorded, _
                                      in extra)), title=title))
        rows += [(str(number), result.claim, result.verdict.value, f.kind.value, f.part, f.verdict.value,
                  f.record or "", f.recorded, joined(f.sources), f.note or "", f.differs or "")
                 for f in result.findings]
        rows += [(str(number), result.claim, result.verdict.value, kind, part, verdict, record, recorded, sources,
                  "", "") for kind, part, verdict, record, recorded, sources in extra]
        data.append({"claim": result.claim, "verdict": result.verdict.value,
                     "findings": [finding_dict(f) for f in result.findings],
                     "about": _ref_dict(result.about), "closest": _ref_dict(result.closest),
                     "not_checked": [_unchecked_dict(part) for part in result.unchecked]})
    machine = Table(tuple(Column(name) for name in ("claim", "text", "claim_verdict", "kind", "part", "verdict",
                                                    "record", "recorded", "sources", "note", "differs")),
                    tuple(rows))
    return Output(tuple(human), machine, data, empty="nothing checkable: no date, number, quotation or outlet")


def _creative_work(source: Source) -> dict[str, Any]:
    work: dict[str, Any] = {"@type": "CreativeWork", "name": source.title, "publisher": {
        "@type": "Organization", "name": source.publisher}}
    if source.url and source.url.startswith(("http://", "https://")):
        work["url"] = source.url
    if source.date:
        work["datePublished"] = source.date.unqualified.iso()
    if source.author:
        work["author"] = {"@type": "Person", "name": source.author}
    return work


def claim_reviews(timeline: Timeline, results: tuple[ClaimCheck, ...]) -> list[dict[str, Any]]:
    """One schema.org ClaimReview per claim (https://schema.org/ClaimReview)."""
    reviews = []
    for result in results:
        about = result.about.sources if result.about else ()
        cited = dict.fromkeys((*(source for finding in result.findings for source in finding.sources), *about))
        sources = [source for source_id in cited if isinstance(source := timeline.get(source_id), Source)]
        item: dict[str, Any] = {"@type": "Claim", "text": result.claim}
        if result.speaker:
            item["author"] = {"@type": "Person", "name": result.speaker}
        if result.date:
            item["datePublished"] = result.date.unqualified.iso()
        reviews.append({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": result.claim,
            "reviewRating": {"@type": "Rating", "ratingValue": RATINGS[result.verdict.value], "bestRating": 4,
                             "worstRating": 1, "alternateName": result.verdict.value},
            "itemReviewed": item,
            "author": {"@type": "Organization", "name": timeline.title or "zt"},
            "reviewBody": "; ".join([*(f"{f.kind.value} {f.part!r}: {f.verdict.value} ({f.recorded})"
                                       for f in result.findings),
                                     *(f"{kind} {part!r}: {verdict} ({recorded})" for kind, part, verdict, _,
                                       recorded, _ in _extra_rows(result))]),
            "citation": [_creative_work(source) for source in sources],
        })
    return reviews
