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
