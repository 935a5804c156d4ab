"""Reading a TimelineJS file into slides: its JSON format, or a CSV of its Google Sheets template.

The JSON format (timeline.knightlab.com/docs/json-format.html) has a `title` slide, `events`
and `eras`; the template has a row per slide, with the columns TEMPLATE_COLUMNS and a Type of
"title", "era" or nothing (an event). Both become the same Slide, whose values are kept as the
file writes them (text, HTML included); each slide knows where it is in the file ("row 5",
"events[3]") and what the file calls each date field, so a problem names both.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from ..loading.problems import ProblemCode, Report

TEMPLATE_COLUMNS = ("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day", "End Time", "Display Date",
                    "Headline", "Text", "Media", "Media Credit", "Media Caption", "Media Thumbnail", "Type", "Group",
                    "Background")
_COLUMNS = {name.casefold().replace(" ", ""): name for name in TEMPLATE_COLUMNS}
NOT_TIMELINEJS = ("is not a TimelineJS file: expected a JSON object with an \"events\" list, or a CSV with the "
                  "header row of the TimelineJS template (Year, Month, Day, Time, End Year, ..., Headline, Text, ...)")


class SlideType(enum.StrEnum):
    TITLE = "title"
    EVENT = "event"
    ERA = "era"


@dataclass(frozen=True, slots=True)
class DateParts:
    """A date as the file gives it, each part text ("" when absent), and the file's names for them."""

    year: str
    month: str
    day: str
    time: str  # "14:30", or ""
    display: str  # the file's own way of showing the date, or ""
    names: tuple[str, str, str]  # ("Year", "Month", "Day") or ("start_date.year", ...)


@dataclass(frozen=True, slots=True)
class Slide:
    place: str  # "row 5" (a CSV's row, the header being row 1), "events[3]", "eras[0]", "title"
    type: SlideType
    start: DateParts
    end: DateParts
    display_date: str  # the slide's own display date (a span, say), or ""
    headline: str  # HTML
    text: str  # HTML
    media: dict[str, str]  # url, credit, caption, thumbnail: as given, "" when absent
    group: str
    background: str  # an image address or a colour
    unique_id: str


def _text(value: Any) -> str:
    """A value as text: TimelineJS JSON writes numbers as numbers or as strings."""
    if value is None or isinstance(value, bool):
        return ""
    return str(value).strip()


def _json_date(report: Report, place: str, key: str, raw: Any) -> DateParts:
    names = (f"{key}.year", f"{key}.month", f"{key}.day")
    if raw is None:
        return DateParts("", "", "", "", "", names)
    if not isinstance(raw, dict):
        report.error(place, key, ProblemCode.BAD_TYPE,
                     "is not a date object: expected {\"year\": ..., \"month\": ..., \"day\": ...}")
        return DateParts("", "", "", "", "", names)
    clock = [_text(raw.get(part)) for part in ("hour", "minute", "second")]
    time = ":".join(f"{int(part):02d}" if part.isdigit() else part for part in clock if part)
    return DateParts(_text(raw.get("year")), _text(raw.get("month")), _text(raw.get("day")), time,
                     _text(raw.get("display_date")), names)


def _table(report: Report, place: str, item: dict, key: str) -> dict:
    value = item.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        report.error(place, key, ProblemCode.BAD_TYPE,
                     f"is not an object: expected {{...}} (TimelineJS's {key} object)")
        return {}
    return value


def _json_slide(report: Report, place: str, kind: SlideType, item: Any) -> Slide | None:
    if not isinstance(item, dict):
        report.error(place, None, ProblemCode.BAD_TYPE,
                     "is not an object: expected a TimelineJS slide {\"start_date\": ..., \"text\": ...}")
        return None
    text, media, background = (_table(report, place, item, key) for key in ("text", "media", "background"))
    return Slide(
        place, kind, _json_date(report, place, "start_date", item.get("start_date")),
        _json_date(report, place, "end_date", item.get("end_date")), _text(item.get("display_date")),
        _text(text.get("headline")), _text(text.get("text")),
        {key: _text(media.get(key)) for key in ("url", "credit", "caption", "thumbnail")},
        _text(item.get("group")), _text(background.get("url")) or _text(background.get("color")),
        _text(item.get("unique_id")),
    )


def json_slides(report: Report, document: Any) -> list[Slide]:
    if not isinstance(document, dict) or not isinstance(document.get("events"), list):
        report.error(None, None, ProblemCode.UNREADABLE, NOT_TIMELINEJS)
        return []
    slides = []
    if document.get("title") is not None:
        slides.append(_json_slide(report, "title", SlideType.TITLE, document["title"]))
    slides.extend(_json_slide(report, f"events[{index}]", SlideType.EVENT, item)
                  for index, item in enumerate(document["events"]))
    eras = document.get("eras") or []
    if not isinstance(eras, list):
        report.error(None, "eras", ProblemCode.BAD_TYPE, "is not a list: expected a list of eras")
        eras = []
    slides.extend(_json_slide(report, f"eras[{index}]", SlideType.ERA, item) for index, item in enumerate(eras))
    return [slide for slide in slides if slide is not None]


def csv_slides(report: Report, text: str) -> list[Slide]:
    import csv
    import io

    rows = list(csv.reader(io.StringIO(text, newline="")))
    header = [_COLUMNS.get(cell.casefold().replace(" ", "")) for cell in rows[0]] if rows else []
    if "Year" not in header or "Headline" not in header:
        report.error(None, None, ProblemCode.UNREADABLE, NOT_TIMELINEJS)
        return []
    for cell, known in zip(rows[0], header, strict=True):
        if known is None and cell.strip():
            report.warn(None, cell, ProblemCode.UNKNOWN_FIELD, "is not a column of the TimelineJS template: ignored")
    slides: list[Slide] = []
    titled = False
    for number, row in enumerate(rows[1:], start=2):
        cells = {name: value.strip() for name, value in zip(header, row, strict=False) if name}
        if not any(cells.values()):
            continue  # the template's blank rows
        get = cells.get
        place = f"row {number}"
        kind = {"title": SlideType.TITLE, "era": SlideType.ERA}.get(get("Type", "").casefold(), SlideType.EVENT)
        if kind is SlideType.TITLE and titled:
            report.warn(place, "Type", ProblemCode.BAD_VALUE,
                        "is a second title row: read as an event, as TimelineJS reads it")
            kind = SlideType.EVENT
        titled = titled or kind is SlideType.TITLE
        slides.append(Slide(
            place, kind,
            DateParts(get("Year", ""), get("Month", ""), get("Day", ""), get("Time", ""), "", ("Year", "Month", "Day")),
            DateParts(get("End Year", ""), get("End Month", ""), get("End Day", ""), get("End Time", ""), "",
                      ("End Year", "End Month", "End Day")),
            get("Display Date", ""), get("Headline", ""), get("Text", ""),
            {"url": get("Media", ""), "credit": get("Media Credit", ""), "caption": get("Media Caption", ""),
             "thumbnail": get("Media Thumbnail", "")},
            get("Group", ""), get("Background", ""), "",
        ))
    return slides
