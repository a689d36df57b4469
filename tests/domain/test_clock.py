"""The clock's rules: today is local, and the future starts after the latest wall-clock time anywhere (UTC+14)."""

import time
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from painlog.domain import clock
from painlog.domain.errors import ValidationError


def test_the_latest_moment_is_utc_plus_14_as_a_wall_clock_time():
    utc_now = datetime(2026, 11, 25, 21, 30, 15, 500, tzinfo=UTC)
    assert clock.latest_moment(utc_now) == datetime(2026, 11, 26, 11, 30, 15)
    assert clock.latest_day(utc_now) == date(2026, 11, 26)


def test_any_zone_gives_the_same_latest_moment():
    pago_pago = timezone(timedelta(hours=-11))
    local = datetime(2026, 11, 25, 10, 30, tzinfo=pago_pago)  # 21:30 UTC
    assert clock.latest_moment(local) == datetime(2026, 11, 26, 11, 30)


def test_a_moment_on_a_day_is_now_today_else_noon_but_never_after_the_latest():
    now = datetime(2026, 11, 25, 10, 30)
    latest = datetime(2026, 11, 26, 11, 30)
    assert clock.moment_on(date(2026, 11, 25), now, latest) == now
    assert clock.moment_on(date(2026, 11, 20), now, latest) == datetime(2026, 11, 20, 12, 0)
    assert clock.moment_on(date(2026, 11, 26), now, latest) == latest  # noon there has not come anywhere yet


def test_a_time_read_with_a_zone_is_judged_by_its_wall_clock():
    from painlog.domain.episode import Episode
    from painlog.domain.therapy import Dose

    latest = datetime(2026, 11, 26, 11, 30)
    plus_two = timezone(timedelta(hours=2))
    at_eight = datetime(2026, 11, 26, 8, 0, tzinfo=plus_two)  # 06:00 UTC, but 08:00 where it was written
    assert Episode(at_eight, 5).validated(latest).at == at_eight
    assert Dose(1, at_eight).validated(latest).taken_at == at_eight
    assert clock.wall_clock(at_eight) == datetime(2026, 11, 26, 8, 0)
    with pytest.raises(ValidationError, match="future"):
        Episode(datetime(2026, 11, 26, 12, 0, tzinfo=plus_two), 5).validated(latest)


def test_now_is_to_the_second_and_today_is_its_date():
    before = datetime.now().replace(microsecond=0)
    moment = clock.now()
    after = datetime.now()
    assert moment.microsecond == 0 and moment.tzinfo is None  # as the diary stores times
    assert before <= moment <= after
    assert clock.today() in (before.date(), after.date())


def test_the_latest_moment_does_not_depend_on_the_computers_own_zone(monkeypatch):
    # 21:30 UTC is 11:30 the next day at UTC+14, whatever zone this computer is set to (here: UTC−11).
    monkeypatch.setenv("TZ", "Pacific/Pago_Pago")
    time.tzset()
    try:
        assert clock.latest_moment(datetime(2026, 11, 25, 21, 30, tzinfo=UTC)) == datetime(2026, 11, 26, 11, 30)
        now = clock.latest_moment()
        assert abs(now - (datetime.now(UTC).replace(tzinfo=None) + timedelta(hours=14))) < timedelta(minutes=1)
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_latest_day_is_that_of_the_moment_given():
    assert clock.latest_day(datetime(2030, 1, 1, 10, 0, tzinfo=UTC)) == date(2030, 1, 2)  # 10:00 + 14 h
    assert clock.latest_day(datetime(2030, 1, 1, 9, 59, tzinfo=UTC)) == date(2030, 1, 1)  # 23:59 at UTC+14
