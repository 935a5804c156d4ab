"""`zt import timelinejs`: a TimelineJS timeline as a zt timeline that validates.

Each slide becomes an event, at the precision its date has (a year, a month or a day; a
time of day, which zt dates do not have, goes in the note). A date the file displays the way
zt writes a qualified one ("c. Jun 2018", "2018?") keeps its qualifier, so zt's own TimelineJS
export comes back with every date as it was. The headline and text, HTML in TimelineJS, become
plain text with their links' addresses kept; the group becomes a tag; media, credits,
captions and background images are kept in the note. The title slide becomes [timeline]. A
TimelineJS era (a named span on the time axis) becomes an event over that span, tagged `era`:
zt's own eras are the holders of an office (docs/data-format.md).

Nothing is invented: every event cites one source, the imported file itself, with the slide
(or row) as the locator; the source's note names the file and what the slides credit, and
says the file names no publisher. A date zt cannot write (a year before 1 or after 9999, a
13th month) is a problem naming the slide, and nothing is written.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import msgspec

from .. import __version__
from ..errors import DataError, DateError
from ..loading.problems import Problem, ProblemCode, Report, shorten
from ..model.dates import PartialDate, Qualifier, make_date
from .html_text import html_to_text
from .timelinejs_read import NOT_TIMELINEJS, DateParts, Slide, SlideType, csv_slides, json_slides
from .toml_writer import toml_text

_WHOLE = re.compile(r"-?\d+")
_ADDRESS = re.compile(r"^(https?:)?//")  # how TimelineJS tells a background image from a colour
PUBLISHER_UNKNOWN = "Not stated in the file"
ERA_TAG = "era"


@dataclass(frozen=True, slots=True)
class Imported:
    """The zt timeline, as TOML text, and what the file had."""

    text: str
    events: int
    eras: int
    warnings: tuple[Problem, ...]


def slug(text: str, limit: int = 48) -> str:
    """A lowercase slug of the text's letters and digits, cut at a hyphen to at most `limit`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    found = re.sub(r"[^a-z0-9]+", "-", ascii_text.casefold()).strip("-")
    if len(found) > limit:
        found = found[:limit].rsplit("-", 1)[0] if "-" in found[:limit] else found[:limit]
    return found


def _number(report: Report, place: str, name: str, text: str) -> int | None:
    cleaned = re.sub(r"[\s,]", "", text)  # as TimelineJS reads "1,200"
    if not _WHOLE.fullmatch(cleaned):
        report.error(place, name, ProblemCode.BAD_TYPE, f"{shorten(text)} is not a whole number")
        return None
    return int(cleaned)


def _date(report: Report, place: str, parts: DateParts, required: bool) -> PartialDate | None:
    year_name, month_name, day_name = parts.names
    if not parts.year:
        if required:
            report.error(place, year_name, ProblemCode.MISSING, "is missing: every slide needs a year")
        elif parts.month or parts.day:
            report.warn(place, year_name, ProblemCode.MISSING,
                        "is missing: the end's month and day are ignored, as TimelineJS ignores them")
        return None
    year = _number(report, place, year_name, parts.year)
    month = _number(report, place, month_name, parts.month) if parts.month else None
    day = _number(report, place, day_name, parts.day) if parts.day else None
    if year is None or (parts.month and month is None) or (parts.day and day is None):
        return None
    if not 1 <= year <= 9999:
        why = "a year BCE" if year < 1 else "more than four digits"
        report.error(place, year_name, ProblemCode.BAD_VALUE,
                     f"year {year} cannot be a zt date ({why}): zt dates run from year 1 to 9999")
        return None
    try:
        return make_date(year, month, day)
    except DateError as error:
        field = day_name if day is not None and month is not None and 1 <= month <= 12 else month_name
        report.error(place, field, ProblemCode.BAD_VALUE, f"{error}: expected a real date")
        return None


def _qualified(date: PartialDate, shown: str) -> tuple[PartialDate, bool]:
    """The date with the qualifier and precision its display text says ("c. Jun 2018" is
    approximate), and whether the text is zt's way of showing it. An end TimelineJS has as the
    last day of a month or year (zt writes it so) is the month or year its text shows."""
    coarser = [date]
    if date.day is not None and date.last_day == PartialDate(date.year, date.month).last_day:
        coarser.append(PartialDate(date.year, date.month))
        if date.month == 12:
            coarser.append(PartialDate(date.year))
    for precise in coarser:
        for qualifier in (None, *Qualifier):
            candidate = msgspec.structs.replace(precise, qualifier=qualifier)
            if candidate.display() == shown:
                return candidate, True
    return date, False


def _plain(html: str) -> str:
    return html_to_text(html) if "<" in html or "&" in html else html


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _Importer:
    def __init__(self, report: Report, source_id: str) -> None:
        self.report, self.source_id = report, source_id
        self.ids: set[str] = {source_id}
        self.credits: list[str] = []

    def unique(self, *candidates: str) -> str:
        base = next(found for found in (slug(text) for text in candidates if text) if found)
        record_id, number = base, 2
        while record_id in self.ids:
            record_id, number = f"{base}-{number}", number + 1
        self.ids.add(record_id)
        return record_id

    def media_lines(self, slide: Slide) -> list[str]:
        media = {key: _plain(value) for key, value in slide.media.items()}
        if media["credit"] and media["credit"] not in self.credits:
            self.credits.append(media["credit"])
        lines = [f"{label}: {media[key]}" for key, label in (("url", "Media"), ("credit", "Media credit"),
                                                              ("caption", "Media caption"),
                                                              ("thumbnail", "Media thumbnail")) if media[key]]
        if _ADDRESS.match(slide.background):
            lines.append(f"Background image: {slide.background}")
        return lines

    def event(self, slide: Slide, number: int) -> dict | None:
        start = _date(self.report, slide.place, slide.start, required=True)
        end = _date(self.report, slide.place, slide.end, required=False)
        if start is None:
            return None
        span = slide.display_date.split(" – ", 1) if " – " in slide.display_date else [slide.display_date, ""]
        start, _ = _qualified(start, slide.start.display or span[0])
        if end is not None:
            end, _ = _qualified(end, slide.end.display or span[1])
            if end == start:
                end = None
            elif end.last_day < start.first_day:
                self.report.error(slide.place, slide.end.names[0], ProblemCode.BAD_VALUE,
                                  f"{end.display()} is before the start "
                                                                   f"{start.display()}: expected the start or later")
                return None
        shown = start.display() + (f" – {end.display()}" if end else "")
        summary = _plain(slide.text)
        title = _one_line(_plain(slide.headline))
        notes = [] if title else ["The slide has no headline."]
        notes += [f"Shown in the file as {text!r}." for text in dict.fromkeys(
            (slide.display_date, slide.start.display, slide.end.display))
            if text and text not in (shown, start.display(), end and end.display())]
        notes += [f"{label} in the file: {time} (zt dates have no time of day)." for label, time in
                  (("Time", slide.start.time), ("End time", slide.end.time)) if time]
        notes += self.media_lines(slide)
        is_era = slide.type is SlideType.ERA
        prefix = "era-" if is_era else ""
        tags = [ERA_TAG] if is_era else []
        if slug(slide.group) and slug(slide.group) not in tags:
            tags.append(slug(slide.group))
        return {
            "id": self.unique(*(text if slug(text).startswith(ERA_TAG + "-") else prefix + text
                                for text in (slide.unique_id, title) if text),
                              f"{prefix or 'slide-'}{number}"),
            "date": start.iso(), "end": end.iso() if end else None,
            "title": title or _one_line(summary)[:80] or f"Untitled {slide.place}",
            "summary": summary or None, "sources": [{"id": self.source_id, "locator": slide.place}],
            "tags": tags, "note": "\n".join(notes) or None,
        }


def _slides(report: Report, raw: bytes, name: str) -> tuple[str, list[Slide]]:
    """The kind of file ("JSON" or "CSV": by its name, else by its first character) and its slides."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        report.error(None, None, ProblemCode.UNREADABLE,
                     f"is not UTF-8 text: byte {error.start} cannot be read; expected UTF-8")
        return "", []
    suffix = Path(name).suffix.casefold()
    if not (suffix == ".json" or (suffix != ".csv" and text.lstrip().startswith("{"))):
        return "CSV", csv_slides(report, text)
    import json

    try:
        return "JSON", json_slides(report, json.loads(text))
    except json.JSONDecodeError as error:
        report.line = error.lineno
        report.error(None, None, ProblemCode.UNREADABLE, f"is not valid JSON: {error.msg} at column {error.colno}")
    except RecursionError:
        report.error(None, None, ProblemCode.UNREADABLE, NOT_TIMELINEJS)
    return "JSON", []


def import_timelinejs(raw: bytes, name: str) -> Imported:
    """The TimelineJS file `name` (its bytes `raw`) as a zt timeline; DataError naming each slide
    whose date zt cannot write, and nothing else done."""
    report = Report(name)
    kind, slides = _slides(report, raw, name)
    if not slides and not report.problems:
        report.error(None, None, ProblemCode.EMPTY, "has no slides: expected a slide per event")
    stem = slug(Path(name).stem) or "file"
    importer = _Importer(report, f"timelinejs-{stem}")
    title_slide = next((slide for slide in slides if slide.type is SlideType.TITLE), None)
    events = [importer.event(slide, number) for number, slide in
              enumerate((s for s in slides if s.type is not SlideType.TITLE), start=1)]
    if slides and not any(slide.type is SlideType.EVENT for slide in slides):
        report.error(None, None, ProblemCode.EMPTY, "has no event slides: a zt timeline needs at least one event")
    if report.problems:
        raise DataError(name, tuple(report.problems), tuple(report.warnings))
    eras = sum(slide.type is SlideType.ERA for slide in slides)
    headline = _one_line(_plain(title_slide.headline)) if title_slide else ""
    title_media = importer.media_lines(title_slide) if title_slide else []
    credits = f" Media credited in the slides: {'; '.join(importer.credits)}." if importer.credits else ""
    source = {
        "id": importer.source_id, "title": headline or f"TimelineJS timeline {Path(name).name}",
        "descriptive_title": None if headline else True, "publisher": PUBLISHER_UNKNOWN, "kind": "web",
        "note": f"The TimelineJS {kind} file {Path(name).name} ({len(events) - eras} event slides and {eras} "
                f"era{'s' if eras != 1 else ''}), imported by zt {__version__}; the file does not say who published "
                f"it.{credits}"
                + "".join(f"\nTitle slide: {line}" for line in title_media),
    }
    meta = {"title": headline or None, "description": (_plain(title_slide.text) or None) if title_slide else None}
    document: dict[str, Any] = {"timeline": meta} if any(meta.values()) else {}
    document |= {"sources": [source], "events": events}
    comment = textwrap.fill(f"Imported by `zt import timelinejs` from {Path(name).name}. Every event cites the "
                            f"file itself (source {importer.source_id}), with its slide or row as the locator: add "
                            "the works each slide relies on, then check the file with `zt validate`.", width=94)
    text = toml_text(document, comment)
    _check(text, name)
    return Imported(text, len(events) - eras, eras, tuple(report.warnings))


def _check(text: str, name: str) -> None:
    """The written timeline must validate as it is: if it does not, that is zt's bug, not the file's."""
    import tomllib

    from ..loading import validate

    try:
        validate.build_timeline(tomllib.loads(text), name)
    except DataError as error:
        raise RuntimeError(f"the imported timeline does not validate: {error.problems[0]}") from None
