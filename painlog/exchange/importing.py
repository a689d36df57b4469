"""Importing painlog's own JSON or CSV export: read, check every row, preview, then load all or nothing."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from painlog.domain import clock
from painlog.domain.checkin import CheckIn
from painlog.domain.episode import Episode
from painlog.domain.errors import ValidationError
from painlog.domain.text import check_text
from painlog.domain.therapy import Dose, Procedure, Regimen, SideEffect, Therapy
from painlog.domain.visits import Goal, Visit
from painlog.exchange.reading import is_zip, read_file, read_folder, read_zip
from painlog.exchange.tabular import ImportFileError, nesting_depth, read_csv, read_json
from painlog.storage.diary import Diary
from painlog.storage.tables import (
    Column,
    ImportRejectedError,
    LoadReport,
    Row,
    columns,
    existing_days,
    load,
    preview,
)

INTEGERS = range(-(2**63), 2**63)  # what SQLite stores as an INTEGER


@dataclass(frozen=True)
class ImportPlan:
    """What an import would add, shown to the person before anything is written."""

    source: Path
    tables: dict[str, list[Row]]
    days_already_there: tuple[str, ...]
    expected: LoadReport  # what loading would add (found by a rolled-back trial), days kept


def read_export(path: Path, diary: Diary) -> ImportPlan:
    """Read and check an export file; raises ImportFileError listing every problem (file, row, reason)."""
    path = Path(path).expanduser()
    if not path.exists():
        raise ImportFileError([f"There is no file or folder at {path}"])
    if not (path.is_file() or path.is_dir()):
        raise ImportFileError([f"{path} is neither a file nor a folder"])
    schema = columns(diary.conn)
    try:
        if path.is_dir():
            tables = read_csv(path.name, read_folder(path), schema)
        elif is_zip(path):
            tables = read_csv(path.name, read_zip(path), schema)
        elif _is_json(path):
            tables = read_json(path.name, read_file(path), schema)
        else:
            tables = read_csv(path.name, {path.name: read_file(path)}, schema)
    except OSError as error:
        raise ImportFileError([f"Cannot read {path}: {error.strerror or error}"]) from error
    where = _where(path)
    problems = check_rows(tables, schema, today=clock.latest_day(), now=clock.latest_moment(), where=where)
    if problems:
        raise ImportFileError(problems)
    present = existing_days(diary.conn)
    already = tuple(sorted(r["date"] for r in tables.get("checkins", []) if r["date"] in present))
    try:
        expected = preview(diary.conn, tables, replace_days=False)
    except ImportRejectedError as error:
        raise ImportFileError(_refused(error, where)) from error
    return ImportPlan(path, tables, already, expected)


def apply(plan: ImportPlan, diary: Diary, *, replace_days: bool) -> LoadReport:
    """Load the plan's rows in one transaction: all of them or none."""
    try:
        return load(diary.conn, plan.tables, replace_days=replace_days)
    except ImportRejectedError as error:
        raise ImportFileError(_refused(error, _where(plan.source))) from error


def _is_json(path: Path) -> bool:
    with path.open("rb") as file:
        return path.suffix.lower() == ".json" or file.read(1) == b"{"


def _where(path: Path) -> Callable[[str], str]:
    """How a problem names the place of a table: the JSON file, or the table's CSV file."""
    if path.is_file() and not is_zip(path) and _is_json(path):
        return lambda table: f"{path.name}: {table}"
    return lambda table: f"{table}.csv"


def _refused(error: ImportRejectedError, where: Callable[[str], str]) -> list[str]:
    return [f"{where(table)} row {number}: {reason}" for table, number, reason in error.problems]


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _shown(value: Any) -> str:
    """A value as a message quotes it: escaped, and cut short when long."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _day(value: Any, field: str = "date") -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValidationError(field, f"{field} should be a date as YYYY-MM-DD, not {_shown(value)}.") from None


def _moment(value: Any, field: str) -> datetime:
    try:
        moment = datetime.fromisoformat(str(value))
        if moment.tzinfo is None:  # the diary keeps local wall-clock times
            return moment
    except ValueError:
        pass
    raise ValidationError(field, f"{field} should be a date and time, not {_shown(value)}.") from None


def _codes(value: Any, field: str) -> tuple[str, ...]:
    import json

    try:
        codes = json.loads(value) if isinstance(value, str) and nesting_depth(value) <= 1 else value
    except json.JSONDecodeError:
        raise ValidationError(field, f"{field} should be a JSON list, not {_shown(value)}.") from None
    if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
        raise ValidationError(field, f"{field} should be a JSON list of names, not {_shown(value)}.")
    return tuple(codes)


def _checkin(r: Row, today: date, now: datetime) -> None:
    CheckIn(
        day=_day(r.get("date")),
        pain_avg=r.get("pain_avg"),
        enjoyment=r.get("enjoyment"),
        activity=r.get("activity"),
        mood=r.get("mood"),
        pain_worst=r.get("pain_worst"),
        pain_least=r.get("pain_least"),
        sleep_hours=r.get("sleep_hours"),
        sleep_quality=r.get("sleep_quality"),
        locations=_codes(r.get("locations", "[]"), "locations"),
        qualities=_codes(r.get("qualities", "[]"), "qualities"),
        note=_text(r.get("note")),
        for_doctor=bool(r.get("for_doctor")),
    ).validated(today)


def _episode(r: Row, today: date, now: datetime) -> None:
    Episode(
        at=_moment(r.get("at"), "at"),
        intensity=r.get("intensity"),
        locations=_codes(r.get("locations", "[]"), "locations"),
        qualities=_codes(r.get("qualities", "[]"), "qualities"),
        note=_text(r.get("note")),
    ).validated(now)


def _therapy(r: Row, today: date, now: datetime) -> None:
    Therapy(kind=str(r.get("kind")), name=_text(r.get("name")), notes=_text(r.get("notes"))).validated()


def _regimen(r: Row, today: date, now: datetime) -> None:
    if r.get("schedule") is not None and bool(r.get("prn")) != (r.get("schedule") == "as_needed"):
        raise ValidationError("prn", "prn should be 1 exactly when the schedule is as_needed.")
    Regimen(
        therapy_id=0,
        start=_day(r.get("start_date"), "start_date"),
        end=_day(r["end_date"], "end_date") if r.get("end_date") else None,
        dose_amount=r.get("dose_amount"),
        route=r.get("route"),
        times_per_day=r.get("times_per_day"),
        prn=bool(r.get("prn")),
        max_per_day=r.get("max_per_day"),
        sessions_per_week=r.get("sessions_per_week"),
        stop_reason=r.get("stop_reason"),
        schedule=r.get("schedule"),
        every=r.get("every"),
        weekdays=_codes(r.get("weekdays", "[]"), "weekdays"),
    ).validated()


def _procedure(r: Row, today: date, now: datetime) -> None:
    Procedure(
        0,
        _day(r.get("date")),
        relief_percent=r.get("relief_percent"),
        relief_at=_moment(r["relief_at"], "relief_at") if r.get("relief_at") else None,
        notes=_text(r.get("notes")),
    ).validated(today)


def _dose(r: Row, today: date, now: datetime) -> None:
    Dose(
        0,
        _moment(r.get("taken_at"), "taken_at"),
        amount=r.get("amount"),
        prn=bool(r.get("prn")),
        skipped=bool(r.get("skipped")),
        skip_reason=_text(r.get("skip_reason")),
        pain_before=r.get("pain_before"),
        pain_after=r.get("pain_after"),
    ).validated(now)


def _side_effect(r: Row, today: date, now: datetime) -> None:
    SideEffect(_day(r.get("date")), _text(r.get("description")), str(r.get("severity"))).validated(today)


def _visit(r: Row, today: date, now: datetime) -> None:
    Visit(
        _day(r.get("date")),
        clinician=_text(r.get("clinician")),
        outcome=_text(r.get("outcome")),
        questions=tuple(q for q in _text(r.get("questions")).split("\n") if q),  # as the diary joins them
    ).validated()


def _goal(r: Row, today: date, now: datetime) -> None:
    Goal(
        _text(r.get("text")),
        _day(r.get("start_date"), "start_date"),
        str(r.get("status") or "active"),
        _day(r["achieved_date"], "achieved_date") if r.get("achieved_date") else None,
    ).validated()


def _unrecorded_day(r: Row, today: date, now: datetime) -> None:
    if _day(r.get("date")) > today:
        raise ValidationError("date", "A day in the future cannot be marked as not recorded yet.")


CHECKS: dict[str, Callable[[Row, date, datetime], None]] = {
    "checkins": _checkin,
    "episodes": _episode,
    "therapies": _therapy,
    "regimens": _regimen,
    "procedures": _procedure,
    "doses": _dose,
    "side_effects": _side_effect,
    "visits": _visit,
    "goals": _goal,
    "unrecorded_days": _unrecorded_day,
}


def check_rows(
    tables: dict[str, list[Row]],
    schema: dict[str, list[Column]],
    *,
    today: date,
    now: datetime,
    where: Callable[[str], str] = str,
) -> list[str]:
    """Every value checked for what SQLite can store in its column, then every row by the same rules the app
    applies; each problem names its file, row and reason."""
    problems = []
    for table, rows in tables.items():
        check = CHECKS.get(table)
        for number, row in enumerate(rows, start=1):
            wrong = [p for p in (value_problem(c, row.get(c.name)) for c in schema[table]) if p]
            try:
                if wrong:
                    problems.append(f"{where(table)} row {number}: {wrong[0]}")
                elif check is not None:
                    check(row, today, now)
            except ValidationError as error:
                problems.append(f"{where(table)} row {number}: {error.message}")
            except (TypeError, ValueError):  # a combination no rule foresaw: still one plain sentence
                problems.append(f"{where(table)} row {number}: its values do not fit together as a diary entry")
    days = Counter(str(r.get("date")) for r in tables.get("checkins", []))
    problems += [f"{where('checkins')}: the day {day} is listed {n} times" for day, n in sorted(days.items()) if n > 1]
    return problems


def value_problem(column: Column, value: Any) -> str | None:
    """Why `value` cannot be stored in `column` as the app would store it, or None when it can."""
    if value is None:
        return None
    name = column.name
    if column.type in ("INTEGER", "REAL"):
        number = int | float if column.type == "REAL" else int
        if isinstance(value, bool) or not isinstance(value, number):
            return f"{name} must be a {'whole ' if column.type == 'INTEGER' else ''}number"
        if isinstance(value, int) and value not in INTEGERS:
            return f"{name} is a number too large to store"
        if isinstance(value, float) and not math.isfinite(value):
            return f"{name} is a number too large to store"
        return None
    if not isinstance(value, str):
        return f"{name} must be text"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return f"{name} holds a character that is not valid text"
    try:
        check_text({name: value})
    except ValidationError as error:
        return error.message
    return None
