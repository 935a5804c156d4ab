"""The fact-checking commands end to end: search, actors --as-of, conflicts, provenance, cite."""

import json

import pytest

from clirun import run
from conftest import BUNDLED, FIXTURES

FACTS = FIXTURES / "facts.toml"


def lines(result):
    assert result.exit_code == 0, result.stderr
    return [line.rstrip() for line in result.stdout.splitlines()]


def facts(*args):
    return run(*args, data=FACTS)


def bundled(*args):
    return run(*args, data=BUNDLED)


# --- search ------------------------------------------------------------------------------

def test_search_table_groups_by_kind_best_first():
    assert lines(facts("search", "audit", "--format", "table")) == [
        "Sources (1)",
        "id      date       match",
        "─" * 78,
        "audit   Feb 2020   Audit of the Widget Programme & Its Costs. Office of Audits",
        "                     found in: id, title, publisher, url",
        "",
        "Events (1)",
        "id                date       match",
        "─" * 50,
        "audit-published   Feb 2020   Audit published",
        "                               found in: id, title",
        "",
        "Quotes (1)",
        "id          date         match",
        "─" * 75,
        "kim-costs   1 Oct 2019   Kim Ortiz: [notes] “The costs were never counted.”",
        "                           disputed: wording (3 accounts)",
        "                           found in: context, via",
    ]


def test_search_words_need_no_quotes_and_numbers_ignore_separators():
    assert lines(facts("search", "3,000")) == [
        "type\tid\tscore\tdate\tfound_in\ttext",
        "figure\thouseholds\t22\t2019\tvalue\tabout 3,000 households: households served in the first year "
        "(other accounts: 3,250 homes)",
        "event\tprogramme-starts\t3\t2018-04\tsummary\tWidget programme starts",
    ]
    assert lines(facts("search", "never", "counted", "--kind", "quote"))[1].startswith("quote\tkim-costs\t")


def test_search_628_finds_the_figure_and_the_filing():
    found = json.loads(bundled("search", "628", "--format", "json").stdout)
    assert (found[0]["type"], found[0]["id"]) == ("figure", "parents-not-found")
    assert {"type": "event", "id": "filing-628"}.items() <= next(h for h in found if h["id"] == "filing-628").items()


def test_search_nothing_found_is_success_with_a_note():
    result = facts("search", "zebra")
    assert result.exit_code == 0
    assert result.stderr == "zt: nothing matches 'zebra'\n"


# --- roles on a date ---------------------------------------------------------------------

def test_actors_as_of_shows_uncertain_ends_as_uncertain():
    assert lines(facts("actors", "--as-of", "2019-11-15", "--format", "table")) == [
        "Roles held on 15 Nov 2019 (1 role with no dates is not shown: zt actors lists them)",
        "id    name        role                                                         status",
        "─" * 88,
        "kim   Kim Ortiz   Director, Widget Agency (1 Mar 2017 – Nov 2019)              uncertain",
        "                    uncertain: the end is recorded only as Nov 2019 (no day)",
        "                    sources: wire",
        "sam   Sam Ray     Deputy, Widget Agency (2018 – 19 Nov 2019)                   held",
        "                    sources: audit",
    ]


def test_actor_as_of_lists_every_role_with_its_status():
    assert lines(facts("actor", "ortiz", "--as-of", "Nov 15 2019")) == [
        "actor\tname\trole\torg\tfrom\tuntil\tstatus\treason\tsources",
        "kim\tKim Ortiz\tDirector\tagency\t2017-03-01\t2019-11\tuncertain\tthe end is recorded only as Nov 2019 "
        "(no day)\twire",
        "kim\tKim Ortiz\tBoard member\tagency\t\t\tundated\tno dates recorded\taudit",
    ]
    month = lines(facts("actor", "sam", "--as-of", "2019-11", "--format", "table"))
    assert month[0] == "Sam Ray's roles in Nov 2019"


def test_actors_as_of_2018_06_01_lists_sessions_and_not_his_successors():
    held = json.loads(bundled("actors", "--as-of", "2018-06-01", "--format", "json").stdout)
    sessions = next(entry for entry in held if entry["actor"] == "sessions")
    assert sessions["role"]["title"].startswith("Attorney General") and sessions["status"] == "held"
    for entry in held:
        if entry["actor"] != "sessions":
            assert "Attorney General of the United States" not in entry["role"]["title"]
            assert entry["role"]["title"] != "Acting Attorney General"
    assert "barr" not in {entry["actor"] for entry in held}


def test_as_of_needs_a_date():
    result = facts("actors", "--as-of", "someday")
    assert result.exit_code == 2 and "cannot read 'someday' as a date" in result.stderr


# --- conflicts ---------------------------------------------------------------------------

def test_conflicts_side_by_side():
    assert lines(facts("conflicts", "--kind", "quote", "--format", "table")) == [
        "quote kim-costs: Kim Ortiz, 1 Oct 2019",
        "account     version                                   differs",
        "─" * 70,
        "recorded    [notes] “The costs were never counted.”   —",
        "            — interview with the auditors",
        "              sources: gazette",
        "variant 1   [notes] “the costs were never counted”    spelling",
        "            — interview with the auditors",
        "              sources: audit",
        "variant 2   [notes] “Nobody counted the costs.”       wording, context",
        "            — told the Wire Service",
        "              sources: wire",
    ]
    assert facts("conflicts", "--kind", "event").stdout.splitlines() == [
        "type\tid\taccount\tform\ttext\tcontext\tdate\tend\tdiffers\tsources\tnote",
        "event\tprogramme-starts\trecorded\t\t\t\t2018-04\t\t\taudit, gazette\t",
        "event\tprogramme-starts\tvariant 1\t\t\t\t2018-02\t2018-03\tdate, end\tgazette\tthe paper's account",
    ]


def test_conflicts_search_narrows_to_matching_records():
    found = json.loads(facts("conflicts", "-s", "3,250", "-f", "json").stdout)
    assert [conflict["id"] for conflict in found] == ["households"]


def test_conflicts_show_rosenstein_attribution_and_el_paso_count():
    out = bundled("conflicts", "--format", "table").stdout
    regret = out.split("quote rosenstein-regret:")[1].split("\n\n")[0]
    assert "— statement to The Washington Post (per UPI)" in regret
    assert "— told NBC News" in regret and "sources: nbc-2021-01-14" in regret
    el_paso = out.split("figure el-paso-families:")[1].split("\n\n")[0]
    assert "approximately 280 families" in el_paso and "\nvariant 1   281 " in el_paso


# --- provenance --------------------------------------------------------------------------

def test_take_away_children_provenance_is_notes_then_oig_report_then_article():
    chain = json.loads(bundled("quote", "--provenance", "--search", "take away children", "-f", "json").stdout)
    [words] = chain
    assert (words["quote"], words["form"], words["verbatim"]) == ("sessions-take-away-children", "notes", False)
    steps = [(link["step"], link["ref"]) for link in words["chain"]]
    assert steps[:2] == [("words", "sessions-take-away-children"), ("speaker", "sessions")]
    assert steps[-3:] == [("via", None), ("via", "doj-oig-2021-report"), ("source", "upi-2021-01-14")]
    assert words["chain"][-3]["text"].startswith("notes taken by U.S. Attorneys")
    assert words["chain"][3]["text"].startswith("notes: recorded in someone's notes")


def test_show_quote_has_the_provenance_chain():
    out = lines(facts("show", "kim-costs", "--format", "table"))
    assert out[0] == "quote kim-costs: Kim Ortiz [notes]"
    start = out.index("Provenance")
    assert out[start + 1:start + 12] == [
        "step             link                                                                     record",
        "─" * 97,
        "words            [notes] “The costs were never counted.”",
        "said by          Kim Ortiz                                                                kim",
        "where, to whom   interview with the auditors",
        "recorded as      notes: recorded in someone's notes, not a verbatim record of the words",
        "disputed         wording: 3 accounts (zt conflicts shows them)",
        "via              auditor's notes",
        "via              Office of Audits, Feb 2020: Audit of the Widget Programme & Its Costs    audit",
        "via              Kim Ortiz                                                                kim",
        "cited in         The Gazette, 5 Mar 2020: Agency changes course                           gazette",
    ]
    tsv = lines(facts("show", "kim-costs"))
    assert "provenance.via\tOffice of Audits, Feb 2020: Audit of the Widget Programme & Its Costs [audit]" in tsv
    assert tsv[-1].startswith("source:wire\t")


def test_quote_provenance_tsv_and_paraphrase():
    out = lines(facts("quote", "--provenance", "--speaker", "sam"))
    assert out == [
        "quote\tposition\tstep\tref\ttext",
        "sam-summary\t0\twords\tsam-summary\tWe will count every widget.",
        "sam-summary\t1\tspeaker\tsam\tSam Ray",
        "sam-summary\t2\tform\t\tparaphrase: someone else's rendering, not the speaker's words",
        "sam-summary\t3\tsource\tgazette\tThe Gazette, 5 Mar 2020: Agency changes course",
        "sam-summary\t4\tsource\twire\tWire Service, 2019: Director quits?",
    ]


@pytest.mark.parametrize(("args", "flag"), [
    (("actor", "sam", "--format", "table"), "[paraphrase] “We will count every widget.”"),
    (("quote", "--format", "table"), "[paraphrase] “We will count every widget.”"),
    (("search", "widget", "--format", "table"), "[paraphrase] “We will count every widget.”"),
    (("quote", "--provenance", "--format", "table"), "[paraphrase] “We will count every widget.”"),
    (("show", "sam-summary", "--format", "table"), "quote sam-summary: Sam Ray [paraphrase]"),
])
def test_notes_and_paraphrase_are_flagged_in_every_listing(args, flag):
    assert flag in facts(*args).stdout


# --- citations ---------------------------------------------------------------------------

def test_cite_writes_citations_ready_to_paste():
    result = facts("cite", "kim-costs", "--style", "chicago")
    assert result.stdout == (
        "Park, Dana, and Lee Moss. 2020. “Agency Changes Course.” The Gazette, March 5. https://example.org/gazette.\n"
        "Office of Audits. 2020. Audit of the Widget Programme & Its Costs. Office of Audits. "
        "https://example.org/audit_100%.\n"
        "Wire Service. 2019. “Director Quits?”\n")
    bib = facts("cite", "audit", "--style", "bibtex").stdout
    assert bib.startswith("@techreport{audit,\n") and bib.endswith("}\n")
    assert [item["id"] for item in json.loads(facts("cite", "households", "--style", "csl-json").stdout)] == [
        "audit", "gazette"]


def test_cite_in_markdown_and_html_keeps_the_italics():
    md = facts("cite", "kim-costs", "--style", "apa", "--format", "md").stdout
    assert md.split("\n\n")[0] == ("Park, D., & Moss, L. (2020, March 5). Agency changes course. *The Gazette*. "
                                   "https://example.org/gazette")
    assert "*Audit of the Widget Programme & Its Costs*" in md
    html = facts("cite", "kim-costs", "--style", "chicago", "--format", "html").stdout.splitlines()
    assert html[0] == ('<div class="csl-entry">Park, Dana, and Lee Moss. 2020. “Agency Changes Course.” '
                       "<i>The Gazette</i>, March 5. https://example.org/gazette.</div>")
    assert "Audit of the Widget Programme &#38; Its Costs" in html[1]


def test_cite_with_a_format_is_a_table_of_citations():
    assert lines(facts("cite", "wire", "--style", "apa", "--format", "csv")) == [
        "id,style,citation", "wire,apa,Director quits? (2019). Wire Service."]
    assert json.loads(facts("cite", "wire", "--style", "csl-json", "-f", "json").stdout)[0]["citation"]["id"] == "wire"


def test_sources_as_bibtex_and_csl_json():
    bib = facts("sources", "--format", "bibtex").stdout
    assert [line for line in bib.splitlines() if line.startswith("@")] == [
        "@misc{wire,", "@techreport{audit,", "@article{gazette,"]
    items = json.loads(facts("sources", "-f", "csl-json").stdout)
    assert [item["id"] for item in items] == ["wire", "audit", "gazette"]
    assert lines(facts("sources", "-f", "tsv"))[0].startswith("id\ttitle\tpublisher")


@pytest.mark.parametrize("command", ["timeline", "quote", "stats", "search"])
def test_bibtex_is_a_usage_error_elsewhere(command):
    result = facts(command, *(["x"] if command == "search" else []), "--format", "bibtex")
    assert result.exit_code == 2
    assert "Invalid value for '--format'" in result.stderr and "'bibtex' is not one of" in result.stderr


@pytest.mark.parametrize(("args", "code", "message"), [
    (("cite", "nope"), 1, "zt: error: no record has the id 'nope'"),
    (("search", " "), 2, "zt: error: give some text to search for"),
    (("cite", "wire", "--style", "mla"), 2, "unknown style 'mla'"),
    (("cite", "wire", "--style", "bibtex", "--format", "html"), 2, "has no html form"),
    (("conflicts", "--kind", "actor"), 2, "'actor' is not one of"),
])
def test_errors(args, code, message):
    result = facts(*args)
    assert result.exit_code == code
    assert message in result.stderr and result.stdout == ""


# --- every format, and the JSON contract ---------------------------------------------------

COMMANDS = [("search", "costs"), ("actors", "--as-of", "2019"), ("actor", "kim", "--as-of", "2019"),
            ("conflicts",), ("quote", "--provenance"), ("cite", "kim-costs")]


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "json", "md"])
@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(args) for args in COMMANDS])
def test_every_new_command_speaks_every_format(args, fmt):
    result = facts(*args, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() and result.stderr == ""
    if fmt == "json":
        assert isinstance(json.loads(result.stdout), list)


def test_json_contract():
    [hit] = json.loads(facts("search", "never counted", "-f", "json").stdout)
    assert list(hit) == ["type", "id", "score", "found_in", "record"]
    assert hit["record"]["type"] == "quote"
    role = json.loads(facts("actors", "--as-of", "2019-11-15", "-f", "json").stdout)[0]
    assert list(role) == ["actor", "name", "as_of", "status", "reason", "role"]
    assert list(role["role"]) == ["title", "sources", "org", "from", "until", "note", "pinpoints"]
    assert role["as_of"] == "2019-11-15" and role["status"] == "uncertain"
    conflict = json.loads(facts("conflicts", "-f", "json").stdout)
    assert [list(c) for c in conflict] == [["type", "id", "subject", "form", "versions", "disputes"]] * 3
    assert [list(v) for v in conflict[0]["versions"]][1:] == [["account", "differs", "text", "sources", "context",
                                                               "note", "pinpoints", "rank"]] * 2
    assert list(conflict[1]["versions"][1]) == ["account", "differs", "value", "sources", "qualifier", "unit",
                                                "date", "note", "pinpoints", "rank"]
    assert list(conflict[2]["versions"][1]) == ["account", "differs", "date", "sources", "end", "note", "pinpoints",
                                                "rank"]
    chain = json.loads(facts("quote", "--provenance", "-f", "json").stdout)[0]
    assert list(chain) == ["quote", "speaker", "form", "verbatim", "chain"]
    assert list(chain["chain"][0]) == ["step", "text", "ref"]
    cited = json.loads(facts("cite", "wire", "-f", "json").stdout)
    assert cited == [{"id": "wire", "style": "plain", "citation": "Director quits? Wire Service. 2019."}]
