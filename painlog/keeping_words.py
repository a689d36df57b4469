"""The missed-days question in words: calm, never a reproach ("3 days without an entry since Monday").

No Qt (painlog.domain.keeping decides which days; this only words them), so it is tested by hand without a
display; the UI installs Qt's translator through painlog.wording.
"""

from __future__ import annotations

from datetime import date

from painlog.domain.keeping import MISSED_LOOKBACK_DAYS, MissedDays
from painlog.wording import tr

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")  # fmt: skip
WEEKDAY_WITHIN_DAYS = 6  # up to six days back a weekday is unmistakable ("since Monday"); a week back it is not


def since_words(day: date, today: date) -> str:
    """ "Monday" within the last six days; else "10 November", with the year when it is not this year's."""
    if 0 < (today - day).days <= WEEKDAY_WITHIN_DAYS:
        return tr(WEEKDAY_NAMES[day.weekday()])
    return date_words(day, today)


def date_words(day: date, today: date) -> str:
    """ "10 November", or "10 November 2025" when the year is not this year's."""
    text = tr("{day}\u00a0{month}").format(day=day.day, month=tr(MONTH_NAMES[day.month - 1]))  # kept on one line
    return text if day.year == today.year else tr("{date}\u00a0{year}").format(date=text, year=day.year)


def day_words(day: date, today: date) -> str:
    """One day of the list: "Tuesday 24 November"."""
    return tr("{weekday} {date}").format(weekday=tr(WEEKDAY_NAMES[day.weekday()]), date=date_words(day, today))


def missed_sentence(missed: MissedDays, today: date) -> str:
    """ "1 day without an entry since Tuesday", "3 days …", "More than 14 days without an entry since 2 October"."""
    since = since_words(missed.since, today)
    if missed.more_than_offered:
        template = "More than {n} days without an entry since {since}"
        return tr(template).format(n=MISSED_LOOKBACK_DAYS, since=since)
    template = (
        "{n} day without an entry since {since}" if missed.total == 1 else "{n} days without an entry since {since}"
    )
    return tr(template).format(n=missed.total, since=since)


def missed_invitation(missed: MissedDays) -> str:
    """What may be done, with no pressure either way."""
    if missed.more_than_offered:
        return tr(
            "If you remember how a day went, you can fill it in now; if not, mark it as not recorded. Either is "
            "fine, and so is leaving them. Here are the last {n} days."
        ).format(n=len(missed.days))
    if missed.total == 1:
        return tr(
            "If you remember how the day went, you can fill it in now; if not, mark it as not recorded. Either is "
            "fine, and so is leaving it."
        )
    return tr(
        "If you remember how a day went, you can fill it in now; if not, mark it as not recorded. Either is fine, "
        "and so is leaving them."
    )
