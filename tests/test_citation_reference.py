"""zt's APA and Chicago against citeproc-js, the processor Zotero uses, with the official styles.

tests/reference/citations.json holds, for every bundled source and every test fixture's
source, the CSL-JSON item zt writes and the bibliography entry citeproc-js made of it with
apa.csl, chicago-author-date.csl and chicago-notes-bibliography.csl (in its HTML output format,
so the italics are compared too). tests/reference/make_citations.py makes the file; run it
again after changing a source or the CSL mapping. docs/citations.md says where zt differs.
"""

import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from zt_timeline.citations.csl_json import csl_item
from zt_timeline.citations.styles import apa, chicago_author_date, chicago_notes
from zt_timeline.loading.load import load_timeline
from zt_timeline.render.citation_text import runs_html

REFERENCE = json.loads((Path(__file__).parent / "reference" / "citations.json").read_text(encoding="utf-8"))
ENTRIES = REFERENCE["entries"]
STYLES = {"apa": apa, "chicago-author-date": chicago_author_date, "chicago-notes-bibliography": chicago_notes}


def test_the_reference_covers_every_bundled_source_and_every_fixture_source(bundled):
    ids = [entry["item"]["id"] for entry in ENTRIES]
    fixture_ids = [f"{path}#{source.id}" for path in ("facts.toml", "evidence.toml", "mini.toml")
                   for source in load_timeline(FIXTURES / path).sources]
    assert ids == [source.id for source in bundled.sources] + fixture_ids
    assert REFERENCE["made_with"]["processor"].startswith("citeproc-js")


def test_the_reference_was_made_from_the_items_zt_writes_today(bundled):
    """If this fails, a source or the CSL mapping changed: run tests/reference/make_citations.py."""
    stored = {entry["item"]["id"]: entry["item"] for entry in ENTRIES}
    today = {source.id: csl_item(source) for source in bundled.sources}
    for path in ("facts.toml", "evidence.toml", "mini.toml"):
        today |= {f"{path}#{source.id}": {**csl_item(source), "id": f"{path}#{source.id}"}
                  for source in load_timeline(FIXTURES / path).sources}
    assert [item_id for item_id, item in today.items() if item != stored.get(item_id)] == []


@pytest.mark.parametrize("style", STYLES)
def test_every_source_reads_as_citeproc_js_writes_it(style):
    render = STYLES[style]
    differing = {entry["item"]["id"]: (runs_html(render(entry["item"])), entry[style]) for entry in ENTRIES
                 if runs_html(render(entry["item"])) != entry[style]}
    assert differing == {}
    assert len(ENTRIES) > 550
