import pytest

from conftest import FIXTURES
from zt_timeline.errors import UsageError
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.enums import RecordType
from zt_timeline.queries.search import normalize, search


@pytest.fixture(scope="module")
def facts():
    return load_timeline(FIXTURES / "facts.toml")


def ids(hits):
    return [hit.record.id for hit in hits]


def test_normalize_drops_thousands_separators_and_curly_quotes():
    assert normalize("More than 3,000 — and 12,500,000 don’t") == "more than 3000 — and 12500000 don't"
    assert normalize("1,23 and 2018-05-11") == "1,23 and 2018-05-11"  # not a thousands group


@pytest.mark.parametrize("query", ["3000", "3,000"])
def test_numbers_match_with_or_without_separators(facts, query):
    assert ids(search(facts, query)) == ["households", "programme-starts"]


def test_numbers_match_only_whole(facts):
    assert search(facts, "300") == ()
    assert search(facts, "30") == ()
    assert ids(search(facts, "12,500,000")) == ids(search(facts, "12500000")) == ["big-cost"]


def test_a_figure_variant_value_is_found(facts):
    [hit] = search(facts, "3,250")
    assert hit.record.id == "households" and hit.fields == ("variants",)


def test_every_word_must_be_found(facts):
    assert ids(search(facts, "costs counted")) == ["kim-costs"]
    assert search(facts, "costs zebra") == ()


def test_groups_best_first_and_the_fields_that_matched(facts):
    hits = search(facts, "audit")
    # An exact id beats an id that contains the word, which beats a context ("auditors").
    assert [(hit.kind.value, hit.record.id, hit.score) for hit in hits] == [
        ("source", "audit", 22), ("event", "audit-published", 6), ("quote", "kim-costs", 2)]
    assert hits[0].fields == ("id", "title", "publisher", "url")
    assert hits[2].fields == ("context", "via")


def test_names_aliases_and_kinds(facts):
    assert ids(search(facts, "director ortiz", (RecordType.ACTOR,))) == ["kim"]
    assert ids(search(facts, "ortiz", (RecordType.QUOTE,))) == ["kim-costs"]  # by the speaker's name


def test_empty_query_is_a_usage_error(facts):
    with pytest.raises(UsageError):
        search(facts, "   ")


def test_bundled_628_finds_the_figure_and_the_filing(bundled):
    hits = search(bundled, "628")
    assert hits[0].record.id == "parents-not-found" and hits[0].kind is RecordType.FIGURE
    assert "filing-628" in ids(hits)


def test_bundled_typographic_apostrophes(bundled):
    for query in ("don't bring them", "don’t bring them"):
        assert "sessions-take-away-children" in ids(search(bundled, query))
