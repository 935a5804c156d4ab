"""How a thing is known: EDTF-qualified dates, undated sources and descriptive titles in
citations, pinpoints (excerpt and locator), disputes in every listing, offices by role."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from clirun import run
from conftest import FIXTURES
from zt_timeline.errors import DataError, DateError
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import PartialDate, Qualifier, make_window, parse_iso
from zt_timeline.queries.tenure import TenureStatus, role_status

EVIDENCE = FIXTURES / "evidence.toml"
QUALIFIED = ["2018?", "2018~", "2018%", "2018-06?", "2018-06~", "2018-06%", "2017-12-06?", "2017-12-06~", "2017-12-06%"]


@pytest.fixture(scope="module")
def evidence():
    return load_timeline(EVIDENCE)


def ev(*args, width=100):
    return run(*args, data=EVIDENCE, width=width)


# --- qualified dates ---------------------------------------------------------------------

@pytest.mark.parametrize("text", QUALIFIED)
def test_qualified_dates_round_trip(text):
    date = parse_iso(text)
    assert date.iso() == text
    assert date.qualifier is Qualifier(text[-1])
    assert date.unqualified.iso() == text[:-1]


@pytest.mark.parametrize("text", [*QUALIFIED, "2018", "2018-06", "2017-12-06"])
def test_the_edtf_library_reads_our_dates_alike(text):
    edtf = pytest.importorskip("edtf")
    theirs = edtf.parse_edtf(text)
    ours = parse_iso(text)
    assert str(theirs) == ours.iso()
    assert tuple(theirs.lower_strict()[:3]) == ours.first_day.timetuple()[:3]
    assert tuple(theirs.upper_strict()[:3]) == ours.last_day.timetuple()[:3]
    if ours.qualifier is Qualifier.UNCERTAIN_APPROXIMATE:
        assert theirs.is_uncertain_and_approximate
    elif ours.qualifier is not None:
        assert theirs.is_uncertain == ours.qualifier.uncertain
        assert theirs.is_approximate == ours.qualifier.approximate


@pytest.mark.parametrize(("text", "shown"), [
    ("2018?", "2018?"), ("2018~", "c. 2018"), ("2018%", "c. 2018?"), ("2018-06~", "c. Jun 2018"),
    ("2018-06?", "Jun 2018?"), ("2017-12-06%", "c. 6 Dec 2017?"), ("2018-06", "Jun 2018"),
])
def test_qualified_dates_are_shown_the_same_way_everywhere(text, shown):
    assert parse_iso(text).display() == shown


@pytest.mark.parametrize("text", ["2018??", "2018-?", "?2018", "2018-06-~", "2018 ~", "2018*"])
def test_malformed_qualifiers_are_refused(text):
    with pytest.raises(DateError):
        parse_iso(text)


def test_a_qualified_date_widens_by_the_next_unit_only_when_doubted():
    assert parse_iso("2017-12-06?").plausible_first_day.isoformat() == "2017-12-01"
    assert parse_iso("2019-05~").plausible_last_day.isoformat() == "2019-12-31"
    assert parse_iso("2018?").plausible_first_day.isoformat() == "2017-01-01"
    plain = parse_iso("2018-06")
    assert (plain.plausible_first_day, plain.plausible_last_day) == (plain.first_day, plain.last_day)


def test_windows_match_a_qualified_date_by_the_span_it_names(evidence):
    def ids(since=None, until=None, on=None):
        window = make_window(*(parse_iso(x) if x else None for x in (since, until, on)))
        return [e.id for e in evidence.events if window.overlaps(e.date.first_day, e.last.last_day)]

    assert ids(on="2018-06") == ["projection", "meeting"]  # "2018?" names all of 2018
    assert ids(on="2019") == []  # an uncertain year is not stretched to the next one
    assert ids(until="2018-05") == ["projection", "memo-signed"]


def test_as_of_is_uncertain_near_a_qualified_boundary(evidence):
    [director] = evidence.get("chief").roles
    status = {day: role_status(director, parse_iso(day))[0] for day in
              ("2017-11-30", "2017-12-20", "2018-01-15", "2018-12-31", "2019-03-01", "2020-01-05")}
    assert status == {"2017-11-30": TenureStatus.NOT_HELD, "2017-12-20": TenureStatus.UNCERTAIN,
                      "2018-01-15": TenureStatus.HELD, "2018-12-31": TenureStatus.HELD,
                      "2019-03-01": TenureStatus.UNCERTAIN, "2020-01-05": TenureStatus.NOT_HELD}
    assert "recorded as approximate (c. May 2019)" in role_status(director, parse_iso("2019-03-01"))[1]


def test_listings_json_and_exports_keep_the_qualifier():
    table = ev("timeline", "--format", "table").stdout
    assert "2018?" in table and "c. Jun 2018" in table
    events = {e["id"]: e for e in json.loads(ev("timeline", "--format", "json").stdout)}
    assert (events["projection"]["date"], events["meeting"]["date"]) == ("2018?", "2018-06~")
    tsv = ev("timeline").stdout.splitlines()
    assert any(line.startswith("2018?\t") for line in tsv)
    slides = {s["unique_id"]: s for s in json.loads(ev("export", "timelinejs").stdout)["events"]}
    assert slides["projection"]["display_date"] == "2018?"
    assert slides["meeting"]["start_date"] == {"year": 2018, "month": 6, "display_date": "c. Jun 2018"}
    markdown = ev("export", "markdown").stdout
    assert "#### c. Jun 2018 — Directors meet about widgets" in markdown


def test_a_calendar_says_an_uncertain_date_is_uncertain():
    icalendar = pytest.importorskip("icalendar")
    calendar = icalendar.Calendar.from_ical(ev("export", "ics").stdout)
    entries = {str(c["uid"]).split("@")[0]: c for c in calendar.walk("VEVENT")}
    projection = entries["projection"]
    assert str(projection["summary"]) == "[2018?, month unknown] Agency projects a widget shortfall"
    assert "Date uncertain (2018?)" in str(projection["description"])
    assert str(entries["memo-signed"]["summary"]) == "Director signs the widget memo"


# --- citations: n.d., descriptive titles, hosts, primary first, locators -------------------

def test_an_undated_source_is_cited_without_a_date():
    assert "(n.d.)" in ev("cite", "paper", "--style", "apa").stdout
    assert "Daily Paper. n.d." in ev("cite", "paper", "--style", "chicago").stdout
    [item] = json.loads(ev("cite", "paper", "--style", "csl-json").stdout)
    assert "issued" not in item
    bib = ev("cite", "paper", "--style", "bibtex").stdout
    assert "year" not in bib and "date" not in bib


def test_a_descriptive_title_is_marked():
    assert "[Story about the widget memo]" in ev("cite", "paper", "--style", "apa").stdout
    [item] = json.loads(ev("cite", "paper", "--style", "csl-json").stdout)
    assert item["title"] == "[Story about the widget memo]"
    assert "Memorandum on widget policy." in ev("cite", "memo", "--style", "apa").stdout


def test_a_copy_is_cited_in_its_publishers_name_with_its_host():
    text = ev("cite", "memo", "--style", "plain").stdout
    assert text == ("Memorandum on widget policy. Widget Agency. 6 Apr 2018. https://example.org/memo"
                    " — Copy at DocumentCloud: https://documentcloud.example/memo.txt\n")
    [item] = json.loads(ev("cite", "memo", "--style", "csl-json").stdout)
    assert item["archive"] == "DocumentCloud" and item["publisher"] == "Widget Agency"
    assert (item["URL"], item["archive_location"]) == ("https://example.org/memo", "https://documentcloud.example/memo.txt")
    assert "(https://documentcloud.example/memo.txt)" in ev("cite", "memo", "--style", "apa").stdout
    assert "note = {Copy at DocumentCloud: https://documentcloud.example/memo.txt.}" in \
        ev("cite", "memo", "--style", "bibtex").stdout


def test_cite_lists_primary_sources_first_with_their_locators():
    rows = ev("cite", "memo-signed", "--format", "json").stdout
    cited = json.loads(rows)
    assert [c["id"] for c in cited] == ["memo", "paper"]
    assert cited[0]["citation"].endswith("(p. 2)")
    items = json.loads(ev("cite", "memo-signed", "--style", "csl-json").stdout)
    assert (items[0]["label"], items[0]["locator"]) == ("page", "2")
    assert "locator" not in items[1]


# --- pinpoints -------------------------------------------------------------------------------

def test_show_prints_the_excerpt_and_locator_under_each_source():
    out = ev("show", "memo-signed", "--format", "table").stdout
    sources = out.split("Sources", 1)[1]
    assert "p. 2: “I direct each office to count every widget.”" in sources
    shown = json.loads(ev("show", "memo-signed", "--format", "json").stdout)[0]
    assert shown["sources"] == ["memo", "paper"]
    assert shown["pinpoints"] == [{"source": "memo", "excerpt": "I direct each office to count every widget.",
                                   "locator": "p. 2"}]


def test_a_source_cited_for_two_passages_is_one_source_with_two_pinpoints(write_toml):
    text = ('[[sources]]\nid = "s"\ntitle = "S"\npublisher = "P"\n\n[[sources]]\nid = "t"\ntitle = "T"\n'
            'publisher = "P"\n\n[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = [{ id = "s", '
            'excerpt = "began" }, "t", { id = "s", excerpt = "ended" }, "t"]\n')
    [event] = load_timeline(write_toml(text)).events
    assert event.sources == ("s", "t")
    assert [pinpoint.excerpt for pinpoint in event.pinpoints] == ["began", "ended"]


@pytest.mark.parametrize(("entry", "message"), [
    ('{ id = "nope", excerpt = "x" }', "field 'sources[0].id': unknown source 'nope'"),
    ('{ excerpt = "x" }', "field 'sources[0].id': is missing (required): expected a source id"),
    ('{ id = "s", excerpt = 5 }', "field 'sources[0].excerpt': 5 is not some text (a string)"),
    ('{ id = "s", locator = "" }', "field 'sources[0].locator': '' is not some text (a string)"),
    ("7", "field 'sources[0]': 7 is not a source id or a table"),
])
def test_bad_citation_tables_are_reported_with_the_field(write_toml, entry, message):
    text = ('[[sources]]\nid = "s"\ntitle = "S"\npublisher = "P"\n\n'
            f'[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = [{entry}]\n')
    with pytest.raises(DataError) as caught:
        load_timeline(write_toml(text))
    assert any(message in str(problem) for problem in caught.value.problems), caught.value.problems


def test_an_unknown_key_in_a_citation_table_is_a_warning(write_toml):
    text = ('[[sources]]\nid = "s"\ntitle = "S"\npublisher = "P"\n\n'
            '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = [{ id = "s", exerpt = "x" }]\n')
    [warning] = load_timeline(write_toml(text)).warnings
    assert "event 'e' sources[0]: field 'exerpt': warning: unknown field" in str(warning)
    assert str(warning).endswith("did you mean 'excerpt'?")


# --- disputes -----------------------------------------------------------------------------------

def test_every_listing_says_a_record_is_disputed():
    table = ev("quote", "--format", "table").stdout
    assert "disputed: wording (2 accounts), recipient (2 accounts)" in re.sub(r"\s+", " ", table)
    [row] = list(csv.DictReader(io.StringIO(ev("quote").stdout), delimiter="\t"))
    assert row["disputed"] == "wording: 2 accounts; recipient: 2 accounts"
    [quote] = json.loads(ev("quote", "--format", "json").stdout)
    assert quote["disputed"] == [{"point": "wording", "accounts": 2}, {"point": "recipient", "accounts": 2}]
    events = {e["id"]: e for e in json.loads(ev("timeline", "--format", "json").stdout)}
    assert events["meeting"]["disputed"] == [{"point": "place", "accounts": 2}]
    assert events["memo-signed"]["disputed"] == []


def test_provenance_names_the_disputed_points():
    [chain] = json.loads(ev("quote", "--provenance", "--format", "json").stdout)
    disputed = [link["text"] for link in chain["chain"] if link["step"] == "disputed"]
    assert disputed == ["wording: 2 accounts (zt conflicts shows them)",
                        "recipient: Daily Paper (paper); the encyclopedia (wiki)"]


def test_conflicts_show_disputes_beside_variants():
    found = {c["id"]: c for c in json.loads(ev("conflicts", "--format", "json").stdout)}
    assert sorted(found) == ["chief-regret", "meeting"]
    assert found["meeting"]["versions"] == []
    assert [a["says"] for a in found["meeting"]["disputes"][0]["accounts"]] == ["the agency's headquarters",
                                                                                "a hotel"]
    table = ev("conflicts", "--format", "table").stdout
    assert "event meeting: Directors meet about widgets — disputed: place" in table


def test_a_dispute_needs_two_accounts(write_toml):
    text = ('[[sources]]\nid = "s"\ntitle = "S"\npublisher = "P"\n\n'
            '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\n\n'
            '[[events.disputes]]\npoint = "place"\naccounts = [{ says = "here", sources = ["s"] }]\n')
    with pytest.raises(DataError) as caught:
        load_timeline(write_toml(text))
    assert "a dispute needs at least two accounts" in str(caught.value.problems[0])


# --- offices and roles --------------------------------------------------------------------

def test_actors_as_of_filters_by_role():
    rows = list(csv.DictReader(io.StringIO(ev("actors", "--as-of", "2019-08", "--role", "director").stdout),
                               delimiter="\t"))
    assert sorted((r["actor"], r["status"]) for r in rows) == [("chief", "uncertain"), ("dana", "held")]
    listed = json.loads(ev("actors", "--role", "acting director", "--format", "json").stdout)
    assert [a["id"] for a in listed] == ["dana"]


def test_a_title_offers_every_holder_rather_than_one_person_through_an_alias():
    result = ev("actor", "director")
    assert result.exit_code == 1
    assert "'director' matches 2 actors: Casey Chief (chief), Dana Deputy (dana)" in result.stderr
    assert ev("actor", "casey").exit_code == 0


def test_eras_follow_the_office_the_file_names(evidence):
    from zt_timeline.queries.periods import eras

    assert [actor.id for actor, _ in eras(evidence)] == ["chief", "dana"]


def test_role_status_of_a_plain_date_is_unchanged():
    from zt_timeline.model.records import Role

    role = Role("Director", ("s",), start=parse_iso("2018-11"), until=PartialDate(2019, 5, 11))
    assert role_status(role, parse_iso("2018-11-15"))[0] is TenureStatus.UNCERTAIN
    assert role_status(role, parse_iso("2019-05-11"))[0] is TenureStatus.HELD


def test_a_role_is_found_by_its_organizations_short_name():
    from zt_timeline.model.records import Role
    from zt_timeline.queries.matching import role_matches

    director = Role("Acting Director of U.S. Immigration and Customs Enforcement", ("s",), org="ice")
    assert role_matches(director, "ICE")
    assert role_matches(director, "ICE director")
    assert role_matches(director, "acting director")
    assert not role_matches(director, "ICE commissioner")  # the rest of the query must be in the title
    assert not role_matches(Role("Director", ("s",)), "ICE")  # no organization, no short name
    assert not role_matches(Role("Commissioner of CBP", ("s",), org="cbp"), "ICE")
