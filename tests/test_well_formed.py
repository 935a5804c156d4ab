"""The short way (well_formed.py) builds exactly what the long way builds, and only when the long
way would report nothing: over the fixtures, the bundled data, and records one to three edits
away from well-formed ones (a field dropped, changed to another value, or added)."""

import copy
import datetime as dt
import math
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from zt_timeline.errors import DataError
from zt_timeline.loading.id_owners import EarlierFiles, IdOwner
from zt_timeline.loading.load import default_data_path
from zt_timeline.loading.read import header_lines, parse_text, read_bytes
from zt_timeline.loading.validate import build_timeline
from zt_timeline.loading.well_formed import WellFormed
from zt_timeline.model.enums import RecordType


def pinpoint():
    return {"id": "s", "excerpt": "words", "locator": "p. 1"}


def dispute():
    return {"point": "who", "accounts": [{"says": "x", "sources": ["s"], "note": "n", "rank": "deprecated"},
                                         {"says": "y", "sources": ["t"]}], "note": "n"}


def well_formed() -> dict:
    """A document with every field each kind of record (and nested table) may have, all well-formed."""
    return {
        "sources": [
            {"id": "s", "title": "T", "publisher": "P", "date": "2020-01-02", "url": "https://example.org",
             "author": "A", "kind": "news", "note": "n", "descriptive_title": True, "evidence": "primary",
             "number": "1", "copy": {"url": "https://copy.example/s", "host": "h"}},
            {"id": "t", "title": "U", "publisher": "Q"},
            {"id": "u", "title": "V", "publisher": "R", "original": "none found",
             "copy": {"url": "https://copy.example/u", "host": "h"}},
        ],
        "actors": [
            {"id": "a", "name": "N", "kind": "person", "aliases": ["M"], "sources": ["s"], "note": "n",
             "roles": [{"title": "R", "org": "o", "from": "2017", "until": "2018-03", "sources": ["s", pinpoint()],
                        "note": "n"}]},
            {"id": "o", "name": "O", "kind": "organization", "sources": [pinpoint(), {"id": "t"}, "s"]},
            {"id": "b", "name": "B", "kind": "person", "roles": [{"title": "R", "sources": ["t"]}]},
        ],
        "events": [
            {"id": "e", "date": "2018-04-06", "end": "2018-05", "title": "E", "sources": ["s", "t", "s"],
             "summary": "S", "actors": ["a", "o"], "tags": ["court", "x-1"], "note": "n", "disputes": [dispute()],
             "by": ["a"], "action": "announce",
             "variants": [{"date": "2018~", "end": "2019", "sources": ["s"], "note": "n", "rank": "deprecated"}]},
            {"id": "e2", "date": dt.date(2019, 1, 2), "title": "F", "sources": [{"id": "t", "locator": "para. 2"}],
             "actors": [], "tags": []},
        ],
        "quotes": [
            {"id": "q", "speaker": "a", "text": "T", "sources": ["s"], "date": "2018?", "context": "c", "event": "e",
             "form": "notes", "via": ["staff", "s"], "note": "n", "disputes": [dispute()],
             "variants": [{"text": "t", "sources": ["t"], "context": "c", "note": "n", "rank": "preferred"}]},
        ],
        "figures": [
            {"id": "f", "label": "L", "value": 5, "sources": ["s"], "unit": "u", "qualifier": "q", "date": "2018",
             "event": "e", "note": "n", "disputes": [dispute()], "status": "separated", "modality": "projected",
             "variants": [{"value": 1.5, "sources": ["s"], "qualifier": "q", "unit": "u", "date": "2018",
                           "note": "n", "rank": "normal"}]},
        ],
    }


WELL_FORMED = well_formed()
KEYS = sorted({key for items in WELL_FORMED.values() for record in items for key in record}
              | {"override", "says", "point", "accounts", "excerpt", "locator", "from", "until", "org", "sumary"})
VALUES = [
    None, "", " ", "x", "s", "t", "a", "o", "e", "nope", "Bad Id", "2018", "2018-02-30", "2019-13", "2018-04-06",
    "1999", "2030-01", " 2018 ",
    "person", "news", "notes", "primary", "deprecated", "announce", "separated", "projected",
    True, False, 0, 5, -1, 2**63, 1.5, math.inf, math.nan,
    dt.date(2018, 1, 1), dt.datetime(2018, 1, 1, 12, 0), dt.time(12, 0), [], ["s"], ["s", "nope"], ["a"], ["x", 5],
    [[]], ["Court"], [{}], [pinpoint()], [{"id": "s", "excerpt": ""}], [{"id": "s", "page": 1}], [{"id": 5}],
    [{"id": "nope"}], [dispute()], [{"says": "x", "sources": ["s"]}], {}, {"id": "s"}, pinpoint(),
    "none found", {"url": "https://x.example", "host": "h"}, {"url": "x"},
]


def outcome(document: dict, lines: dict | None = None, earlier: EarlierFiles | None = None):
    """The timeline built, or the problems and warnings reported."""
    try:
        return build_timeline(document, "t.toml", lines, earlier=earlier)
    except DataError as error:
        return error.problems, error.warnings


def both_ways(document: dict, lines: dict | None = None, earlier: EarlierFiles | None = None):
    short = outcome(document, lines, earlier)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(WellFormed, "record", lambda self, kind, raw: None)
        long = outcome(document, lines, earlier)
    return short, long


def test_every_well_formed_record_takes_the_short_way():
    ids = {kind: {record["id"] for record in WELL_FORMED.get(kind.array, ())} for kind in RecordType}
    short_way = WellFormed(ids)
    for kind in RecordType:
        for record in WELL_FORMED[kind.array]:
            assert short_way.record(kind, record) is not None, record
    short, long = both_ways(WELL_FORMED)
    assert short == long
    assert not short.warnings


def test_a_file_on_top_of_others_comes_out_the_same():
    below = {"e": IdOwner(RecordType.EVENT, "base.toml"), "base-source": IdOwner(RecordType.SOURCE, "base.toml")}
    ids = {kind: {record_id for record_id, claim in below.items() if claim.kind is kind} for kind in RecordType}
    document = well_formed()
    document["events"][1]["sources"] = ["base-source"]  # cites a source of the file below
    short, long = both_ways(document, earlier=EarlierFiles(ids, below))
    assert short == long
    problems, _ = short
    assert [problem.record for problem in problems] == ["event 'e'"]  # defined below too, without override


@pytest.mark.parametrize("path", [*sorted(Path(FIXTURES).glob("*.toml")), default_data_path()], ids=lambda p: p.name)
def test_the_fixtures_and_the_bundled_data_come_out_the_same(path):
    try:
        document, text = parse_text(read_bytes(path), str(path))
    except DataError:
        return  # a fixture that is not even TOML
    short, long = both_ways(document, header_lines(text))
    assert short == long


def containers(value, found):
    """Every table and list in the document, nested ones too: the places an edit can go."""
    if isinstance(value, dict | list):
        found.append(value)
        for item in value.values() if isinstance(value, dict) else value:
            containers(item, found)
    return found


def single_edits(array: str):
    """Every document one edit away from the well-formed one in its array of records: each key of
    each table dropped or set to each of VALUES, an unknown key added; each item of each list
    dropped or replaced, one added."""
    for place_index, place in enumerate(containers(well_formed()[array], [])):
        changes = [("add", "sumary", "x")]
        if isinstance(place, dict):
            changes += [(action, key, value) for key in sorted(place) for action, value in
                        [("drop", None), *(("change", value) for value in VALUES)]]
        else:
            changes += [("add", None, value) for value in VALUES]
            changes += [(action, index, value) for index in range(len(place)) for action, value in
                        [("drop", None), *(("change", value) for value in VALUES)]]
        for change in changes:
            document = well_formed()
            edit(containers(document[array], [])[place_index], *change)
            yield document


def edit(place, action, key, value):
    value = copy.deepcopy(value)
    if action == "drop":
        del place[key]
    elif action == "change" or isinstance(place, dict):
        place[key] = value
    else:
        place.append(value)


@pytest.mark.parametrize("array", list(WELL_FORMED))
def test_every_single_edit_comes_out_the_same(array):
    count = 0
    for document in single_edits(array):
        short, long = both_ways(document)
        assert short == long, document
        count += 1
    assert count > 500


@settings(max_examples=300, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_records_a_few_edits_from_well_formed_come_out_the_same(data):
    document = well_formed()
    for _ in range(data.draw(st.integers(2, 4))):
        place = data.draw(st.sampled_from(containers(document, [])[1:]))  # not the document itself
        action = data.draw(st.sampled_from(["drop", "change", "add"]))
        if not place:
            action = "add"
        if isinstance(place, dict):
            key = data.draw(st.sampled_from(KEYS if action == "add" else sorted(place)))
        else:
            key = data.draw(st.integers(0, len(place) - 1)) if action != "add" else None
        edit(place, action, key, data.draw(st.sampled_from(VALUES)))
    short, long = both_ways(document)
    assert short == long
