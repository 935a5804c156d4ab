"""The states of the union, whose name right before a title makes the title the state's office
("Former Virginia attorney general Ken Cuccinelli" held no federal office of that name)."""

from __future__ import annotations

_STATES = frozenset((
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
    "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
    "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada",
    "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma",
    "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "state"))


def of_a_state(text: str) -> bool:
    """Whether a state's name ends the text (the words before a title)."""
    words = text.casefold().split()
    return bool(words) and (words[-1] in _STATES or " ".join(words[-2:]) in _STATES)
