"""`zt check` judges a part of a claim only against a record the claim is shown to be about:
its act and subject, who did it, who held an office then, what a number counts, what happened
to it and whether it happened, and an account that is an error. Over the bundled data, with a
fixed draft date, and over a small file written here for what the data does not show."""

from __future__ import annotations

import pytest

from conftest import BUNDLED
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.claims import parse_claim
from zt_timeline.checking.parts import PartKind, Verdict
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import parse_iso

S, C, D, U = Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.DISPUTED, Verdict.UNVERIFIED


@pytest.fixture(scope="module")
def bundled():
    return load_timeline(BUNDLED)


@pytest.fixture(scope="module")
def checker(bundled):
    return Checker(bundled, parse_iso("2021-03-09"))


def parts(result):
    return {finding.kind.value: (finding.verdict, finding.record) for finding in result.findings}


# (claim, claim verdict, {part kind: (verdict, record)})
CASES = [
    # who did it
    ("Cissna signed the executive order on June 20, 2018.", C,
     {"date": (S, "eo-13841"), "agent": (C, "eo-13841")}),
    ("Trump signed the executive order on June 20, 2018.", S,
     {"date": (S, "eo-13841"), "agent": (S, "eo-13841")}),
    ("Rosenstein announced the zero tolerance policy on April 6, 2018.", C, {"agent": (C, "zero-tolerance-announced")}),
    # an act a person does once is that person's: Rosenstein's resignation, not Sessions'
    ("Rosenstein resigned in November 2018.", C, {"date": (C, "rosenstein-resigns")}),
    ("Sessions resigned in November 2018.", S, {"date": (S, "sessions-resigns")}),
    # who held an office when
    ("Attorney General William Barr said in June 2018 that the policy would continue.", C,
     {"office": (C, "sessions")}),
    # ... said of the person: the claim's date is the office's
    ("Nielsen was secretary of homeland security in June 2018.", S, {"office": (S, "nielsen")}),
    ("Nielsen was secretary of homeland security in June 2019.", C, {"office": (C, "mcaleenan")}),
    # not held on any day of the year: whoever held it on some of them says so
    ("Sessions was attorney general in 2019.", C, {"office": (C, "whitaker")}),
    # an account ranked as an error is shown, and a claim that sides with it is contradicted
    ("The Justice Department's inspector general released its report on zero tolerance on Dec. 9, 2020.", C,
     {"date": (C, "doj-oig-report-released")}),
    ("The Justice Department's inspector general released its report on zero tolerance on Jan. 14, 2021.", S,
     {"date": (S, "doj-oig-report-released")}),
    # what a number counts, what happened to it, and whether it happened
    ("DHS expected to separate more than 26,000 children under zero tolerance.", S,
     {"number": (S, "dhs-expected-separations-26000")}),
    ("Executive Order 13841 was signed by Trump on June 20, 2018.", S, {"date": (S, "eo-13841")}),
    # a number that names a document says which document: 13767 is not 13841
    ("Executive Order 13841 was signed in January 2017.", C, {"date": (C, "eo-13841")}),
    ("Executive Order 13767 was signed in January 2017.", U, {"date": (U, None)}),
    # nothing the data holds: honest, not judged against a neighbour
    ("On Saturday, groups of Democratic lawmakers toured detention facilities in Texas.", U, {}),
    ("Sessions said in an interview on Friday that the policy worked.", U, {}),
    # a claim that denies is not judged
    ("Sessions did not resign in 2019.", U, {"date": (U, None)}),
]


@pytest.mark.parametrize(("claim", "verdict", "expected"), CASES, ids=[case[0][:45] for case in CASES])
def test_a_part_is_judged_against_the_record_the_claim_is_about(checker, claim, verdict, expected):
    result = checker.check(claim)
    assert result.verdict is verdict, result
    found = parts(result)
    for kind, part in expected.items():
        assert found[kind] == part, (kind, result)


def test_a_contradiction_says_what_differs_and_a_deprecated_account_why(checker):
    result = checker.check("The Justice Department's inspector general released its report on zero tolerance "
                           "on Dec. 9, 2020.")
    [date] = [f for f in result.findings if f.kind is PartKind.DATE]
    assert date.differs == "Dec. 9, 2020 for 14 Jan 2021"
    assert "wikipedia-oig-report" in date.note and "is an error" in date.note
    assert result.about.id == "doj-oig-report-released"


def test_the_record_a_claim_is_about_is_named_and_never_supported_by_itself(checker):
    about = checker.check("Sessions resigned in November 2018.")
    assert about.about.id == "sessions-resigns" and about.closest is None
    nothing = checker.check("Sessions said in an interview on Friday that the policy worked.")
    assert nothing.about is None and nothing.closest is not None
    assert not nothing.findings or all(f.verdict is U for f in nothing.findings)


def test_a_relative_date_is_shown_as_it_was_read(checker):
    [date] = [f for f in checker.check("Nielsen resigned on Friday.").findings if f.kind is PartKind.DATE]
    assert date.part == "Friday (5 Mar 2021)"


def test_identifiers_and_ages_are_not_counts():
    for text in ("Executive Order 13841 ended it", "the report 21-028 found", "case No. 18-cv-428",
                 "Section 1325 of title 8", "children under 5 were held"):
        assert parse_claim(text, frozenset({"child"})).numbers == (), text
    found = parse_claim("12 senators and 2,300 children", frozenset({"child"})).numbers
    # 12 senators: a count no figure has, never a count of children by its number alone
    assert [(n.value, n.unit) for n in found] == [(12, "senators"), (2300, "children")]


def test_dates_as_reporters_write_them():
    dated = parse_iso("2021-03-09")
    read = {m.text: m.date.iso() for m in parse_claim("in October of 2018, in early 2018, in March, on Feb. 9",
                                                      dated=dated).dates}
    # a month or day without its year takes the sentence's one year, else the draft's
    assert read == {"October of 2018": "2018-10", "early 2018": "2018", "in March": "2018-03", "Feb. 9": "2018-02-09"}
    alone = {m.text: (m.date.iso(), m.relative) for m in parse_claim("in March, and on Feb. 9", dated=dated).dates}
    assert alone == {"in March": ("2021-03", True), "Feb. 9": ("2021-02-09", True)}
    [early] = parse_claim("in early 2018").dates
    assert (early.within[0].month, early.within[1].month) == (1, 4)


def test_parts_found_but_not_checked_are_listed(checker):
    result = checker.check("The agency bought 40 of them last month.")
    assert {(part.kind, part.part) for part in result.unchecked} >= {(PartKind.NUMBER, "40")}
    undated = Checker(checker.index.timeline).check("Nielsen resigned on Friday.")
    assert [part.kind for part in undated.unchecked] == [PartKind.DATE] and undated.verdict is U


SMALL = """
[[sources]]
id = "s"
title = "Report"
publisher = "Office"

[[sources]]
id = "w"
title = "Encyclopedia page"
publisher = "Encyclopedia"

[[actors]]
id = "lee"
name = "Ann Lee"
kind = "person"
sources = ["s"]
roles = [{ title = "Director of the Widget Office", from = "2017-02", until = "2018-11-07", sources = ["s"] }]

[[actors]]
id = "kim"
name = "Bo Kim"
kind = "person"
sources = ["s"]

[[events]]
id = "pilot"
date = "2017-07"
end = "2017-11"
title = "Widget pilot in the northern district"
action = "begin"
sources = ["s"]

[[events]]
id = "lee-resigns"
date = "2018-11-07"
title = "Ann Lee resigns as widget director"
action = "resign"
by = ["lee"]
actors = ["lee"]
sources = ["s"]
variants = [{ date = "2019-11", sources = ["w"], rank = "deprecated", note = "The page misdates it by a year." }]
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("about") / "small.toml"
    path.write_text(SMALL, encoding="utf-8")
    return Checker(load_timeline(path), parse_iso("2019-12-01"))


def test_a_deprecated_account_makes_nothing_disputed(small):
    result = small.check("Ann Lee resigned in November 2018.")
    assert result.verdict is S and "is an error" in result.findings[0].note
    sided = small.check("Ann Lee resigned in November 2019.")
    assert sided.verdict is C and sided.findings[0].record == "lee-resigns"


def test_a_span_is_not_contradicted_by_a_point_and_a_heading_dates_what_is_under_it(small):
    assert small.check("The widget pilot ran from July to November 2017.").verdict is S
    draft = "## July 2017\n\nThe widget pilot began.\n\n## March 2018\n\nThe widget pilot began.\n"
    first, second = small.check_draft(draft)
    assert (first.verdict, second.verdict) == (S, C)
    assert first.findings[0].record == "pilot"


def test_the_holder_of_an_office_on_a_date(small):
    held = small.check("Widget Office Director Ann Lee resigned in November 2018.")
    assert held.verdict is S


def test_the_index_kept_beside_the_model_is_the_one_made_afresh(tmp_path, monkeypatch, bundled):
    from zt_timeline.checking.index import ClaimIndex

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    made = ClaimIndex(bundled)  # made, and kept
    assert any(path.suffix == ".pickle" for path in (tmp_path / "zt").iterdir())
    kept = ClaimIndex(bundled)  # read back
    assert kept.entries == made.entries
    monkeypatch.setenv("ZT_NO_CACHE", "1")
    assert ClaimIndex(bundled).entries == made.entries


def test_a_count_far_above_every_count_names_the_largest_once(checker):
    result = checker.check("More than 40,000 children were separated from their parents under zero tolerance in 2018.")
    number = next(f for f in result.findings if f.kind is PartKind.NUMBER)
    assert number.verdict is C
    assert "the largest count of these any source gives" in number.note
    # the count it is about is the largest: it is named once, not as "X, and at most X"
    assert number.differs.startswith("More than 40,000 children for ")
    assert "and at most" not in number.differs


@pytest.mark.parametrize(("claim", "kind", "verdict"), [
    # a limit of time is judged against the limit of what it says must happen by it
    ("The judge ordered the government to reunite children under 5 with their parents within 10 days.", "number", C),
    ("It also requires the government to provide phone contact between parents and children within 10 days.",
     "number", U),
    # a once-only act is someone's: without naming whose, its date is not shown to be this record's
    ("He was nominated by President George W. Bush in 2003.", "date", U),
    # "court-ordered" describes the deadline: the date is the deadline's, not an order's
    ("Thursday was the court-ordered deadline for the government to reunify the remaining children.", "date", S),
])
def test_what_a_limit_a_once_only_act_and_a_described_deadline_are_judged_against(claim, kind, verdict):
    result = Checker(load_timeline(BUNDLED), parse_iso("2018-07-27")).check(claim)
    assert parts(result)[kind][0] is verdict, result.findings


@pytest.mark.parametrize(("claim", "verdict"), [
    # a document has the signers it has: one the data does not know did not sign it
    ("Pence issued an executive order to end the family separations on June 20, 2018.", C),
    # the claim is about a count, but the event its date was found in has a doer all the same
    ("Pence issued an executive order to end the family separations on June 20, 2018, but the government has yet "
     "to reunite about 2,000 children with their parents.", C),
    ("Vice President Mike Pence signed an executive order on June 20, 2018.", C),
    ("He was nominated by President George W. Bush in 2003.", U),
    ("Trump signed an executive order on June 20, 2018.", S),
    ("Officials signed an executive order on June 20, 2018.", S),  # a plural noun names no one
])
def test_a_doer_the_data_does_not_know_leaves_the_claim_unsupported(checker, claim, verdict):
    result = checker.check(claim)
    assert result.verdict is verdict, result.findings
    if "Pence issued" in claim:
        agent = next(f for f in result.findings if f.kind is PartKind.AGENT)
        assert (agent.part, agent.recorded, agent.differs) == ("Pence issued", "signed by Donald Trump",
                                                               "Pence for Donald Trump")


def test_a_president_is_not_contradicted_as_the_doer_of_his_administration_s_act(checker):
    """"The policy was rescinded by Biden": his acting attorney general did it. That the president
    did it himself is not shown, nor ruled out; another official still is ("Rosenstein announced")."""
    result = checker.check("The policy was rescinded by Biden on January 26, 2021.")
    assert result.verdict is U
    assert [u.kind for u in result.unchecked if "president" in u.reason] == [PartKind.AGENT]


def test_an_administration_named_after_by_is_not_its_president(checker):
    result = checker.check("The policy was rescinded by the Biden administration on January 26, 2021.")
    assert result.verdict is S and not any(f.kind is PartKind.AGENT for f in result.findings)


def test_a_month_or_year_beside_no_act_is_not_supported_by_a_record_of_the_people_named(checker):
    """"Sessions was attorney general in 2019": the GAO's report of December 2019 names him, but
    the claim says nothing happened then; its date is left unverified (the office is what it states)."""
    result = checker.check("Sessions was attorney general in 2019.")
    assert not any(f.kind is PartKind.DATE and f.verdict is S for f in result.findings)


def test_a_title_that_ends_a_clause_is_not_the_next_name_s(checker):
    """"... secretary of the Department of Homeland Security, President Donald Trump announced":
    the title is Nielsen's, not Trump's."""
    result = checker.check("Kirstjen Nielsen resigned as secretary of the Department of Homeland Security, "
                           "President Donald Trump announced on April 7, 2019.")
    assert not any(f.kind is PartKind.OFFICE and f.verdict is C for f in result.findings)
    assert result.verdict is not C


def test_an_office_s_title_does_not_say_which_event_a_month_is_of(checker):
    """"Nielsen replaced Kelly as secretary in October 2017": she was nominated that month (a
    record titled with 'Secretary'), sworn in in December; the word of her title does not tie
    the month to the nomination."""
    result = checker.check("Nielsen replaced Gen. John Kelly as secretary in October 2017.")
    assert not any(f.kind is PartKind.DATE and f.verdict is S for f in result.findings)
