"""A diary row (column name → value as the file holds it) as a domain object: the one mapping, used by the
repositories when they read and by an import when it checks each row of an export before loading it.

A value of the wrong form (a date that is no date, a list that is no JSON list of names) is a ValidationError
naming its column, so an import can say which row and column; the diary's own rows always have the right form
(its CHECK constraints see to that).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any

from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ValidationError
from painlog.domain.therapy import Dose, Procedure, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit
from painlog.storage.rows import nesting_depth

Row = Mapping[str, Any]
SHOWN = 60  # characters of a refused value quoted in a message


def shown(value: Any) -> str:
    """A value as a message quotes it: escaped, and cut short when long."""
    text = repr(value)
    return text if len(text) <= SHOWN else text[: SHOWN - 3] + "…"


def text(value: Any) -> str:
    return "" if value is None else str(value)


def day(value: Any, column: str = "date") -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(column, f"{column} should be a date as YYYY-MM-DD, not {shown(value)}.") from None


def optional_day(value: Any, column: str) -> date | None:
    return day(value, column) if value else None


def moment(value: Any, column: str) -> datetime:
    """A diary time: local wall-clock time, so one with a time zone is refused."""
    try:
        found = datetime.fromisoformat(str(value))
        if found.tzinfo is None:
            return found
    except ValueError:
        pass
    raise ValidationError(column, f"{column} should be a date and time, not {shown(value)}.") from None


def optional_moment(value: Any, column: str) -> datetime | None:
    return moment(value, column) if value else None


def codes(value: Any, column: str) -> tuple[str, ...]:
    """A JSON list of names (as the diary keeps body areas, pain qualities, weekdays); none for no value."""
    if value is None or value == "":
        return ()
    try:
        found = json.loads(value) if isinstance(value, str) and nesting_depth(value) <= 1 else value
    except json.JSONDecodeError:
        raise ValidationError(column, f"{column} should be a JSON list, not {shown(value)}.") from None
    if not isinstance(found, list) or not all(isinstance(c, str) for c in found):
        raise ValidationError(column, f"{column} should be a JSON list of names, not {shown(value)}.")
    return tuple(found)


def _value(row: Row, column: str) -> Any:
    """The column's value as stored (an import's row may leave a column out: None, as SQL's NULL)."""
    return row.get(column)


def checkin(row: Row) -> CheckIn:
    return CheckIn(
        day=day(_value(row, "date")),
        pain_avg=_value(row, "pain_avg"),
        enjoyment=_value(row, "enjoyment"),
        activity=_value(row, "activity"),
        mood=_value(row, "mood"),
        pain_worst=_value(row, "pain_worst"),
        pain_least=_value(row, "pain_least"),
        sleep_hours=_value(row, "sleep_hours"),
        sleep_quality=_value(row, "sleep_quality"),
        locations=codes(_value(row, "locations"), "locations"),
        qualities=codes(_value(row, "qualities"), "qualities"),
        note=text(_value(row, "note")),
        for_doctor=bool(_value(row, "for_doctor")),
    )


def episode(row: Row) -> Episode:
    return Episode(
        at=moment(_value(row, "at"), "at"),
        intensity=_value(row, "intensity"),
        locations=codes(_value(row, "locations"), "locations"),
        qualities=codes(_value(row, "qualities"), "qualities"),
        trigger=text(_value(row, "trigger")),
        helped=text(_value(row, "helped")),
        note=text(_value(row, "note")),
        id=_value(row, "id"),
    )


def therapy(row: Row) -> Therapy:
    return Therapy(
        kind=_value(row, "kind"),
        name=text(_value(row, "name")),
        ingredient=_value(row, "ingredient"),
        target=text(_value(row, "target")),
        prescriber=text(_value(row, "prescriber")),
        notes=text(_value(row, "notes")),
        id=_value(row, "id"),
    )


def regimen(row: Row) -> Regimen:
    return Regimen(
        therapy_id=_value(row, "therapy_id"),
        start=day(_value(row, "start_date"), "start_date"),
        end=optional_day(_value(row, "end_date"), "end_date"),
        dose_amount=_value(row, "dose_amount"),
        dose_unit=_value(row, "dose_unit"),
        route=_value(row, "route"),
        times_per_day=_value(row, "times_per_day"),
        prn=bool(_value(row, "prn")),
        max_per_day=_value(row, "max_per_day"),
        sessions_per_week=_value(row, "sessions_per_week"),
        instructions=text(_value(row, "instructions")),
        stop_reason=_value(row, "stop_reason"),
        schedule=_value(row, "schedule"),
        every=_value(row, "every"),
        weekdays=codes(_value(row, "weekdays"), "weekdays"),
        id=_value(row, "id"),
    )


def procedure(row: Row) -> Procedure:
    return Procedure(
        therapy_id=_value(row, "therapy_id"),
        day=day(_value(row, "date")),
        site=text(_value(row, "site")),
        relief_percent=_value(row, "relief_percent"),
        relief_at=optional_moment(_value(row, "relief_at"), "relief_at"),
        notes=text(_value(row, "notes")),
        id=_value(row, "id"),
    )


def dose(row: Row) -> Dose:
    return Dose(
        therapy_id=_value(row, "therapy_id"),
        taken_at=moment(_value(row, "taken_at"), "taken_at"),
        amount=_value(row, "amount"),
        dose_unit=_value(row, "dose_unit"),
        prn=bool(_value(row, "prn")),
        skipped=bool(_value(row, "skipped")),
        skip_reason=text(_value(row, "skip_reason")),
        pain_before=_value(row, "pain_before"),
        pain_after=_value(row, "pain_after"),
        id=_value(row, "id"),
    )


def side_effect(row: Row) -> SideEffect:
    return SideEffect(
        day=day(_value(row, "date")),
        description=text(_value(row, "description")),
        severity=text(_value(row, "severity")),
        therapy_id=_value(row, "therapy_id"),
        id=_value(row, "id"),
    )


def visit(row: Row) -> Visit:
    return Visit(
        day=day(_value(row, "date")),
        clinician=text(_value(row, "clinician")),
        questions=tuple(q for q in text(_value(row, "questions")).split("\n") if q),  # as the diary joins them
        outcome=text(_value(row, "outcome")),
        id=_value(row, "id"),
    )


def goal(row: Row) -> Goal:
    return Goal(
        text=text(_value(row, "text")),
        start=day(_value(row, "start_date"), "start_date"),
        status=text(_value(row, "status") or "active"),
        achieved=optional_day(_value(row, "achieved_date"), "achieved_date"),
        id=_value(row, "id"),
    )


def named(columns: Sequence[str], values: Sequence[Any]) -> dict[str, Any]:
    """A row fetched as a tuple, by the names of the columns selected."""
    return dict(zip(columns, values, strict=True))
