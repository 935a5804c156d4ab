"""The bundled data's own events, each said as its title and its day, are never contradicted:
a record zt holds is the first true sentence it must not call false (a date that describes
something else, a day still to come, an act that undoes another, a document's other signers)."""

from __future__ import annotations

from conftest import BUNDLED
from zt_timeline.checking.checker import Checker
from zt_timeline.checking.parts import Verdict
from zt_timeline.loading.load import load_timeline
from zt_timeline.model.dates import Precision

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def test_no_event_of_the_bundled_data_is_contradicted_by_its_own_title_and_day():
    timeline = load_timeline(BUNDLED)
    checker = Checker(timeline)
    contradicted = []
    for event in timeline.events:
        if event.date.precision is not Precision.DAY:
            continue
        day = f"{MONTHS[event.date.month - 1]} {event.date.day}, {event.date.year}"
        for claim in (f"On {day}: {event.title}.", f"{event.title} on {day}."):
            if checker.check(claim).verdict is Verdict.CONTRADICTED:
                contradicted.append(claim)
    assert contradicted == []


def test_no_quote_or_count_of_the_bundled_data_is_contradicted_by_itself():
    """Each quote said by its speaker, and each count said with its label ("about 47,000 case
    files: files of children taken into custody July 1, 2017 - June 25, 2018 ...")."""
    timeline = load_timeline(BUNDLED)
    checker = Checker(timeline)
    claims = [f"{timeline.actor_name(quote.speaker)} said: “{quote.text}”" for quote in timeline.quotes]
    claims += [f"{figure.qualifier + ' ' if figure.qualifier else ''}{figure.value:,} {figure.unit}: {figure.label}."
               for figure in timeline.figures if figure.unit and figure.unit not in ("USD", "percent")]
    assert [claim for claim in claims if checker.check(claim).verdict is Verdict.CONTRADICTED] == []
