"""A diary row (column name → value as the file holds it) as a domain object: the one mapping, used by the
repositories when they read and by an import when it checks each row of an export before loading it.

A value of the wrong form (a date that is no date, a list that is no JSON list of names) is a ValidationError
naming its column, so an import can say which row and column; the diary's own rows always have the right form
(its CHECK constraints see to that).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
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


def checkin(row: Row) -> CheckIn:
    return CheckIn(
        day=day(row.get("date")),
        pain_avg=row.get("pain_avg"),
        enjoyment=row.get("enjoyment"),
        activity=row.get("activity"),
        mood=row.get("mood"),
        pain_worst=row.get("pain_worst"),
        pain_least=row.get("pain_least"),
        sleep_hours=row.get("sleep_hours"),
        sleep_quality=row.get("sleep_quality"),
        locations=codes(row.get("locations"), "locations"),
        qualities=codes(row.get("qualities"), "qualities"),
        note=text(row.get("note")),
        for_doctor=bool(row.get("for_doctor")),
    )


def episode(row: Row) -> Episode:
    return Episode(
        at=moment(row.get("at"), "at"),
        intensity=row.get("intensity"),
        locations=codes(row.get("locations"), "locations"),
        qualities=codes(row.get("qualities"), "qualities"),
        trigger=text(row.get("trigger")),
        helped=text(row.get("helped")),
        note=text(row.get("note")),
        id=row.get("id"),
    )


def therapy(row: Row) -> Therapy:
    return Therapy(
        kind=row.get("kind"),
        name=text(row.get("name")),
        ingredient=row.get("ingredient"),
        target=text(row.get("target")),
        prescriber=text(row.get("prescriber")),
        notes=text(row.get("notes")),
        id=row.get("id"),
    )


def regimen(row: Row) -> Regimen:
    return Regimen(
        therapy_id=row.get("therapy_id"),
        start=day(row.get("start_date"), "start_date"),
        end=optional_day(row.get("end_date"), "end_date"),
        dose_amount=row.get("dose_amount"),
        dose_unit=row.get("dose_unit"),
        route=row.get("route"),
        times_per_day=row.get("times_per_day"),
        prn=bool(row.get("prn")),
        max_per_day=row.get("max_per_day"),
        sessions_per_week=row.get("sessions_per_week"),
        instructions=text(row.get("instructions")),
        stop_reason=row.get("stop_reason"),
        schedule=row.get("schedule"),
        every=row.get("every"),
        weekdays=codes(row.get("weekdays"), "weekdays"),
        id=row.get("id"),
    )


def procedure(row: Row) -> Procedure:
    return Procedure(
        therapy_id=row.get("therapy_id"),
        day=day(row.get("date")),
        site=text(row.get("site")),
        relief_percent=row.get("relief_percent"),
        relief_at=optional_moment(row.get("relief_at"), "relief_at"),
        notes=text(row.get("notes")),
        id=row.get("id"),
    )


def dose(row: Row) -> Dose:
    return Dose(
        therapy_id=row.get("therapy_id"),
        taken_at=moment(row.get("taken_at"), "taken_at"),
        amount=row.get("amount"),
        dose_unit=row.get("dose_unit"),
        prn=bool(row.get("prn")),
        skipped=bool(row.get("skipped")),
        skip_reason=text(row.get("skip_reason")),
        pain_before=row.get("pain_before"),
        pain_after=row.get("pain_after"),
        id=row.get("id"),
    )


def side_effect(row: Row) -> SideEffect:
    return SideEffect(
        day=day(row.get("date")),
        description=text(row.get("description")),
        severity=text(row.get("severity")),
        therapy_id=row.get("therapy_id"),
        id=row.get("id"),
    )


def visit(row: Row) -> Visit:
    return Visit(
        day=day(row.get("date")),
        clinician=text(row.get("clinician")),
        questions=tuple(q for q in text(row.get("questions")).split("\n") if q),  # as the diary joins them
        outcome=text(row.get("outcome")),
        id=row.get("id"),
    )


def goal(row: Row) -> Goal:
    return Goal(
        text=text(row.get("text")),
        start=day(row.get("start_date"), "start_date"),
        status=text(row.get("status") or "active"),
        achieved=optional_day(row.get("achieved_date"), "achieved_date"),
        id=row.get("id"),
    )


def named(columns: tuple[str, ...], values: tuple[Any, ...]) -> dict[str, Any]:
    """A row fetched as a tuple, by the names of the columns selected."""
    return dict(zip(columns, values, strict=True))
