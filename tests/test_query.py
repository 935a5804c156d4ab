import pytest

from zt_timeline.errors import LookupFailed
from zt_timeline.model.dates import PartialDate, make_window
from zt_timeline.queries.matching import find_actor, find_tag, match_actors
from zt_timeline.queries.select import (
    EventQuery,
    citations,
    events_by_actor,
    events_by_year,
    get_record,
    record_sources,
    select_events,
    select_quotes,
)


def ids(records):
    return [record.id for record in records]


@pytest.mark.parametrize("query", ["ann-lee", "Ann Lee", "ann lee", "LEE", "annie", "A. Lee", "an", "ann l"])
def test_speaker_matches_id_name_alias_word_or_unique_prefix(mini, query):
    assert find_actor(mini, query).id == "ann-lee"


def test_exact_id_wins_over_word_matches(mini):
    assert find_actor(mini, "agency").id == "agency"
    assert find_actor(mini, "wa").id == "agency"


def test_unknown_name_suggests_close_names(mini):
    with pytest.raises(LookupFailed) as caught:
        find_actor(mini, "Ann Leee")
    assert "Ann Lee" in caught.value.suggestions


def test_ambiguous_prefix_names_the_candidates(write_toml):
    from zt_timeline.loading.load import load_timeline

    actor = '[[actors]]\nid = "{}"\nname = "{}"\nkind = "person"\nsources = ["s"]\n'
    timeline = load_timeline(write_toml(
        '[[sources]]\nid = "s"\ntitle = "T"\npublisher = "P"\ndate = "2020"\n'
        '[[events]]\nid = "e"\ndate = "2018"\ntitle = "E"\nsources = ["s"]\n'
        + actor.format("rod-rosenstein", "Rod Rosenstein") + actor.format("rosa-ros", "Rosa Ros")))
    assert match_actors(timeline, "director") == ()
    with pytest.raises(LookupFailed, match="matches 2 actors: Rod Rosenstein"):
        find_actor(timeline, "ro")
    assert find_actor(timeline, "ros").id == "rosa-ros"  # a whole word beats a prefix
    assert find_actor(timeline, "rosen").id == "rod-rosenstein"


def test_tags_are_checked(mini):
    assert find_tag(mini, "Policy") == "policy"
    with pytest.raises(LookupFailed) as caught:
        find_tag(mini, "polcy")
    assert caught.value.suggestions == ("policy",)


def test_window_filter_uses_overlap(mini):
    october = make_window(on=PartialDate(2017, 10))
    assert ids(select_events(mini, EventQuery(window=october))) == ["pilot"]
    year = make_window(on=PartialDate(2018))
    assert ids(select_events(mini, EventQuery(window=year))) == ["year-review", "policy-announced"]
    april = make_window(since=PartialDate(2018, 4), until=PartialDate(2018, 4))
    # "2018" (the whole year) overlaps April 2018.
    assert ids(select_events(mini, EventQuery(window=april))) == ["year-review", "policy-announced"]


def test_filters_combine(mini):
    query = EventQuery(actors=("agency",), tags=("oversight", "pilot"))
    assert ids(select_events(mini, query)) == ["pilot", "report-out"]
    assert ids(select_events(mini, EventQuery(text="PILOT"))) == ["pilot"]
    assert ids(select_events(mini, EventQuery(limit=2, reverse=True))) == ["report-out", "policy-announced"]
    assert ids(select_events(mini, EventQuery(limit=0))) == []


def test_quotes_filter_by_speaker_text_and_date(mini):
    assert ids(select_quotes(mini, speakers=("bob-stone",))) == ["bob-regret"]
    assert ids(select_quotes(mini, text="policy that failed")) == ["bob-regret"]  # a variant's text
    assert ids(select_quotes(mini, window=make_window(on=PartialDate(2018)))) == ["ann-notes"]


def test_record_lookup(mini):
    assert get_record(mini, "PILOT").id == "pilot"
    with pytest.raises(LookupFailed) as caught:
        get_record(mini, "pilott")
    assert "pilot" in caught.value.suggestions


def test_citations_include_roles_and_variants(mini):
    assert record_sources(mini.get("pilot")) == ("paper-a", "report-b")
    assert record_sources(mini.get("ann-lee")) == ("paper-a", "report-b")
    cited = citations(mini)
    assert "families-separated" in cited["report-b"]  # through a figure variant
    assert set(cited) == {"paper-a", "report-b"}


def test_counts(mini):
    assert events_by_year(mini.events) == {2017: 2, 2018: 2, 2021: 1}
    assert [(actor.id, count) for actor, count in events_by_actor(mini)] == [
        ("agency", 3), ("ann-lee", 2), ("bob-stone", 1)]
