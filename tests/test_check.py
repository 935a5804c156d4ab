"""`zt check`: claims against the sourced data. A table of true and false claims over an invented
fixture (each kind of error gets a false one), the UPI article against the bundled data, and
an altered copy of it in which every altered sentence must be contradicted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clirun import run
from conftest import BUNDLED, FIXTURES
from zt_timeline.checking.bounds import Bound
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.claims import parse_claim
from zt_timeline.checking.drafts import draft_date, sentences
from zt_timeline.checking.parts import Finding, PartKind, Verdict, claim_verdict
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import parse_iso

CHECK = FIXTURES / "check.toml"
ARTICLE = Path(__file__).parent.parent.parent / "shared" / "sources" / "000_a7613cb33c941bf4.txt"
ALTERED = FIXTURES / "upi-altered.txt"  # the article with facts changed (see the test below)
S, C, D, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.DISPUTED, Verdict.UNVERIFIED


@pytest.fixture(scope="module")
def checker():
    return Checker(load_timeline(CHECK))


@pytest.fixture(scope="module")
def bundled_checker():
    return Checker(load_timeline(BUNDLED), parse_iso("2021-01-14"))


# (claim, claim verdict, {part kind: (verdict, record)})
CLAIMS = [
    # true
    ("Ann Lee resigned in November 2018", S, {"date": (S, "lee-resigns")}),
    ("more than 3,000 widgets were seized, the review found", S, {"number": (S, "widgets-seized")}),
    ("The pilot separated approximately 280 families", S, {"number": (S, "pilot-families")}),
    ("The agency projected a widget funding shortfall of $227 million", S, {"number": (S, "shortfall")}),
    ('Ortiz said "the costs were never counted"', S, {"quotation": (S, "kim-costs"), "speaker": (S, "kim-costs")}),
    ("Ann Lee resigned as director on Nov. 7, 2018", S, {"date": (S, "lee-resigns")}),
    ("Ann Lee resigned in 2018", S, {"date": (S, "lee-resigns")}),
    ("The widget pilot began in July 2017", S, {"date": (S, "pilot")}),  # its start, not all of it
    ("The widget pilot ended in November 2017", S, {"date": (S, "pilot")}),
    ("The widget pilot ran from July to November 2017", S, {"date": (S, "pilot")}),
    # the sources disagree, and the claim sides with one account
    ('Lee said the policy "should have never been tried"', D, {"quotation": (D, "lee-regret"),
                                                               "speaker": (S, "lee-regret")}),
    ("Lee said in a statement to The Gazette that the widget policy was a mistake", D,
     {"outlet": (D, "lee-statement")}),
    ("Lee announced the widget seizure policy in May 2018", D, {"date": (D, "policy-announced")}),
    ("more than 5,000 widgets were seized", D, {"number": (D, "widgets-seized")}),
    # each kind of error
    ("Ann Lee resigned in March 2019", C, {"date": (C, "lee-resigns")}),
    ("The widget pilot began in March 2018", C, {"date": (C, "pilot")}),
    ("The widget pilot ran from July 2017 to March 2018", C, {"date": (C, "pilot")}),
    ("The agency projected a widget funding shortfall of $300 million", C, {"number": (C, "shortfall")}),
    ("fewer than 3,000 widgets were seized", C, {"number": (C, "widgets-seized")}),
    ('Ortiz said "The widget policy should have never been tried"', C, {"speaker": (C, "lee-regret")}),
    ("Lee told The Tribune that the widget policy was a mistake", C, {"outlet": (C, "lee-statement")}),
    ('Lee said the policy "should never have been attempted"', C, {"quotation": (C, "lee-regret")}),
    # nothing in the data bears on it
    ("The agency bought 40 of them in 2019", U, {"date": (U, None)}),  # "40": what it counts is not said
    ('The director said "we will buy more helicopters soon"', U, {"quotation": (U, None)}),
]


@pytest.mark.parametrize(("claim", "verdict", "parts"), CLAIMS, ids=[c[0][:40] for c in CLAIMS])
def test_claims_get_their_verdict_and_record(checker, claim, verdict, parts):
    result = checker.check(claim)
    assert result.verdict is verdict, result.findings
    found = {finding.kind.value: (finding.verdict, finding.record) for finding in result.findings}
    for kind, expected in parts.items():
        assert found[kind] == expected, (kind, result.findings)


def test_a_changed_word_is_named(checker):
    [quotation] = [f for f in checker.check('Lee said the policy "should never have been attempted"').findings
                   if f.kind is PartKind.QUOTATION]
    assert "“attempted” for “tried”" in quotation.note


def test_words_known_from_notes_are_flagged(checker):
    [quotation, *_] = checker.check('Ortiz said "the costs were never counted"').findings
    assert quotation.note == "words known only from someone's notes, not a recording"


def test_a_claim_is_never_supported_when_a_part_found_nothing():
    findings = (Finding("May 2018", PartKind.DATE, S, "e", ""), Finding("40", PartKind.NUMBER, U, None, ""))
    assert claim_verdict(findings) is U
    assert claim_verdict(()) is U  # nothing checkable
    assert claim_verdict((*findings, Finding("y", PartKind.DATE, D, "e", ""))) is D
    assert claim_verdict((*findings, Finding("y", PartKind.QUOTATION, C, "q", ""))) is C


def test_a_claim_in_a_month_is_not_contradicted_by_a_year_only_record(write_toml):
    text = ('[[sources]]\nid = "s"\ntitle = "S"\npublisher = "P"\n\n'
            '[[events]]\nid = "projection"\ndate = "2018"\ntitle = "Agency projects a widget shortfall"\n'
            'sources = ["s"]\n\n[[events]]\nid = "guess"\ndate = "2019?"\ntitle = "Agency guesses widget demand"\n'
            'sources = ["s"]\n')
    checker = Checker(load_timeline(write_toml(text)))
    [date, *_] = checker.check("The agency projected a widget shortfall in June 2018").findings
    assert (date.verdict, date.record) == (U, None)
    assert "(projection)" in date.note and date.note.endswith("the data gives only 2018")
    [date, *_] = checker.check("The agency guessed widget demand in 2019").findings
    assert (date.verdict, date.record) == (U, None)  # the data itself is unsure of the year
    assert "(guess)" in date.note
    [date, *_] = checker.check("The agency projected a widget shortfall in 2016").findings
    assert date.verdict is C


# --- parsing -------------------------------------------------------------------------------------

def test_numbers_with_qualifiers_scales_and_units():
    parsed = parse_claim("more than 3,000 children, $227 million, about 280 families and 628", frozenset({"child",
                                                                                                          "family"}))
    assert [(n.value, n.bound, n.unit) for n in parsed.numbers] == [
        (3000, Bound.MORE_THAN, "children"), (227_000_000, Bound.EXACT, "USD"), (280, Bound.ABOUT, "families"),
        (628, Bound.EXACT, None)]


def test_dates_at_the_precision_written():
    parsed = parse_claim("on April 6, 2018, in May 2018, in 2017, 2018-06-26 and since July 2017")
    assert [d.date.iso() for d in parsed.dates] == ["2018-04-06", "2018-05", "2017", "2018-06-26"]
    assert parse_claim("a 2019 funding shortfall").dates == ()  # a bare year is not a date


def test_a_date_says_when_a_thing_began_ended_or_ran():
    parsed = parse_claim("It began in July 2017, ended on Nov. 3, 2017 and ran from July to November 2017; "
                         "from November to March 2018, between 2017 and 2019, and in June 2018")
    assert [(d.aspect.value, d.date.iso(), d.until.iso() if d.until else None) for d in parsed.dates] == [
        ("start", "2017-07", None), ("end", "2017-11-03", None), ("span", "2017-07", "2017-11"),
        ("span", "2017-11", "2018-03"), ("span", "2017", "2019"), ("when", "2018-06", None)]
    assert parse_claim("from July 2017 until the spring").dates == ()  # a span not written whole: not checked


def test_relative_dates_need_the_drafts_date():
    assert parse_claim("a filing last month").unread_dates == ("last month",)
    dated = parse_claim("a filing last month, and the report of Thursday", dated=parse_iso("2021-01-14"))
    assert [(d.text, d.date.iso()) for d in dated.dates] == [("last month", "2020-12"), ("Thursday", "2021-01-14")]


def test_quotations_in_straight_and_curly_marks_are_not_mined_for_numbers():
    parsed = parse_claim('He said “more than 3,000 children were separated” and "we need to act" in 2018.')
    assert [q.text for q in parsed.quotations] == ["more than 3,000 children were separated", "we need to act"]
    assert parsed.numbers == ()


def test_drafts_split_into_sentences_but_not_inside_quotations():
    text = ('---\ndate: 2021-01-14\n---\n# A heading\n\nThe U.S. Attorney met Sen. Jones on Jan. 14. '
            'He said "It was bad. I wish we did better." Then he [left](https://example.org).\n\n- A list item\n')
    assert draft_date(text) == parse_iso("2021-01-14")
    assert sentences(text) == ("A heading", "The U.S. Attorney met Sen. Jones on Jan. 14.",
                               'He said "It was bad. I wish we did better."', "Then he left.", "A list item")


# --- the article ----------------------------------------------------------------------------------

@pytest.mark.skipif(not ARTICLE.is_file(), reason="the shared primary source is not beside this checkout")
def test_the_article_is_never_contradicted(bundled_checker):
    results = bundled_checker.check_draft(ARTICLE.read_text(encoding="utf-8"))
    assert len(results) >= 15
    assert not [r.claim for r in results if r.verdict is C]
    for result in results:
        stated = [f for f in result.findings if f.kind in (PartKind.DATE, PartKind.NUMBER, PartKind.QUOTATION)]
        # Every date, number and quotation is found; where the sources disagree on it (the
        # report's date, Rosenstein's wording and recipient, renderings of notes), the verdict
        # says so and names each account.
        for finding in stated:
            assert finding.verdict in (S, D), (result.claim, finding)
            if finding.verdict is D:
                assert ";" in finding.recorded and len(finding.sources) >= 2, finding
    supported = [r for r in results if r.verdict is S]
    assert len(supported) >= 9


# The altered sentences of tests/fixtures/upi-altered.txt and the records that contradict them.
ALTERATIONS = {
    "February 2016": {"sessions-sworn-in"},
    "June 2019": {"zero-tolerance-announced", "zt-memo-directive"},
    "more than 4,000 children": {"oig-more-than-3000"},
    "in 2015": {"el-paso-initiative"},
    "approximately 480 families": {"oig-el-paso-initiative"},
    "Rosenstein told U.S. Attorneys": {"sessions-take-away-children"},
    "$327 million": {"usms-funding-shortfall"},
    "about 5,000 beds": {"usms-bed-shortage"},
    "November 2019": {"sessions-resigns"},
    "statement to CNN": {"rosenstein-statement", "rosenstein-regret", "rosenstein-regret-opening"},
    "should never have been considered": {"rosenstein-regret"},
    "728 migrant children": {"parents-not-found"},
}


def test_each_altered_sentence_is_contradicted_by_the_right_record(bundled_checker):
    results = bundled_checker.check_draft(ALTERED.read_text(encoding="utf-8"))
    for alteration, records in ALTERATIONS.items():
        [result] = [r for r in results if alteration in r.claim]
        assert result.verdict is C, (alteration, result.findings)
        contradicted = {f.record for f in result.findings if f.verdict is C}
        assert contradicted & records, (alteration, result.findings)
    unaltered = [r for r in results if not any(a in r.claim for a in ALTERATIONS)]
    assert not [r.claim for r in unaltered if r.verdict is C]


# --- the command -----------------------------------------------------------------------------------

def chk(*args, data=CHECK, **kwargs):
    return run("check", *args, data=data, **kwargs)


def test_check_json_is_a_list_of_claims_with_findings():
    result = chk("Ann Lee resigned in March 2019", "--format", "json")
    assert result.exit_code == 0
    [claim] = json.loads(result.stdout)
    assert list(claim) == ["claim", "verdict", "findings", "about", "closest", "not_checked"]
    assert claim["verdict"] == "contradicted"
    assert [list(f) for f in claim["findings"]] == [["part", "kind", "verdict", "record", "recorded", "sources",
                                                     "note", "differs"]]
    assert claim["findings"][0]["differs"] == "March 2019 for 7 Nov 2018"
    assert claim["about"] == {"record": "lee-resigns", "title": "Ann Lee resigns as director", "sources": ["review"]}
    assert claim["findings"][0]["sources"] == ["review"]


def test_check_table_and_machine_formats():
    table = chk("Ann Lee resigned in March 2019", "--format", "table").stdout
    assert "1. CONTRADICTED: Ann Lee resigned in March 2019" in table and "record: lee-resigns" in table
    tsv = chk("Ann Lee resigned in March 2019").stdout.splitlines()
    assert tsv[0] == "claim\ttext\tclaim_verdict\tkind\tpart\tverdict\trecord\trecorded\tsources\tnote\tdiffers"
    assert tsv[1].split("\t")[:7] == ["1", "Ann Lee resigned in March 2019", "contradicted", "date", "March 2019",
                                      "contradicted", "lee-resigns"]
    assert chk("Ann Lee resigned in March 2019", "--format", "csv").stdout.startswith("claim,text,claim_verdict")
    assert "**1. CONTRADICTED**" in chk("Ann Lee resigned in March 2019", "--format", "md").stdout  # the review


def test_claimreview_is_schema_org_json_ld():
    [review] = json.loads(chk('Ortiz said "the costs were never counted" in 2018', "--format", "claimreview").stdout)
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == 'Ortiz said "the costs were never counted" in 2018'
    assert review["reviewRating"] == {"@type": "Rating", "ratingValue": 4, "bestRating": 4, "worstRating": 1,
                                      "alternateName": "supported"}
    assert review["itemReviewed"]["author"] == {"@type": "Person", "name": "Kim Ortiz"}
    assert review["itemReviewed"]["datePublished"] == "2018"
    assert review["citation"][0]["name"] == "Review of the widget policy"


def test_check_a_draft_from_a_file_and_from_standard_input(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("# Notes\n\nAnn Lee resigned in March 2019. The weather was fine.\n\nLee announced the "
                     "widget seizure policy in May 2018.\n", encoding="utf-8")
    claims = json.loads(chk("--file", str(draft), "--format", "json").stdout)
    assert [(c["claim"], c["verdict"]) for c in claims] == [("Ann Lee resigned in March 2019.", "contradicted"),
                                                             ("Lee announced the widget seizure policy in May "
                                                              "2018.", "disputed")]
    piped = chk("--file", "-", "--format", "json", input=draft.read_text(encoding="utf-8"))
    assert json.loads(piped.stdout) == claims


def test_the_drafts_date_reads_last_month(tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text("---\ndate: 2018-12-10\n---\nAnn Lee resigned last month.\n", encoding="utf-8")
    [claim] = json.loads(chk("--file", str(draft), "--format", "json").stdout)
    assert claim["verdict"] == "supported" and claim["findings"][0]["part"] == "last month (Nov 2018)"
    [undated] = json.loads(chk("Ann Lee resigned last month.", "--format", "json").stdout)
    assert undated["verdict"] == "unverified" and "--dated" in undated["not_checked"][0]["reason"]


@pytest.mark.parametrize(("args", "code", "message"), [
    ((), 2, "zt: error: give a claim to check, or --file PATH"),
    (("a claim", "--file", "x.txt"), 2, "zt: error: give a claim to check, or --file PATH"),
    (("   ",), 2, "zt: error: give a claim to check (a sentence)"),
    (("--file", "/no/such/draft.txt"), 1, "zt: /no/such/draft.txt: no such file"),
    (("a claim", "--dated", "someday"), 2, "zt: error: cannot read 'someday' as a date"),
])
def test_bad_input_is_one_line_and_an_exit_code(args, code, message):
    result = chk(*args)
    assert result.exit_code == code
    assert result.stderr.splitlines()[0].startswith(message), result.stderr


def test_a_check_with_any_verdict_exits_0():
    assert chk("Ann Lee resigned in March 2019").exit_code == 0
    assert chk("nothing here to check").exit_code == 0


def test_actors_are_found_by_name_with_the_punctuation_around_them(bundled):
    from zt_timeline.checking.index import ClaimIndex

    index = ClaimIndex(bundled)
    found = {text: [actor.id for actor in index.actors_in(text)] for text in (
        "It was Sessions.", "Sessions' policy", "Sessions's memo", "U.S. Customs and Border Protection said",
        "Jeff Sessions and Rod Rosenstein met", "the Justice Department", "sessions of Congress")}
    assert found == {"It was Sessions.": ["sessions"], "Sessions' policy": ["sessions"],
                     "Sessions's memo": ["sessions"], "U.S. Customs and Border Protection said": ["cbp"],
                     "Jeff Sessions and Rod Rosenstein met": ["sessions", "rosenstein"],
                     "the Justice Department": ["doj"], "sessions of Congress": []}
