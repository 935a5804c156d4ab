"""`zt export timelinejs` as TimelineJS 3 shows it: the npm package @knight-lab/timelinejs
served from 127.0.0.1 and run in headless Chromium, for the whole period and for windows
whose edges clip an era to one day or leave one era alone.

Before: TimelineJS refused the default export with "Error: All eras must have start and end
dates. [Boente]" (an era clipped to one day had its end equal to its start, which TimelineJS
drops as redundant), and so did --on 2018-11-07, --since 2021-01-20 and --until 2017-02-09.
"""

from __future__ import annotations

import html
import json
import re

import pytest

from clients import chromium, needs_chromium, npm_package, served
from clirun import run
from conftest import BUNDLED

WINDOWS = [(), ("--on", "2018-11-07"), ("--since", "2021-01-20"), ("--until", "2017-02-09"), ("--on", "2018-06")]

# Every export on one page, each in its own embed: one start of Chromium for them all.
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="tl/css/timeline.css"></head>
<body>{embeds}
<script src="tl/js/timeline.js"></script>
<script>
for (var i = 0; i < {count}; i++) new TL.Timeline("embed-" + i, "timeline-" + i + ".json", {{}});
</script>
</body></html>
"""
EMBED = '<div id="embed-{0}" style="width: 1000px; height: 640px"></div>'


def _export(*window: str) -> dict:
    result = run("export", "timelinejs", *window, data=BUNDLED)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def _text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


@needs_chromium
def test_timelinejs_loads_every_export_and_shows_every_slide_and_era(tmp_path):
    """The whole period and windows whose edges clip an era to one day (--on 2018-11-07,
    --since 2021-01-20, --until 2017-02-09) or cut a vague date (--on 2018-06)."""
    documents = [_export(*window) for window in WINDOWS]
    site = tmp_path / "site"
    site.mkdir()
    (site / "tl").symlink_to(npm_package("@knight-lab/timelinejs") / "dist")
    for number, document in enumerate(documents):
        (site / f"timeline-{number}.json").write_text(json.dumps(document), encoding="utf-8")
    embeds = "\n".join(EMBED.format(number) for number in range(len(documents)))
    (site / "index.html").write_text(PAGE.format(embeds=embeds, count=len(documents)), encoding="utf-8")
    with served(site) as address:
        dom = chromium(f"{address}/index.html", tmp_path / "profile", "--dump-dom")
    parts = re.split(r'<div id="embed-\d+"', dom)[1:]
    assert len(parts) == len(documents)
    for window, document, part in zip(WINDOWS, documents, parts, strict=True):
        shown = " ".join(window) or "the whole period"
        messages = [_text(found) for found in re.findall(r'class="tl-message-content">(.*?)</div>', part, re.S)]
        assert not [message for message in messages if "Error" in message], (shown, messages)
        slides = re.findall(r'class="tl-slide tl-slide-', part)
        assert len(slides) == len(document["events"]) + 1, shown  # and the title slide
        assert len(re.findall(r'class="tl-timeera tl-timeera-color', part)) == len(document["eras"]), shown
        assert html.unescape(document["title"]["text"]["headline"]) in _text(part), shown


@pytest.mark.parametrize("window", WINDOWS[1:], ids=" ".join)
def test_a_filtered_export_is_titled_and_placed_in_its_window(window):
    """Its title names the days it covers; a vague date reaching outside the window ("2018?")
    sits at the window's edge, saying "2018?", not on an empty 1 January."""
    from zt_timeline.model.dates import make_window, parse_iso

    document = _export(*window)
    option, value = window
    days = make_window(**{option.strip("-"): parse_iso(value)})
    assert "2017-2021" not in document["title"]["text"]["headline"]
    for slide in document["events"]:
        for key in ("start_date", "end_date"):
            if key in slide:
                parts = slide[key]
                first = (parts["year"], parts.get("month", 1), parts.get("day", 1))
                assert days.start is None or first >= (days.start.year, days.start.month, days.start.day)
                assert days.end is None or first <= (days.end.year, days.end.month, days.end.day)


def test_a_vague_date_at_the_window_edge_keeps_its_own_display_date():
    slides = _export("--on", "2018-06")["events"]
    vague = [slide for slide in slides if re.fullmatch(r"2018\??", slide["display_date"])]
    assert vague
    for slide in vague:
        assert slide["start_date"] == {"year": 2018, "month": 6, "day": 1, "display_date": slide["display_date"]}


def test_slides_are_for_readers_and_name_copies():
    from zt_timeline.loading.load import load_timeline

    timeline = load_timeline(BUNDLED)
    document = _export()
    ids = {record_id for record_id in timeline.ids() if "-" in record_id}
    for slide in document["events"]:
        words = set(re.findall(r"[\w-]+", _text(slide["text"]["text"])))
        assert not words & ids, (slide["unique_id"], words & ids)
        assert "group" not in slide  # one row per tag filled half the embed
    copies = [source for source in timeline.sources if source.copy]
    assert copies
    items = [item for slide in document["events"] for item in re.findall(r"<li>(.*?)</li>", slide["text"]["text"])]
    linked = 0
    for source in copies:
        for item in items:
            if f'href="{html.escape(source.copy.url, quote=True)}"' in item:
                # the copy is named as one, beside the original's title and publisher
                assert item.lower().endswith(f"copy at {html.escape(source.copy.host)}</a>)".lower()), item
                linked += 1
    assert linked


def test_an_era_of_one_day_runs_from_its_first_minute_to_its_last():
    eras = _export("--on", "2017-02-09")["eras"]
    assert eras and all(era["start_date"] != era["end_date"] for era in eras)
    assert eras[0]["start_date"] == {"year": 2017, "month": 2, "day": 9, "hour": 0, "minute": 0}
    assert eras[0]["end_date"] == {"year": 2017, "month": 2, "day": 9, "hour": 23, "minute": 59}
