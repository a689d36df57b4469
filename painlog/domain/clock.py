"""The patient's clock: what today and now are, and when a day or a moment counts as in the future.

Diary dates and times are the patient's local wall-clock ones, stored without a time zone, so a dose taken at
08:00 stays on its day whatever zone the patient is in later. A patient who flies west may reopen a day they
saved at home, which is "tomorrow" where they are now. So a day is in the future only when it is later than
today everywhere on Earth (UTC+14), and a moment only when it is later than the latest wall-clock time anywhere.
Every "not in the future" rule (validated(), storage, date pickers) takes its limit from here.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

LATEST_OFFSET = timedelta(hours=14)  # Kiribati's Line Islands: the first place where a day begins


def today() -> date:
    """The patient's local date: what "today" means on the Today page."""
    return datetime.now().date()


def now() -> datetime:
    """The patient's local wall-clock time, to the second, without a zone (as the diary stores times)."""
    return datetime.now().replace(microsecond=0)


def latest_moment(utc_now: datetime | None = None) -> datetime:
    """The latest wall-clock time anywhere now; a moment after it is in the future for everyone."""
    moment = utc_now if utc_now is not None else datetime.now(UTC)
    return (moment.astimezone(UTC) + LATEST_OFFSET).replace(tzinfo=None, microsecond=0)


def latest_day(utc_now: datetime | None = None) -> date:
    """Today in the time zone where it is latest; a day after it is in the future for everyone."""
    return latest_moment(utc_now).date()


def wall_clock(moment: datetime) -> datetime:
    """A moment as the diary keeps it: its wall-clock time where it happened, without a zone.

    A time read with a zone (an edited export, "08:00+02:00") is compared and stored as 08:00, never mixed
    with zone-less times (which Python refuses to compare).
    """
    return moment.replace(tzinfo=None)


def moment_on(day: date, local_now: datetime, latest: datetime) -> datetime:
    """A sensible time for something recorded on `day`: now on today, else noon, never after `latest`."""
    if day == local_now.date():
        return min(local_now, latest)
    return min(datetime.combine(day, time(12, 0)), latest)
