"""A day as a person says it ("2 November", "2 de noviembre"), in the translator's language."""

from __future__ import annotations

from datetime import date

from painlog.wording.translator import QT_TR_NOOP, Translator

MONTH_WORDS = (
    QT_TR_NOOP("January"), QT_TR_NOOP("February"), QT_TR_NOOP("March"), QT_TR_NOOP("April"), QT_TR_NOOP("May"),
    QT_TR_NOOP("June"), QT_TR_NOOP("July"), QT_TR_NOOP("August"), QT_TR_NOOP("September"), QT_TR_NOOP("October"),
    QT_TR_NOOP("November"), QT_TR_NOOP("December"),
)  # fmt: skip


def day_words(day: date, today: date, tr: Translator) -> str:
    """ "2 November", with the year when it is not this year's."""
    month = tr.known(MONTH_WORDS[day.month - 1])
    if day.year == today.year:
        return tr("{day} {month}").format(day=day.day, month=month)
    return tr("{day} {month} {year}").format(day=day.day, month=month, year=day.year)


def short_day(day: date, tr: Translator) -> str:
    """ "02 Nov": a day in a table cell (a month's first three letters, in English and in Spanish alike)."""
    return tr("{day} {month}").format(day=f"{day.day:02d}", month=tr.known(MONTH_WORDS[day.month - 1])[:3])


def short_weekday_day(day: date, tr: Translator) -> str:
    """ "Thu 2026-11-20": a day in a list or a chart's tooltip, its weekday in the reader's language."""
    from painlog.domain.vocabulary import WEEKDAYS
    from painlog.wording.clinical import WEEKDAY_WORDS, word

    return f"{word(WEEKDAY_WORDS, WEEKDAYS[day.weekday()], tr)} {day.isoformat()}"
