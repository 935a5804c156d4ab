"""The JSON shape other tools rely on. Changing it is a breaking change: change these tests
only together with a version bump and a note in the README."""

import json

import pytest
import typer

from clirun import MINI, run
from zt_timeline.cli.app import app

# 1.1 added keys at the end of each shape: evidence (pinpoints), disputes and what is disputed,
# and for sources how they are known (descriptive_title, evidence, host); then a source's
# number, and stats' events by month. Then a source's `host` (the site of a copy at `url`)
# became `copy` ({url, host}: the copy read, beside the original's `url`) and `original`
# ("none found"), at the end: a breaking change for a reader of `host`.
EVENT_KEYS = ["type", "id", "date", "title", "sources", "end", "summary", "actors", "tags", "note", "variants",
              "pinpoints", "disputes", "by", "action", "disputed"]
EVENT_VARIANT_KEYS = ["date", "sources", "end", "note", "pinpoints", "rank"]
QUOTE_KEYS = ["type", "id", "speaker", "text", "sources", "date", "context", "event", "form", "via", "variants",
              "note", "pinpoints", "disputes", "disputed"]
QUOTE_VARIANT_KEYS = ["text", "sources", "context", "note", "pinpoints", "rank"]
ACTOR_KEYS = ["type", "id", "name", "kind", "aliases", "roles", "sources", "note", "pinpoints"]
ROLE_KEYS = ["title", "sources", "org", "from", "until", "note", "pinpoints"]
FIGURE_KEYS = ["type", "id", "label", "value", "sources", "unit", "qualifier", "date", "from", "until", "event",
               "variants", "note", "pinpoints", "disputes", "status", "modality", "disputed"]
FIGURE_VARIANT_KEYS = ["value", "sources", "qualifier", "unit", "date", "note", "pinpoints", "rank"]
SOURCE_KEYS = ["type", "id", "title", "publisher", "date", "url", "author", "kind", "note", "descriptive_title",
               "evidence", "number", "copy", "original"]
PINPOINT_KEYS = ["source", "excerpt", "locator"]
DISPUTE_KEYS = ["point", "accounts", "note"]
DISPUTE_ACCOUNT_KEYS = ["says", "sources", "note", "pinpoints", "rank"]


def load(*args):
    result = run(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def test_timeline_json_shape():
    events = load("timeline")
    assert isinstance(events, list)
    for event in events:
        assert list(event) == EVENT_KEYS
        assert event["type"] == "event"
        assert isinstance(event["sources"], list)
    pilot = next(event for event in events if event["id"] == "pilot")
    assert pilot["date"] == "2017-07" and pilot["end"] == "2017-11"
    assert list(pilot["variants"][0]) == EVENT_VARIANT_KEYS
    assert next(e for e in events if e["id"] == "year-review")["date"] == "2018"


def test_quote_json_shape():
    quotes = load("quote")
    for quote in quotes:
        assert list(quote) == QUOTE_KEYS
    regret = next(q for q in quotes if q["id"] == "bob-regret")
    assert list(regret["variants"][0]) == QUOTE_VARIANT_KEYS
    assert regret["form"] == "written"


def test_actor_and_role_json_shape():
    actors = load("actors")
    for actor in actors:
        assert list(actor) == ACTOR_KEYS
    ann = next(a for a in actors if a["id"] == "ann-lee")
    assert list(ann["roles"][0]) == ROLE_KEYS
    assert ann["roles"][0]["from"] == "2017-02-09"


def test_stats_json_shape():
    stats = load("stats")
    assert list(stats) == ["counts", "figures", "events_by_year", "events_by_actor", "events_by_month"]
    assert stats["counts"] == {"sources": 2, "actors": 3, "events": 5, "quotes": 2, "figures": 2}
    assert list(stats["figures"][0]) == FIGURE_KEYS
    assert list(stats["figures"][0]["variants"][0]) == FIGURE_VARIANT_KEYS
    assert stats["events_by_year"] == {"2017": 2, "2018": 2, "2019": 0, "2020": 0, "2021": 1}  # every year of the span
    months = stats["events_by_month"]  # every month of the span, empty ones too
    first, *_, last = months
    assert (first, last, sum(months.values())) == ("2017-02", "2021-01", 4)


def test_sources_and_show_json_shape():
    sources = load("sources")
    assert list(sources[0]) == [*SOURCE_KEYS, "cited_by"]
    shown = load("show", "pilot")
    assert [record["type"] for record in shown] == ["event", "source", "source"]
    assert list(shown[1]) == SOURCE_KEYS


DIFF_KEYS = ["old", "new", "records", "changes"]
DIFF_CHANGE_KEYS = ["change", "type", "id", "field", "old", "new", "detail"]


def test_diff_json_shape(tmp_path):
    revised = tmp_path / "revised.toml"
    revised.write_text(MINI.read_text(encoding="utf-8").replace('date = "2017-07"', 'date = "2017-07-03"'),
                       encoding="utf-8")
    diff = load("diff", str(MINI), str(revised))
    assert list(diff) == DIFF_KEYS
    assert diff["records"] == {"added": 0, "removed": 0, "changed": 1}
    [change] = diff["changes"]
    assert list(change) == DIFF_CHANGE_KEYS
    assert change == {"change": "changed", "type": "event", "id": "pilot", "field": "date", "old": "2017-07",
                      "new": "2017-07-03", "detail": "precision: month → day"}


def _commands(group, prefix=()):
    context = typer.Context(group)
    for name in group.list_commands(context):
        command = group.get_command(context, name)
        yield (*prefix, name), command
        if hasattr(command, "list_commands"):
            yield from _commands(command, (*prefix, name))


COMMANDS = list(_commands(typer.main.get_command(app)))


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_has_help_text(path, command):
    assert command.help and len(command.help.strip()) > 20
    result = run(*path, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: zt {' '.join(path)}")
    for param in command.params:
        if getattr(param, "param_type_name", "") == "option" and not param.hidden:
            assert param.help, f"{' '.join(path)} {param.opts[0]} has no help"


CHECK_KEYS = ["claim", "verdict", "findings", "about", "closest", "not_checked"]
FINDING_KEYS = ["part", "kind", "verdict", "record", "recorded", "sources", "note", "differs"]
RECORD_REF_KEYS = ["record", "title", "sources"]
NOT_CHECKED_KEYS = ["part", "kind", "reason"]
PART_KINDS = {"quotation", "speaker", "date", "number", "outlet", "agent", "office", "party"}


def test_check_json_shape():
    claims = load("check", "Ann Lee took office on Feb. 9, 2017")
    assert [list(claim) for claim in claims] == [CHECK_KEYS]
    assert claims[0]["verdict"] in {"supported", "contradicted", "disputed", "unverified"}
    for finding in claims[0]["findings"]:
        assert list(finding) == FINDING_KEYS
        assert finding["kind"] in PART_KINDS
        assert isinstance(finding["sources"], list)
    assert list(claims[0]["about"]) == RECORD_REF_KEYS and claims[0]["closest"] is None
    [unchecked] = load("check", "The agency bought 40 of them last month")
    assert unchecked["about"] is None
    assert [list(part) for part in unchecked["not_checked"]] == [NOT_CHECKED_KEYS] * 2
    assert {part["kind"] for part in unchecked["not_checked"]} <= PART_KINDS
