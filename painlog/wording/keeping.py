"""The missed-days question in words: calm, never a reproach ("3 days without an entry since Monday").

painlog.domain.keeping decides which days; this only words them, in the translator's language.
"""

from __future__ import annotations

from datetime import date

from painlog.domain.keeping import MISSED_LOOKBACK_DAYS, MissedDays
from painlog.wording.dates import MONTH_WORDS
from painlog.wording.translator import QT_TR_NOOP, Translator

WEEKDAY_NAMES = (
    QT_TR_NOOP("Monday"), QT_TR_NOOP("Tuesday"), QT_TR_NOOP("Wednesday"), QT_TR_NOOP("Thursday"),
    QT_TR_NOOP("Friday"), QT_TR_NOOP("Saturday"), QT_TR_NOOP("Sunday"),
)  # fmt: skip
WEEKDAY_WITHIN_DAYS = 6  # up to six days back a weekday is unmistakable ("since Monday"); a week back it is not


def since_words(day: date, today: date, tr: Translator) -> str:
    """ "Monday" within the last six days; else "10 November", with the year when it is not this year's."""
    if 0 < (today - day).days <= WEEKDAY_WITHIN_DAYS:
        return tr.known(WEEKDAY_NAMES[day.weekday()])
    return date_words(day, today, tr)


def date_words(day: date, today: date, tr: Translator) -> str:
    """ "10 November", or "10 November 2025" when the year is not this year's (kept on one line)."""
    month = tr.known(MONTH_WORDS[day.month - 1])
    if day.year == today.year:
        return tr("{day}\u00a0{month}").format(day=day.day, month=month)
    return tr("{day}\u00a0{month}\u00a0{year}").format(day=day.day, month=month, year=day.year)


def day_words(day: date, today: date, tr: Translator) -> str:
    """One day of the list: "Tuesday 24 November"."""
    weekday = tr.known(WEEKDAY_NAMES[day.weekday()])
    return tr("{weekday} {date}").format(weekday=weekday, date=date_words(day, today, tr))


def missed_sentence(missed: MissedDays, today: date, tr: Translator) -> str:
    """ "1 day without an entry since Tuesday", "3 days …", "More than 14 days without an entry since 2 October"."""
    since = since_words(missed.since, today, tr)
    if missed.more_than_offered:
        return tr("More than %n days without an entry since {since}", None, MISSED_LOOKBACK_DAYS).format(since=since)
    return tr("%n day(s) without an entry since {since}", None, missed.total).format(since=since)


def missed_invitation(missed: MissedDays, tr: Translator) -> str:
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
