import datetime as dt

import pytest

from zt_timeline.errors import DateError, UsageError
from zt_timeline.model.dates import (
    PartialDate,
    Precision,
    Window,
    from_toml,
    make_window,
    parse_iso,
)
from zt_timeline.model.typed_dates import parse_user_date


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("2018", PartialDate(2018), Precision.YEAR),
        ("2018-04", PartialDate(2018, 4), Precision.MONTH),
        ("2018-04-06", PartialDate(2018, 4, 6), Precision.DAY),
        ("April 2018", PartialDate(2018, 4), Precision.MONTH),
        ("Apr 2018", PartialDate(2018, 4), Precision.MONTH),
        ("Apr 6 2018", PartialDate(2018, 4, 6), Precision.DAY),
        ("6 April 2018", PartialDate(2018, 4, 6), Precision.DAY),
        ("April 6, 2018", PartialDate(2018, 4, 6), Precision.DAY),
        ("  2018-4  ", PartialDate(2018, 4), Precision.MONTH),
        # Days that equal dateutil's fill-in defaults must still count as given.
        ("1 Jan 2018", PartialDate(2018, 1, 1), Precision.DAY),
        ("2 Feb 2018", PartialDate(2018, 2, 2), Precision.DAY),
        ("January 2018", PartialDate(2018, 1), Precision.MONTH),
        ("February 2018", PartialDate(2018, 2), Precision.MONTH),
    ],
)
def test_user_dates_keep_their_precision(text, expected, precision):
    parsed = parse_user_date(text)
    assert parsed == expected
    assert parsed.precision is precision


@pytest.mark.parametrize("text", ["", "foo", "April", "Apr 6", "2018-02-30", "2018-13", "2018-13-45",
                                  "31 Feb 2018", "10:30", "2018-04-06 10:30", "99999"])
def test_unreadable_or_impossible_user_dates_raise_date_error(text):
    with pytest.raises(DateError):
        parse_user_date(text)


@pytest.mark.parametrize("text", ["2018-02-30", "2018-13-45", "2018-00", "18", "2018/04", "2018-04-06T10:00"])
def test_data_file_dates_are_strict(text):
    with pytest.raises(DateError):
        parse_iso(text)


def test_toml_dates_are_accepted_but_not_datetimes():
    assert from_toml(dt.date(2018, 4, 6)) == PartialDate(2018, 4, 6)
    with pytest.raises(DateError):
        from_toml(dt.datetime(2018, 4, 6, 10, 0))
    with pytest.raises(DateError):
        from_toml(2018)


def test_display_and_iso_keep_precision():
    assert PartialDate(2018).display() == "2018"
    assert PartialDate(2018, 4).display() == "Apr 2018"
    assert PartialDate(2018, 4, 6).display() == "6 Apr 2018"
    assert PartialDate(2018, 4).iso() == "2018-04"
    assert str(PartialDate(2018, 4, 6)) == "2018-04-06"


def test_partial_date_spans():
    assert PartialDate(2018).first_day == dt.date(2018, 1, 1)
    assert PartialDate(2018).last_day == dt.date(2018, 12, 31)
    assert PartialDate(2020, 2).last_day == dt.date(2020, 2, 29)
    assert PartialDate(2018, 2).last_day == dt.date(2018, 2, 28)


def test_window_uses_whole_spans():
    window = make_window(since=PartialDate(2018, 4), until=PartialDate(2018))
    assert window == Window(dt.date(2018, 4, 1), dt.date(2018, 12, 31))
    on = make_window(on=PartialDate(2018, 5))
    assert on == Window(dt.date(2018, 5, 1), dt.date(2018, 5, 31))
    assert make_window() is None


def test_window_overlap_counts_partial_overlap():
    window = make_window(on=PartialDate(2017, 10))
    # An event from July to November 2017 overlaps October.
    assert window.overlaps(dt.date(2017, 7, 1), dt.date(2017, 11, 30))
    assert not window.overlaps(dt.date(2017, 11, 1), dt.date(2017, 11, 30))
    # An event dated "2017" (the whole year) overlaps any month in 2017.
    assert window.overlaps(PartialDate(2017).first_day, PartialDate(2017).last_day)


def test_since_after_until_is_a_usage_error():
    with pytest.raises(UsageError, match="empty"):
        make_window(since=PartialDate(2019), until=PartialDate(2018))
    with pytest.raises(UsageError):
        make_window(since=PartialDate(2019), on=PartialDate(2018))
