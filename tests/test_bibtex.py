"""BibTeX as the classic styles and the parsers read it: every bundled source is parsed by
bibtexparser and pybtex, an entry of every shape is formatted by pybtex's plain style (which,
like plain.bst, refuses an @article without an author or a year), and each entry without a
personal author has a key."""

import re

import pytest

from conftest import FIXTURES
from zt_timeline.citations.bibtex import bibtex
from zt_timeline.citations.cite import bibliography
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.enums import CitationStyle


@pytest.fixture(scope="module")
def bundled_bib(bundled):
    return bibliography(bundled.sources, CitationStyle.BIBTEX)


def test_bibtexparser_reads_every_entry_with_its_fields(bundled, bundled_bib):
    import bibtexparser

    library = bibtexparser.parse_string(bundled_bib)
    assert library.failed_blocks == []
    assert [entry.key for entry in library.entries] == [source.id for source in bundled.sources]
    for entry, source in zip(library.entries, bundled.sources, strict=True):
        if not source.author:
            assert entry.fields_dict["key"].value, source.id
        if entry.entry_type == "article":
            assert source.author and entry.fields_dict["journal"].value
        assert "year" in entry.fields_dict or source.date is None


def test_pybtex_plain_style_formats_every_kind_of_entry(bundled, bundled_bib):
    from pybtex.database import parse_string
    from pybtex.plugin import find_plugin

    data = parse_string(bundled_bib, "bibtex")
    assert list(data.entries) == [source.id for source in bundled.sources]
    # One entry of each shape (type, and which of author, year, note, number it has): pybtex
    # takes seconds for all of them, and entries of one shape format alike.
    shapes = {}
    for key, entry in data.entries.items():
        shape = (entry.type, bool(entry.persons), *(name in entry.fields for name in ("year", "note", "number")))
        shapes.setdefault(shape, key)
    wanted = {*shapes.values(), "gao-19-163", "katc-ap-2018-06-14"}
    assert len(shapes) > 10
    style = find_plugin("pybtex.style.formatting", "plain")()
    formatted = list(style.format_entries(data.entries[key] for key in wanted))  # raises on a missing field
    assert len(formatted) == len(wanted)
    text = {entry.key: entry.text.render_as("text") for entry in formatted}
    assert "Unaccompanied Children" in text["gao-19-163"] and "Report GAO-19-163" in text["gao-19-163"]
    katc = text["katc-ap-2018-06-14"]
    assert "Associated Press" in katc and "No original found; copy at KATC." in katc


def test_entry_types():
    facts = load_timeline(FIXTURES / "facts.toml")
    assert bibtex(facts.get("gazette")) == (
        "@article{gazette,\n"
        "  author = {Park, Dana and Moss, Lee},\n"
        "  title = {{Agency changes course}},\n"
        "  journal = {The Gazette},\n"
        "  year = {2020},\n"
        "  date = {2020-03-05},\n"
        "  url = {https://example.org/gazette},\n"
        "  month = mar,\n"
        "}")
    audit = bibtex(facts.get("audit"))
    assert audit.startswith("@techreport{audit,\n  author = {{Office of Audits}},\n")
    assert "  title = {{Audit of the Widget Programme \\& Its Costs}},\n" in audit
    assert "  institution = {Office of Audits},\n" in audit and "  key = {Office of Audits},\n" in audit
    assert "month = feb," in audit
    wire = bibtex(facts.get("wire"))  # news without a byline: @misc, labelled by its paper
    assert wire.startswith("@misc{wire,\n") and "  howpublished = {Wire Service},\n  year" in wire
    assert "  key = {Wire Service},\n" in wire and "month" not in wire


def test_braces_and_at_signs_cannot_break_out_of_a_field(write_toml):
    path = write_toml('[[sources]]\nid = "s"\ntitle = "x}, @misc{evil, title={y"\npublisher = "P @ {Q}"\n'
                      '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\n')
    import bibtexparser

    entry = bibtex(load_timeline(path).get("s"))
    library = bibtexparser.parse_string(entry)
    assert [e.key for e in library.entries] == ["s"] and library.failed_blocks == []
    assert re.search(r"title = \{\{x\\\}, \{@\}misc\\\{evil, title=\\\{y\}\}", entry)
