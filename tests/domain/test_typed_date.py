"""A date typed whole into a date field: what counts as a whole date, and why a typed text is not one."""

from datetime import date, datetime

import pytest

from painlog.domain.typed_date import Typed, field_order, read_date, read_moment


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20", date(2026, 11, 20)),
        (" 2026-11-20 ", date(2026, 11, 20)),
        ("2026-1-5", date(2026, 1, 5)),
        ("2026/11/20", date(2026, 11, 20)),
        ("2026.11.20", date(2026, 11, 20)),
        ("20261120", date(2026, 11, 20)),
    ],
)
def test_a_whole_iso_date_is_read(text, expected):
    typed = read_date(text)
    assert typed.state is Typed.WHOLE and typed.complete
    assert typed.value == expected


@pytest.mark.parametrize("text", ["6", "26", "2026", "2026-11", "2026-11-", "26-11-20", "2026-11-20-1", "2026-111-2"])
def test_less_than_a_whole_date_is_partial(text):
    assert read_date(text).state is Typed.PARTIAL
    assert not read_date(text).complete
    assert read_date(text).value is None


def test_nothing_typed_is_empty():
    assert read_date("").state is Typed.EMPTY
    assert read_date("   ").state is Typed.EMPTY


@pytest.mark.parametrize("text", ["2026-02-30", "2026-13-01", "2026-00-10", "2026-04-31", "20260230"])
def test_the_shape_of_a_date_that_is_no_day(text):
    assert read_date(text).state is Typed.NO_SUCH_DAY


def test_letters_are_not_a_date():
    assert read_date("2026-11-2x").state is Typed.PARTIAL


def test_the_fields_own_order_is_read_too():
    assert field_order("dd.MM.yyyy") == "dMy"
    assert field_order("MM/dd/yyyy") == "Mdy"
    assert field_order("yyyy-MM-dd") == "yMd"
    assert read_date("20.11.2026", "dd.MM.yyyy").value == date(2026, 11, 20)
    assert read_date("20112026", "dd.MM.yyyy").value == date(2026, 11, 20)
    assert read_date("11/20/2026", "MM/dd/yyyy").value == date(2026, 11, 20)
    assert read_date("2026-11-20", "dd.MM.yyyy").value == date(2026, 11, 20)  # a year first is always ISO


def test_a_day_outside_the_fields_range_is_said_so():
    assert read_date("2026-11-27", latest=date(2026, 11, 26)).state is Typed.TOO_LATE
    assert read_date("2026-11-26", latest=date(2026, 11, 26)).value == date(2026, 11, 26)
    assert read_date("2020-01-01", earliest=date(2020, 1, 2)).state is Typed.TOO_EARLY
    assert read_date("2020-01-02", earliest=date(2020, 1, 2)).value == date(2020, 1, 2)


SHOWN = datetime(2026, 11, 26, 9, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-11-20 14:30", datetime(2026, 11, 20, 14, 30)),
        ("2026-11-20  7:05", datetime(2026, 11, 20, 7, 5)),
        ("14:30", datetime(2026, 11, 26, 14, 30)),  # a time alone: on the day shown
        ("14.30", datetime(2026, 11, 26, 14, 30)),
        ("2026-11-20", datetime(2026, 11, 20, 9, 15)),  # a date alone: at the time shown
    ],
)
def test_a_whole_date_and_time_is_read(text, expected):
    typed = read_moment(text, SHOWN)
    assert typed.state is Typed.WHOLE
    assert typed.value == expected


@pytest.mark.parametrize("text", ["6", "14", "2026-11-20 14", "2026-11 14:30", "14:3"])
def test_less_than_a_whole_moment_is_partial(text):
    assert read_moment(text, SHOWN).state is Typed.PARTIAL


def test_a_moment_that_is_no_time_or_too_late():
    assert read_moment("25:00", SHOWN).state is Typed.NO_SUCH_DAY
    assert read_moment("2026-02-30 10:00", SHOWN).state is Typed.NO_SUCH_DAY
    assert read_moment("10:01", SHOWN, latest=datetime(2026, 11, 26, 10, 0)).state is Typed.TOO_LATE
    assert read_moment("10:00", SHOWN, latest=datetime(2026, 11, 26, 10, 0)).value == datetime(2026, 11, 26, 10, 0)
