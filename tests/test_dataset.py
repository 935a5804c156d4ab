"""The bundled dataset: it validates, every record is sourced, and the primary article is in it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from zt_timeline.model.dates import PartialDate
from zt_timeline.model.enums import EvidenceLevel
from zt_timeline.queries.select import record_sources

REPO = Path(__file__).parent.parent
ARTICLE_ID = "upi-2021-01-14"
# CI lays shared/ beside the clone; a developer has it beside the work tree.
ARTICLE = REPO.parent / "shared" / "sources" / "000_a7613cb33c941bf4.txt"


def test_bundled_file_validates_without_warnings(bundled):
    assert bundled.warnings == ()


def test_ids_are_unique_across_the_file():
    document = tomllib.loads((REPO / "data" / "events.toml").read_text(encoding="utf-8"))
    ids = [record["id"] for key in ("sources", "actors", "events", "quotes", "figures") for record in document[key]]
    assert len(ids) == len(set(ids))


def test_every_record_cites_an_existing_source(bundled):
    source_ids = {source.id for source in bundled.sources}
    for record in [*bundled.actors, *bundled.events, *bundled.quotes, *bundled.figures]:
        cited = record_sources(record)
        assert cited, f"{record.id} cites no source"
        assert set(cited) <= source_ids, record.id


def test_every_source_is_cited(bundled):
    citing = [*bundled.actors, *bundled.events, *bundled.quotes, *bundled.figures]
    cited = {source for record in citing for source in record_sources(record)}
    assert {source.id for source in bundled.sources} <= cited


def test_span_and_size(bundled):
    assert len(bundled.events) >= 25
    assert bundled.events[0].date.first_day <= PartialDate(2017, 2).last_day
    assert bundled.events[-1].last.first_day >= PartialDate(2021, 1).first_day


@pytest.mark.skipif(not ARTICLE.is_file(), reason="the shared primary source is not beside this checkout")
def test_quotes_from_the_article_are_verbatim(bundled):
    article = ARTICLE.read_text(encoding="utf-8")
    checked = 0
    for quote in bundled.quotes:
        if quote.sources == (ARTICLE_ID,) or quote.sources[0] == ARTICLE_ID:
            assert quote.text in article, quote.id
            checked += 1
    assert checked >= 8


def test_every_quote_of_the_article_is_recorded(bundled):
    fragments = [
        "Historically, when DHS apprehended adults with children",
        "The El Paso initiative sought to increase illegal entry prosecutions",
        "Despite these concerns, the OAG focused solely",
        "including the whereabouts of children separated as a result of the policy",
        "we need to take away children; if care about kids, don't bring them in",
        "Since leaving the Department, I have often asked myself",
        "It was a failed policy that should have never been proposed or implemented",
    ]
    texts = [quote.text for quote in bundled.quotes]
    for fragment in fragments:
        assert any(fragment in text for text in texts), fragment


def test_article_figures(bundled):
    figures = {(figure.value, figure.qualifier, figure.unit) for figure in bundled.figures}
    assert (3000, "more than", "children") in figures
    assert (280, "approximately", "families") in figures
    assert (227_000_000, None, "USD") in figures
    assert (3000, "about", "beds") in figures
    assert any(figure.value == 628 for figure in bundled.figures)


def test_article_dates_resolved(bundled):
    dates = {event.id: event.date for event in bundled.events}
    assert dates["sessions-sworn-in"] == PartialDate(2017, 2, 9)
    assert dates["zero-tolerance-announced"] == PartialDate(2018, 4, 6)
    assert dates["sessions-resigns"] == PartialDate(2018, 11, 7)
    assert dates["doj-oig-report-released"] == PartialDate(2021, 1, 14)  # "Thursday"
    assert dates["filing-628"] == PartialDate(2020, 12, 2)  # "a court filing last month"


def test_named_actors_are_present(bundled):
    ids = {actor.id for actor in bundled.actors}
    assert {"sessions", "trump", "rosenstein", "doj-oig", "horowitz", "dhs", "nielsen", "cbp", "usms", "orr",
            "southwest-border-usaos", "sabraw", "aclu", "whitaker"} <= ids
    sessions = bundled.get("sessions")
    attorney_general = next(role for role in sessions.roles if role.title.startswith("Attorney General"))
    assert attorney_general.start == PartialDate(2017, 2, 9)
    assert attorney_general.until == PartialDate(2018, 11, 7)


def test_disagreements_are_kept_side_by_side(bundled):
    regret = bundled.get("rosenstein-regret")
    assert any("nbc-2021-01-14" in variant.sources for variant in regret.variants)
    assert "Washington Post" in regret.context
    el_paso = bundled.get("el-paso-families")
    assert el_paso.value == 280 and 281 in {variant.value for variant in el_paso.variants}
    parents = bundled.get("parents-not-found")
    assert parents.value == 628 and {545, 666, 611} <= {variant.value for variant in parents.variants}
    children = bundled.get("children-separated")
    assert 5000 in {variant.value for variant in children.variants}
    # a count of a longer period is its own figure, not another account of this one
    assert 5460 not in {variant.value for variant in children.variants}
    assert bundled.get("children-separated-since-july-2017").value == 5460
    san_diego = bundled.get("sessions-san-diego")
    assert "will be separated" in san_diego.text
    assert any("may be separated" in variant.text for variant in san_diego.variants)


def test_notes_are_marked_as_notes(bundled):
    words = bundled.get("sessions-take-away-children")
    assert words.form.value == "notes"
    assert words.via and words.via[-1] == ARTICLE_ID


# --- how the facts are known -------------------------------------------------------------------

@pytest.mark.skipif(not ARTICLE.is_file(), reason="the shared primary source is not beside this checkout")
def test_excerpts_of_the_article_are_verbatim(bundled):
    from zt_timeline.queries.select import record_pinpoints

    article = ARTICLE.read_text(encoding="utf-8")
    checked = 0
    for record in [*bundled.actors, *bundled.events, *bundled.quotes, *bundled.figures]:
        for pinpoint in record_pinpoints(record):
            if pinpoint.source == ARTICLE_ID and pinpoint.excerpt:
                assert pinpoint.excerpt in article, (record.id, pinpoint.excerpt)
                checked += 1
    assert checked >= 20


# Words about building the data, which readers of a note have no use for.
PROCESS_WORDS = re.compile(r"facts\.md|this editor|by the editor|editor's placement|search excerpt|stored page|"
                           r"stored copy|\bnot cited\b|\bseen in search|found by search|part of the page seen",
                           re.IGNORECASE)


def _notes(node, where):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "note" and isinstance(value, str):
                yield where, value
            else:
                yield from _notes(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _notes(item, f"{where}[{index}]")


def test_no_note_speaks_about_building_the_data():
    document = tomllib.loads((REPO / "data" / "events.toml").read_text(encoding="utf-8"))
    bad = [(where, note) for where, note in _notes(document, "") if PROCESS_WORDS.search(note)]
    assert bad == []


def test_every_source_says_how_close_it_stands(bundled):
    assert all(source.evidence is not None for source in bundled.sources)
    assert sum(source.evidence is EvidenceLevel.PRIMARY for source in bundled.sources) >= 50


def test_titles_taken_from_an_address_are_marked_descriptive(bundled):
    for source in bundled.sources:
        if source.note and re.search(r"(?i)title (is )?(taken )?from the (page )?address", source.note):
            assert source.descriptive_title, source.id


def test_every_quote_and_figure_has_the_words_of_a_source(bundled):
    from zt_timeline.queries.select import record_pinpoints

    for record in [*bundled.quotes, *bundled.figures]:
        assert any(p.excerpt for p in record_pinpoints(record)), record.id


def test_the_events_of_the_oig_report_have_excerpts(bundled):
    from zt_timeline.queries.select import record_pinpoints

    reported = [e for e in bundled.events if {"doj-oig-2021-report", ARTICLE_ID} & set(e.sources)]
    assert len(reported) >= 12
    for event in reported:
        assert any(p.excerpt for p in record_pinpoints(event)), event.id


def test_the_chronology_is_complete_enough(bundled):
    assert len(bundled.events) > 90
    assert len(bundled.quotes) > 90 and len(bundled.figures) > 60


def test_no_alias_is_a_title(bundled):
    titles = ("attorney general ", "president ", "secretary ", "judge ", "special counsel ", "director ")
    for actor in bundled.actors:
        assert not [alias for alias in actor.aliases if alias.casefold().startswith(titles)], actor.id


@pytest.mark.parametrize("office", ["attorney general", "secretary of homeland security"])
def test_an_office_has_a_holder_on_every_day_of_the_period(bundled, office):
    """On each day from Feb 9, 2017 to Jan 20, 2021 someone held the office or may have; two
    holders are both held only on a handover day."""
    import datetime as dt

    from zt_timeline.queries.periods import office_name
    from zt_timeline.queries.tenure import TenureStatus, role_status

    roles = [(actor, role) for actor in bundled.actors for role in actor.roles
             if office_name(role) == office and role.start]
    day, last = dt.date(2017, 2, 9), dt.date(2021, 1, 20)
    while day <= last:
        when = PartialDate(day.year, day.month, day.day)
        statuses = [role_status(role, when)[0] for _, role in roles]
        assert any(status.possibly_held for status in statuses), (office, day)
        held = [role for (_, role), status in zip(roles, statuses, strict=True) if status is TenureStatus.HELD]
        if len(held) > 1:
            assert any(role.until and role.until.first_day == day for role in held), (office, day, held)
        day += dt.timedelta(days=1)


# --- who did it, what happened, and how sure ----------------------------------------------------

def test_every_event_says_what_happened(bundled):
    assert [event.id for event in bundled.events if event.action is None] == []


def test_every_agent_is_an_actor_of_its_event(bundled):
    actor_ids = {actor.id for actor in bundled.actors}
    for event in bundled.events:
        assert set(event.by) <= actor_ids, event.id
        assert set(event.by) <= set(event.actors), event.id
    assert sum(bool(event.by) for event in bundled.events) >= 120


def test_every_figure_says_what_happened_to_what_it_counts(bundled):
    from zt_timeline.model.enums import Modality

    assert [figure.id for figure in bundled.figures if figure.status is None] == []
    modality = {figure.id: figure.modality for figure in bundled.figures}
    assert modality["usms-funding-shortfall"] is Modality.PROJECTED
    assert modality["dhs-expected-separations-26000"] is Modality.EXPECTED
    assert modality["prosecution-target"] is Modality.TARGET
    assert modality["flores-20-day-limit"] is Modality.LIMIT
    assert modality["dhs-estimate-separated-3014"] is Modality.ESTIMATED
    assert modality["children-separated"] is Modality.RECORDED


def _accounts(record):
    yield from getattr(record, "variants", ())
    for dispute in getattr(record, "disputes", ()):
        yield from dispute.accounts


def test_every_deprecated_account_says_why_it_is_an_error(bundled):
    from zt_timeline.model.enums import Rank

    deprecated = {record.id: account for record in [*bundled.events, *bundled.quotes, *bundled.figures]
                  for account in _accounts(record) if account.rank is Rank.DEPRECATED}
    assert {"doj-oig-report-released", "reuters-separation-proposal", "cbp-658-children-may-6-19"} <= set(deprecated)
    for record_id, account in deprecated.items():
        assert account.note and "error" in account.note, record_id


def test_date_disputes_once_in_notes_are_accounts(bundled):
    boente = bundled.get("boente-acting-attorney-general-ends")
    assert boente.date == PartialDate(2017, 2, 9)
    assert PartialDate(2017, 2, 8) in {variant.date for variant in boente.variants}
    hunt = bundled.get("hunt-leaves-chief-of-staff")
    assert hunt.date == PartialDate(2017, 10)
    assert PartialDate(2017, 9) in {variant.date for variant in hunt.variants}


def test_audited_records_say_what_their_sources_say(bundled):
    lloyd = bundled.get("lloyd")
    faith_office = next(role for role in lloyd.roles if "Faith" in role.title)
    assert str(faith_office.until) == "2019-06~"
    grimm = bundled.get("grimm")
    assert grimm.roles[0].until == PartialDate(2020, 5) and "disagree" in grimm.roles[0].note
    fort_wayne = bundled.get("sessions-no-immunity-fort-wayne")
    assert "prosecute you. ... Having children" in fort_wayne.text
    assert any("That is what the law calls for" in variant.text for variant in fort_wayne.variants)
    for figure_id, month in (("improper-entry-cases-fy2017", PartialDate(2017, 9)),
                             ("improper-entry-cases-fy2018", PartialDate(2018, 9))):
        figure = bundled.get(figure_id)
        assert figure.date == month and "fiscal year" in figure.note, figure_id
