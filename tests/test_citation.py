import json
import re

import pytest

from conftest import FIXTURES
from zt_timeline.citation import CitationStyle, bibliography, citation, cited_sources, csl_item
from zt_timeline.loading import load_timeline


@pytest.fixture(scope="module")
def facts():
    return load_timeline(FIXTURES / "facts.toml")


@pytest.mark.parametrize(
    ("source_id", "style", "expected"),
    [
        ("gazette", "plain", "Dana Park and Lee Moss. Agency changes course. The Gazette. 5 Mar 2020. "
                             "https://example.org/gazette"),
        ("gazette", "chicago", "Park, Dana, and Lee Moss. “Agency changes course.” The Gazette, March 5, 2020. "
                               "https://example.org/gazette."),
        ("gazette", "apa", "Park, D., & Moss, L. (2020, March 5). Agency changes course. The Gazette. "
                           "https://example.org/gazette"),
        # A report without a personal author: the agency is the author, and not repeated as publisher.
        ("audit", "chicago", "Office of Audits. Audit of the Widget Programme & Its Costs. February 2020. "
                             "https://example.org/audit_100%."),
        ("audit", "apa", "Office of Audits. (2020, February). Audit of the Widget Programme & Its Costs. "
                         "https://example.org/audit_100%"),
        # No author, no address, a title ending in '?', a year only.
        ("wire", "plain", "Director quits? Wire Service. 2019."),
        ("wire", "chicago", "“Director quits?” Wire Service, 2019."),
        ("wire", "apa", "Director quits? (2019). Wire Service."),
    ],
)
def test_line_styles(facts, source_id, style, expected):
    assert citation(facts.get(source_id), CitationStyle(style)) == expected


def test_bibtex_entries(facts):
    assert citation(facts.get("gazette"), CitationStyle.BIBTEX) == (
        "@article{gazette,\n"
        "  author = {Park, Dana and Moss, Lee},\n"
        "  title = {{Agency changes course}},\n"
        "  journal = {The Gazette},\n"
        "  date = {2020-03-05},\n"
        "  year = {2020},\n"
        "  url = {https://example.org/gazette},\n"
        "  month = mar,\n"
        "}")
    audit = citation(facts.get("audit"), CitationStyle.BIBTEX)
    assert audit.startswith("@techreport{audit,\n  author = {{Office of Audits}},\n")
    assert "  title = {{Audit of the Widget Programme \\& Its Costs}},\n" in audit
    assert "  institution = {Office of Audits},\n" in audit
    assert "month = feb," in audit
    assert "month" not in citation(facts.get("wire"), CitationStyle.BIBTEX)  # a year has no month


def test_csl_items_keep_date_precision(facts):
    assert csl_item(facts.get("gazette")) == {
        "id": "gazette", "type": "article-newspaper", "title": "Agency changes course",
        "author": [{"family": "Park", "given": "Dana"}, {"family": "Moss", "given": "Lee"}],
        "container-title": "The Gazette", "issued": {"date-parts": [[2020, 3, 5]]},
        "URL": "https://example.org/gazette"}
    audit = csl_item(facts.get("audit"))
    assert audit["type"] == "report" and audit["author"] == [{"literal": "Office of Audits"}]
    assert audit["publisher"] == "Office of Audits" and audit["issued"] == {"date-parts": [[2020, 2]]}
    assert csl_item(facts.get("wire"))["issued"] == {"date-parts": [[2019]]}


def test_cited_sources_of_a_record_include_its_variants(facts):
    assert [s.id for s in cited_sources(facts, facts.get("kim-costs"))] == ["gazette", "audit", "wire"]
    assert [s.id for s in cited_sources(facts, facts.get("audit"))] == ["audit"]
    assert [s.id for s in cited_sources(facts, facts.get("kim"))] == ["wire", "audit"]  # through its roles


def test_bundled_bibliography_in_every_style(bundled):
    sources = bundled.sources
    items = json.loads(bibliography(sources, CitationStyle.CSL_JSON))
    assert [item["id"] for item in items] == [source.id for source in sources]
    bib = bibliography(sources, CitationStyle.BIBTEX)
    assert re.findall(r"^@\w+\{([^,]+),$", bib, re.M) == [source.id for source in sources]
    assert bib.count("{") == bib.count("}")
    for style in (CitationStyle.PLAIN, CitationStyle.CHICAGO, CitationStyle.APA):
        lines = bibliography(sources, style).splitlines()
        assert len(lines) == len(sources)
        assert all(source.title.rstrip(".?") in line for source, line in zip(sources, lines, strict=True))


def test_csl_json_with_control_characters_stays_valid_json(write_toml):
    from clirun import run

    path = write_toml(
        '[[sources]]\nid = "s"\ntitle = "Bad \\u009b31m \\u001b[2J"\npublisher = "P \\u202e"\ndate = "2020"\n'
        '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\n')
    for args in (["sources", "--format", "csl-json"], ["cite", "s", "--style", "csl-json"]):
        result = run(*args, data=path)
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x9b" not in result.stdout and "\u202e" not in result.stdout
        item = json.loads(result.stdout)[0]
        assert item["title"] == "Bad \x9b31m \x1b[2J"  # exact after decoding
        assert item["publisher"] == "P \u202e"
