import pytest

from conftest import FIXTURES
from zt_timeline.loading.load import load_timeline
from zt_timeline.queries.conflicts import Aspect, ConflictKind, conflict_of, find_conflicts


@pytest.fixture(scope="module")
def facts():
    return load_timeline(FIXTURES / "facts.toml")


def test_every_record_with_variants_is_a_conflict_quotes_figures_events(facts):
    found = find_conflicts(facts)
    assert [(c.kind, c.record.id) for c in found] == [(ConflictKind.QUOTE, "kim-costs"),
                                                      (ConflictKind.FIGURE, "households"),
                                                      (ConflictKind.EVENT, "programme-starts")]
    assert conflict_of(facts.get("big-cost")) is None


def test_quote_accounts_say_what_differs(facts):
    versions = conflict_of(facts.get("kim-costs")).versions
    assert [v.account.text for v in versions] == [
        "The costs were never counted.", "the costs were never counted", "Nobody counted the costs."]
    # Case and punctuation only is spelling; the same context is not a difference.
    assert [v.differs for v in versions] == [(), (Aspect.SPELLING,), (Aspect.WORDING, Aspect.CONTEXT)]
    assert [v.sources for v in versions] == [("gazette",), ("audit",), ("wire",)]


def test_figure_and_event_accounts(facts):
    figure = conflict_of(facts.get("households")).versions
    assert [(v.account.value, v.account.unit) for v in figure] == [(3000, "households"), (3250, "homes")]
    # The variant gives no date: it is not known to differ, so the date is not a difference.
    assert figure[1].differs == (Aspect.VALUE, Aspect.UNIT)
    event = conflict_of(facts.get("programme-starts")).versions
    assert [(str(v.account.date), str(v.account.end or "")) for v in event] == [("2018-04", ""), ("2018-02", "2018-03")]
    assert event[1].differs == (Aspect.DATE, Aspect.END)
    assert event[1].account.note == "the paper's account"


def test_filters(facts):
    assert [c.record.id for c in find_conflicts(facts, (ConflictKind.FIGURE,))] == ["households"]
    assert [c.record.id for c in find_conflicts(facts, ids=frozenset({"kim-costs", "big-cost"}))] == ["kim-costs"]


def test_bundled_records_the_fact_sheet_disagreements(bundled):
    found = {c.record.id: c for c in find_conflicts(bundled)}
    disputed = sum(1 for group in (bundled.quotes, bundled.figures, bundled.events) for r in group
                   if r.variants or r.disputes)
    assert len(found) == disputed
    regret = found["rosenstein-regret"].versions
    assert "Washington Post" in regret[0].account.context
    nbc = next(v for v in regret if "nbc-2021-01-14" in v.sources)
    assert nbc.account.context == "told NBC News" and Aspect.CONTEXT in nbc.differs
    assert "never should have" in nbc.account.text and Aspect.WORDING in nbc.differs
    assert [v.account.value for v in found["el-paso-families"].versions][:2] == [280, 281]
    assert {545, 628, 666, 611} == {v.account.value for v in found["parents-not-found"].versions}
    san_diego = [v.account.text for v in found["sessions-san-diego"].versions]
    assert "will be separated" in san_diego[0] and any("may be separated" in text for text in san_diego)
    report_dates = [str(v.account.date) for v in found["doj-oig-report-released"].versions]
    assert report_dates == ["2021-01-14", "2020-12-09"]
    [recipient] = found["rosenstein-regret"].disputes
    assert recipient.point == "recipient"
    assert [account.says for account in recipient.accounts] == ["The Washington Post", "NBC News", "The Hill"]
