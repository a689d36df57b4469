"""Reading a date (or a date and time) typed whole into a date field, before the field takes it.

A date field takes a typed date only as a whole: "2026-11-20" (ISO, with one-digit months and days allowed),
"20261120", or the field's own display order ("20.11.2026" for a "dd.MM.yyyy" field). Anything less is not a
date yet, so a stray digit never moves the page to another day. Qt-free: the field asks here and words the
answer itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import Enum

SEPARATORS = "-./ :"  # what may stand between the numbers of a typed date or time
ISO_ORDER = "yMd"


class Typed(Enum):
    EMPTY = "empty"  # nothing typed: the field keeps its value
    PARTIAL = "partial"  # not a whole date yet (a stray digit, a two-digit year, a missing day)
    NO_SUCH_DAY = "no such day"  # the shape of a date, but no such day (2026-02-30, month 13)
    TOO_EARLY = "too early"  # before the first day the field allows
    TOO_LATE = "too late"  # after the last day the field allows
    WHOLE = "whole"  # a date the field can take


@dataclass(frozen=True)
class TypedDate:
    state: Typed
    value: date | datetime | None = None  # set when state is WHOLE

    @property
    def complete(self) -> bool:
        return self.state is Typed.WHOLE


def field_order(display_format: str) -> str:
    """The order of year, month and day in a Qt display format: "yMd" for "yyyy-MM-dd", "dMy" for "dd.MM.yyyy"."""
    order = ""
    for letter in re.findall(r"[yMd]", display_format):
        if letter not in order:
            order += letter
    return order if sorted(order) == sorted(ISO_ORDER) else ISO_ORDER


def _day_parts(text: str, order: str) -> dict[str, str] | None:
    """The year, month and day as typed, or None when the text does not hold all three."""
    if re.fullmatch(r"\d{8}", text):  # no separators: four digits of year, two of month, two of day
        widths = {"y": 4, "M": 2, "d": 2}
        parts, start = {}, 0
        for letter in order:
            parts[letter] = text[start : start + widths[letter]]
            start += widths[letter]
        return parts
    numbers = re.split(r"[-./ ]+", text)
    if len(numbers) != 3 or not all(n.isdigit() for n in numbers):
        return None
    if len(numbers[0]) == 4:  # a year first is ISO, whatever the field shows
        order = ISO_ORDER
    parts = dict(zip(order, numbers, strict=True))
    if len(parts["y"]) != 4 or len(parts["M"]) > 2 or len(parts["d"]) > 2:
        return None
    return parts


def _bounded(value: date | datetime, earliest: date | None, latest: date | None) -> TypedDate:
    day = value.date() if isinstance(value, datetime) else value
    if earliest is not None and day < earliest:
        return TypedDate(Typed.TOO_EARLY)
    if latest is not None and day > latest:
        return TypedDate(Typed.TOO_LATE)
    return TypedDate(Typed.WHOLE, value)


def read_date(
    text: str, display_format: str = "yyyy-MM-dd", *, earliest: date | None = None, latest: date | None = None
) -> TypedDate:
    """What a typed date is: a whole date within earliest…latest, or why it is not one."""
    text = text.strip()
    if not text:
        return TypedDate(Typed.EMPTY)
    if any(not (c.isdigit() or c in SEPARATORS) for c in text):
        return TypedDate(Typed.PARTIAL)
    parts = _day_parts(text, field_order(display_format))
    if parts is None:
        return TypedDate(Typed.PARTIAL)
    try:
        day = date(int(parts["y"]), int(parts["M"]), int(parts["d"]))
    except ValueError:
        return TypedDate(Typed.NO_SUCH_DAY)
    return _bounded(day, earliest, latest)


def read_moment(
    text: str,
    shown: datetime,
    display_format: str = "yyyy-MM-dd HH:mm",
    *,
    earliest: date | None = None,
    latest: datetime | None = None,
) -> TypedDate:
    """What a typed date and time is: "2026-11-20 14:30"; a time alone ("14:30") is on the day `shown`, a date
    alone at the time shown."""
    text = text.strip()
    if not text:
        return TypedDate(Typed.EMPTY)
    day_alone = read_date(text, display_format)
    if day_alone.complete:
        text = f"{text} {shown:%H:%M}"
    match = re.fullmatch(r"(?:(?P<day>.+?)\s+)?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})", text)
    if match is None:
        return TypedDate(Typed.PARTIAL)
    if match["day"] is None:
        day = shown.date()
    else:
        typed_day = read_date(match["day"], display_format)
        if not typed_day.complete:
            return typed_day
        day = typed_day.value  # type: ignore[assignment]
    try:
        moment = datetime.combine(day, time(int(match["hour"]), int(match["minute"])))
    except ValueError:
        return TypedDate(Typed.NO_SUCH_DAY)
    if latest is not None and moment > latest:
        return TypedDate(Typed.TOO_LATE)
    return _bounded(moment, earliest, None)
